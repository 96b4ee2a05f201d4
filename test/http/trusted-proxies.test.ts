/**
 * Behind a reverse proxy, the client's own address counts: with the proxy trusted (TRUSTED_PROXIES), two clients
 * behind it have separate portal limits and their own addresses in signatures; untrusted, X-Forwarded-For is ignored
 * and everyone behind the proxy is one address. The same goes for failed sign-ins, and a trusted proxy's
 * X-Forwarded-Proto: https makes the session cookie Secure.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PORTAL_LIMITS } from "../../src/app/portal/portal.ts";
import { LOGIN_LIMITS } from "../../src/app/workspace/log-in.ts";
import { engines } from "../support/engines.ts";
import { buildClient, buildOffer, buildSignUp, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { portalToken } from "../support/scope-fixture.ts";

const PROXY = "10.0.0.1";

/** A request as it reaches Mandat from `peer` (the socket), the proxy saying it came from `forwardedFor`. */
async function viaProxy(fx: HttpFixture, path: string, forwardedFor: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set("x-forwarded-for", forwardedFor);
  const res = await fx.app.request(path, { ...init, headers }, { incoming: { socket: { remoteAddress: PROXY } } });
  return { status: res.status, body: await res.json().catch(() => null), setCookie: res.headers.get("set-cookie") };
}

/** A sign-in through the proxy from `client`. */
function logInVia(fx: HttpFixture, client: string, body: { email: string; password: string }, proto?: string) {
  return viaProxy(fx, "/api/v1/auth/login", client, {
    method: "POST",
    headers: { "content-type": "application/json", ...(proto ? { "x-forwarded-proto": proto } : {}) },
    body: JSON.stringify(body),
  });
}

async function sentOfferToken(owner: TestClient): Promise<{ offerId: string; token: string }> {
  const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
  const offer = (await owner.post("/api/v1/offers", buildOffer(clientId))).body;
  const sent = (await owner.post(`/api/v1/offers/${offer.id}/send`)).body;
  return { offerId: offer.id, token: portalToken(sent.portalUrl) };
}

describe.each(engines())("reverse proxies on $engine", ({ engine, skip }) => {
  let trusted: HttpFixture;
  let untrusted: HttpFixture;
  beforeAll(async () => {
    if (skip) return;
    trusted = await createHttpFixture(engine, { TRUSTED_PROXIES: "10.0.0.0/8, ::1" });
    untrusted = await createHttpFixture(engine);
  });
  afterAll(async () => {
    await trusted?.close();
    await untrusted?.close();
  });

  const attack = async (fx: HttpFixture) => {
    for (let i = 0; i < PORTAL_LIMITS.failuresPerAddress; i++) {
      expect((await viaProxy(fx, `/api/v1/portal/${"x".repeat(40)}${i}`, "203.0.113.66")).status).toBe(404);
    }
    expect((await viaProxy(fx, `/api/v1/portal/${"x".repeat(41)}`, "203.0.113.66")).status).toBe(429);
  };

  it.skipIf(skip)(
    "trusted: one attacker's bad links do not lock out a client, whose address the signature records",
    async () => {
      const owner = await trusted.owner();
      const { offerId, token } = await sentOfferToken(owner);
      await attack(trusted);
      expect((await viaProxy(trusted, `/api/v1/portal/${token}`, "198.51.100.7")).status).toBe(200);
      const signed = await viaProxy(trusted, `/api/v1/portal/${token}/sign`, "192.0.2.1, 198.51.100.7", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ signerName: "Julie Bergeron", consent: true }),
      });
      expect(signed.status).toBe(200);
      const offer = (await owner.get(`/api/v1/offers/${offerId}`)).body.offer;
      // The rightmost untrusted hop is the client (192.0.2.1 is what the client claimed, not believed).
      expect(offer.signature.ip).toBe("198.51.100.7");
    },
  );

  it.skipIf(skip)("untrusted: X-Forwarded-For is ignored, everyone behind the proxy is the proxy", async () => {
    const owner = await untrusted.owner();
    const { offerId, token } = await sentOfferToken(owner);
    await attack(untrusted);
    expect((await viaProxy(untrusted, `/api/v1/portal/${token}`, "198.51.100.7")).status).toBe(429);
    await untrusted.db.store.db.deleteFrom("login_attempts").execute();
    await viaProxy(untrusted, `/api/v1/portal/${token}/sign`, "198.51.100.7", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ signerName: "Julie Bergeron", consent: true }),
    });
    const offer = (await owner.get(`/api/v1/offers/${offerId}`)).body.offer;
    expect(offer.signature.ip).toBe(PROXY);
  });

  it.skipIf(skip)(
    "failed sign-ins from one client lock out only that client when the proxy is trusted",
    async () => {
      for (const [fx, othersLockedOut] of [
        [trusted, false],
        [untrusted, true],
      ] as const) {
        const data = buildSignUp();
        expect((await fx.client().post("/api/v1/auth/signup", data)).status).toBe(201);
        // One address guesses many accounts' passwords, each account below its own limit.
        for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) {
          const res = await logInVia(fx, "203.0.113.66", {
            email: `guess${i}@studio.test`,
            password: "not the password",
          });
          expect(res.status).toBe(401);
        }
        const account = { email: data.email, password: data.password };
        expect((await logInVia(fx, "203.0.113.66", account)).status).toBe(429);
        const real = await logInVia(fx, "198.51.100.7", account);
        expect(real.status).toBe(othersLockedOut ? 429 : 200);
        await fx.db.store.db.deleteFrom("login_attempts").execute(); // the next test starts unlocked
      }
    },
    60_000,
  );

  it.skipIf(skip)("marks the session cookie Secure when a trusted proxy says the client used https", async () => {
    for (const [fx, secure] of [
      [trusted, true],
      [untrusted, false],
    ] as const) {
      const data = buildSignUp();
      expect((await fx.client().post("/api/v1/auth/signup", data)).status).toBe(201);
      const res = await logInVia(fx, "198.51.100.8", { email: data.email, password: data.password }, "https");
      expect(res.status).toBe(200);
      expect(res.setCookie).toMatch(/mandat_session=/);
      expect(/;\s*Secure/i.test(res.setCookie ?? "")).toBe(secure);
    }
  });
});
