/** Stopping the server (SIGTERM) lets a request in flight finish and answer before the process exits. */
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { spawnServer } from "../support/spawn-server.ts";

const dataDir = mkdtempSync(join(tmpdir(), "mandat-shutdown-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it("answers a request still being sent when SIGTERM arrives, then exits", async () => {
  const server = await spawnServer({ DATA_DIR: dataDir, SIGNUP_POLICY: "open" });
  const exited = new Promise<number | null>((resolve) => server.child.once("exit", (code) => resolve(code)));
  const url = new URL(`${server.url}/api/v1/auth/login`);
  const body = JSON.stringify({ email: "nobody@studio.test", password: "not the password" });
  const answer = new Promise<number>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.write(body.slice(0, 10));
    // Half the body is sent; the server is told to stop; the rest follows.
    setTimeout(() => {
      server.child.kill("SIGTERM");
      setTimeout(() => req.end(body.slice(10)), 500);
    }, 300);
  });
  expect(await answer).toBe(401);
  expect(await exited).toBe(0);
}, 60_000);
