/**
 * Recurring invoices in a real browser: on a client's page the studio creates a monthly invoice from a template, sees
 * its next date and period, and — after the scheduler's tick, at the time the test chooses — the draft it produced;
 * a retainer shows its hours used this month against the time logged. Screenshots: test-artifacts/e2e/recurring-*.png.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDueWork } from "../../src/app/shared/scheduler.ts";
import { buildClient, buildOffer } from "../support/http-client.ts";
import { clockedContext, startTestServer, type TestServer } from "../support/server.ts";
import {
  buildWebIfStale,
  chromiumMissing,
  keepFailureScreenshots,
  launchChromium,
  logIn,
  screenshot,
  seedApi,
  squeeze,
} from "./browser.ts";

const owner = { name: "Léa Tremblay", email: "lea@collectif-forfaits.test", password: "forfait-mensuel-2026" };

describe.skipIf(chromiumMissing)("recurring invoices in Chromium", () => {
  let server: TestServer | undefined;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let clientId: string;
  let call: ReturnType<typeof seedApi>;
  keepFailureScreenshots(() => page);

  beforeAll(async () => {
    buildWebIfStale();
    server = await startTestServer();
    call = seedApi(server.url);
    await call("POST", "/auth/signup", {
      email: owner.email,
      password: owner.password,
      name: owner.name,
      workspace: { name: "Collectif Forfaits", jurisdiction: "CA-QC", currency: "CAD", locale: "fr-CA" },
    });
    clientId = (await call("POST", "/clients", buildClient({ name: "Agence Nordet" }))).id;
    // A signed offer gives the mandate the retainer's hours are logged on.
    const offer = await call("POST", "/offers", buildOffer(clientId));
    const sent = await call("POST", `/offers/${offer.id}/send`);
    await seedApi(server.url)("POST", `/portal/${String(sent.portalUrl).split("/portal/")[1]}/sign`, {
      signerName: "Julie Bergeron",
      consent: true,
    });
    const mandateId = (await call("GET", `/offers/${offer.id}`)).mandateId as string;
    await call("POST", "/recurring-invoices", {
      clientId,
      mandateId,
      name: "Banque d'heures",
      frequency: "monthly",
      anchorDate: "2026-11-01",
      mode: "draft",
      retainer: { minutesPerPeriod: 600, hourlyRate: 9_500 },
    });
    await call("POST", "/time-entries", { mandateId, date: "2026-11-20", minutes: 450, category: "billable" });
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

  it("shows a retainer's hours used this month against the time logged", async () => {
    await page.goto(`${server!.url}/clients/${clientId}`);
    const usage = page.getByTestId("retainer-usage");
    await usage.waitFor();
    expect(squeeze(await usage.textContent())).toContain(squeeze("utilisé : 7,5 h sur 10 h"));
    expect(squeeze(await usage.textContent())).toContain(squeeze("Il reste 2,5 h ce mois-ci."));
  });

  it("creates a monthly invoice, shows its next date, and the draft the scheduler produced", async () => {
    const today = server!.ctx.now().toISOString().slice(0, 10);
    await page.getByRole("button", { name: "Nouvelle facture récurrente" }).click();
    const form = page.getByRole("form", { name: "Nouvelle facture récurrente" });
    await form.getByRole("textbox", { name: /^Nom/ }).fill("Hébergement mensuel");
    await form.getByRole("combobox", { name: "Fréquence" }).selectOption({ label: "Chaque mois" });
    await form.getByRole("textbox", { name: /^Première période/ }).fill(today);
    await form.getByRole("textbox", { name: "Description" }).fill("Hébergement et sauvegardes");
    await form.getByRole("textbox", { name: /^Prix unitaire/ }).fill("45");
    await screenshot(page, "recurring-01-form");
    await form.getByRole("button", { name: "Créer" }).click();
    const item = page.getByTestId("recurring-item").filter({ hasText: "Hébergement mensuel" });
    await item.waitFor();
    const next = item.getByTestId("recurring-next");
    await expect.poll(async () => (await next.textContent()) ?? "").toContain("Prochaine facture le");
    expect(await item.textContent()).toContain("0 facture produite");

    await runDueWork(server!.ctx, server!.ctx.now());
    await page.reload();
    await expect.poll(async () => (await item.textContent()) ?? "").toContain("1 facture produite");
    expect(await item.getByRole("link", { name: /^Brouillon/ }).count()).toBe(1);
    expect(await item.textContent()).toContain("45,00");
    await screenshot(page, "recurring-02-produced");
  });

  it("edits the template's terms for the periods to come; its frequency stays once a period was invoiced", async () => {
    const item = page.getByTestId("recurring-item").filter({ hasText: "Hébergement mensuel" });
    await item.getByRole("button", { name: "Modifier" }).click();
    const form = page.getByRole("form", { name: "Modifier « Hébergement mensuel »" });
    expect(await form.getByRole("combobox", { name: "Fréquence" }).isDisabled()).toBe(true);
    await form.getByRole("textbox", { name: /^Prix unitaire/ }).fill("50");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await form.waitFor({ state: "detached" });
    const { items } = await call("GET", `/recurring-invoices?clientId=${clientId}`);
    const saved = items.find((i: { name: string }) => i.name === "Hébergement mensuel");
    expect(saved.lines[0]).toMatchObject({ description: "Hébergement et sauvegardes", unitPrice: 5_000 });
    expect(saved.frequency).toBe("monthly");
  });
});
