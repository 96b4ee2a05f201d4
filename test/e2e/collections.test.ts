/**
 * Collecting in a real browser: the receivables page shows each open invoice's next automatic reminder; the scheduler
 * ticks (at the time the test chooses) and the invoice's schedule shows the reminder sent and the next date moved; one
 * payment from the client is spread over two invoices (earliest due first, then adjusted by hand) from the receivables
 * page, the rest kept as the client's credit. Screenshots: test-artifacts/e2e/collections-*.png.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDueWork } from "../../src/app/shared/scheduler.ts";
import { buildClient } from "../support/http-client.ts";
import { clockedContext, startTestServer, type TestServer } from "../support/server.ts";
import {
  buildWebIfStale,
  chromiumMissing,
  keepFailureScreenshots,
  launchChromium,
  screenshot,
  seedApi,
  squeeze,
} from "./browser.ts";

const owner = { name: "Camille Roy", email: "camille@collectif-relances.test", password: "relance-douce-2026" };

describe.skipIf(chromiumMissing)("collecting in Chromium", () => {
  let server: TestServer | undefined;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  keepFailureScreenshots(() => page);
  const numbers: string[] = [];
  const ids: string[] = [];

  beforeAll(async () => {
    buildWebIfStale();
    server = await startTestServer();
    const call = seedApi(server.url);
    await call("POST", "/auth/signup", {
      email: owner.email,
      password: owner.password,
      name: owner.name,
      workspace: { name: "Collectif Relances", jurisdiction: "CA-QC", currency: "CAD", locale: "fr-CA" },
    });
    const client = await call("POST", "/clients", buildClient({ name: "Agence Boréale" }));
    // Two invoices of 1 000 $ (no taxes: the studio is not registered), due in 3 and in 10 days.
    for (const days of [3, 10]) {
      const draft = await call("POST", "/invoices", {
        clientId: client.id,
        paymentDays: days,
        lines: [{ description: `Travaux à ${days} jours`, quantityMilli: 1_000, unitPrice: 100_000 }],
      });
      ids.push(draft.invoice.id);
      numbers.push((await call("POST", `/invoices/${draft.invoice.id}/issue`, {})).number);
    }
    browser = await launchChromium();
    context = await clockedContext(browser, server, { locale: "fr-CA", viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/login`);
    await page.getByRole("textbox", { name: "Courriel" }).fill(owner.email);
    await page.getByRole("textbox", { name: "Mot de passe" }).fill(owner.password);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const nextReminderCell = (number: string) =>
    page.getByTestId("open-invoice").filter({ hasText: number }).getByTestId("invoice-next-reminder");

  it("shows each invoice's next reminder, and the schedule after the scheduler sent one", async () => {
    await page.goto(`${server!.url}/receivables`);
    await page.getByRole("heading", { level: 1, name: "Comptes clients" }).waitFor();
    // Due in 3 days: the courteous reminder 3 days before goes today.
    const dueSoon = await nextReminderCell(numbers[0]!).textContent();
    expect(dueSoon).not.toBe("Aucune");

    await runDueWork(server!.ctx, server!.ctx.now());
    await page.reload();
    await page.getByRole("button", { name: `Relances et intérêts de ${numbers[0]}` }).click();
    const steps = page.getByTestId("reminder-step");
    await expect.poll(() => steps.count()).toBe(5);
    await expect.poll(async () => steps.first().textContent()).toContain("Dans la boîte d'envoi");
    expect(await steps.last().textContent()).toContain("Mise en demeure");
    // The next one is the courteous reminder on the due date, here and in the table.
    const next = await page.getByTestId("next-reminder").textContent();
    expect(next).toContain("Prochaine relance");
    expect(squeeze(await nextReminderCell(numbers[0]!).textContent())).not.toBe(squeeze(dueSoon));
    await screenshot(page, "collections-01-schedule");
  });

  it("spreads one payment over both invoices, earliest due first, the rest as the client's credit", async () => {
    const form = page.getByRole("form", { name: "Inscrire un paiement d'un client" });
    await form.getByRole("combobox", { name: "Client" }).selectOption({ label: "Agence Boréale" });
    await form.getByRole("textbox", { name: "Montant (CAD)" }).fill("1500");
    await form.getByRole("button", { name: "Répartir (échéance la plus ancienne d'abord)" }).click();
    const first = form.getByRole("textbox", { name: `Montant imputé à ${numbers[0]} (CAD)` });
    await expect.poll(async () => squeeze(await first.inputValue())).toMatch(/^1000(,00)?$/);
    const second = form.getByRole("textbox", { name: `Montant imputé à ${numbers[1]} (CAD)` });
    // The studio keeps 100 $ unallocated: it becomes the client's credit.
    await second.fill("400");
    await expect.poll(async () => squeeze(await form.getByTestId("unallocated").textContent())).toContain("100,00$");
    await form.getByRole("textbox", { name: "Référence" }).fill("Virement 2026-118");
    await screenshot(page, "collections-02-allocation");
    await form.getByRole("button", { name: "Inscrire le paiement" }).click();
    await page.getByText("Paiement inscrit sur 2 factures.", { exact: false }).waitFor();
    // The first invoice is paid (it leaves the open invoices); the second owes 600 $; the client holds 100 $ of credit.
    await expect.poll(() => page.getByTestId("open-invoice").count()).toBe(1);
    expect(squeeze(await page.getByTestId("open-invoice").textContent())).toContain("600,00$");
    expect(squeeze(await page.getByTestId("aging-client").textContent())).toContain("100,00$");
    await screenshot(page, "collections-03-paid");
  });
});
