/**
 * Connections over a real socket: an answer that says keep-alive keeps the connection usable, and a request refused
 * before its large body was read is answered `Connection: close` (the server drops that socket) — a client reusing
 * its connection never sees its next request fail.
 */
import { Agent, request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

interface Answer {
  status: number;
  connection: string | undefined;
  /** The local port of the socket used: the same port means the connection was reused. */
  port: number;
}

describe("keep-alive over a real socket", () => {
  let server: TestServer;
  let agent: Agent;
  beforeAll(async () => {
    server = await startTestServer();
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
  });
  afterAll(async () => {
    agent?.destroy();
    await server?.close();
  });

  const send = (path: string, body: Buffer, contentType: string) =>
    new Promise<Answer>((resolve, reject) => {
      const req = request(
        `${server.url}${path}`,
        { method: "POST", agent, headers: { "content-type": contentType, "content-length": String(body.length) } },
        (res) => {
          res.resume();
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, port: req.socket!.localPort! }),
          );
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  const small = () =>
    send("/api/v1/auth/login", Buffer.from('{"email":"a@b.test","password":"x"}'), "application/json");

  it("keeps the connection after an answer that read the body", async () => {
    const first = await small();
    const second = await small();
    expect(first.connection).toBe("keep-alive");
    expect(second.port).toBe(first.port);
  });

  it("says Connection: close when it refuses a large body unread, and the next request succeeds", async () => {
    for (const path of ["/api/v1/clients", "/api/v1/auth/login", "/api/v1/portal/x/sign"]) {
      const refused = await send(path, Buffer.alloc(900_000, "a"), "text/plain");
      expect(refused.status, path).toBe(415);
      expect(refused.connection, path).toBe("close");
      const next = await small();
      expect(next.status, `${path}: the next request on a new connection`).toBe(401);
      expect(next.port).not.toBe(refused.port);
    }
  });
});
