/**
 * Sending an invoice in a real browser, with a real SMTP peer: the studio sets its payment instructions in the
 * settings, sends an issued invoice from its page (the billing contact checked by default), the e-mail arrives with
 * the PDF and a portal link; the client opens the link in a fresh phone-sized context and sees the amount due, how to
 * pay and the reference to quote; back in the studio the invoice reads "opened". Screenshots:
 * test-artifacts/e2e/invoice-sending-*.png.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClient } from "../support/http-client.ts";
import { mimeParts } from "../support/mime-parts.ts";
import { clockedContext, startTestServer, type TestServer } from "../support/server.ts";
import { startSmtpPeer } from "../support/smtp-peer.ts";
import {
  buildWebIfStale,
  chromiumMissing,
  keepFailureScreenshots,
  launchChromium,
  screenshot,
  seedApi,
} from "./browser.ts";

const owner = { name: "Alexandre Tremblay", email: "alexandre@collectif-envois.test", password: "chasse-d-eau-2026" };

describe.skipIf(chromiumMissing)("sending an invoice in Chromium", () => {
  let server: TestServer | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  keepFailureScreenshots(() => page);
  let invoiceId: string;
  let invoiceNumber: string;

  beforeAll(async () => {
    buildWebIfStale();
    smtp = await startSmtpPeer();
    server = await startTestServer({ SMTP_URL: smtp.url, SMTP_FROM: "Collectif WEB <bonjour@collectif.test>" });
    const call = seedApi(server.url);
    await call("POST", "/auth/signup", {
      email: owner.email,
      password: owner.password,
      name: owner.name,
      workspace: { name: "Collectif WEB", jurisdiction: "CA-QC", currency: "CAD", locale: "fr-CA" },
    });
    await call("PATCH", "/workspace", { taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001" } });
    const client = await call(
      "POST",
      "/clients",
      buildClient({
        name: "Agence Boîte-Surprise",
        contacts: [
          { name: "Marc Tremblay", email: "marc@boite.test", phone: "", role: "Directeur" },
          { name: "Louise Côté", email: "compta@boite.test", phone: "", role: "Comptabilité" },
        ],
      }),
    );
    const draft = await call("POST", "/invoices", {
      clientId: client.id,
      lines: [{ description: "Intégration des pages", quantityMilli: 8_000, unitPrice: 12_500 }],
    });
    invoiceId = draft.invoice.id;
    invoiceNumber = (await call("POST", `/invoices/${invoiceId}/issue`, {})).number;

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
    await smtp?.close();
  });

  it("sets the payment instructions once in the settings", async () => {
    await page.goto(`${server!.url}/settings`);
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Modalités de paiement" }) });
    await form.getByLabel("Numéro d'institution (3 chiffres)").fill("815");
    await form.getByLabel("Numéro de transit (5 chiffres)").fill("30001");
    await form.getByLabel("Numéro de compte").fill("1234567");
    await form.getByLabel("Adresse de virement Interac").fill("paiement@collectif.test");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Modalités de paiement enregistrées.").waitFor();
    await screenshot(page, "invoice-sending-settings");
  });

  it("sends the invoice to the billing contact, then the client opens it on a phone", async () => {
    await page.goto(`${server!.url}/invoices/${invoiceId}`);
    const panel = page.getByTestId("invoice-send");
    await expect.poll(() => panel.getByRole("checkbox", { name: /compta@boite\.test/ }).isChecked()).toBe(true);
    expect(await panel.getByRole("checkbox", { name: /marc@boite\.test/ }).isChecked()).toBe(false);
    await panel.getByRole("button", { name: "Envoyer" }).click();
    await panel.getByTestId("invoice-sending").first().waitFor();
    await expect.poll(() => panel.getByTestId("invoice-sending").first().textContent()).toContain("Livrée le");
    expect(smtp.received).toHaveLength(1);
    const parts = mimeParts(smtp.received[0]!.raw);
    expect(parts.find((p) => p.contentType === "application/pdf")?.filename).toBe(`${invoiceNumber}.pdf`);
    const text = parts.find((p) => p.contentType === "text/plain")!.text;
    const portalPath = /\/portal\/[A-Za-z0-9_-]+/.exec(text)![0];
    await screenshot(page, "invoice-sending-sent");

    const phone = await clockedContext(browser, server, {
      locale: "fr-CA",
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const client = await phone.newPage();
    await client.goto(`${server!.url}${portalPath}`);
    await client.getByRole("heading", { level: 1, name: `Facture ${invoiceNumber}` }).waitFor();
    expect((await client.getByTestId("portal-balance").textContent())?.replace(/\s/g, "")).toBe("1149,75$");
    await client.getByText(/Virement bancaire : institution 815, transit 30001, compte 1234567/).waitFor();
    expect(await client.getByText(/^RF\d{2} /).count()).toBe(1);
    await screenshot(client, "invoice-sending-portal-phone");
    await phone.close();

    await page.reload();
    await expect.poll(() => page.getByTestId("invoice-opened").textContent()).toContain("Ouverte par le client");
  });
});
