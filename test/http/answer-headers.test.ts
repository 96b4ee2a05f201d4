/**
 * The security headers and the request id reach the client the same way from a listening server (where they are set
 * on Node's response) as in-process (where they go on Hono's answer): same names and values, on answers that succeed,
 * are refused or are not found.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../src/http/app.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

/** Every header but the date, the request id shown as its shape. */
function comparable(headers: Headers): string[] {
  return [...headers]
    .filter(([name]) => !["date", "connection", "keep-alive", "content-length"].includes(name))
    .map(([name, value]) => `${name}: ${name === "x-request-id" ? /^[0-9a-f-]{36}$/.test(value) : value}`)
    .sort();
}

describe("answer headers", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it("are the same from the listening server as in-process", async () => {
    const app = createHttpApp(server.ctx);
    for (const path of ["/healthz", "/api/v1/me", "/api/v1/no-such-route", "/api/v1/openapi.json"]) {
      const overHttp = await fetch(`${server.url}${path}`);
      const inProcess = await app.request(path);
      expect(overHttp.status).toBe(inProcess.status);
      expect(comparable(overHttp.headers)).toEqual(comparable(inProcess.headers));
      expect(overHttp.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(overHttp.headers.get("x-frame-options")).toBe("DENY");
      expect(overHttp.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      await overHttp.arrayBuffer();
    }
  });
});
