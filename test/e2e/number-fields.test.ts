/**
 * Numbers typed key by key (issue 15, item 1): in Québec French and in English, "112,50", "1 234,56", "1.5" and "0,75"
 * are typed one key at a time into each kind of number field of a draft offer — a quantity, an amount (unit price),
 * hours (estimate) and a percentage (deposit) — and the stored offer, read back through the API, holds every digit.
 * A comma or a point is the decimal in either language; spaces separate thousands; the field is formatted on blur.
 * The time form's duration reads "0,75" as 45 minutes and "1.5" as 90, typed the same way.
 * Screenshots: test-artifacts/e2e/numbers-*.png.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClient, buildOffer } from "../support/http-client.ts";
import { clockedContext, startTestServer, type TestServer } from "../support/server.ts";
import {
  buildWebIfStale,
  chromiumMissing,
  keepFailureScreenshots,
  launchChromium,
  logIn,
  cleanScreenshot as screenshot,
  seedApi,
} from "./browser.ts";

const owner = { name: "Nadia Roy", email: "nadia@chiffres.test", password: "virgule-et-point-2026" };
const squeeze = (text: string) => text.replace(/[\s\u00a0\u202f]/g, "");

/** What each typed text means, and how each locale writes it back on blur (spaces squeezed out). */
const typed = [
  { text: "112,50", value: 112.5, fr: { amount: "112,50", other: "112,5" }, en: { amount: "112.50", other: "112.5" } },
  {
    text: "1 234,56",
    value: 1234.56,
    fr: { amount: "1234,56", other: "1234,56" },
    en: { amount: "1,234.56", other: "1,234.56" },
  },
  { text: "1.5", value: 1.5, fr: { amount: "1,50", other: "1,5" }, en: { amount: "1.50", other: "1.5" } },
  { text: "0,75", value: 0.75, fr: { amount: "0,75", other: "0,75" }, en: { amount: "0.75", other: "0.75" } },
] as const;

const labels = {
  "fr-CA": {
    quantity: "Quantité",
    price: "Prix unitaire (CAD)",
    hours: "Heures estimées",
    percent: "Acompte",
    save: "Enregistrer",
    saved: "Offre enregistrée.",
  },
  "en-CA": {
    quantity: "Quantity",
    price: "Unit price (CAD)",
    hours: "Estimated hours",
    percent: "Deposit",
    save: "Save",
    saved: "Offer saved.",
  },
} as const;

describe.skipIf(chromiumMissing)("number fields typed key by key in Chromium", () => {
  let server: TestServer | undefined;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  keepFailureScreenshots(() => page);
  let seed: ReturnType<typeof seedApi>;
  let offerId: string;
  let mandateId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    buildWebIfStale();
    server = await startTestServer();
    baseUrl = server.url;
    seed = seedApi(baseUrl);
    await seed("POST", "/auth/signup", {
      email: owner.email,
      password: owner.password,
      name: owner.name,
      workspace: { name: "Atelier Chiffres", jurisdiction: "CA-QC", currency: "CAD", locale: "fr-CA" },
    });
    const client = await seed("POST", "/clients", buildClient({ name: "Librairie Virgule" }));
    offerId = (await seed("POST", "/offers", buildOffer(client.id))).id;
    // A signed offer, so its mandate can take time.
    const signed = await seed("POST", "/offers", buildOffer(client.id, { title: "Refonte du catalogue" }));
    const sent = await seed("POST", `/offers/${signed.id}/send`);
    await seedApi(baseUrl)("POST", `/portal/${String(sent.portalUrl).split("/portal/")[1]}/sign`, {
      signerName: "Paul Virgule",
      consent: true,
    });
    mandateId = (await seed("GET", `/offers/${signed.id}`)).mandateId;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  /** Opens the draft offer signed in, in a fresh browser whose UI speaks `locale` (the member's saved language). */
  async function openOffer(locale: "fr-CA" | "en-CA"): Promise<Page> {
    await context?.close();
    await seed("PATCH", "/me", { locale });
    context = await clockedContext(browser, server, { locale, viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    p.setDefaultTimeout(15_000);
    p.on("pageerror", (error) => pageErrors.push(error.message));
    await logIn(p, baseUrl, owner);
    await p.goto(`${baseUrl}/offers/${offerId}`);
    return p;
  }

  for (const locale of ["fr-CA", "en-CA"] as const) {
    it(`keeps every digit typed in ${locale}: quantity, amount, hours and percentage`, async () => {
      page = await openOffer(locale);
      const l = labels[locale];
      const first = page.getByRole("group", { name: locale === "fr-CA" ? "Livrable 1" : "Deliverable 1", exact: true });
      const fields = {
        quantity: first.getByRole("textbox", { name: l.quantity }),
        price: first.getByRole("textbox", { name: l.price }),
        hours: first.getByRole("textbox", { name: l.hours }),
        percent: page.getByRole("textbox", { name: l.percent }),
      };
      await fields.quantity.waitFor();
      for (const [i, entry] of typed.entries()) {
        for (const field of Object.values(fields)) {
          await field.click();
          await field.press("ControlOrMeta+a");
          await field.press("Backspace");
          // One key at a time, as a person types: the digits before the separator must survive it.
          await field.pressSequentially(entry.text, { delay: 15 });
          expect(await field.inputValue()).toBe(entry.text);
        }
        await page.keyboard.press("Tab");
        const shown = locale === "fr-CA" ? entry.fr : entry.en;
        expect(squeeze(await fields.price.inputValue())).toBe(shown.amount);
        expect(squeeze(await fields.quantity.inputValue())).toBe(shown.other);
        expect(squeeze(await fields.hours.inputValue())).toBe(shown.other);
        // A deposit above 100 % is brought back to 100 % when the field is left, in plain sight.
        expect(squeeze(await fields.percent.inputValue())).toBe(entry.value > 100 ? "100" : shown.other);
        if (i === 1) await screenshot(page, `numbers-${locale}-typed`);

        await page.getByRole("button", { name: l.save, exact: true }).click();
        await page.getByText(l.saved).first().waitFor();
        const { offer } = await seed("GET", `/offers/${offerId}`);
        const d = offer.content.deliverables[0];
        expect(d.quantity, `quantity ${entry.text}`).toBe(Math.round(entry.value * 1000));
        expect(d.price, `unit price ${entry.text}`).toEqual({ kind: "unit", unitPrice: Math.round(entry.value * 100) });
        expect(d.estimatedHours, `hours ${entry.text}`).toBe(entry.value);
        expect(offer.content.depositBps, `deposit ${entry.text}`).toBe(Math.round(Math.min(entry.value, 100) * 100));
      }
      expect(pageErrors).toEqual([]);
    });
  }

  for (const locale of ["fr-CA", "en-CA"] as const) {
    it(`logs time typed key by key in ${locale}: "0,75" is 45 minutes and "1.5" is 90`, async () => {
      page = await openOffer(locale);
      await page.goto(`${baseUrl}/time`);
      const form = page.getByRole("form", { name: locale === "fr-CA" ? "Inscrire du temps" : "Log time" });
      await form.getByRole("combobox", { name: locale === "fr-CA" ? "Mandat" : "Mandate" }).selectOption({
        label: "Refonte du catalogue",
      });
      for (const [text, minutes] of [
        ["0,75", 45],
        ["1.5", 90],
      ] as const) {
        const duration = form.getByRole("textbox", { name: locale === "fr-CA" ? /Durée/ : /Duration/ });
        await duration.click();
        await duration.press("ControlOrMeta+a");
        await duration.press("Backspace");
        await duration.pressSequentially(text, { delay: 15 });
        expect(await duration.inputValue()).toBe(text);
        const ids = async () =>
          (await seed("GET", `/time-entries?mandateId=${mandateId}`)).items as {
            id: string;
            recordedMinutes: number;
          }[];
        const before = new Set((await ids()).map((e) => e.id));
        await form.getByRole("button", { name: locale === "fr-CA" ? "Inscrire" : "Log", exact: true }).click();
        await expect.poll(async () => (await ids()).filter((e) => !before.has(e.id)).length).toBe(1);
        const added = (await ids()).find((e) => !before.has(e.id))!;
        expect(added.recordedMinutes, `duration ${text}`).toBe(minutes);
      }
    });
  }
});
