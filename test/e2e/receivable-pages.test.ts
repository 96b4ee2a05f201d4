/**
 * The receivables page a page at a time, in a real browser: 56 open invoices show 50, with their count; the next page
 * shows the last 6 and the totals stay the whole studio's; back again. The payment form finds a payer by the client
 * search and lists that client's open invoices. Screenshots: test-artifacts/e2e/receivable-pages-*.png.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClient } from "../support/http-client.ts";
import { clockedContext, startTestServer, type TestServer } from "../support/server.ts";
import {
  buildWebIfStale,
  chromiumMissing,
  keepFailureScreenshots,
  launchChromium,
  logIn,
  screenshot,
  seedApi,
  seriousA11yViolations,
  squeeze,
} from "./browser.ts";

const owner = { name: "Léa Morin", email: "lea@atelier-pages.test", password: "pages-longues-2026" };

describe.skipIf(chromiumMissing)("receivables paged in Chromium", () => {
  let server: TestServer | undefined;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  keepFailureScreenshots(() => page);

  beforeAll(async () => {
    buildWebIfStale();
    server = await startTestServer();
    const call = seedApi(server.url);
    await call("POST", "/auth/signup", {
      email: owner.email,
      password: owner.password,
      name: owner.name,
      workspace: { name: "Atelier Pages", jurisdiction: "CA-QC", currency: "CAD", locale: "fr-CA" },
    });
    const long = await call("POST", "/clients", buildClient({ name: "Agence Longue" }));
    const elsewhere = await call("POST", "/clients", buildClient({ name: "Atelier Ailleurs" }));
    // 55 invoices of 100 $ for one client and one of 250 $ for the other (no taxes: the studio is not registered).
    for (let i = 0; i < 56; i++) {
      const draft = await call("POST", "/invoices", {
        clientId: i === 55 ? elsewhere.id : long.id,
        lines: [{ description: `Travaux ${i + 1}`, quantityMilli: 1_000, unitPrice: i === 55 ? 25_000 : 10_000 }],
      });
      await call("POST", `/invoices/${draft.invoice.id}/issue`, {});
    }
    browser = await launchChromium();
    context = await clockedContext(browser, server, { locale: "fr-CA", viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await logIn(page, server.url, owner);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it("shows 50 open invoices of 56, then the next page, with the studio's totals on each", async () => {
    await page.goto(`${server!.url}/receivables`);
    await page.getByRole("heading", { level: 1, name: "Comptes clients" }).waitFor();
    expect(await page.getByTestId("invoice-count").textContent()).toBe("56 factures impayées");
    expect(await page.getByTestId("client-count").textContent()).toBe("2 clients");
    await expect.poll(() => page.getByTestId("open-invoice").count()).toBe(50);
    const total = squeeze(await page.getByTestId("total-total").textContent());
    expect(total).toBe("5750,00$");
    const pager = page.getByRole("navigation", { name: "Pages des factures impayées" });
    expect(squeeze(await pager.textContent())).toContain("1à50sur56");
    await pager.getByRole("button", { name: "Page suivante" }).click();
    await expect.poll(() => page.getByTestId("open-invoice").count()).toBe(6);
    expect(squeeze(await pager.textContent())).toContain("51à56sur56");
    expect(await pager.getByRole("button", { name: "Page suivante" }).isDisabled()).toBe(true);
    expect(squeeze(await page.getByTestId("total-total").textContent())).toBe(total);
    expect(await page.getByTestId("open-invoice").last().textContent()).toContain("Atelier Ailleurs");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "receivable-pages-01-next");
    await pager.getByRole("button", { name: "Page précédente" }).click();
    await expect.poll(() => page.getByTestId("open-invoice").count()).toBe(50);
    // Two clients fit on one page: no pager under the aging.
    expect(await page.getByRole("navigation", { name: "Pages des clients" }).count()).toBe(0);
  });

  it("finds a payer by the client search and lists that client's open invoices", async () => {
    const form = page.getByRole("form", { name: "Inscrire un paiement d'un client" });
    await form.getByRole("searchbox", { name: "Chercher un autre client" }).fill("Ailleurs");
    const select = form.getByRole("combobox", { name: "Client" });
    await expect
      .poll(() => select.locator("option").allTextContents())
      .toEqual(["Choisir un client", "Atelier Ailleurs"]);
    await select.selectOption({ label: "Atelier Ailleurs" });
    await expect.poll(() => form.getByTestId("allocation").count()).toBe(1);
    // The client with 55 open invoices: every one of them, though a page of the API holds 50 by default.
    await form.getByRole("searchbox", { name: "Chercher un autre client" }).fill("");
    await expect.poll(() => select.locator("option").count()).toBe(3);
    await select.selectOption({ label: "Agence Longue" });
    await expect.poll(() => form.getByTestId("allocation").count()).toBe(55);
    await screenshot(page, "receivable-pages-02-payer");
  });
});
