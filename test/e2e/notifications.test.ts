/**
 * Issue 12's journey in a real browser, with a real SMTP peer: the studio issues an invoice and sends it; the client
 * opens it in a fresh phone-sized context; back in the studio the invoice reads "opened" with its date and the bell's
 * count rises (its name says how many are unread); the bell's panel lists the notification (no serious axe violation,
 * in French and in English), its link leads to the invoice and marks it read; a partial payment is recorded; the
 * scheduler ticks and the next reminder's date moves (a partial payment does not stop the reminders). The member's
 * e-mail choices are saved from the account settings. Screenshots: test-artifacts/e2e/notifications-*.png.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDueWork } from "../../src/app/shared/scheduler.ts";
import { buildClient } from "../support/http-client.ts";
import { clockedContext, startTestServer, type TestServer } from "../support/server.ts";
import { startSmtpPeer } from "../support/smtp-peer.ts";
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

const owner = { name: "Maude Gagnon", email: "maude@collectif-cloche.test", password: "cloche-qui-sonne-2026" };

describe.skipIf(chromiumMissing)("notifications in Chromium", () => {
  let server: TestServer | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  keepFailureScreenshots(() => page);
  let invoiceId: string;
  let portalPath = "";

  beforeAll(async () => {
    buildWebIfStale();
    smtp = await startSmtpPeer();
    server = await startTestServer({ SMTP_URL: smtp.url, SMTP_FROM: "Collectif Cloche <bonjour@cloche.test>" });
    const call = seedApi(server.url);
    await call("POST", "/auth/signup", {
      email: owner.email,
      password: owner.password,
      name: owner.name,
      workspace: { name: "Collectif Cloche", jurisdiction: "CA-QC", currency: "CAD", locale: "fr-CA" },
    });
    const client = await call(
      "POST",
      "/clients",
      buildClient({
        name: "Boulangerie Ducharme",
        contacts: [{ name: "Lise Ducharme", email: "lise@ducharme.test", phone: "", role: "Comptabilité" }],
      }),
    );
    // 1 000 $ (the studio is not registered for taxes), due in 3 days: the first reminder is due today.
    const draft = await call("POST", "/invoices", {
      clientId: client.id,
      paymentDays: 3,
      lines: [{ description: "Refonte du site", quantityMilli: 1_000, unitPrice: 100_000 }],
    });
    invoiceId = draft.invoice.id;
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
    await smtp?.close();
  });

  const bell = () => page.getByTestId("notification-bell");

  it("issues and sends the invoice; the client opens it on a phone; the studio sees it opened and the bell rise", async () => {
    await page.goto(`${server!.url}/invoices/${invoiceId}`);
    await page.getByRole("button", { name: "Émettre la facture" }).click();
    await page.getByRole("button", { name: "Confirmer l'émission" }).click();
    const panel = page.getByTestId("invoice-send");
    await panel.getByRole("button", { name: "Envoyer" }).click();
    await expect.poll(() => panel.getByTestId("invoice-sending").first().textContent()).toContain("Livrée le");
    const text = smtp.received.at(-1)!.raw;
    portalPath = /\/portal\/[A-Za-z0-9_-]+/.exec(text)![0];
    await expect.poll(() => bell().getAttribute("aria-label")).toBe("Notifications, aucune non lue");
    await page.getByTestId("invoice-opened").getByText("Pas encore ouverte par le client.").waitFor();

    const phone = await clockedContext(browser, server, {
      locale: "fr-CA",
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const client = await phone.newPage();
    await client.goto(`${server!.url}${portalPath}`);
    await client.getByRole("heading", { level: 1, name: /^Facture / }).waitFor();
    await screenshot(client, "notifications-01-portal-phone");
    await phone.close();

    await page.reload();
    await expect
      .poll(() => page.getByTestId("invoice-opened").textContent())
      .toMatch(/Ouverte par le client pour la première fois le .*\d/);
    await expect.poll(() => bell().getAttribute("aria-label")).toBe("Notifications, 1 non lue");
    expect(await page.getByTestId("notification-announce").textContent()).toBe("1 notification non lue");
    await screenshot(page, "notifications-02-opened");
  });

  it("lists the notification in the bell's panel (no serious axe violation in either language), leads to the invoice, marks it read", async () => {
    await bell().click();
    const panel = page.getByTestId("notification-panel");
    const item = panel.getByTestId("notification");
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toMatch(/Boulangerie Ducharme a ouvert la facture \S+ dans le portail/);
    expect(await item.getAttribute("data-unread")).toBe("true");
    await screenshot(page, "notifications-03-panel");
    // axe on the open panel once its opening transition is over (contrast is read on what is shown), in French, then
    // in English (the switch closes the panel: it is opened again), and back.
    const shown = () => expect.poll(() => panel.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
    await shown();
    const found = (await seriousA11yViolations(page)).map((v) => `[fr-CA] ${v}`);
    for (const [label, lang] of [
      ["English", "en-CA"],
      ["Français", "fr-CA"],
    ] as const) {
      await page.getByRole("banner").getByText(label, { exact: true }).click();
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await panel.waitFor({ state: "hidden" }); // the click on the switch closed it
      await bell().click();
      await item.first().waitFor();
      await shown();
      if (lang === "en-CA") {
        expect(await item.textContent()).toMatch(/Boulangerie Ducharme opened invoice \S+ in the portal/);
        found.push(...(await seriousA11yViolations(page)).map((v) => `[en-CA] ${v}`));
      }
    }
    expect(found).toEqual([]);
    await panel.getByRole("link", { name: /dans le portail/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/invoices/${invoiceId}`);
    await expect.poll(() => bell().getAttribute("aria-label")).toBe("Notifications, aucune non lue");
  });

  it("records a partial payment; after the scheduler's tick the next reminder's date moves", async () => {
    await page.goto(`${server!.url}/invoices/${invoiceId}`);
    const next = page.getByTestId("next-reminder");
    await expect.poll(() => next.textContent()).toContain("Prochaine relance");
    const before = squeeze(await next.textContent());

    const form = page.getByRole("form", { name: "Enregistrer un paiement" });
    await form.getByRole("textbox", { name: "Montant (CAD)" }).fill("400");
    await form.getByRole("button", { name: "Enregistrer le paiement" }).click();
    await page.getByText("Paiement enregistré.").waitFor();
    // Partly paid: the schedule goes on, unchanged until the scheduler sends the reminder due today.
    expect(squeeze(await next.textContent())).toBe(before);

    await runDueWork(server!.ctx, server!.ctx.now());
    await page.reload();
    await expect.poll(async () => squeeze(await page.getByTestId("next-reminder").textContent())).not.toBe(before);
    expect(await page.getByTestId("next-reminder").textContent()).toContain("Prochaine relance");
    await screenshot(page, "notifications-04-next-reminder");
  });

  it("saves the member's e-mail choices in the account settings", async () => {
    await page.goto(`${server!.url}/settings`);
    const prefs = page.getByRole("region", { name: "Notifications par courriel" });
    const opened = prefs.getByRole("checkbox", { name: "Un client ouvre une facture pour la première fois" });
    await opened.waitFor();
    expect(await opened.isChecked()).toBe(false);
    await opened.check();
    await prefs.getByRole("button", { name: "Appliquer mes choix" }).click();
    await page.getByText("Vos choix de notification sont enregistrés.").waitFor();
    await page.reload();
    await expect.poll(() => prefs.getByRole("checkbox", { name: /ouvre une facture/ }).isChecked()).toBe(true);
  });
});
