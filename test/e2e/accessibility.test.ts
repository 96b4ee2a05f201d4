/**
 * axe-core on the main pages, in French and in English (issue 15, "Accessibility"): a Québec studio seeded through
 * the API with a client, a signed offer and its mandate, an issued deposit invoice and a draft; then each main page
 * of the studio, the portal and the login page is checked as shown and again after the header's language switch.
 * No serious or critical violation is allowed. The exit page is checked in the exit journey (exit.test.ts). On a
 * phone (390 px), the invoices, receivables and time tables scroll inside their frame with their first column kept.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClient, buildOffer } from "../support/http-client.ts";
import { clockedContext, startTestServer, type TestServer } from "../support/server.ts";
import {
  a11yInBothLanguages,
  buildWebIfStale,
  chromiumMissing,
  keepFailureScreenshots,
  launchChromium,
  logIn,
  seedApi,
  seriousA11yViolations,
} from "./browser.ts";

const owner = { name: "Élise Caron", email: "elise@contraste.test", password: "contraste-suffisant-2026" };

describe.skipIf(chromiumMissing)("accessibility of the main pages in Chromium", () => {
  let server: TestServer | undefined;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  keepFailureScreenshots(() => page);
  const ids: Record<string, string> = {};
  let portalPath = "";

  beforeAll(async () => {
    buildWebIfStale();
    server = await startTestServer();
    baseUrl = server.url;
    const call = seedApi(baseUrl);
    await call("POST", "/auth/signup", {
      email: owner.email,
      password: owner.password,
      name: owner.name,
      workspace: { name: "Atelier Contraste", jurisdiction: "CA-QC", currency: "CAD", locale: "fr-CA" },
    });
    await call("PATCH", "/workspace", {
      legalName: "Atelier Contraste inc.",
      address: { line1: "12 rue Saint-Jean", city: "Québec", region: "QC", postalCode: "G1R 1N8", country: "CA" },
      taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001" },
      targetHourlyRate: 9500,
    });
    const client = await call("POST", "/clients", buildClient({ name: "Quincaillerie Bérubé" }));
    ids.client = client.id;
    const offer = await call("POST", "/offers", buildOffer(client.id));
    ids.offer = offer.id;
    const sent = await call("POST", `/offers/${offer.id}/send`);
    await seedApi(baseUrl)("POST", `/portal/${String(sent.portalUrl).split("/portal/")[1]}/sign`, {
      signerName: "Luc Bérubé",
      consent: true,
    });
    portalPath = `/portal/${String(sent.portalUrl).split("/portal/")[1]}`;
    ids.mandate = (await call("GET", `/offers/${offer.id}`)).mandateId;
    const deposit = await call("POST", "/invoices", { clientId: client.id, sources: { depositOfferIds: [offer.id] } });
    await call("POST", `/invoices/${deposit.invoice.id}/issue`, {});
    ids.invoice = deposit.invoice.id;
    await call("POST", "/time-entries", {
      mandateId: ids.mandate,
      date: "2026-12-01",
      minutes: 90,
      category: "billable",
      note: "Intégration des gabarits",
    });
    const second = await call("POST", "/offers", buildOffer(client.id, { title: "Refonte de l'infolettre" }));
    ids.draftOffer = second.id;

    browser = await launchChromium();
    context = await clockedContext(browser, server, { locale: "fr-CA", viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await logIn(page, baseUrl, owner);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const pages: Array<[string, () => string]> = [
    ["dashboard", () => "/"],
    ["clients", () => "/clients"],
    ["client", () => `/clients/${ids.client}`],
    ["offers", () => "/offers"],
    ["offer (signed)", () => `/offers/${ids.offer}`],
    ["offer (draft editor)", () => `/offers/${ids.draftOffer}`],
    ["mandate", () => `/mandates/${ids.mandate}`],
    ["invoices", () => "/invoices"],
    ["invoice", () => `/invoices/${ids.invoice}`],
    ["new invoice", () => `/invoices/new?clientId=${ids.client}`],
    ["receivables", () => "/receivables"],
    ["time", () => "/time"],
    ["capacity", () => "/capacity"],
    ["tax report", () => "/reports/taxes"],
    ["settings", () => "/settings"],
    ["members", () => "/members"],
    ["audit", () => "/audit"],
    ["outbox", () => "/outbox"],
  ];

  for (const [name, path] of pages) {
    it(`has no serious or critical axe violation on the ${name} page, in French and in English`, async () => {
      await page.goto(`${baseUrl}${path()}`);
      await page.locator("h1").first().waitFor();
      expect(await a11yInBothLanguages(page, name)).toEqual([]);
    });
  }

  for (const [name, path] of [
    ["invoices", "/invoices"],
    ["receivables", "/receivables"],
    ["time", "/time"],
  ] as const) {
    it(`reads the ${name} table on a phone: it scrolls inside its frame, its first column kept in view`, async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      try {
        await page.goto(`${baseUrl}${path}`);
        const table = page.locator("table.table-key-column").first();
        await table.locator("tbody tr").first().waitFor();
        // The page itself never scrolls sideways: only the table's frame does.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name}: the page is wider than the phone`).toBeLessThanOrEqual(0);
        const kept = await table.evaluate((el) => {
          // The nearest frame that scrolls sideways: what the finger moves.
          const scrolls = (n: HTMLElement) =>
            n.scrollWidth > n.clientWidth && ["auto", "scroll"].includes(getComputedStyle(n).overflowX);
          let scroller = el.parentElement!;
          while (scroller.parentElement && !scrolls(scroller)) scroller = scroller.parentElement;
          const before = el.querySelector("tbody tr td, tbody tr th")!.getBoundingClientRect().left;
          scroller.scrollLeft = 400;
          const after = el.querySelector("tbody tr td, tbody tr th")!.getBoundingClientRect().left;
          return { before, after, scrolled: scroller.scrollLeft };
        });
        expect(kept.scrolled, `${name}: the table scrolls sideways`).toBeGreaterThan(0);
        expect(Math.abs(kept.after - kept.before), `${name}: the key column stays in view`).toBeLessThan(2);
      } finally {
        await page.setViewportSize({ width: 1366, height: 900 });
      }
    });
  }

  it("reads the audit trail in words, a page at a time, the details on demand, filtered by member and record", async () => {
    await page.goto(`${baseUrl}/audit`);
    const rows = page.locator("tbody tr");
    await page.getByText("a émis une facture — Facture 2026-0001").waitFor();
    expect(await rows.count()).toBeLessThanOrEqual(20);
    // No before/after table until asked for.
    expect(await page.getByRole("columnheader", { name: "Champ" }).count()).toBe(0);
    await rows
      .first()
      .getByRole("button", { name: /^Détails/ })
      .click();
    expect(await page.getByRole("columnheader", { name: "Champ" }).count()).toBe(1);
    await page.getByLabel("Membre").selectOption({ label: owner.name });
    await expect.poll(() => new URL(page.url()).searchParams.get("memberId")).toBeTruthy();
    const issued = rows.filter({ hasText: "a émis une facture" });
    await issued.getByRole("button", { name: "Seulement ce dossier" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("id")).toBe(ids.invoice);
    await expect.poll(() => rows.filter({ hasNotText: "Facture" }).count()).toBe(0);
    expect(await rows.count()).toBeGreaterThan(0);
  });

  it("has none on the portal and the login page either, in both languages", async () => {
    const visitor = await clockedContext(browser, server, { locale: "fr-CA", viewport: { width: 390, height: 844 } });
    const p = await visitor.newPage();
    const found: string[] = [];
    await p.goto(`${baseUrl}${portalPath}`);
    await p.locator("h1").first().waitFor();
    found.push(...(await seriousA11yViolations(p)).map((v) => `portal ${v}`));
    await p.goto(`${baseUrl}/login`);
    await p.locator("h1").first().waitFor();
    found.push(...(await a11yInBothLanguages(p, "login")));
    await visitor.close();
    expect(found).toEqual([]);
  });
});
