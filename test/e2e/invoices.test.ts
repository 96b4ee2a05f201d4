/**
 * Invoicing in a real browser. Seeded through the API: a Québec studio registered for GST and QST, a Québec agency
 * client with a signed offer, its mandate, an approved change order, two billable time entries, and an older invoice
 * already 15 days late. Then, in Chromium: a new invoice is built from the keyboard (the change order, one of the time
 * entries and a manual line), its draft shows GST and QST on separate lines with the studio's numbers, it is issued
 * (number assigned, read-only), its PDF opens in a new tab and is served as a PDF, a partial payment is recorded and
 * the receivables' aging moves; a firm reminder is kept in the outbox with the late interest beside it; the tax report
 * shows GST and QST collected. Every input has an accessible name. Screenshots: test-artifacts/e2e/invoices-*.png.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDay } from "../support/clock.ts";
import { buildClient, buildOffer } from "../support/http-client.ts";
import { clockedContext, startTestServer, type TestServer } from "../support/server.ts";
import {
  buildWebIfStale,
  chromiumMissing,
  keepFailureScreenshots,
  launchChromium,
  screenshot as save,
  seedApi,
  squeeze,
  unlabelledControls,
} from "./browser.ts";

/** A full-page screenshot taken from the top, without toasts covering the page. */
async function screenshot(on: Page, name: string): Promise<void> {
  await on.evaluate(() => {
    for (const b of document.querySelectorAll<HTMLButtonElement>(".mantine-Notification-root button")) b.click();
    window.scrollTo(0, 0);
  });
  await on.waitForTimeout(300);
  await save(on, name);
}

const owner = { name: "Alexandre Tremblay", email: "alexandre@collectif-factures.test", password: "chasse-d-eau-2026" };
const day = (offset: number) => testDay(offset);

describe.skipIf(chromiumMissing)("invoicing journey in Chromium", () => {
  let server: TestServer | undefined;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  keepFailureScreenshots(() => page);
  let clientId: string;
  let oldInvoiceId: string;
  let seed: ReturnType<typeof seedApi>;
  let changeOrderNumber: string;
  let invoiceUrl: string;
  let invoiceNumber: string;
  const year = day(0).slice(0, 4);
  const pageErrors: string[] = [];

  beforeAll(async () => {
    buildWebIfStale();
    const started = await startTestServer();
    server = started;
    baseUrl = started.url;

    const call = seedApi(baseUrl);
    seed = call;
    const me = await call("POST", "/auth/signup", {
      email: owner.email,
      password: owner.password,
      name: owner.name,
      workspace: { name: "Collectif WEB", jurisdiction: "CA-QC", currency: "CAD", locale: "fr-CA" },
    });
    await call("PATCH", "/workspace", {
      legalName: "Collectif WEB coop",
      address: { line1: "275 rue du Parvis", city: "Québec", region: "QC", postalCode: "G1K 6G7", country: "CA" },
      taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001" },
      targetHourlyRate: 9500,
      terms: { paymentDays: 30, lateInterestBp: 1200, noticeDays: 30 },
    });
    await call("PATCH", `/members/${me.member.id}`, { billableRate: 9000, weeklyCapacityHours: 30 });
    const client = await call("POST", "/clients", buildClient({ name: "Agence Boîte-Surprise" }));
    clientId = client.id;

    // An older invoice, issued 45 days ago and due 15 days ago: it sits in the 1-30 days bucket.
    const old = await call("POST", "/invoices", {
      clientId,
      lines: [{ description: "Maintenance — septembre", quantityMilli: 1000, unitPrice: 100_000 }],
    });
    await call("POST", `/invoices/${old.invoice.id}/issue`, { issueDate: day(-45) });
    oldInvoiceId = old.invoice.id;

    // A signed offer, its mandate, an approved change order and two billable time entries.
    const offer = await call("POST", "/offers", buildOffer(clientId));
    const sent = await call("POST", `/offers/${offer.id}/send`);
    const portal = seedApi(baseUrl);
    await portal("POST", `/portal/${String(sent.portalUrl).split("/portal/")[1]}/sign`, {
      signerName: "Julie Bergeron",
      consent: true,
    });
    const mandateId = (await call("GET", `/offers/${offer.id}`)).mandateId;
    const round = await call("POST", `/mandates/${mandateId}/rounds`, {
      text: "1) Ajouter une boutique en ligne\n2) Corriger le pied de page",
      receivedAt: day(-10),
    });
    await call("PATCH", `/claims/${round.claims[0].id}`, { triage: { outcome: "change_order", estimatedHours: 10 } });
    const co = await call("POST", `/mandates/${mandateId}/change-orders`, {
      claimIds: [round.claims[0].id],
      title: "Boutique en ligne",
      reason: "Hors de l'offre signée",
      requester: "Julie Bergeron",
    });
    changeOrderNumber = co.number;
    const coSent = await call("POST", `/change-orders/${co.id}/send`);
    await portal("POST", `/portal/${String(coSent.portalUrl).split("/portal/")[1]}/approve`, {
      signerName: "Julie Bergeron",
      consent: true,
    });
    for (const [date, minutes] of [
      [day(-5), 90],
      [day(-4), 60],
    ] as const) {
      await call("POST", "/time-entries", { mandateId, date, minutes, category: "billable", note: "Intégration" });
    }

    browser = await launchChromium();
    context = await clockedContext(browser, server, { locale: "fr-CA", viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${baseUrl}/login`);
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

  async function expectAllInputsLabelled(where: string) {
    expect(await unlabelledControls(page), `inputs without an accessible name on ${where}`).toEqual([]);
  }

  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      const label = el?.labels?.[0]?.textContent?.trim() ?? el?.getAttribute("aria-label") ?? el?.textContent?.trim();
      return `${el?.tagName.toLowerCase()}:${label ?? ""}`;
    });

  it("builds a draft from the change order, some billable time and a manual line, from the keyboard", async () => {
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Factures" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Factures" }).waitFor();
    await page.getByRole("link", { name: "Nouvelle facture" }).click();
    await page.getByRole("heading", { level: 1, name: "Nouvelle facture" }).waitFor();
    await page.getByRole("combobox", { name: "Client" }).selectOption({ label: "Agence Boîte-Surprise" });

    const changeOrder = page.getByRole("checkbox", { name: new RegExp(`^Avenant ${changeOrderNumber}`) });
    await changeOrder.focus();
    await page.keyboard.press("Space");
    expect(await changeOrder.isChecked()).toBe(true);
    // The deposit of the signed offer is offered too, but not taken.
    expect(await page.getByRole("checkbox", { name: /^Acompte de 30/ }).isChecked()).toBe(false);
    const time = page.getByRole("group", { name: "Temps facturable non facturé" }).getByRole("checkbox");
    expect(await time.count()).toBe(2);
    await time.first().focus();
    await page.keyboard.press("Space");
    expect(await time.first().isChecked()).toBe(true);
    expect(await time.nth(1).isChecked()).toBe(false);

    // A manual line, typed from the keyboard alone: the new line's description takes the focus.
    await page.getByRole("button", { name: "Ajouter une ligne" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(focused).toBe("input:Description *");
    await page.keyboard.type("Nettoyage des images");
    await page.keyboard.press("Tab");
    expect(await focused()).toMatch(/^input:Quantité/);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("2");
    await page.keyboard.press("Tab");
    expect(await focused()).toMatch(/^input:Prix unitaire \(CAD\)/);
    await page.keyboard.type("150");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("input:Taxable");
    expect(squeeze(await page.getByTestId("line-amount").textContent())).toBe("300,00$");
    // 950 $ (change order) + 1.5 h × 90 $ + 2 × 150 $ before taxes.
    expect(squeeze(await page.getByTestId("selected-amount").textContent())).toContain("1385,00$");
    await expectAllInputsLabelled("the new-invoice form");
    await screenshot(page, "invoices-01-new");

    await page.getByRole("textbox", { name: /Description/ }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Brouillon de facture" }).waitFor();
    invoiceUrl = page.url();
  });

  it("shows the draft with GST and QST on separate lines and the studio's numbers", async () => {
    expect(await page.getByTestId("invoice-line").count()).toBe(3);
    const lines = await page.getByTestId("invoice-line").allTextContents();
    expect(lines[0]).toContain(`Avenant ${changeOrderNumber} — Boutique en ligne`);
    expect(lines[1]).toContain("Heures facturables");
    expect(squeeze(lines[1] ?? "")).toContain("1,5h");
    expect(lines[2]).toContain("Nettoyage des images");
    expect(squeeze(await page.getByTestId("subtotal").textContent())).toBe("1385,00$");
    const gst = page.getByTestId("tax-GST");
    const qst = page.getByTestId("tax-QST");
    expect(squeeze(await gst.textContent())).toContain("TPS(5%)");
    expect(await gst.textContent()).toContain("123456789 RT0001");
    expect(squeeze(await gst.textContent())).toContain("69,25$");
    expect(squeeze(await qst.textContent())).toContain("TVQ(9,975%)");
    expect(await qst.textContent()).toContain("1234567890 TQ0001");
    expect(squeeze(await qst.textContent())).toContain("138,15$");
    expect(squeeze(await page.getByTestId("total").textContent())).toBe("1592,40$");
    expect(await page.getByTestId("invoice-status").textContent()).toBe("Brouillon");
    await expectAllInputsLabelled("the draft");
    await screenshot(page, "invoices-02-draft");
  });

  it("issues it: the number is assigned and the invoice becomes read-only", async () => {
    await page.getByRole("button", { name: "Émettre la facture" }).click();
    await page.getByRole("button", { name: "Confirmer l'émission" }).click();
    invoiceNumber = `${year}-0002`;
    await page.getByRole("heading", { level: 1, name: `Facture ${invoiceNumber}` }).waitFor();
    expect(await page.getByTestId("invoice-status").textContent()).toBe("Émise");
    expect(await page.getByText("Facture émise : lecture seule.", { exact: false }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Modifier les lignes" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Supprimer le brouillon" }).count()).toBe(0);
    expect(squeeze(await page.getByTestId("balance-due").textContent())).toBe("1592,40$");
    await expectAllInputsLabelled("the issued invoice");
    await screenshot(page, "invoices-03-issued");
  });

  it("opens the PDF in a new tab, served as application/pdf", async () => {
    const link = page.getByRole("link", { name: "Ouvrir le PDF" });
    expect(await link.getAttribute("target")).toBe("_blank");
    const contentTypes: string[] = [];
    context.on("response", (response) => {
      if (response.url().endsWith("/pdf")) contentTypes.push(response.headers()["content-type"] ?? "");
    });
    const [tab] = await Promise.all([context.waitForEvent("page"), link.click()]);
    await expect.poll(() => contentTypes.length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(contentTypes[0]).toBe("application/pdf");
    await tab.close();
    const response = await page.request.get(`${baseUrl}${await link.getAttribute("href")}`);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("records a partial payment and the aging moves", async () => {
    await page.goto(`${baseUrl}/receivables`);
    await page.getByRole("heading", { level: 1, name: "Comptes clients" }).waitFor();
    expect(squeeze(await page.getByTestId("total-current").textContent())).toBe("1592,40$");
    expect(squeeze(await page.getByTestId("total-days1to30").textContent())).toBe("1149,75$");
    expect(squeeze(await page.getByTestId("total-total").textContent())).toBe("2742,15$");
    await screenshot(page, "invoices-04-aging-before");

    await page.goto(invoiceUrl);
    await page.getByRole("heading", { level: 1, name: `Facture ${invoiceNumber}` }).waitFor();
    const form = page.getByRole("form", { name: "Enregistrer un paiement" });
    await form.getByRole("combobox", { name: "Mode de paiement" }).selectOption({ label: "Virement Interac" });
    await form.getByRole("textbox", { name: "Référence" }).fill("INTERAC-4521");
    const amount = form.getByRole("textbox", { name: /Montant/ });
    await amount.fill("500");
    await form.getByRole("button", { name: "Enregistrer le paiement" }).click();
    await expect.poll(() => page.getByTestId("invoice-status").textContent()).toBe("Payée en partie");
    expect(squeeze(await page.getByTestId("balance-due").textContent())).toBe("1092,40$");
    expect(await page.getByTestId("payment").count()).toBe(1);
    expect(await page.getByTestId("payment").textContent()).toContain("INTERAC-4521");
    await screenshot(page, "invoices-05-partial-payment");

    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Comptes clients" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Comptes clients" }).waitFor();
    await expect.poll(async () => squeeze(await page.getByTestId("total-current").textContent())).toBe("1092,40$");
    expect(squeeze(await page.getByTestId("total-days1to30").textContent())).toBe("1149,75$");
    expect(squeeze(await page.getByTestId("total-total").textContent())).toBe("2242,15$");
    expect(await page.getByTestId("aging-client").count()).toBe(1);
  });

  it("sends a firm reminder for the late invoice, kept in the outbox, beside its late interest", async () => {
    await page.getByRole("button", { name: `Relances et intérêts de ${year}-0001` }).click();
    await page.getByText("Intérêts de retard", { exact: true }).waitFor();
    // The automatic schedule: 3 days before, on the due date, +7, +21 and the formal notice proposed at +30; 15 days
    // late, the next one to go is the second firm reminder.
    expect(await page.getByTestId("reminder-step").count()).toBe(5);
    expect(await page.getByTestId("next-reminder").textContent()).toContain("Prochaine relance");
    const interest = await page.getByTestId("interest-summary").textContent();
    expect(interest).toContain("15 jours de retard");
    expect(await page.getByText("Taux convenu : 12 % par an", { exact: false }).count()).toBe(1);
    // Without default (no mise en demeure yet), no interest runs; back to the terms, it does.
    const demeure = page.getByRole("combobox", { name: "Mise en demeure" });
    await demeure.selectOption({ label: "Pas encore en demeure" });
    await expect
      .poll(() => page.getByTestId("interest-summary").textContent())
      .toContain("aucun intérêt ne court encore");
    expect(await page.getByTestId("interest-warning").count()).toBe(1);
    await demeure.selectOption({ label: "Selon les conditions de la facture" });
    await expect.poll(() => page.getByTestId("interest-summary").textContent()).toContain("15 jours de retard");
    await page.getByRole("button", { name: "Envoyer une relance ferme" }).click();
    const result = page.getByTestId("reminder-result");
    await result.waitFor();
    expect(await result.textContent()).toContain("gardée dans la boîte d'envoi");
    expect(await result.textContent()).toContain(`${year}-0001`);
    await expectAllInputsLabelled("the receivables");
    await screenshot(page, "invoices-06-aging-after");
  });

  it("reports GST and QST collected over the period, with the CSV exports", async () => {
    await page.goto(`${baseUrl}/reports/taxes?from=${day(-60)}&to=${day(0)}`);
    await page.getByRole("heading", { level: 1, name: "Rapport de taxes" }).waitFor();
    await page.getByTestId("tax-row-GST").waitFor();
    // GST: 50 $ (older invoice) + 69.25 $; QST: 99.75 $ + 138.15 $.
    expect(squeeze(await page.getByTestId("tax-row-GST").textContent())).toContain("119,25$");
    expect(squeeze(await page.getByTestId("tax-row-QST").textContent())).toContain("237,90$");
    const csv = page.getByRole("link", { name: "Factures (CSV)" });
    const response = await page.request.get(`${baseUrl}${await csv.getAttribute("href")}`);
    expect(response.headers()["content-type"]).toContain("text/csv");
    await expectAllInputsLabelled("the tax report");
    await screenshot(page, "invoices-07-tax-report");
  });

  it("shows the client's invoices and balance on its page, and no error in the page", async () => {
    await page.goto(`${baseUrl}/clients/${clientId}`);
    await page.getByRole("heading", { level: 1, name: "Agence Boîte-Surprise" }).waitFor();
    const balance = page.getByTestId("client-balance");
    await balance.waitFor();
    expect(squeeze(await balance.textContent())).toContain("Doit2242,15$");
    expect(squeeze(await balance.textContent())).toContain("1149,75$enretard");
    await screenshot(page, "invoices-08-client");
  });

  it("credits part of a line: the credit note takes its own number and the balance drops", async () => {
    await page.goto(invoiceUrl);
    await page.getByRole("heading", { level: 1, name: `Facture ${invoiceNumber}` }).waitFor();
    const form = page.getByRole("form", { name: "Émettre une note de crédit" });
    await form.getByRole("radio", { name: "Une partie d'une ligne" }).check();
    await form.getByRole("combobox", { name: "Ligne créditée" }).selectOption({ label: "3. Nettoyage des images" });
    await form.getByRole("textbox", { name: /Montant avant taxes/ }).fill("100");
    await form.getByRole("textbox", { name: /Motif/ }).fill("Deux images fournies par le client, non retouchées");
    await expectAllInputsLabelled("the credit-note form");
    await form.getByRole("button", { name: "Émettre la note de crédit" }).click();
    const note = page.getByTestId("credit-note");
    await note.waitFor();
    expect(await note.textContent()).toContain(`AV-${year}-0001`);
    // 100 $ + GST 5,00 $ + QST 9,98 $ (9,975 rounded half-up) come off the balance.
    expect(squeeze(await note.textContent())).toContain("-114,98$");
    await expect.poll(async () => squeeze(await page.getByTestId("balance-due").textContent())).toBe("977,42$");
    expect(await page.getByTestId("invoice-status").textContent()).toBe("Payée en partie");
    await screenshot(page, "invoices-09-credit-note");
  });

  it("edits and deletes a draft without taking a number", async () => {
    await page.goto(`${baseUrl}/invoices/new?clientId=${clientId}`);
    await page.getByRole("heading", { level: 1, name: "Nouvelle facture" }).waitFor();
    await page.getByRole("button", { name: "Ajouter une ligne" }).click();
    await page.getByRole("textbox", { name: /Description/ }).fill("Hébergement annuel");
    await page.getByRole("textbox", { name: /Prix unitaire/ }).fill("240");
    await page.getByRole("checkbox", { name: "Taxable" }).uncheck();
    await page.getByRole("button", { name: "Créer le brouillon" }).click();
    await page.getByRole("heading", { level: 1, name: "Brouillon de facture" }).waitFor();
    expect(await page.getByTestId("tax-GST").count()).toBe(0);
    expect(squeeze(await page.getByTestId("total").textContent())).toBe("240,00$");
    await page.getByRole("button", { name: "Modifier les lignes" }).click();
    await page.getByRole("checkbox", { name: "Taxable" }).check();
    await page.getByRole("textbox", { name: /Prix unitaire/ }).fill("300");
    await expectAllInputsLabelled("the draft editor");
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    // 300 $ + GST 15 $ + QST 29,93 $ (29,925 rounded half-up).
    await expect.poll(async () => squeeze(await page.getByTestId("total").textContent())).toBe("344,93$");
    await page.getByRole("button", { name: "Supprimer le brouillon" }).click();
    await page.getByRole("button", { name: "Confirmer la suppression" }).click();
    await page.getByRole("heading", { level: 1, name: "Factures" }).waitFor();
    await expect.poll(() => page.getByTestId("invoice-row").count()).toBe(2);
    expect(await page.getByText("Brouillon (numéro à l'émission)").count()).toBe(0);
  });

  it("keeps an overpayment as client credit, on the invoice and in the receivables", async () => {
    // The older invoice is paid in full through the API; the new one gets more than its balance in the browser.
    await seed("POST", `/invoices/${oldInvoiceId}/payments`, { date: day(0), amount: 114_975, method: "cheque" });
    await page.goto(invoiceUrl);
    await page.getByRole("heading", { level: 1, name: `Facture ${invoiceNumber}` }).waitFor();
    const form = page.getByRole("form", { name: "Enregistrer un paiement" });
    await form.getByRole("textbox", { name: /Montant/ }).fill("1000");
    await form.getByRole("button", { name: "Enregistrer le paiement" }).click();
    await expect.poll(() => page.getByTestId("invoice-status").textContent()).toBe("Payée");
    expect(squeeze(await page.getByTestId("client-credit").textContent())).toContain("22,58$");
    expect(await page.getByRole("form", { name: "Enregistrer un paiement" }).count()).toBe(0);
    // Nothing is owed any more: the client stays listed for its credit, with empty buckets.
    await page.goto(`${baseUrl}/receivables`);
    const row = page.getByTestId("aging-client");
    await row.waitFor();
    expect(squeeze(await row.textContent())).toContain("22,58$");
    expect(squeeze(await page.getByTestId("total-total").textContent())).toBe("0,00$");
    expect(await page.getByText("Aucune facture impayée.").count()).toBe(1);
    await screenshot(page, "invoices-10-client-credit");
  });

  it("shows the numbering pattern in the settings, with an example", async () => {
    await page.goto(`${baseUrl}/settings`);
    await page.getByRole("heading", { level: 2, name: "Numérotation des factures" }).waitFor();
    expect(await page.getByRole("textbox", { name: /Modèle de numéro/ }).inputValue()).toBe("{YYYY}-{SEQ:4}");
    expect(await page.getByText(`${testDay().slice(0, 4)}-0042`).count()).toBe(1);
    await expectAllInputsLabelled("the settings");
    expect(pageErrors).toEqual([]);
  });
});
