/**
 * Mandat behind a reverse proxy, in a real browser: the server trusts the loopback relay in front of it
 * (TRUSTED_PROXIES), which adds X-Forwarded-For as nginx or Caddy would, and every page and API call goes through
 * the relay (PUBLIC_URL is the relay's, so the portal link points to it). A client opens the portal link from their
 * own address and signs; the studio then reads, on the signed offer, the client's forwarded address as the evidence
 * kept — never the relay's 127.0.0.1 — and its own address on its session.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ForwardingRelay, startForwardingRelay } from "../support/forwarding-relay.ts";
import { buildClient, buildOffer, buildSignUp } from "../support/http-client.ts";
import { clockedContext, startTestServer, type TestServer } from "../support/server.ts";
import { buildWebIfStale, chromiumMissing, keepFailureScreenshots, launchChromium, screenshot } from "./browser.ts";

/** Documentation addresses (RFC 5737): the studio's office and the client's. */
const STUDIO_ADDRESS = "198.51.100.10";
const CLIENT_ADDRESS = "192.0.2.7";

describe.skipIf(chromiumMissing)("a portal signature behind a trusted reverse proxy in Chromium", () => {
  let relay: ForwardingRelay;
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let page: Page;
  const owner = buildSignUp();
  let offerId = "";
  let portalUrl = "";
  keepFailureScreenshots(() => page);

  /** A browser whose every request the relay forwards as coming from `address`. */
  async function browserAt(address: string): Promise<Page> {
    const context = await clockedContext(browser, server, {
      locale: "fr-CA",
      viewport: { width: 1280, height: 900 },
      extraHTTPHeaders: { "x-test-client": address },
    });
    contexts.push(context);
    const p = await context.newPage();
    p.setDefaultTimeout(15_000);
    return p;
  }

  beforeAll(async () => {
    buildWebIfStale();
    relay = await startForwardingRelay();
    server = await startTestServer({ TRUSTED_PROXIES: "127.0.0.1, ::1", PUBLIC_URL: relay.url });
    relay.target = server.url;
    browser = await launchChromium();

    // The studio's records, seeded through the relay from the studio's address.
    const call = async (method: string, path: string, body: unknown, session?: { cookie: string; csrf: string }) => {
      const res = await fetch(`${relay.url}/api/v1${path}`, {
        method,
        headers: {
          "content-type": "application/json",
          "x-test-client": STUDIO_ADDRESS,
          ...(session ? { cookie: session.cookie, "x-csrf-token": session.csrf } : {}),
        },
        body: JSON.stringify(body),
      });
      expect(res.status, `${method} ${path}`).toBeLessThan(300);
      return { body: await res.json(), cookie: res.headers.get("set-cookie") ?? "" };
    };
    const signup = await call("POST", "/auth/signup", owner);
    const session = { cookie: /mandat_session=[^;]+/.exec(signup.cookie)![0], csrf: signup.body.csrfToken as string };
    const client = (await call("POST", "/clients", buildClient(), session)).body;
    offerId = (await call("POST", "/offers", buildOffer(client.id), session)).body.id;
    portalUrl = (await call("POST", `/offers/${offerId}/send`, {}, session)).body.portalUrl;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
    await relay?.close();
  });

  it("signs the offer in the portal from the client's own address", async () => {
    expect(portalUrl.startsWith(`${relay.url}/portal/`), "the portal link goes through the proxy").toBe(true);
    page = await browserAt(CLIENT_ADDRESS);
    await page.goto(portalUrl);
    await page.getByRole("heading", { level: 1, name: "Intégration de contenu" }).waitFor();
    await page.getByRole("textbox", { name: "Votre nom complet" }).fill("Julie Bergeron");
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Signer" }).click();
    const state = page.getByTestId("portal-state");
    await state.waitFor();
    expect(await state.textContent()).toMatch(/Signé par Julie Bergeron le .+ — empreinte [0-9a-f]{64}/);
    await screenshot(page, "proxy-01-portal-signed");
  });

  it("shows the studio the client's forwarded address as the signature's evidence", async () => {
    page = await browserAt(STUDIO_ADDRESS);
    await page.goto(`${relay.url}/login`);
    await page.getByLabel("Courriel").fill(owner.email);
    await page.getByRole("textbox", { name: "Mot de passe" }).fill(owner.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();

    await page.goto(`${relay.url}/offers/${offerId}`);
    const signature = page.getByTestId("signature");
    await signature.waitFor();
    const evidence = (await signature.textContent()) ?? "";
    expect(evidence).toContain(`adresse ${CLIENT_ADDRESS}`);
    expect(evidence).not.toContain("127.0.0.1");
    await screenshot(page, "proxy-02-signature-evidence");
    // The record itself, as the API answers it.
    const detail = await (await page.request.get(`${relay.url}/api/v1/offers/${offerId}`)).json();
    expect(detail.offer.signature.ip).toBe(CLIENT_ADDRESS);

    // The studio's own session is recorded from the studio's address.
    await page.goto(`${relay.url}/settings`);
    const current = page.getByTestId("session-row").filter({ hasText: "Ce navigateur" });
    await current.waitFor();
    expect(await current.textContent()).toContain(STUDIO_ADDRESS);
  });
});
