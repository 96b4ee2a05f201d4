/**
 * The offer journey in a real browser: sign up, create a Québec client, write an offer with two deliverables and one
 * exclusion (reordered from the keyboard, a field error shown beside its input), estimate it as a team, send it, open
 * the portal link in a fresh browser context (no cookies) on a phone-sized screen, read the deliverables and the
 * exclusion, sign from the keyboard (name, consent, Sign), then back in the studio see the offer signed and its
 * fingerprint verified, and the mandate with its checklist. Every input has an accessible name. Screenshots land in
 * test-artifacts/e2e/offers-*.png.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clockedContext, freePort, startTestServer, type TestServer } from "../support/server.ts";
import {
  buildWebIfStale,
  chromiumMissing,
  screenshot as fullPage,
  keepFailureScreenshots,
  launchChromium,
  unlabelledControls,
} from "./browser.ts";

/** A full-page screenshot taken from the top, so the fixed header is drawn where it belongs. */
async function screenshot(p: Page, name: string) {
  await p.evaluate(() => window.scrollTo(0, 0));
  await fullPage(p, name);
}

const owner = { name: "Alexandre Tremblay", email: "alexandre@collectif.test", password: "chasse-d-eau-2026" };
const exclusion = "Modification du code développé par un tiers";

describe.skipIf(chromiumMissing)("offer, portal signature and mandate in Chromium", () => {
  let server: TestServer | undefined;
  let baseUrl: string;
  let browser: Browser;
  let studio: BrowserContext;
  let page: Page;
  keepFailureScreenshots(() => page);
  let visitor: BrowserContext | undefined;
  let offerUrl = "";
  let portalUrl = "";
  const pageErrors: string[] = [];

  const watch = (p: Page) => {
    p.setDefaultTimeout(15_000);
    p.on("pageerror", (error) => pageErrors.push(error.message));
    p.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
        pageErrors.push(message.text());
    });
  };

  beforeAll(async () => {
    buildWebIfStale();
    if (process.env.MANDAT_E2E_URL) {
      baseUrl = process.env.MANDAT_E2E_URL.replace(/\/$/, "");
    } else {
      const port = await freePort();
      const started = await startTestServer({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` });
      server = started;
      baseUrl = started.url;
    }
    browser = await launchChromium();
    studio = await clockedContext(browser, server, { locale: "fr-CA", viewport: { width: 1280, height: 900 } });
    await studio.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    page = await studio.newPage();
    watch(page);
  });

  afterAll(async () => {
    await visitor?.close();
    await studio?.close();
    await browser?.close();
    await server?.close();
  });

  async function expectAllInputsLabelled(p: Page, where: string) {
    expect(await unlabelledControls(p), `inputs without an accessible name on ${where}`).toEqual([]);
  }

  it("signs up and sets a target hourly rate", async () => {
    await page.goto(`${baseUrl}/signup`);
    await page.getByRole("textbox", { name: "Nom", exact: true }).fill(owner.name);
    await page.getByLabel("Courriel").fill(owner.email);
    await page.getByRole("textbox", { name: "Mot de passe" }).fill(owner.password);
    await page.getByLabel("Nom du collectif").fill("Collectif WEB");
    await page.getByRole("button", { name: "Créer le compte" }).click();
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
    // The target rate is a setting; set it through the API the settings page uses.
    const status = await page.evaluate(async () => {
      const me = await (await fetch("/api/v1/me")).json();
      const res = await fetch("/api/v1/workspace", {
        method: "PATCH",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": me.csrfToken },
        body: JSON.stringify({ targetHourlyRate: 9500 }),
      });
      return res.status;
    });
    expect(status).toBe(200);
    expect(await page.getByRole("navigation").getByRole("link", { name: "Offres" }).count()).toBe(1);
    expect(await page.getByRole("navigation").getByRole("link", { name: "Boîte d'envoi" }).count()).toBe(1);
  });

  it("creates a Québec client and opens a new offer from its page", async () => {
    await page.goto(`${baseUrl}/clients/new`);
    await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Boulangerie Saint-Roch");
    await page.getByLabel("Ville").fill("Québec");
    await page.getByRole("button", { name: "Ajouter une personne-ressource" }).click();
    const contact = page.getByRole("group", { name: "Personne-ressource 1" });
    await contact.getByRole("textbox", { name: "Nom", exact: true }).fill("Julie Bergeron");
    await contact.getByLabel("Courriel").fill("julie@boulangerie.test");
    await page.getByRole("button", { name: "Créer le client" }).click();
    await page.getByRole("heading", { level: 1, name: "Boulangerie Saint-Roch" }).waitFor();
    await page.getByText("Aucune offre pour ce client.").waitFor();
    await page.getByRole("link", { name: "Nouvelle offre" }).click();
    await page.getByRole("heading", { level: 1, name: "Nouvelle offre" }).waitFor();
    const language = page.getByRole("combobox", { name: "Langue du document" });
    await expect.poll(() => language.inputValue()).toBe("fr");
    // French by default for a Québec client, with the Charter as the reason.
    await page.getByText(/Français par défaut pour un client du Québec — Charte de la langue française/).waitFor();
  });

  it("writes two deliverables and an exclusion, reorders from the keyboard, and shows a field error", async () => {
    await page.getByRole("textbox", { name: "Titre", exact: true }).fill("Intégration de contenu");
    await page.getByLabel("Résumé").fill("Intégrer le contenu fourni dans le site existant.");
    const first = page.getByRole("group", { name: "Livrable 1", exact: true });
    await first.getByRole("textbox", { name: "Titre du livrable" }).fill("Intégration des pages");
    await first.getByLabel("Description").fill("Intégrer 8 pages de contenu fourni dans les gabarits existants.");
    await first.getByRole("textbox", { name: "Quantité" }).fill("8");
    await first.getByRole("textbox", { name: "Unité" }).fill("page");
    await first.getByRole("combobox", { name: "Prix", exact: true }).selectOption("unit");
    await first.getByRole("textbox", { name: /Prix unitaire/ }).fill("125");
    await first.getByRole("textbox", { name: "Heures estimées" }).fill("12");

    await page.getByRole("button", { name: "Ajouter un livrable" }).click();
    const second = page.getByRole("group", { name: "Livrable 2", exact: true });
    await second.getByRole("textbox", { name: "Unité" }).fill("forfait");
    await second.getByRole("textbox", { name: /Montant/ }).fill("300");

    await page.getByRole("button", { name: "Ajouter une exclusion" }).click();
    await page.getByRole("textbox", { name: "Exclusion 1" }).fill(exclusion);
    await page.getByRole("textbox", { name: "Acompte" }).fill("30");

    // Live totals: 8 × 125 $ + 300 $ = 1 300 $, deposit 30 % = 390 $.
    const totals = page.getByTestId("offer-totals");
    await expect.poll(() => totals.textContent()).toMatch(/1\s300,00\s\$/);
    expect(await totals.textContent()).toMatch(/390,00\s\$/);

    // The second deliverable has no title: the API's `deliverables.1.title` shows beside that input.
    await page.getByRole("button", { name: "Créer le brouillon" }).click();
    const secondTitle = second.getByRole("textbox", { name: "Titre du livrable" });
    await expect.poll(() => secondTitle.getAttribute("aria-invalid")).toBe("true");
    expect(await first.getByRole("textbox", { name: "Titre du livrable" }).getAttribute("aria-invalid")).not.toBe(
      "true",
    );
    await screenshot(page, "offers-01-field-error");
    await secondTitle.fill("Mise en ligne");
    await expect.poll(() => secondTitle.getAttribute("aria-invalid")).not.toBe("true");

    // Reorder with the keyboard: "Mise en ligne" moves up, focus stays on a move button of that row.
    await page.getByRole("button", { name: "Monter « Mise en ligne »" }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() =>
        page
          .getByRole("group", { name: "Livrable 1", exact: true })
          .getByRole("textbox", { name: "Titre du livrable" })
          .inputValue(),
      )
      .toBe("Mise en ligne");
    // Focus follows the moved row on the next frame: wait for it, as a user's next key would.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label")))
      .toBe("Descendre « Mise en ligne »");
    await page.keyboard.press("Enter");
    await expect
      .poll(() =>
        page
          .getByRole("group", { name: "Livrable 1", exact: true })
          .getByRole("textbox", { name: "Titre du livrable" })
          .inputValue(),
      )
      .toBe("Intégration des pages");

    await expectAllInputsLabelled(page, "the new offer editor");
    await screenshot(page, "offers-02-editor");
    await page.getByRole("button", { name: "Créer le brouillon" }).click();
    await page.waitForURL(/\/offers\/[^/]+$/);
    await page.getByRole("heading", { level: 1, name: "Intégration de contenu" }).waitFor();
    offerUrl = page.url();
    expect(await page.getByTestId("offer-version").textContent()).toBe("version 1");
    await expectAllInputsLabelled(page, "the saved offer editor");
  });

  it("estimates as a team: PERT per item and in total, implied rate against the target", async () => {
    const panel = page.getByTestId("estimate-panel");
    const fill = async (title: string, o: string, m: string, p: string) => {
      await panel.getByRole("textbox", { name: `Heures optimistes — ${title}` }).fill(o);
      await panel.getByRole("textbox", { name: `Heures probables — ${title}` }).fill(m);
      await panel.getByRole("textbox", { name: `Heures pessimistes — ${title}` }).fill(p);
    };
    await fill("Intégration des pages", "8", "10", "18");
    await fill("Mise en ligne", "1", "2", "3");
    await panel.getByRole("button", { name: "Enregistrer mon estimation" }).click();
    // PERT: (8 + 40 + 18) / 6 = 11 h; (1 + 8 + 3) / 6 = 2 h; 13 h in all → 1 300 $ / 13 h = 100 $/h, 5.26 % above
    // the 95 $ target (beyond the ±5 % band).
    const total = panel.getByTestId("estimate-total");
    await expect.poll(() => total.textContent()).toMatch(/13 h/);
    expect(await panel.getByTestId("estimate-row").first().textContent()).toMatch(/11 h ±/);
    expect(await total.textContent()).toMatch(/100,00\s\$\/h/);
    expect(await total.textContent()).toMatch(/5,26 % au-dessus de la cible de 95,00\s\$\/h/);
    await expectAllInputsLabelled(page, "the estimate panel");

    // A colleague joins and estimates the pages at about twice as much: the item is flagged, the rate drops below.
    const invite = await page.evaluate(async () => {
      const me = await (await fetch("/api/v1/me")).json();
      const res = await fetch("/api/v1/members", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": me.csrfToken },
        body: JSON.stringify({ email: "sam@collectif.test", name: "Sam Côté", role: "member" }),
      });
      return (await res.json()).inviteUrl as string;
    });
    const colleague = await clockedContext(browser, server);
    try {
      const joined = await colleague.request.post(`${baseUrl}/api/v1/auth/accept-invite`, {
        data: { token: invite.split("/invite/")[1], name: "Sam Côté", password: "un autre mot de passe" },
      });
      expect(joined.status()).toBe(200);
      const csrf = (await joined.json()).csrfToken as string;
      const offerId = offerUrl.split("/offers/")[1];
      const detail = await (await colleague.request.get(`${baseUrl}/api/v1/offers/${offerId}`)).json();
      const pages = detail.offer.content.deliverables.find(
        (d: { title: string }) => d.title === "Intégration des pages",
      );
      const estimated = await colleague.request.post(`${baseUrl}/api/v1/offers/${offerId}/estimates`, {
        headers: { "X-CSRF-Token": csrf },
        data: { items: [{ deliverableId: pages.id, optimistic: 20, likely: 25, pessimistic: 40 }] },
      });
      expect(estimated.status()).toBe(200);
    } finally {
      await colleague.close();
    }
    await page.reload();
    const flagged = page.getByTestId("estimate-row").filter({ hasText: "Intégration des pages" });
    await flagged.getByTestId("disagreement").waitFor();
    expect(await flagged.getByTestId("disagreement").textContent()).toMatch(/Écart important entre membres \(× 2,4\)/);
    expect(await flagged.textContent()).toContain("Sam Côté");
    expect(await page.getByTestId("estimate-total").textContent()).toMatch(/sous la cible de 95,00\s\$\/h/);
    await screenshot(page, "offers-03-estimate");
  });

  it("sends the offer: number, portal link and the e-mail kept in the outbox", async () => {
    await page.getByRole("button", { name: "Envoyer au client" }).click();
    // Sending freezes the document: a confirmation first.
    await page
      .getByRole("dialog", { name: "Envoyer l'offre au client ?" })
      .getByRole("button", { name: "Envoyer et figer" })
      .click();
    const dialog = page.getByRole("dialog", { name: "Offre envoyée" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/Numéro OFF-\d{4}-0001, version 1/);
    portalUrl = await dialog.getByRole("textbox", { name: "Lien du portail client" }).inputValue();
    expect(portalUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/portal\/[A-Za-z0-9_-]{43}$/);
    expect(await dialog.getByText("À copier").count()).toBe(1);
    expect(await dialog.getByRole("textbox", { name: "Destinataire" }).inputValue()).toBe("julie@boulangerie.test");
    expect(await dialog.getByRole("textbox", { name: "Texte du message" }).inputValue()).toContain(portalUrl);
    await dialog.getByRole("button", { name: "Copier : Lien du portail client" }).click();
    await dialog.getByRole("button", { name: "Copié : Lien du portail client" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(portalUrl);
    await screenshot(page, "offers-04-sent");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    // Editing a sent offer would make a new version, and the editor says so.
    await page.getByText(/l'enregistrer crée la version 2/).waitFor();
    expect(await page.getByRole("button", { name: "Enregistrer comme nouvelle version" }).count()).toBe(1);
  });

  it("opens the portal link in a fresh context on a phone and signs from the keyboard", async () => {
    visitor = await clockedContext(browser, server, {
      locale: "en-CA",
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    expect(await visitor.cookies()).toEqual([]);
    const client = await visitor.newPage();
    watch(client);
    await client.goto(portalUrl);
    await client.getByRole("heading", { level: 1, name: "Intégration de contenu" }).waitFor();
    // The document's language (French), not the browser's.
    expect(await client.getAttribute("html", "lang")).toBe("fr-CA");
    expect(await client.getByRole("navigation").count()).toBe(0);
    const items = client.getByTestId("portal-deliverable");
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).textContent()).toMatch(/Intégration des pages.*8 page × 125,00\s\$.*1\s000,00\s\$/);
    expect(await items.nth(1).textContent()).toContain("Mise en ligne");
    expect(await client.getByTestId("portal-exclusions").textContent()).toContain(exclusion);
    expect(await client.getByText("Prix total").count()).toBe(1);
    expect(await client.getByText(/Acompte à la signature \(30 %\)/).count()).toBe(1);
    // The signature block comes last, after the terms.
    const order = await client.evaluate(() => {
      const terms = document.getElementById("portal-terms")!;
      const sign = document.getElementById("portal-sign-title")!;
      return terms.compareDocumentPosition(sign) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    const overflow = await client.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "no horizontal scrolling at 390 px").toBeLessThanOrEqual(0);
    await expectAllInputsLabelled(client, "the portal");
    await screenshot(client, "offers-05-portal-phone");

    // Keyboard only: name, Tab to the consent checkbox, Space, Tab to Sign, Enter.
    await client.getByRole("textbox", { name: "Votre nom complet" }).focus();
    await client.keyboard.type("Julie Bergeron");
    await client.keyboard.press("Tab");
    const consent = await client.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return { type: el.type, label: el.labels?.[0]?.textContent ?? "" };
    });
    expect(consent.type).toBe("checkbox");
    expect(consent.label).toMatch(/OFF-\d{4}-0001/);
    await client.keyboard.press("Space");
    await client.keyboard.press("Tab");
    expect(await client.evaluate(() => document.activeElement?.textContent)).toBe("Signer");
    await client.keyboard.press("Enter");
    const state = client.getByTestId("portal-state");
    await state.waitFor();
    await expect
      .poll(() => client.evaluate(() => document.activeElement?.getAttribute("data-testid")))
      .toBe("portal-state");
    expect(await state.textContent()).toMatch(/Signé par Julie Bergeron le .+ — empreinte [0-9a-f]{64}/);
    await screenshot(client, "offers-06-portal-signed");
  });

  it("shows an English offer in English, declines it with a reason, and says when a link was replaced", async () => {
    // Two more offers written and sent through the API the studio pages use: one in English, one then revised.
    const links = await page.evaluate(async () => {
      const me = await (await fetch("/api/v1/me")).json();
      const call = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`/api/v1${path}`, {
          method,
          headers: { "Content-Type": "application/json", "X-CSRF-Token": me.csrfToken },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return res.json();
      };
      const list = await call("GET", "/offers");
      const clientId = list.items[0].clientId;
      const offer = (title: string, language: "fr" | "en") => ({
        clientId,
        title,
        language,
        deliverables: [{ title: "Home page", quantity: 1000, unit: "page", price: { kind: "fixed", amount: 90_000 } }],
        exclusions: ["Copywriting"],
      });
      const english = await call("POST", "/offers", offer("Website redesign", "en"));
      const declineUrl = (await call("POST", `/offers/${english.id}/send`)).portalUrl;
      const revised = await call("POST", "/offers", offer("Refonte du site", "fr"));
      const replacedUrl = (await call("POST", `/offers/${revised.id}/send`)).portalUrl;
      await call("PATCH", `/offers/${revised.id}`, { title: "Refonte du site (révisée)" });
      return { declineUrl, replacedUrl };
    });
    const client = await visitor!.newPage();
    watch(client);
    await client.goto(links.declineUrl);
    await client.getByRole("heading", { level: 1, name: "Website redesign" }).waitFor();
    expect(await client.getAttribute("html", "lang")).toBe("en-CA");
    expect(await client.getByRole("heading", { name: "Deliverables" }).count()).toBe(1);
    await client.getByRole("button", { name: "Decline the offer" }).click();
    await client.getByRole("textbox", { name: "Reason for declining (optional)" }).fill("Too expensive for us");
    await expectAllInputsLabelled(client, "the English portal");
    await client.getByRole("button", { name: "Confirm declining" }).click();
    const state = client.getByTestId("portal-state");
    await state.waitFor();
    expect(await state.textContent()).toMatch(/You declined this offer on/);
    await screenshot(client, "offers-07-portal-declined-en");

    await client.goto(links.replacedUrl);
    await client.getByRole("heading", { name: "Cette offre a été remplacée par la version 2" }).waitFor();
    expect(await client.getByText("This offer was replaced by version 2").count()).toBe(1);
  });

  it("says plainly that an unknown link is not valid", async () => {
    const client = await visitor!.newPage();
    watch(client);
    await client.goto(`${baseUrl}/portal/${"x".repeat(43)}`);
    await client.getByRole("heading", { name: "Ce lien n'est pas valide" }).waitFor();
    expect(await client.getByText("This link is not valid").count()).toBe(1);
    await screenshot(client, "offers-08-portal-invalid");
  });

  it("shows the offer signed, read-only and verified in the studio", async () => {
    await page.goto(offerUrl);
    const signature = page.getByTestId("signature");
    await signature.waitFor();
    expect(await signature.textContent()).toMatch(/Signé par Julie Bergeron le .+ — empreinte\s*[0-9a-f]{64}/);
    expect(await page.getByText("Signée", { exact: true }).count()).toBeGreaterThan(0);
    // Read-only: the document as the client read it, no editor and no estimate input.
    const document = page.getByTestId("offer-document");
    await document.waitFor();
    expect(await document.textContent()).toContain(exclusion);
    // The studio's copy is the frozen document the client signed: its parties as they were printed, addresses and
    // tax numbers included, not the records as they are today.
    const offerId = new URL(offerUrl).pathname.split("/").pop();
    const detail = await (await page.request.get(`${baseUrl}/api/v1/offers/${offerId}`)).json();
    expect(detail.document.number).toBe(detail.offer.number);
    const parties = [detail.document.issuer, detail.document.client] as {
      name: string;
      addressLines: string[];
      registrations: { value: string }[];
    }[];
    const shown = (await document.textContent()) ?? "";
    for (const party of parties) {
      for (const text of [party.name, ...party.addressLines, ...party.registrations.map((r) => r.value)]) {
        expect(shown, "the studio's copy prints what the client signed").toContain(text);
      }
    }
    expect(await page.getByRole("textbox", { name: "Titre", exact: true }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Enregistrer" }).count()).toBe(0);
    expect(await page.getByRole("textbox", { name: /Heures optimistes/ }).count()).toBe(0);
    await page.getByRole("button", { name: "Vérifier l'empreinte" }).click();
    const result = page.getByTestId("verify-result");
    await result.waitFor();
    expect(await result.textContent()).toContain("Empreinte valide");
    const pdf = page.getByRole("link", { name: "PDF" });
    expect(await pdf.getAttribute("target")).toBe("_blank");
    const response = await page.request.get(`${baseUrl}${await pdf.getAttribute("href")}`);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    await screenshot(page, "offers-09-signed-verified");
  });

  it("opens the mandate with its checklist and records a delivery", async () => {
    await page.getByRole("link", { name: "Voir le mandat" }).click();
    await page.getByRole("heading", { level: 1, name: "Intégration de contenu" }).waitFor();
    const checklist = page.getByTestId("mandate-checklist");
    await checklist.getByRole("checkbox", { name: "Intégration des pages" }).waitFor();
    expect(await checklist.getByRole("checkbox").count()).toBe(2);
    // The box ticks optimistically; under load the re-render can trail the click, so wait for it.
    const box = checklist.getByRole("checkbox", { name: "Intégration des pages" });
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(() => page.getByText("1 sur 2").count()).toBe(1);
    await page.getByLabel("Note (ce qui a été livré)").fill("Pages intégrées, mise en ligne à venir.");
    await page.getByRole("button", { name: "Noter une livraison" }).click();
    const delivery = page.getByTestId("delivery");
    await delivery.waitFor();
    expect(await delivery.textContent()).toContain("1 sur 2 faits");
    expect(await page.getByRole("link", { name: "Listes du client" }).getAttribute("href")).toMatch(/\/scope$/);
    await expectAllInputsLabelled(page, "the mandate page");
    await screenshot(page, "offers-10-mandate");
  });

  it("lists the kept message in the outbox with copy buttons", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Boîte d'envoi" }).click();
    await page.getByRole("heading", { level: 1, name: "Boîte d'envoi" }).waitFor();
    const message = page.getByTestId("outbox-message").filter({ hasText: /OFF-\d{4}-0001/ });
    expect(await message.textContent()).toMatch(/OFF-\d{4}-0001/);
    expect(await message.getByText("À copier").count()).toBe(1);
    await message.getByRole("button").first().click();
    await message.getByRole("button", { name: "Copier : Texte du message" }).waitFor();
    // Let the accordion finish opening before the screenshot.
    await page.waitForTimeout(400);
    await expectAllInputsLabelled(page, "the outbox");
    await screenshot(page, "offers-11-outbox");
  });

  it("lists the offer, filtered by status", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Offres" }).click();
    await page.getByRole("heading", { level: 1, name: "Offres" }).waitFor();
    const row = page.getByRole("row").filter({ hasText: "Intégration de contenu" });
    await row.waitFor();
    expect(await row.getByText("Signée").count()).toBe(1);
    await page.getByRole("combobox", { name: "Statut" }).selectOption("declined");
    await page.getByRole("row").filter({ hasText: "Website redesign" }).waitFor();
    await row.waitFor({ state: "detached" });
    await page.getByRole("combobox", { name: "Statut" }).selectOption("cancelled");
    await page.getByText("Aucune offre ne correspond.").waitFor();
    await expectAllInputsLabelled(page, "the offer list");
  });

  it("starts a new offer from the signed one and duplicates a deliverable", async () => {
    await page.getByRole("link", { name: "Nouvelle offre" }).click();
    await page.getByRole("heading", { level: 1, name: "Nouvelle offre" }).waitFor();
    await page.getByRole("combobox", { name: "Client" }).selectOption({ label: "Boulangerie Saint-Roch" });
    const from = page.getByRole("combobox", { name: "Partir d'une offre précédente" });
    await from.selectOption({
      label: (await from.locator("option", { hasText: "Intégration de contenu" }).textContent()) ?? "",
    });
    const first = page.getByRole("group", { name: "Livrable 1", exact: true });
    await expect
      .poll(() => first.getByRole("textbox", { name: "Titre du livrable" }).inputValue())
      .toBe("Intégration des pages");
    expect(await page.getByRole("textbox", { name: "Exclusion 1" }).inputValue()).toBe(exclusion);
    await page.getByRole("button", { name: "Dupliquer « Intégration des pages »" }).click();
    const copy = page.getByRole("group", { name: "Livrable 2", exact: true });
    expect(await copy.getByRole("textbox", { name: "Titre du livrable" }).inputValue()).toBe(
      "Intégration des pages (copie)",
    );
    expect(await page.getByTestId("deliverable").count()).toBe(3);
    await page.getByRole("textbox", { name: "Titre", exact: true }).fill("Intégration, phase 2");
    await expect.poll(() => page.getByTestId("offer-totals").textContent()).toMatch(/2\s300,00\s\$/);
    await page.getByRole("button", { name: "Créer le brouillon" }).click();
    await page.getByRole("heading", { level: 1, name: "Intégration, phase 2" }).waitFor();
    expect(await page.getByTestId("deliverable").count()).toBe(3);
    expect(await page.getByTestId("offer-version").textContent()).toBe("version 1");
  });

  it("raised no script error and no CSP violation", () => {
    expect(pageErrors).toEqual([]);
  });
});
