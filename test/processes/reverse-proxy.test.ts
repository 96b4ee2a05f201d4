/**
 * A real server behind a small loopback relay that adds X-Forwarded-For (as nginx or Caddy would): with the relay
 * trusted, two clients behind it keep separate portal limits and their own addresses in signatures; untrusted, the
 * header is ignored and every client is the relay.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractFetch } from "../support/documented-app.ts";
import { type ForwardingRelay, startForwardingRelay } from "../support/forwarding-relay.ts";
import { buildClient, buildOffer, buildSignUp } from "../support/http-client.ts";
import { type ServerProcess, spawnServer } from "../support/spawn-server.ts";

/** Each answer of the server processes is checked against the OpenAPI document. */
const fetch = contractFetch;

async function json(url: string, init: RequestInit & { client?: string; cookie?: string; csrf?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (init.client) headers["x-test-client"] = init.client;
  if (init.cookie) headers.cookie = init.cookie;
  if (init.csrf) headers["x-csrf-token"] = init.csrf;
  const res = await fetch(url, { ...init, headers });
  return { status: res.status, body: await res.json().catch(() => null), setCookie: res.headers.get("set-cookie") };
}

describe.each([
  { trusted: true, name: "trusted relay" },
  { trusted: false, name: "untrusted relay" },
])("a server behind a $name", ({ trusted }) => {
  let dataDir: string;
  let server: ServerProcess;
  let relay: ForwardingRelay;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "mandat-proxy-"));
    server = await spawnServer({
      DATA_DIR: dataDir,
      SIGNUP_POLICY: "open",
      TRUSTED_PROXIES: trusted ? "127.0.0.1, ::1" : "",
    });
    relay = await startForwardingRelay({ target: server.url });
  }, 60_000);
  afterAll(async () => {
    await relay?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(trusted ? "separates clients' limits and records each one's address" : "ignores the header", async () => {
    const signup = await json(`${relay.url}/api/v1/auth/signup`, {
      method: "POST",
      body: JSON.stringify(buildSignUp()),
    });
    expect(signup.status).toBe(201);
    const cookie = /mandat_session=[^;]+/.exec(signup.setCookie ?? "")![0];
    const owner = { cookie, csrf: signup.body.csrfToken as string };
    const clientId = (
      await json(`${relay.url}/api/v1/clients`, { method: "POST", ...owner, body: JSON.stringify(buildClient()) })
    ).body.id;
    const offer = (
      await json(`${relay.url}/api/v1/offers`, { method: "POST", ...owner, body: JSON.stringify(buildOffer(clientId)) })
    ).body;
    const sent = (await json(`${relay.url}/api/v1/offers/${offer.id}/send`, { method: "POST", ...owner, body: "{}" }))
      .body;
    const token = String(sent.portalUrl).split("/portal/")[1];

    for (let i = 0; i < 30; i++) {
      expect((await json(`${relay.url}/api/v1/portal/${"z".repeat(40)}${i}`, { client: "198.51.100.66" })).status).toBe(
        404,
      );
    }
    expect((await json(`${relay.url}/api/v1/portal/${"z".repeat(41)}`, { client: "198.51.100.66" })).status).toBe(429);
    const real = await json(`${relay.url}/api/v1/portal/${token}`, { client: "192.0.2.7" });
    expect(real.status).toBe(trusted ? 200 : 429);
    if (!trusted) return;
    const signed = await json(`${relay.url}/api/v1/portal/${token}/sign`, {
      method: "POST",
      client: "192.0.2.7",
      body: JSON.stringify({ signerName: "Julie Bergeron", consent: true }),
    });
    expect(signed.status).toBe(200);
    const detail = await json(`${relay.url}/api/v1/offers/${offer.id}`, owner);
    expect(detail.body.offer.signature.ip).toBe("192.0.2.7");
  }, 60_000);
});
