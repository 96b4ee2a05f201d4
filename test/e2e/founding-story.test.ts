/**
 * The founding story (/work/shared/STORY-SCENARIO.md), played in a real browser from an EMPTY install, step by step:
 * the owner of Collectif WEB signs up, sets the studio up, takes on the partner agency, writes, estimates and sends
 * the first offer, which the agency signs in the portal (a separate, phone-sized context, reading the links the
 * e-mails carry); deposit and balance are invoiced; the list "la moitié manque" arrives by e-mail and is triaged
 * against the signed offer; a change order is rejected; goodwill is logged; the reply quotes the signed clauses; a
 * second list repeats earlier points; a second offer is signed below the health threshold; invoices go overdue and
 * the reminders go out; the worksheet says stop; the exit plan, its letter and its execution; the evidence pack.
 * The app's clock is the test's: it starts on 21 September 2026 and the test moves it forward day by day. Every
 * figure a client would read is checked where it is shown (screens and PDFs), and the same figure on every screen.
 * Screenshots: test-artifacts/e2e/story-*.png.
 */

import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRST_LIST } from "../../src/app/demo/founding-story-rounds.ts";
import { runDueWork } from "../../src/app/shared/scheduler.ts";
import { pdfText } from "../fixtures/pdf/pdf-text.ts";
import { testNow } from "../support/clock.ts";
import { type Dovecot, dovecotAvailable, rawMessage, startDovecot } from "../support/dovecot.ts";
import { mimeParts } from "../support/mime-parts.ts";
import { clockedContext, freePort, startTestServer, type TestServer } from "../support/server.ts";
import { startSmtpPeer } from "../support/smtp-peer.ts";
import {
  buildWebIfStale,
  chromiumMissing,
  cleanScreenshot,
  keepFailureScreenshots,
  launchChromium,
  logIn,
  seriousA11yViolations,
  squeeze,
  unlabelledControls,
} from "./browser.ts";

const owner = { name: "Alexandre Tremblay", email: "alexandre@collectif-web.test", password: "chasse-d-eau-2026" };
const AGENCY = "Agence Boréale";
const JULIE = { name: "Julie Bergeron", email: "julie@boreale.test", role: "Gestionnaire de projet" };
const BILLING = { name: "Louise Côté", email: "comptabilite@boreale.test", role: "Comptabilité" };
const WARNING = "Ils vont te mener la vie dure, t'as aucune idée. Ils sont très mal organisés.";
const OFFER_1 = "Intégration de contenu — Microbrasserie du Cap";
const THEME_EXCLUSION = "Corrections ou modifications au code du thème de l'ancien développeur";
const FEATURES_EXCLUSION = "Développement de nouvelles fonctionnalités, sections ou gabarits";
/**
 * The second, longer list: three points already answered (the theme's font, declined against its exclusion; the
 * carousel, in the change order the agency rejected; the gallery's photos, done as goodwill) and new requests.
 */
const SECOND_LIST = `Bonjour,

Suite à notre rencontre avec le client, voici ce qui reste à faire :

- Changer la police et les couleurs du thème
- Le carrousel de la page d'accueil doit défiler automatiquement
- Ajouter les photos manquantes dans la galerie
- Ajouter un calendrier des événements avec réservation en ligne
- Traduire tout le site en anglais

Le client veut mettre en ligne la semaine prochaine.
Julie`;
const OFFER_2 = "Nouveau site vitrine — Clinique dentaire Beauport";
const VALUES = [
  ["Collaboration", "5"],
  ["Consensus", "4"],
  ["Respect", "5"],
  ["Valeur sociale du travail", "3"],
] as const;

/**
 * The first offer: 8 pages × 120,50 $ (typed with a decimal comma) + 350 $ + 150 $ + 200 $ = 1 664,00 $, a 30 %
 * deposit of 499,20 $. Deposit: GST 24,96 $ + QST 49,80 $ (499,20 × 9,975 % = 49,795 2) = 573,96 $. Balance
 * 1 164,80 $: GST 58,24 $ + QST 116,19 $ = 1 339,23 $. Both owed: 1 913,19 $.
 */
/**
 * The second offer: 1 200 $ + 3 000 $ + 600 $ = 4 800 $, a 30 % deposit of 1 440 $: GST 72,00 $ + QST 143,64 $ =
 * 1 655,64 $. Before the exit the agency owes 1 913,19 $ + 1 655,64 $ = 3 568,83 $; the exit credits the second
 * deposit, and 1 913,19 $ stays payable.
 */
const FIGURES_2 = { price: "4800,00$", deposit: "1440,00$", depositTotal: "1655,64$", owedBefore: "3568,83$" };
const FIGURES = {
  price: "1664,00$",
  deposit: "499,20$",
  depositGst: "24,96$",
  depositQst: "49,80$",
  depositTotal: "573,96$",
  balance: "1164,80$",
  balanceTotal: "1339,23$",
  owed: "1913,19$",
};

/** The app's clock: the tests' clock shifted so that the story starts on 21 September 2026 and moves forward. */
let shift = Date.parse("2026-09-21T13:00:00Z") - testNow().getTime();
const now = () => new Date(testNow().getTime() + shift);
const today = () => now().toISOString().slice(0, 10);

describe.skipIf(chromiumMissing)("the founding story, from an empty install, in Chromium", () => {
  let server: TestServer | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let dovecot: Dovecot | undefined;
  let baseUrl: string;
  let browser: Browser;
  let studio: BrowserContext;
  let phone: BrowserContext;
  let page: Page;
  let client: Page;
  let current: Page | undefined;
  keepFailureScreenshots(() => current);
  const pageErrors: string[] = [];
  const made = {} as {
    clientId: string;
    offerUrl: string;
    offerId: string;
    offerNumber: string;
    mandateId: string;
    depositNumber: string;
    depositUrl: string;
    balanceNumber: string;
    balanceUrl: string;
    roundUrl: string;
    changeOrderNumber: string;
    changeOrderUrl: string;
    offer2Id: string;
    offer2Number: string;
    deposit2Number: string;
    exitId: string;
    worksheetUrl: string;
  };

  const watch = (p: Page) => {
    p.setDefaultTimeout(20_000);
    p.on("pageerror", (error) => pageErrors.push(error.message));
    p.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
        pageErrors.push(message.text());
    });
  };

  /** Moves the app's clock (and both browsers') forward to 9 a.m. in Montréal on `day`. */
  async function advanceTo(day: string) {
    const target = Date.parse(`${day}T13:00:00Z`);
    const next = target - testNow().getTime();
    expect(next, `the clock only moves forward (to ${day})`).toBeGreaterThan(shift);
    shift = next;
    await studio.clock.setSystemTime(now());
    await phone.clock.setSystemTime(now());
    // A session lasts 30 days: sign in again when it has ended, as the owner would.
    await page.goto(`${baseUrl}/`);
    await page.locator("h1").first().waitFor();
    if (new URL(page.url()).pathname.startsWith("/login")) await logIn(page, baseUrl, owner);
  }

  /** Moves only the app's clock (the scheduler's ticks between two steps), never backwards. */
  function moveClock(day: string) {
    const next = Date.parse(`${day}T13:00:00Z`) - testNow().getTime();
    expect(next, `the clock only moves forward (to ${day})`).toBeGreaterThan(shift);
    shift = next;
  }

  /** The mails the SMTP peer received for `to`, newest last. */
  const mailsTo = (to: string) => smtp.received.filter((m) => m.raw.includes(to));
  const portalPathIn = (raw: string) => {
    const text = mimeParts(raw).find((p) => p.contentType === "text/plain")!.text;
    return /\/portal\/[A-Za-z0-9_-]+/.exec(text)![0];
  };

  async function expectAccessible(p: Page, where: string) {
    expect(await unlabelledControls(p), `inputs without an accessible name on ${where}`).toEqual([]);
    expect(await seriousA11yViolations(p), `axe on ${where}`).toEqual([]);
  }

  async function pdfOf(p: Page, href: string) {
    const res = await p.request.get(new URL(href, baseUrl).toString());
    expect(res.status(), href).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    return pdfText(await res.body());
  }

  /** The card of the request whose words (not its suggestions) contain the text. */
  const claim = (text: string) =>
    page.getByTestId("claim").filter({ has: page.locator("blockquote", { hasText: text }) });
  const triaged = (card: ReturnType<typeof claim>) =>
    expect.poll(() => card.getByText("À trier", { exact: true }).count()).toBe(0);
  const mailbox = () => page.getByRole("region", { name: "Importer depuis la boîte courriel" });

  const money = (name: string) => page.getByTestId(`mandate-money-${name}`);
  const read = async (name: string) => squeeze(await money(name).textContent());

  beforeAll(async () => {
    buildWebIfStale();
    smtp = await startSmtpPeer();
    if (dovecotAvailable()) dovecot = await startDovecot();
    const port = await freePort();
    server = await startTestServer(
      {
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        SMTP_URL: smtp.url,
        SMTP_FROM: "Collectif WEB <bonjour@collectif-web.test>",
      },
      now,
    );
    baseUrl = server.url;
    browser = await launchChromium();
    studio = await clockedContext(browser, server, { locale: "fr-CA", viewport: { width: 1280, height: 900 } });
    phone = await clockedContext(browser, server, {
      locale: "fr-CA",
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    page = await studio.newPage();
    client = await phone.newPage();
    watch(page);
    watch(client);
    current = page;
  });

  afterAll(async () => {
    await phone?.close();
    await studio?.close();
    await browser?.close();
    await server?.close();
    await smtp?.close();
    await dovecot?.stop();
  });

  it("1. signs up Collectif WEB (CA-QC, CAD, fr-CA); the first-run setup asks identity, taxes, rates, values, payment", async () => {
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/signup$/);
    expect(await page.getAttribute("html", "lang")).toBe("fr-CA");
    await page.getByRole("textbox", { name: "Nom", exact: true }).fill(owner.name);
    await page.getByLabel("Courriel").fill(owner.email);
    await page.getByRole("textbox", { name: "Mot de passe" }).fill(owner.password);
    await page.getByLabel("Nom du collectif").fill("Collectif WEB");
    // Québec defaults.
    expect(await page.getByLabel("Territoire juridique").inputValue()).toBe("CA-QC");
    expect(await page.getByLabel("Devise").inputValue()).toBe("CAD");
    expect(await page.getByLabel("Langue des documents").inputValue()).toBe("fr-CA");
    await expectAccessible(page, "the sign-up page");
    await page.getByRole("button", { name: "Créer le compte" }).click();
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();

    // The first-run guide: identity and GST/QST, each member's rates and capacity, values, payment instructions.
    const guide = page.getByTestId("setup-guide");
    await guide.waitFor();
    for (const step of ["identity", "team", "values", "payment"]) {
      expect(await guide.getByTestId(`setup-step-${step}`).getByText("À faire").count(), step).toBe(1);
    }
    expect(await guide.getByTestId("setup-step-identity").textContent()).toContain("TPS/TVQ");
    // The member's figures: billable rate, cost rate and weekly capacity, asked on the dashboard.
    const figures = page.getByRole("region", { name: "Les chiffres de votre collectif" });
    await figures.getByLabel("Taux horaire visé (CAD)").fill("95");
    const mine = figures.getByRole("group", { name: `${owner.name} (vous)` });
    await expect.poll(() => mine.getByLabel("Taux facturable (CAD)").inputValue()).toBe("95,00");
    await mine.getByLabel("Disponibilité (heures par semaine)").fill("30");
    await mine.getByLabel("Coût horaire (CAD)").fill("40");
    await expectAccessible(page, "the dashboard's first run");
    await mine.getByLabel("Coût horaire (CAD)").press("Enter");
    await page.getByText("Chiffres enregistrés.").waitFor();
    await expect.poll(() => guide.getByTestId("setup-step-team").getByText("Fait").count()).toBe(1);

    // The studio's identity and tax numbers, in the settings the guide links to.
    await guide.getByRole("link", { name: "Identité du collectif et numéros de taxes" }).click();
    await page.getByRole("heading", { level: 1, name: "Paramètres" }).waitFor();
    await page.getByLabel("Raison sociale").fill("Collectif WEB coop");
    await page.getByLabel("Adresse (ligne 1)").first().fill("275 rue du Parvis");
    await page.getByLabel("Ville").first().fill("Québec");
    await page.getByLabel("Code postal").first().fill("G1K 6G7");
    await page.getByLabel("Numéro de TPS").fill("123456789 RT0001");
    await page.getByLabel("Numéro de TVQ").fill("1234567890 TQ0001");
    expect(await page.getByLabel("Délai de paiement (jours)").inputValue()).toBe("30");
    await page.getByLabel("Intérêt annuel sur retard (%)").fill("12");
    await cleanScreenshot(page, "story-01-settings");
  });

  it("2. keeps the values (collaboration, consensus, respect, social value of the work) with their weights", async () => {
    for (const [i, [statement, weight]] of VALUES.entries()) {
      await page.getByRole("button", { name: "Ajouter une valeur" }).click();
      await page.getByRole("textbox", { name: `Valeur ${i + 1}` }).fill(statement);
      const w = page.getByLabel("Poids").nth(i);
      if ((await w.evaluate((el) => el.tagName)) === "SELECT") await w.selectOption(weight);
      else await w.fill(weight);
    }
    await expectAccessible(page, "the settings");
    await page.getByRole("button", { name: "Enregistrer", exact: true }).first().click();
    await page.getByText("Paramètres enregistrés.").waitFor();
    // Payment instructions, printed on invoices and shown in the portal.
    const pay = page.locator("form", { has: page.getByRole("heading", { name: "Modalités de paiement" }) });
    await pay.getByLabel("Numéro d'institution (3 chiffres)").fill("815");
    await pay.getByLabel("Numéro de transit (5 chiffres)").fill("30001");
    await pay.getByLabel("Numéro de compte").fill("1234567");
    await pay.getByLabel("Adresse de virement Interac").fill("paiement@collectif-web.test");
    await pay.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Modalités de paiement enregistrées.").waitFor();
    // Kept: after a reload, in order, with their weights.
    await page.reload();
    for (const [i, [statement, weight]] of VALUES.entries()) {
      await expect.poll(() => page.getByRole("textbox", { name: `Valeur ${i + 1}` }).inputValue()).toBe(statement);
      expect(await page.getByLabel("Poids").nth(i).inputValue()).toBe(weight);
    }
    // Every step is done (outgoing e-mail is configured): the guide, read from the records, is gone.
    await page.goto(`${baseUrl}/`);
    await page.getByRole("heading", { level: 2, name: "Argent" }).waitFor();
    await expect.poll(() => page.getByTestId("setup-guide").count()).toBe(0);
  });

  it("3. takes on the partner agency: kind agency, end client, a project contact and a billing contact", async () => {
    await page.goto(`${baseUrl}/clients/new`);
    await page.getByRole("heading", { level: 1, name: "Nouveau client" }).waitFor();
    await page.getByRole("radio", { name: /Agence partenaire/ }).check();
    await page.getByRole("textbox", { name: "Nom", exact: true }).fill(AGENCY);
    await page.getByLabel("Raison sociale").fill("Boréale Communication inc.");
    await page.getByLabel("Adresse (ligne 1)").fill("1200 boulevard Charest Ouest");
    await page.getByLabel("Ville").fill("Québec");
    await page.getByLabel("Code postal").fill("G1N 2E2");
    for (const [i, who] of [JULIE, BILLING].entries()) {
      await page.getByRole("button", { name: "Ajouter une personne-ressource" }).click();
      const contact = page.getByRole("group", { name: `Personne-ressource ${i + 1}` });
      await contact.getByRole("textbox", { name: "Nom", exact: true }).fill(who.name);
      await contact.getByLabel("Courriel").fill(who.email);
      await contact.getByLabel("Rôle").fill(who.role);
    }
    await page.getByRole("button", { name: "Ajouter un client final" }).click();
    await page.getByRole("textbox", { name: "Client final 1" }).fill("Microbrasserie du Cap");
    await expectAccessible(page, "the client form");
    await page.getByRole("button", { name: "Créer le client" }).click();
    await page.getByRole("heading", { level: 1, name: AGENCY }).waitFor();
    made.clientId = /\/clients\/([^/?#]+)/.exec(page.url())![1]!;
    expect(await page.getByText(JULIE.name).count()).toBeGreaterThan(0);
    expect(await page.getByText(BILLING.name).count()).toBeGreaterThan(0);
    expect(await page.getByText("Microbrasserie du Cap").count()).toBeGreaterThan(0);
  });

  it("4. records the previous developer's warning; health says not enough data yet, not critical", async () => {
    const form = page.getByRole("form", { name: "Noter un signal" });
    await form.getByRole("radio", { name: "Avertissement" }).check();
    await form.getByLabel("Gravité").selectOption("3");
    await form.getByLabel("Date").fill(today());
    await form.getByLabel("Source").fill("l'ancien développeur du site");
    await form.getByLabel("Ce qui s'est passé").fill(WARNING);
    await form.getByRole("button", { name: "Ajouter le signal" }).click();
    const signal = page.getByTestId("signal").filter({ hasText: WARNING });
    await signal.waitFor();
    expect(await signal.getByText("Gravité 3/3").count()).toBe(1);
    // One signal is not a verdict.
    await page.getByText("Pas encore assez de données").first().waitFor();
    expect(await page.getByText("Critique", { exact: true }).count()).toBe(0);
    await expectAccessible(page, "the client page");
    await cleanScreenshot(page, "story-04-client");
  });

  it("5. writes offer 1: deliverables, exclusions, assumptions, fixed price, deposit; a decimal comma is kept", async () => {
    await page.getByRole("link", { name: "Nouvelle offre" }).click();
    await page.getByRole("heading", { level: 1, name: "Nouvelle offre" }).waitFor();
    await page.getByRole("textbox", { name: "Titre", exact: true }).fill(OFFER_1);
    await page
      .getByLabel("Résumé")
      .fill("Intégrer dans le site existant (réalisé par un autre fournisseur) les textes et photos fournis.");
    const deliverables = [
      ["Intégration des textes des 8 pages", "8", "page", "unit", "120,50"],
      ["Intégration des photos et de la galerie", "1", "forfait", "fixed", "350"],
      ["Mise à jour du menu de navigation", "1", "forfait", "fixed", "150"],
      ["Vérification de l'affichage mobile", "1", "forfait", "fixed", "200"],
    ] as const;
    for (const [i, [title, qty, unit, kind, price]] of deliverables.entries()) {
      if (i > 0) await page.getByRole("button", { name: "Ajouter un livrable" }).click();
      const group = page.getByRole("group", { name: `Livrable ${i + 1}`, exact: true });
      await group.getByRole("textbox", { name: "Titre du livrable" }).fill(title);
      await group.getByRole("textbox", { name: "Quantité" }).fill(qty);
      await group.getByRole("textbox", { name: "Unité" }).fill(unit);
      await group.getByRole("combobox", { name: "Prix", exact: true }).selectOption(kind);
      await group.getByRole("textbox", { name: kind === "unit" ? /Prix unitaire/ : /Montant/ }).fill(price);
    }
    for (const [i, text] of [THEME_EXCLUSION, FEATURES_EXCLUSION].entries()) {
      await page.getByRole("button", { name: "Ajouter une exclusion" }).click();
      await page.getByRole("textbox", { name: `Exclusion ${i + 1}` }).fill(text);
    }
    await page.getByRole("button", { name: "Ajouter une hypothèse" }).click();
    await page
      .getByRole("textbox", { name: "Hypothèse 1" })
      .fill("L'agence fournit les textes et les images finaux avant le début des travaux");
    await page.getByRole("textbox", { name: "Acompte" }).fill("30");
    const totals = page.getByTestId("offer-totals");
    await expect.poll(async () => squeeze(await totals.textContent())).toContain(FIGURES.price);
    expect(squeeze(await totals.textContent())).toContain(FIGURES.deposit);
    await expectAccessible(page, "the offer editor");
    await page.getByRole("button", { name: "Créer le brouillon" }).click();
    await page.waitForURL(/\/offers\/[^/]+$/);
    await page.getByRole("heading", { level: 1, name: OFFER_1 }).waitFor();
    made.offerUrl = page.url();
    made.offerId = made.offerUrl.split("/offers/")[1]!;
    // Read back after a reload: the price typed with a decimal comma is kept.
    await page.reload();
    const first = page.getByRole("group", { name: "Livrable 1", exact: true });
    await expect.poll(() => first.getByRole("textbox", { name: /Prix unitaire/ }).inputValue()).toBe("120,50");
    expect(squeeze(await page.getByTestId("offer-totals").textContent())).toContain(FIGURES.price);
  });

  it("6. estimates as a team (PERT range, implied rate), and sends the offer; the portal link reaches the client", async () => {
    const panel = page.getByTestId("estimate-panel");
    const rows = [
      ["Intégration des textes des 8 pages", "6", "8", "10"],
      ["Intégration des photos et de la galerie", "2", "3", "4"],
      ["Mise à jour du menu de navigation", "1", "1", "1"],
      ["Vérification de l'affichage mobile", "1", "2", "3"],
    ] as const;
    for (const [title, o, m, p] of rows) {
      await panel.getByRole("textbox", { name: `Heures optimistes — ${title}` }).fill(o);
      await panel.getByRole("textbox", { name: `Heures probables — ${title}` }).fill(m);
      await panel.getByRole("textbox", { name: `Heures pessimistes — ${title}` }).fill(p);
    }
    await panel.getByRole("button", { name: "Enregistrer mon estimation" }).click();
    // PERT: 8 + 3 + 1 + 2 = 14 h expected; 1 664 $ / 14 h = 118,86 $/h, 25,12 % above the 95 $ target (the
    // percentage is read from the rounded rate: 118,857 1 / 95 would say 25,11 %).
    const total = panel.getByTestId("estimate-total");
    await expect.poll(() => total.textContent()).toMatch(/14 h/);
    expect(await total.textContent()).toContain("14 h (entre 12,4 h et 15,6 h)");
    expect(squeeze(await total.textContent())).toContain("118,86$/h");
    expect(await total.textContent()).toMatch(/25,12 % au-dessus de la cible de 95,00\s\$\/h/);
    await cleanScreenshot(page, "story-06-estimate");

    await page.getByRole("button", { name: "Envoyer au client" }).click();
    // Sending freezes the document: a confirmation first, which can be cancelled.
    const confirm = page.getByRole("dialog", { name: "Envoyer l'offre au client ?" });
    expect(await confirm.textContent()).toContain("figée");
    await confirm.getByRole("button", { name: "Annuler" }).click();
    await confirm.waitFor({ state: "hidden" });
    expect(mailsTo(JULIE.email)).toHaveLength(0);
    await page.getByRole("button", { name: "Envoyer au client" }).click();
    await confirm.getByRole("button", { name: "Envoyer et figer" }).click();
    const dialog = page.getByRole("dialog", { name: "Offre envoyée" });
    await dialog.waitFor();
    made.offerNumber = /OFF-\d{4}-\d{4}/.exec((await dialog.textContent()) ?? "")![0];
    await page.keyboard.press("Escape");
    // The e-mail went to the project contact with the portal link.
    await expect.poll(() => mailsTo(JULIE.email).length).toBe(1);
    const path = portalPathIn(mailsTo(JULIE.email)[0]!.raw);
    await client.goto(`${baseUrl}${path}`);
    current = client;
    await client.getByRole("heading", { level: 1, name: OFFER_1 }).waitFor();
    const shown = (await client.locator("main").textContent()) ?? "";
    expect(shown).toContain(THEME_EXCLUSION);
    expect(squeeze(shown)).toContain(FIGURES.price);
    // The client's copy shows no internal estimate (no hours, no PERT, no implied rate).
    expect(shown).not.toMatch(/Heures estimées|PERT|Taux horaire implicite|118,86/);
    const overflow = await client.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "no sideways scrolling on the phone").toBeLessThanOrEqual(0);
    await expectAccessible(client, "the offer in the portal");
    // Nor does the PDF.
    const offerPdf = await pdfOf(page, `/api/v1/offers/${made.offerId}/pdf`);
    expect(offerPdf.text).toContain(THEME_EXCLUSION);
    expect(offerPdf.text).not.toMatch(/Heures estimées|PERT|implicite/);
    expect(squeeze(offerPdf.text)).toContain(FIGURES.price);
  });

  it("7. the client signs in the portal: the studio is notified, the signed copy downloads, verify = valid", async () => {
    await advanceTo("2026-09-22");
    await client.reload();
    await client.getByRole("textbox", { name: "Votre nom complet" }).fill(JULIE.name);
    await client.getByRole("checkbox", { name: new RegExp(made.offerNumber) }).check();
    await client.getByRole("button", { name: "Signer" }).click();
    const state = client.getByTestId("portal-state");
    await state.waitFor();
    expect(await state.textContent()).toMatch(/Signé par Julie Bergeron le .+ — empreinte [0-9a-f]{64}/);
    // The client downloads its signed copy from the portal: the document it signed, with its signature.
    const clientCopy = await pdfOf(
      client,
      (await client.getByRole("link", { name: "Télécharger la copie signée (PDF)" }).getAttribute("href"))!,
    );
    expect(clientCopy.text).toContain(made.offerNumber);
    expect(clientCopy.text).toContain(THEME_EXCLUSION);
    expect(clientCopy.text).toContain(JULIE.name);
    await cleanScreenshot(client, "story-07-portal-signed");
    current = page;

    // The studio is told without reloading: the bell's next refresh (a minute later) counts it.
    await page.goto(made.offerUrl);
    await studio.clock.fastForward(61_000);
    const bell = page.getByTestId("notification-bell");
    await expect.poll(() => bell.getAttribute("aria-label")).toMatch(/Notifications, \d+ non lue/);
    await bell.click();
    await page
      .getByTestId("notification-panel")
      .getByText(new RegExp(`${made.offerNumber}|${OFFER_1}`))
      .first()
      .waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("signature").waitFor();
    await page.getByRole("button", { name: "Vérifier l'empreinte" }).click();
    expect(await page.getByTestId("verify-result").textContent()).toContain("Empreinte valide");
    // The signed copy downloads from the studio: the document the client signed, with its signature.
    const signedCopy = await pdfOf(
      page,
      (await page.getByRole("link", { name: "PDF", exact: true }).getAttribute("href"))!,
    );
    expect(signedCopy.text).toContain(made.offerNumber);
    expect(signedCopy.text).toContain(THEME_EXCLUSION);
    expect(signedCopy.text).toContain(JULIE.name);
    made.mandateId = /\/mandates\/([^/?#]+)/.exec(
      (await page.getByRole("link", { name: "Voir le mandat" }).getAttribute("href"))!,
    )![1]!;
  });

  it("8. issues and sends the deposit invoice: GST and QST on one base, PDF attached, portal, payment instructions", async () => {
    await page.goto(`${baseUrl}/invoices/new?clientId=${made.clientId}`);
    await page.getByRole("heading", { level: 1, name: "Nouvelle facture" }).waitFor();
    await page.getByRole("checkbox", { name: /^Acompte de 30/ }).check();
    expect(squeeze(await page.getByTestId("selected-amount").textContent())).toContain(FIGURES.deposit);
    await expectAccessible(page, "the new invoice");
    await page.getByRole("button", { name: "Créer le brouillon" }).click();
    await page.getByRole("heading", { level: 1, name: "Brouillon de facture" }).waitFor();
    expect(squeeze(await page.getByTestId("subtotal").textContent())).toBe(FIGURES.deposit);
    expect(squeeze(await page.getByTestId("tax-GST").textContent())).toContain("TPS(5%)");
    expect(squeeze(await page.getByTestId("tax-GST").textContent())).toContain(FIGURES.depositGst);
    expect(squeeze(await page.getByTestId("tax-QST").textContent())).toContain("TVQ(9,975%)");
    expect(squeeze(await page.getByTestId("tax-QST").textContent())).toContain(FIGURES.depositQst);
    expect(squeeze(await page.getByTestId("total").textContent())).toBe(FIGURES.depositTotal);
    await page.getByRole("button", { name: "Émettre la facture" }).click();
    await page.getByRole("button", { name: "Confirmer l'émission" }).click();
    await page.getByRole("heading", { level: 1, name: /^Facture \d{4}-\d{4}$/ }).waitFor();
    made.depositNumber = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Facture ", "");
    made.depositUrl = page.url();

    // Sent to the billing contact (checked by default), not the project contact, with its PDF.
    const panel = page.getByTestId("invoice-send");
    await expect.poll(() => panel.getByRole("checkbox", { name: new RegExp(BILLING.email) }).isChecked()).toBe(true);
    expect(await panel.getByRole("checkbox", { name: new RegExp(JULIE.email) }).isChecked()).toBe(false);
    await panel.getByRole("button", { name: "Envoyer" }).click();
    await expect.poll(() => panel.getByTestId("invoice-sending").first().textContent()).toContain("Livrée le");
    const mail = mailsTo(BILLING.email).at(-1)!;
    const parts = mimeParts(mail.raw);
    const attached = parts.find((p) => p.contentType === "application/pdf");
    expect(attached?.filename).toBe(`${made.depositNumber}.pdf`);
    const invoicePdf = await pdfOf(
      page,
      (await page.getByRole("link", { name: "Ouvrir le PDF" }).getAttribute("href"))!,
    );
    const flat = squeeze(invoicePdf.text);
    for (const figure of [FIGURES.deposit, FIGURES.depositGst, FIGURES.depositQst, FIGURES.depositTotal])
      expect(flat, figure).toContain(figure);
    expect(invoicePdf.text).toContain("123456789 RT0001");
    expect(invoicePdf.text).toContain("1234567890 TQ0001");
    expect(invoicePdf.text).toMatch(/institution 815, transit 30001, compte 1234567/);
    expect(invoicePdf.text).toContain("paiement@collectif-web.test");

    current = client;
    await client.goto(`${baseUrl}${portalPathIn(mail.raw)}`);
    await client.getByRole("heading", { level: 1, name: `Facture ${made.depositNumber}` }).waitFor();
    expect(squeeze(await client.getByTestId("portal-balance").textContent())).toBe(FIGURES.depositTotal);
    await client.getByText(/Virement bancaire : institution 815, transit 30001, compte 1234567/).waitFor();
    await expectAccessible(client, "the invoice in the portal");
    await cleanScreenshot(client, "story-08-portal-invoice");
    current = page;
  });

  it("9. records the delivery and the included time: the ledger shows signed, earned, invoiced, paid, outstanding", async () => {
    await advanceTo("2026-10-05");
    await page.goto(`${baseUrl}/mandates/${made.mandateId}`);
    await page.getByRole("heading", { level: 2, name: "Argent du mandat" }).waitFor();
    await expect.poll(() => read("signed")).toBe(FIGURES.price);
    expect(await read("invoiced")).toBe(FIGURES.deposit);
    expect(await read("outstanding")).toBe(FIGURES.depositTotal);
    const checklist = page.getByTestId("mandate-checklist");
    for (const box of await checklist.getByRole("checkbox").all()) {
      await box.check();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await expect.poll(() => read("earned")).toBe(FIGURES.price);
    const delivery = page.getByRole("form", { name: "Noter une livraison" });
    await delivery
      .getByRole("textbox", { name: /Note/ })
      .fill("Les 8 pages, la galerie, le menu et l'affichage mobile sont en ligne.");
    await delivery.getByRole("button", { name: "Noter une livraison" }).click();
    await page.getByTestId("delivery").first().waitFor();
    expect(await read("earned")).toBe(FIGURES.price);
    expect(await read("paid")).toBe("0,00$");
    expect(await read("unbilled")).toBe(FIGURES.balance);
    expect(await read("outstanding")).toBe(FIGURES.depositTotal);
    await expectAccessible(page, "the mandate page");

    // 14 h of included work logged on the time page.
    await page.getByRole("navigation").getByRole("link", { name: "Temps" }).click();
    const form = page.getByRole("form", { name: "Inscrire du temps" });
    await form.getByRole("combobox", { name: "Mandat" }).selectOption({ label: OFFER_1 });
    await form.getByRole("combobox", { name: "Catégorie" }).selectOption("included");
    await form.getByRole("textbox", { name: /Durée/ }).fill("14:00");
    await form.getByRole("textbox", { name: "Note" }).fill("Intégration des pages, de la galerie et du menu");
    await form.getByRole("button", { name: "Inscrire" }).click();
    await page.getByTestId("time-entry").filter({ hasText: "Intégration des pages" }).getByText("14:00").waitFor();
    await cleanScreenshot(page, "story-09-time");
  });

  it("10. invoices the balance from the signed offer, the deposit deducted; the source can't be billed twice", async () => {
    await page.goto(`${baseUrl}/mandates/${made.mandateId}`);
    await page.getByRole("link", { name: "Facturer le solde" }).click();
    await page.getByRole("heading", { level: 1, name: "Nouvelle facture" }).waitFor();
    const source = page.getByTestId("offer-source");
    await expect.poll(() => source.getByRole("checkbox").isChecked()).toBe(true);
    expect(squeeze(await source.textContent())).toContain(
      squeeze(`Déjà facturé : 499,20 $ (facture ${made.depositNumber})`),
    );
    expect(squeeze(await page.getByTestId("selected-amount").textContent())).toContain(FIGURES.balance);
    await page.getByRole("button", { name: "Créer le brouillon" }).click();
    await page.getByRole("heading", { level: 1, name: "Brouillon de facture" }).waitFor();
    expect(squeeze(await page.getByTestId("subtotal").textContent())).toBe(FIGURES.balance);
    await page.getByRole("button", { name: "Émettre la facture" }).click();
    await page.getByRole("button", { name: "Confirmer l'émission" }).click();
    await page.getByRole("heading", { level: 1, name: /^Facture \d{4}-\d{4}$/ }).waitFor();
    made.balanceNumber = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Facture ", "");
    made.balanceUrl = page.url();
    expect(squeeze(await page.getByTestId("balance-due").textContent())).toBe(FIGURES.balanceTotal);
    const balancePdf = await pdfOf(
      page,
      (await page.getByRole("link", { name: "Ouvrir le PDF" }).getAttribute("href"))!,
    );
    expect(squeeze(balancePdf.text)).toContain(FIGURES.balanceTotal);
    expect(balancePdf.text).toContain(made.depositNumber);
    const panel = page.getByTestId("invoice-send");
    await panel.getByRole("button", { name: "Envoyer" }).click();
    await expect.poll(() => panel.getByTestId("invoice-sending").first().textContent()).toContain("Livrée le");

    // Billed once: the new-invoice page no longer offers the offer; the ledger is complete.
    await page.goto(`${baseUrl}/invoices/new?clientId=${made.clientId}`);
    await page.getByRole("heading", { level: 1, name: "Nouvelle facture" }).waitFor();
    await page.getByRole("group", { name: "À facturer" }).or(page.getByText("Rien à facturer")).first().waitFor();
    expect(await page.getByTestId("offer-source").count()).toBe(0);
    await page.goto(`${baseUrl}/mandates/${made.mandateId}`);
    await expect.poll(() => read("invoiced")).toBe(FIGURES.price);
    expect(await read("unbilled")).toBe("0,00$");
    expect(await read("outstanding")).toBe(FIGURES.owed);
    await cleanScreenshot(page, "story-10-ledger");
  });

  it("11. « La moitié manque » arrives by e-mail: matched to the agency; greeting, closing and signature are not claims", async (ctx) => {
    if (!dovecot) return ctx.skip();
    await advanceTo("2026-10-06");
    await dovecot.append(
      rawMessage({
        from: `${JULIE.name} <${JULIE.email}>`,
        to: owner.email,
        subject: "La moitié manque",
        date: "Tue, 06 Oct 2026 08:30:00 -0400",
        text: FIRST_LIST,
        messageId: "<first-list@boreale.test>",
      }),
    );
    await page.goto(`${baseUrl}/mandates/${made.mandateId}/scope`);
    await page.getByRole("heading", { level: 1, name: /Périmètre/ }).waitFor();
    await mailbox().getByRole("button", { name: "Relier une boîte courriel" }).click();
    const form = page.getByRole("form", { name: "Boîte courriel (IMAP)" });
    await form.getByRole("textbox", { name: "Serveur IMAP" }).fill(dovecot.host);
    await form.getByLabel("Sécurité").click();
    await page.getByRole("option", { name: "Aucune (serveur sur cette machine seulement)" }).click();
    await form.getByLabel("Port").fill(String(dovecot.port));
    await form.getByRole("textbox", { name: "Nom d'utilisateur" }).fill(dovecot.user);
    await form.getByLabel("Mot de passe ou mot de passe d'application").fill(dovecot.password);
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await mailbox().getByText(`Boîte ${dovecot.user} sur ${dovecot.host}, dossier INBOX`).waitFor();
    await mailbox().getByRole("button", { name: "Afficher les messages récents" }).click();
    const row = mailbox().getByRole("row").filter({ hasText: "La moitié manque" });
    await row.getByText("Contact du client").waitFor();
    await expectAccessible(page, "the scope page with the mailbox");
    await row.getByRole("button", { name: "Importer comme liste « La moitié manque »" }).click();
    await page.getByRole("heading", { level: 1, name: /^Liste du 6 oct\. 2026/ }).waitFor();
    made.roundUrl = page.url();
    // Eight requests: the greeting, the complaint, the closing and the signature are not among them.
    await expect.poll(() => page.getByTestId("claim").count()).toBe(8);
    const words = (await page.locator('[data-testid="claim"] blockquote').allTextContents()).join(" | ");
    expect(words).not.toMatch(/Bonjour|Merci|Julie Bergeron|Gestionnaire de projet|pas livré/);
    await cleanScreenshot(page, "story-11-first-list");
  });

  it("12. triages against the signed offer: any clause can be cited; the theme-code request meets its exclusion", async (ctx) => {
    if (!made.roundUrl) return ctx.skip();
    const theme = claim("Changer la police");
    expect(await theme.getByTestId("suggestion").first().textContent()).toContain(THEME_EXCLUSION);
    // Every clause of the signed offer can be cited: deliverables, exclusions and the assumption.
    await theme.getByRole("radio", { name: "Refusé", exact: true }).check();
    await theme.getByRole("combobox", { name: /Clause de référence/ }).click();
    const options = (await page.getByRole("listbox").getByRole("option").allTextContents()).join(" | ");
    for (const clause of [
      "Intégration des textes des 8 pages",
      "Intégration des photos et de la galerie",
      "Mise à jour du menu de navigation",
      "Vérification de l'affichage mobile",
      THEME_EXCLUSION,
      FEATURES_EXCLUSION,
      "L'agence fournit les textes et les images finaux",
    ])
      expect(options, clause).toContain(clause);
    await page.keyboard.press("Escape");

    const decide = async (
      words: string,
      outcome: string,
      opts: { clause?: string; rationale?: string; hours?: string; alternative?: string } = {},
    ) => {
      const card = claim(words);
      await card.getByRole("radio", { name: outcome, exact: true }).check();
      if (opts.clause) {
        await card.getByRole("combobox", { name: /Clause de référence/ }).click();
        await page
          .getByRole("option", { name: new RegExp(opts.clause.replace(/[()]/g, ".")) })
          .first()
          .click();
      }
      if (opts.alternative) await card.getByRole("textbox", { name: /Alternative proposée/ }).fill(opts.alternative);
      if (opts.rationale) await card.getByRole("textbox", { name: /Justification/ }).fill(opts.rationale);
      if (opts.hours) await card.getByRole("textbox", { name: /Heures estimées/ }).fill(opts.hours);
      await card.getByRole("button", { name: "Enregistrer la décision" }).click();
      await triaged(card);
      return card;
    };
    await decide("carrousel", "Avenant", { hours: "6" });
    await decide("mobile", "Inclus", {
      clause: "Vérification de l'affichage mobile",
      rationale: "L'affichage mobile des pages intégrées fait partie de l'offre signée : nous le corrigeons.",
      hours: "1,5",
    });
    await decide("Nos bières", "Avenant", { hours: "12" });
    await decide("menu déroulant", "Geste commercial", {
      rationale: "Bogue du thème existant, corrigé une fois pour que la livraison soit utilisable.",
      hours: "3",
    });
    const declined = await decide("Changer la police", "Refusé", {
      clause: THEME_EXCLUSION,
      rationale: "Le code du thème de l'ancien développeur est exclu de l'offre signée.",
    });
    expect(await declined.getByTestId("claim-decision").textContent()).toContain(THEME_EXCLUSION);
    await decide("Réécrire les textes", "Refusé", {
      clause: "L'agence fournit les textes et les images finaux",
      rationale: "L'agence fournit les textes : leur rédaction n'est pas prévue.",
    });
    await decide("Shopify", "Alternative", {
      alternative: "Un bouton « Boutique » menant à la boutique Shopify existante.",
      rationale: "Intégrer Shopify dans le site est un projet en soi.",
      hours: "1",
    });
    await decide("photos manquantes", "Geste commercial", {
      rationale: "Photos reçues après le début des travaux, ajoutées sans frais.",
      hours: "2",
    });
    await page.getByText("Les 8 demandes sont triées.").waitFor();
    const count = (outcome: string) => page.getByTestId(`summary-${outcome}`).locator("td").first().textContent();
    expect(await count("change_order")).toBe("2");
    expect(await count("goodwill")).toBe("2");
    expect(await count("declined")).toBe("2");
    expect(await count("alternative")).toBe("1");
    expect(await count("in_scope")).toBe("1");
    await expectAccessible(page, "the triaged list");
    await cleanScreenshot(page, "story-12-triaged");
  });

  it("13. builds the change order (price per line, new date, delay) and sends it; the client sees price and date", async (ctx) => {
    if (!made.roundUrl) return ctx.skip();
    await page.getByRole("checkbox", { name: "Sélectionner la demande 1" }).check();
    await page.getByRole("checkbox", { name: "Sélectionner la demande 3" }).check();
    await page.getByRole("button", { name: "Créer un avenant (2)" }).click();
    const form = page.getByRole("form", { name: "Créer un avenant" });
    await form.getByRole("textbox", { name: "Titre" }).fill("Carrousel animé et section « Nos bières »");
    await form.getByRole("textbox", { name: /Demandé par/ }).fill(JULIE.name);
    await form.getByRole("button", { name: "Créer l'avenant" }).click();
    made.changeOrderNumber = `${made.offerNumber}-A1`;
    await page.getByRole("heading", { level: 1, name: new RegExp(made.changeOrderNumber) }).waitFor();
    made.changeOrderUrl = page.url();
    // 6 h and 12 h at the member's 95 $ rate.
    const amount = (n: number) => page.getByTestId("change-order-line").nth(n).getByTestId("line-amount");
    expect(squeeze(await amount(0).textContent())).toBe("570,00$");
    expect(squeeze(await amount(1).textContent())).toBe("1140,00$");
    expect(squeeze(await page.getByTestId("change-order-total").textContent())).toBe("1710,00$");
    const date = await page.getByLabel("Nouvelle date de livraison proposée").inputValue();
    const delay = await page.getByRole("textbox", { name: "Retard (jours)" }).inputValue();
    expect(date).toMatch(/^2026-\d{2}-\d{2}$/);
    expect(Number(delay)).toBeGreaterThan(0);
    await expectAccessible(page, "the draft change order");
    await page.getByRole("button", { name: "Envoyer au client pour approbation" }).click();
    await page.getByRole("textbox", { name: "Adresse du portail" }).waitFor();
    // The link reaches the client by e-mail.
    await expect.poll(() => mailsTo(JULIE.email).length).toBe(2);
    current = client;
    await client.goto(`${baseUrl}${portalPathIn(mailsTo(JULIE.email).at(-1)!.raw)}`);
    await client.getByRole("heading", { level: 1, name: `Avenant ${made.changeOrderNumber}` }).waitFor();
    const items = client.getByRole("region", { name: "Éléments ajoutés" });
    await items.getByText(/^6 h à 95,00\s\$ de l'heure$/).waitFor();
    await items.getByText(/^12 h à 95,00\s\$ de l'heure$/).waitFor();
    const summary = client.getByRole("region", { name: "Ce qui change" });
    expect(squeeze(await summary.textContent())).toContain("Prix,avanttaxes1710,00$");
    expect(await summary.textContent()).toContain(`${delay} jour`);
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    const shown = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("fr-CA", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    expect(squeeze(await summary.textContent())).toContain(squeeze(shown));
    await expectAccessible(client, "the change order in the portal");
    await cleanScreenshot(client, "story-13-change-order-portal");
  });

  it("14. the agency rejects it (« Réglez ça! »): the studio is notified, the rejection is on the record", async (ctx) => {
    if (!made.changeOrderUrl) return ctx.skip();
    await advanceTo("2026-10-07");
    await client.reload();
    await client.getByRole("button", { name: "Refuser plutôt" }).click();
    await client
      .getByRole("textbox", { name: "Raison (facultatif)" })
      .fill("Non, on n'accepte pas ça. Vous auriez dû comprendre dès le début. Réglez ça!");
    await client.getByRole("button", { name: "Refuser l'avenant" }).click();
    await client.getByText("Avenant refusé").waitFor();
    current = page;
    await page.goto(made.changeOrderUrl);
    await studio.clock.fastForward(61_000);
    const bell = page.getByTestId("notification-bell");
    await expect.poll(() => bell.getAttribute("aria-label")).toMatch(/Notifications, \d+ non lue/);
    await bell.click();
    await page.getByTestId("notification-panel").getByText(new RegExp(made.changeOrderNumber)).first().waitFor();
    await page.keyboard.press("Escape");
    await page.getByText("Refusé par le client").waitFor();
    await page.getByText(/Réglez ça!/).waitFor();
  });

  it("15. logs the free adjustments as goodwill: valued at the member's rate, the goodwill budget moves", async (ctx) => {
    if (!made.roundUrl) return ctx.skip();
    await page.goto(`${baseUrl}/time`);
    await page.getByRole("heading", { level: 1, name: "Temps" }).waitFor();
    const budget = page.getByRole("form", { name: "Fixer un budget de gestes commerciaux" });
    await budget.getByRole("combobox", { name: "Mandat" }).selectOption({ label: OFFER_1 });
    await budget.getByRole("textbox", { name: /Budget \(heures\)/ }).fill("6");
    await budget.getByRole("button", { name: "Enregistrer" }).click();
    const row = page.getByTestId("goodwill-mandates").getByRole("row").filter({ hasText: OFFER_1 });
    await row.getByText("Dans le budget").waitFor();
    const form = page.getByRole("form", { name: "Inscrire du temps" });
    for (const [words, duration, note] of [
      ["menu déroulant", "3:00", "Correctif du menu déroulant sur iPhone"],
      ["photos manquantes", "2:00", "Ajout des photos reçues en retard"],
    ] as const) {
      await form.getByRole("combobox", { name: "Mandat" }).selectOption({ label: OFFER_1 });
      const claimSelect = form.getByRole("combobox", { name: /Demande/ });
      await expect.poll(() => claimSelect.locator("option", { hasText: words }).count()).toBe(1);
      const value = await claimSelect.evaluate(
        (el: HTMLSelectElement, w: string) => [...el.options].find((o) => o.text.includes(w))?.value ?? "",
        words,
      );
      await claimSelect.selectOption(value);
      await form.getByRole("combobox", { name: "Catégorie" }).selectOption("goodwill");
      await form.getByRole("textbox", { name: /Durée/ }).fill(duration);
      await form.getByRole("textbox", { name: "Note" }).fill(note);
      await form.getByRole("button", { name: "Inscrire" }).click();
      await page.getByTestId("time-entry").filter({ hasText: note }).waitFor();
    }
    // 5 h at 95 $ = 475 $ (never 0 $); 5 h of a 6 h budget: 83 %, soon used up.
    await expect
      .poll(async () => squeeze(await page.getByTestId("goodwill-total").textContent()))
      .toContain(squeeze("5 h offertes, d'une valeur de 475,00 $"));
    await row.getByText("Bientôt épuisé (80 %)").waitFor();
    expect(squeeze(await row.textContent())).toContain("475,00$");
    await expectAccessible(page, "the time page");
    await cleanScreenshot(page, "story-15-goodwill");
  });

  it("16. writes the reply quoting the signed clauses: courteous, the exclusions quoted for declined and alternatives", async (ctx) => {
    if (!made.roundUrl) return ctx.skip();
    await page.goto(made.roundUrl);
    await page.getByRole("button", { name: "Rédiger la réponse" }).click();
    const letter = page.getByRole("textbox", { name: "Lettre" });
    await expect.poll(() => letter.inputValue()).toContain(made.offerNumber);
    const text = await letter.inputValue();
    expect(text).toMatch(/^Le 7 octobre 2026\n\nBonjour Julie Bergeron,\n/);
    // The change order is said rejected, as the records show, not "to be sent".
    expect(squeeze(text)).toContain(
      squeeze(`l’avenant ${made.changeOrderNumber} (1 710,00 $ avant taxes), que vous avez refusé le 7 octobre 2026.`),
    );
    expect(text).not.toContain("vous sera transmis");
    expect(text).toContain(THEME_EXCLUSION);
    expect(text).toContain("L'agence fournit les textes et les images finaux");
    expect(text).toContain("Un bouton « Boutique » menant à la boutique Shopify existante.");
    expect(text).toContain(made.changeOrderNumber);
    expect(text).not.toMatch(/mise en demeure|pénalit/i);
    await expectAccessible(page, "the reply");
    await page.getByRole("button", { name: "Envoyer", exact: true }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Réponse envoyée à ${JULIE.email}` })
      .waitFor();
    await expect.poll(() => mailsTo(JULIE.email).length).toBe(3);
    await cleanScreenshot(page, "story-16-reply");
  });

  it("17. the second, longer list: repeats of declined, rejected or delivered points are flagged with the earlier answer", async (ctx) => {
    if (!dovecot || !made.roundUrl) return ctx.skip();
    await advanceTo("2026-10-09");
    await dovecot.append(
      rawMessage({
        from: `${JULIE.name} <${JULIE.email}>`,
        to: owner.email,
        subject: "Ce qui reste à faire",
        date: "Fri, 09 Oct 2026 08:15:00 -0400",
        text: SECOND_LIST,
        messageId: "<second-list@boreale.test>",
      }),
    );
    await page.goto(`${baseUrl}/mandates/${made.mandateId}/scope`);
    const received = page.getByRole("group", { name: "Reçus par courriel" });
    await received.getByRole("button", { name: "Relever maintenant" }).click();
    const row = received.getByRole("row").filter({ hasText: "Ce qui reste à faire" });
    await row.getByText(`Contact de ${AGENCY}`).waitFor();
    await row.getByRole("button", { name: "Créer la liste « Ce qui reste à faire » dans ce mandat" }).click();
    await page.getByRole("heading", { level: 1, name: /^Liste du 9 oct\. 2026/ }).waitFor();
    const texts = () => page.locator('[data-testid="claim"] blockquote').allTextContents();
    await expect.poll(async () => (await texts()).length).toBeGreaterThanOrEqual(5);
    // The signature under the last sentence is not a claim; the sentence (the client's launch date, context rather than
    // a request) comes in as a sixth one, which the studio removes as not a request, as the page offers.
    expect((await texts()).join("\n")).not.toMatch(/Julie/);
    const closing = claim("mettre en ligne la semaine prochaine");
    if ((await closing.count()) > 0) {
      await closing.getByRole("button", { name: "Retirer : pas une demande" }).click();
      await page
        .getByRole("dialog", { name: /^Retirer la demande \d+ \?$/ })
        .getByRole("button", { name: "Retirer la demande" })
        .click();
      await expect.poll(async () => (await texts()).length).toBe(5);
    }
    expect((await texts()).map((t) => t.trim())).toEqual([
      "Changer la police et les couleurs du thème",
      "Le carrousel de la page d'accueil doit défiler automatiquement",
      "Ajouter les photos manquantes dans la galerie",
      "Ajouter un calendrier des événements avec réservation en ligne",
      "Traduire tout le site en anglais",
    ]);
    await expect.poll(() => page.getByTestId("repeat-flag").count()).toBe(3);
    const flag = (words: string) => claim(words).getByTestId("repeat-flag");
    expect(await flag("Changer la police").textContent()).toMatch(
      /Refusé le .*Clause : « Corrections ou modifications/,
    );
    expect(await flag("carrousel").textContent()).toContain(`Dans l'avenant ${made.changeOrderNumber}, refusé le`);
    expect(await flag("photos manquantes").textContent()).toMatch(/Fait gracieusement le /);
    expect(await claim("calendrier").getByTestId("repeat-flag").count()).toBe(0);
    await expectAccessible(page, "the second list");
    await cleanScreenshot(page, "story-17-second-list");
  });

  it("18. sends offer 2 (4 800 $, deposit) below the health threshold with a one-line reminder of why; signed, deposit invoiced", async () => {
    await advanceTo("2026-10-12");
    await page.goto(`${baseUrl}/offers/new?clientId=${made.clientId}`);
    await page.getByRole("heading", { level: 1, name: "Nouvelle offre" }).waitFor();
    const pick = page.getByRole("combobox", { name: "Client", exact: true });
    if ((await pick.count()) > 0 && (await pick.inputValue()) === "") await pick.selectOption({ label: AGENCY });
    await page.getByRole("textbox", { name: "Titre", exact: true }).fill(OFFER_2);
    const deliverables = [
      ["Architecture du site et maquettes filaires", "1200"],
      ["Intégration du design dans WordPress (10 gabarits)", "3000"],
      ["Mise en ligne et vérifications finales", "600"],
    ] as const;
    for (const [i, [title, amount]] of deliverables.entries()) {
      if (i > 0) await page.getByRole("button", { name: "Ajouter un livrable" }).click();
      const group = page.getByRole("group", { name: `Livrable ${i + 1}`, exact: true });
      await group.getByRole("textbox", { name: "Titre du livrable" }).fill(title);
      await group.getByRole("textbox", { name: "Unité" }).fill("forfait");
      await group.getByRole("textbox", { name: /Montant/ }).fill(amount);
    }
    await page.getByRole("button", { name: "Ajouter une exclusion" }).click();
    await page.getByRole("textbox", { name: "Exclusion 1" }).fill("Conception graphique (les maquettes sont fournies)");
    await page.getByRole("textbox", { name: "Acompte" }).fill("30");
    await page
      .getByRole("textbox", { name: "Conditions d'annulation" })
      .fill("Si l'offre est annulée avant le début des travaux, l'acompte est crédité.");
    await expect
      .poll(async () => squeeze(await page.getByTestId("offer-totals").textContent()))
      .toContain(FIGURES_2.price);
    expect(squeeze(await page.getByTestId("offer-totals").textContent())).toContain(FIGURES_2.deposit);
    await page.getByRole("button", { name: "Créer le brouillon" }).click();
    await page.getByRole("heading", { level: 1, name: OFFER_2 }).waitFor();
    made.offer2Id = page.url().split("/offers/")[1]!;
    // One line above "Send" says why to think twice, from the records: the health warning or the recent signal.
    const reminder = page.getByTestId("send-reminder");
    await reminder.waitFor();
    const why = (await reminder.textContent()) ?? "";
    expect(why).toContain(AGENCY);
    expect(why).toMatch(/Sous le seuil de santé : Agence Boréale \(score \d+\)\.\s\S|Avertissement récent/);
    await cleanScreenshot(page, "story-18-reminder");
    await page.getByRole("button", { name: "Envoyer au client" }).click();
    await page
      .getByRole("dialog", { name: "Envoyer l'offre au client ?" })
      .getByRole("button", { name: "Envoyer et figer" })
      .click();
    const sent = page.getByRole("dialog", { name: "Offre envoyée" });
    await sent.waitFor();
    made.offer2Number = /OFF-\d{4}-\d{4}/.exec((await sent.textContent()) ?? "")![0];
    await page.keyboard.press("Escape");
    await expect.poll(() => mailsTo(JULIE.email).length).toBe(4);

    await advanceTo("2026-10-13");
    current = client;
    await client.goto(`${baseUrl}${portalPathIn(mailsTo(JULIE.email).at(-1)!.raw)}`);
    await client.getByRole("heading", { level: 1, name: OFFER_2 }).waitFor();
    await client.getByRole("textbox", { name: "Votre nom complet" }).fill(JULIE.name);
    await client.getByRole("checkbox", { name: new RegExp(made.offer2Number) }).check();
    await client.getByRole("button", { name: "Signer" }).click();
    await client.getByTestId("portal-state").waitFor();
    current = page;

    await page.goto(`${baseUrl}/invoices/new?clientId=${made.clientId}`);
    await page.getByRole("heading", { level: 1, name: "Nouvelle facture" }).waitFor();
    await page.getByRole("checkbox", { name: /^Acompte de 30/ }).check();
    expect(squeeze(await page.getByTestId("selected-amount").textContent())).toContain(FIGURES_2.deposit);
    await page.getByRole("button", { name: "Créer le brouillon" }).click();
    await page.getByRole("heading", { level: 1, name: "Brouillon de facture" }).waitFor();
    expect(squeeze(await page.getByTestId("total").textContent())).toBe(FIGURES_2.depositTotal);
    await page.getByRole("button", { name: "Émettre la facture" }).click();
    await page.getByRole("button", { name: "Confirmer l'émission" }).click();
    await page.getByRole("heading", { level: 1, name: /^Facture \d{4}-\d{4}$/ }).waitFor();
    made.deposit2Number = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Facture ", "");
    const panel = page.getByTestId("invoice-send");
    await panel.getByRole("button", { name: "Envoyer" }).click();
    await expect.poll(() => panel.getByTestId("invoice-sending").first().textContent()).toContain("Livrée le");
  });

  it("19. invoices go overdue: reminders go out by themselves, once each; the receivables show the days late", async () => {
    // The scheduler ticks every day from the first due date to 20 November, and twice on some days.
    const before = mailsTo(BILLING.email).length;
    for (let day = Date.parse("2026-10-19"); day < Date.parse("2026-11-20"); day += 86_400_000) {
      moveClock(new Date(day).toISOString().slice(0, 10));
      await runDueWork(server!.ctx, now());
    }
    await advanceTo("2026-11-20");
    await runDueWork(server!.ctx, now());
    const sentBy20 = mailsTo(BILLING.email).length - before;
    expect(sentBy20, "reminders went out by themselves").toBeGreaterThan(0);
    await runDueWork(server!.ctx, now());
    await runDueWork(server!.ctx, now());
    expect(mailsTo(BILLING.email).length - before, "once each: ticking again sends nothing more").toBe(sentBy20);
    // Each reminder names one invoice, and no invoice got the same reminder twice.
    const subjects = mailsTo(BILLING.email)
      .slice(before)
      .map((m) => /^Subject: (.*)$/m.exec(m.raw)?.[1] ?? "");
    expect(new Set(subjects).size, subjects.join(" | ")).toBe(subjects.length);
    // None went to the project contact: reminders follow the invoice to the billing contact.
    expect(mailsTo(JULIE.email).filter((m) => /invoice_reminder|Relance|relance/.test(m.raw))).toHaveLength(0);

    await page.goto(`${baseUrl}/receivables`);
    await page.getByRole("heading", { level: 1, name: "Comptes clients" }).waitFor();
    const late = (number: string) => page.getByTestId("open-invoice").filter({ hasText: number });
    // Due 22 October, 4 November and 12 November: 29, 16 and 8 days late on 20 November.
    await late(made.depositNumber).getByText("29 jours de retard").waitFor();
    await late(made.balanceNumber).getByText("16 jours de retard").waitFor();
    await late(made.deposit2Number).getByText("8 jours de retard").waitFor();
    const aging = page.getByTestId("aging-client").filter({ hasText: AGENCY });
    expect(squeeze(await aging.getByTestId("client-total").textContent())).toBe(FIGURES_2.owedBefore);
    await expectAccessible(page, "the receivables");
    await cleanScreenshot(page, "story-19-receivables");
  });

  it("20. client health: earned revenue only, days late counted, the warning explained with its records", async () => {
    await page.goto(`${baseUrl}/clients/${made.clientId}/health`);
    await page.getByRole("heading", { level: 1, name: `Santé — ${AGENCY}` }).waitFor();
    // Earned: 1 664 $ (the second offer's deposit is invoiced, not earned) over 14 h included + 5 h given = 19 h.
    const rate = page.getByTestId("metric-effective_hourly_rate");
    expect(squeeze(await rate.textContent())).toContain("87,58$");
    const delay = page.getByTestId("metric-payment_delay");
    expect(await delay.textContent()).toMatch(/\d+ jours?/);
    const overdue = page.getByTestId("metric-overdue_amount");
    for (const number of [made.depositNumber, made.balanceNumber, made.deposit2Number])
      expect(await overdue.getByRole("link", { name: number }).count(), number).toBe(1);
    const goodwill = page.getByTestId("metric-goodwill_hours");
    expect(await goodwill.textContent()).toMatch(/5 h offertes gratuitement/);
    const signals = page.getByTestId("metric-warning_signals");
    expect(await signals.textContent()).toMatch(/1 signal|avertissement/i);
    // The values the studio kept are the ones rated here.
    for (const [statement] of VALUES)
      expect(await page.getByLabel(statement, { exact: true }).count(), statement).toBe(1);
    await expectAccessible(page, "the health page");
    await cleanScreenshot(page, "story-20-health");
  });

  it("21. the decision worksheet against the values: no option scores before facts exist; stop chosen with its reasons", async () => {
    await page.getByRole("button", { name: "Décider" }).click();
    const dialog = page.getByRole("dialog", { name: "Ouvrir une fiche de décision" });
    await dialog.getByLabel("Travail futur espéré (facultatif)").fill("Mandats promis par l'agence");
    await dialog.getByLabel("Montant espéré (CAD)").fill("15000");
    await dialog.getByRole("button", { name: "Ouvrir la fiche" }).click();
    await page.waitForURL(/\/decisions\//);
    made.worksheetUrl = page.url();
    // The facts of "stop" come from the records: the second offer signed would be cancelled.
    await page
      .getByTestId("option-stop")
      .getByText(/Travaux signés mais pas commencés qui seraient annulés : 4\s800,00\s\$/)
      .first()
      .waitFor();
    // No value is rated yet, so no option scores on the values. An option scores only when the facts from the
    // records argue both ways (its total is then theirs alone); facts that all point one way say "not enough
    // information" instead of a flattering 100 / 100.
    for (const option of ["continue", "renegotiate", "stop"]) {
      const text = squeeze(await page.getByTestId(`score-${option}`).textContent());
      expect(text, option).toContain("Valeurs—");
      const parts = /arguments(\d+|—)·pour(\d+),contre(\d+)/.exec(text);
      expect(parts, `${option}: ${text}`).not.toBeNull();
      const [, args, pros, cons] = parts!;
      if (Number(pros) > 0 && Number(cons) > 0) expect(text, option).toMatch(new RegExp(`^${args}/100`));
      else expect(text, option).toMatch(/^Pasassezd’information/);
    }
    // Stop: 6 points for, 9 against → 50 + 50 × (6 − 9) ÷ 15 = 40.
    expect(squeeze(await page.getByTestId("score-stop").textContent())).toMatch(/^40\/100.*pour6,contre9/);
    for (const [statement] of VALUES) {
      await page.getByLabel(`${statement} — Continuer`).selectOption("1");
      await page.getByLabel(`${statement} — Arrêter`).selectOption("5");
    }
    await expect.poll(async () => (await page.getByTestId("score-stop").textContent()) ?? "").toMatch(/\d/);
    await page.getByRole("radio", { name: "Arrêter" }).check();
    await page
      .getByLabel("Pourquoi")
      .fill(
        "Ce partenaire ne rejoint pas nos valeurs de collaboration et de consensus; arrêter est un signe de respect pour nous.",
      );
    await expectAccessible(page, "the worksheet");
    await page.getByRole("button", { name: "Enregistrer la décision" }).click();
    await page.getByText("Décision : Arrêter").waitFor();
    await cleanScreenshot(page, "story-21-worksheet");
  });

  it("22. the exit plan: offer 2 cancelled and its deposit credited, nothing billed twice, milestones checked, the reason linked", async () => {
    await page.getByRole("button", { name: "Préparer la fin" }).click();
    await page.waitForURL(/\/exits\//);
    made.exitId = /\/exits\/([^/?#]+)/.exec(page.url())![1]!;
    await page.getByRole("heading", { level: 1, name: `Fin de collaboration — ${AGENCY}` }).waitFor();
    const offer = page.getByTestId("exit-offer");
    await offer.first().waitFor();
    expect(await offer.count()).toBe(1);
    expect(await offer.textContent()).toContain(OFFER_2);
    expect(await offer.getByText("Annulée").count()).toBe(1);
    expect(squeeze(await offer.getByTestId("exit-deposit-outcome").textContent())).toBe(
      squeeze("Crédité par note de crédit : 1 440,00 $ avant taxes; rien à rembourser."),
    );
    const credited = page.getByTestId("exit-invoice").filter({ hasText: made.deposit2Number });
    expect(await credited.getByTestId("exit-invoice-credited").count()).toBe(1);
    expect(await page.getByTestId("exit-invoice").count()).toBe(3);
    // What stays to collect after the exit: the first mandate's two invoices, the same figure as its ledger.
    expect(squeeze(await page.getByTestId("exit-outstanding").textContent())).toBe(FIGURES.owed);
    // The first mandate is billed in full: the final invoice bills nothing (goodwill is not billed).
    expect(squeeze(await page.getByTestId("final-invoice-total").textContent())).toMatch(/^0,00\$/);
    // The timing check is made (no milestone is near).
    const timing = page.locator('[data-code="qc_inopportune_time"]');
    await timing.getByText("Respecté", { exact: true }).waitFor();
    await page.getByLabel("Motif de la fin").selectOption("majorScopeChangeUnderFixedPrice");
    await page
      .getByLabel("Description factuelle")
      .fill("Demandes répétées hors de l'offre signée à prix fixe; avenant refusé; factures en retard.");
    const evidence = page.getByTestId("exit-evidence");
    for (const box of await evidence.getByRole("checkbox", { name: /^(Liste du client|Avenant refusé)/ }).all())
      await box.check();
    expect(await evidence.getByRole("checkbox", { checked: true }).count()).toBeGreaterThanOrEqual(3);
    await page.getByRole("switch", { name: "Dire brièvement pourquoi dans la lettre" }).check();
    await page
      .getByLabel("Raisons, en français")
      .fill("Nos façons de collaborer se sont révélées trop différentes pour que nous puissions bien vous servir.");
    await page.getByRole("button", { name: "Enregistrer et revérifier" }).click();
    const serious = page.locator('[data-code="qc_serious_reason"]');
    await expect.poll(() => serious.getByText("Respecté", { exact: true }).count()).toBe(1);
    expect(await serious.textContent()).toContain("Avenant refusé");
    await expectAccessible(page, "the exit plan");
    await cleanScreenshot(page, "story-22-exit-plan");

    // The same figures elsewhere: the first mandate's ledger and the client page (before the exit, the second
    // deposit is still owed there: 3 568,83 $, as in the receivables).
    await page.goto(`${baseUrl}/mandates/${made.mandateId}`);
    await expect.poll(() => read("outstanding")).toBe(FIGURES.owed);
    await page.goto(`${baseUrl}/clients/${made.clientId}`);
    await expect
      .poll(async () => squeeze(await page.getByTestId("client-money-outstanding").textContent()))
      .toBe(FIGURES_2.owedBefore);
    await page.goto(`${baseUrl}/exits/${made.exitId}`);
    await page.getByTestId("exit-letter").waitFor();
  });

  it("23. the letter, French and cordial, with its reasons: only recorded facts", async () => {
    const letter = page.getByTestId("exit-letter");
    await letter.getByText(/^Objet : Fin de notre collaboration/).waitFor();
    const text = (await letter.textContent()) ?? "";
    expect(text).toMatch(/Bonjour Julie Bergeron|Madame|Bonjour/);
    expect(text).toContain("Nos façons de collaborer se sont révélées trop différentes");
    expect(text).toContain(`Nous annulons également l’offre de service ${made.offer2Number} « ${OFFER_2} »`);
    expect(text).toMatch(
      new RegExp(
        `l’acompte de 1\\s440,00\\s\\$ avant taxes \\(facture nº ${made.deposit2Number}\\) sera annulé par une note de crédit`,
      ),
    );
    // What stays payable, with the same figures as every screen (573,96 $ + 1 339,23 $ = 1 913,19 $), and the
    // interest the invoices' terms provide.
    expect(squeeze(text)).toContain(
      squeeze(
        `Les factures suivantes demeurent payables selon leurs conditions : nº ${made.depositNumber} de 573,96 $ (échue le 22 octobre 2026) et nº ${made.balanceNumber} de 1 339,23 $ (échue le 4 novembre 2026).`,
      ),
    );
    expect(squeeze(text)).toContain(
      squeeze("Ces factures portent intérêt au taux annuel de 12 % à compter de leur échéance"),
    );
    expect(text).toContain("La résiliation prendra effet le 20 décembre 2026");
    expect(text).toContain(
      "travaux livrés : Intégration des textes des 8 pages, Intégration des photos et de la galerie, Mise à jour du menu de navigation et Vérification de l'affichage mobile",
    );
    // No deposit was paid: none is refunded, and the letter says so rather than promising a refund.
    expect(text).toContain("Nous n’avons reçu aucune avance; aucun remboursement n’est dû.");
    expect(text).toMatch(/nous vous remettrons : /);
    // The agency hosts its client's site (hosting and domain are an exclusion of offer 2): no transfer of them and no
    // live backup is promised.
    expect(text).not.toMatch(/nom de domaine|DNS|hébergement|sauvegarde complète/);
    // Only what the records show: no formal notice was sent, nothing was checked that was not.
    expect(text).not.toMatch(/mise en demeure/i);
    expect(text).not.toContain(made.changeOrderNumber + " approuvé");
    // No clause the signed offers do not hold (neither says anything of confidentiality or intellectual property).
    expect(text).not.toMatch(/confidentialité|propriété intellectuelle/);
    const pdfHref = await page.getByRole("link", { name: "Ouvrir le PDF" }).getAttribute("href");
    const letterPdf = await pdfOf(page, pdfHref!);
    expect(letterPdf.text).toContain(`Nous annulons également l’offre de service ${made.offer2Number}`);
    expect(squeeze(letterPdf.text)).toContain(squeeze("1 440,00 $"));
    expect(letterPdf.text).toContain(made.depositNumber);
    expect(letterPdf.text).not.toMatch(/mise en demeure/i);
    await letter.scrollIntoViewIfNeeded();
    await cleanScreenshot(page, "story-23-letter");
  });

  it("24. executes: one transaction, executing twice changes nothing, the letter sent", async () => {
    await page.getByRole("button", { name: "Marquer prêt" }).click();
    await expect.poll(() => page.getByTestId("exit-status").textContent()).toBe("Prêt");
    await page.getByRole("button", { name: "Exécuter la fin" }).click();
    const dialog = page.getByRole("dialog", { name: "Exécuter la fin de collaboration" });
    const said = (await dialog.getByTestId("execute-summary").textContent()) ?? "";
    expect(said).toContain(`L'offre ${made.offer2Number} « ${OFFER_2} » est annulée.`);
    expect(said).toContain(
      `La facture ${made.deposit2Number}, acompte d'une offre annulée, est annulée par une note de crédit.`,
    );
    expect(said).toContain(`${AGENCY} passe au statut « Terminé »`);
    await expect.poll(() => dialog.getByLabel("Envoyer la lettre maintenant").isChecked()).toBe(true);
    await dialog.getByLabel("Ne plus solliciter ce client").check();
    await dialog
      .getByLabel("Leçon retenue")
      .fill("Écouter l'avertissement du développeur précédent; exiger un avenant dès la première demande hors offre.");
    await expectAccessible(page, "the execute dialog");
    const mailsBefore = mailsTo(JULIE.email).length;
    await dialog.getByRole("button", { name: "Exécuter maintenant" }).click();
    await page.getByTestId("exit-executed").waitFor();
    expect(await page.getByTestId("exit-status").textContent()).toBe("Exécuté");
    await page.getByTestId("exit-sent-letters").waitFor();
    await expect.poll(() => mailsTo(JULIE.email).length).toBe(mailsBefore + 1);
    expect(await page.getByRole("button", { name: "Exécuter la fin" }).count()).toBe(0);

    // Executing again is refused and changes nothing.
    const before = await (await page.request.get(`${baseUrl}/api/v1/invoices?clientId=${made.clientId}`)).json();
    const csrf = (await (await page.request.get(`${baseUrl}/api/v1/me`)).json()).csrfToken as string;
    const again = await page.request.post(`${baseUrl}/api/v1/exits/${made.exitId}/execute`, {
      headers: { "X-CSRF-Token": csrf },
      data: {},
    });
    expect(again.status()).toBeGreaterThanOrEqual(400);
    const after = await (await page.request.get(`${baseUrl}/api/v1/invoices?clientId=${made.clientId}`)).json();
    expect(after).toEqual(before);
    expect(mailsTo(JULIE.email).length).toBe(mailsBefore + 1);
    await cleanScreenshot(page, "story-24-executed");
  });

  it("25. after: the client ended and read-only; the evidence pack holds every record, every hash verifying", async () => {
    await page.goto(`${baseUrl}/clients/${made.clientId}`);
    await page.getByRole("heading", { level: 1, name: AGENCY }).waitFor();
    await page.getByText("Terminé", { exact: true }).first().waitFor();
    expect(await page.getByRole("link", { name: "Modifier", exact: true }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Nouvelle offre" }).count()).toBe(0);
    // The same figure everywhere once the second deposit is credited.
    await expect
      .poll(async () => squeeze(await page.getByTestId("client-money-outstanding").textContent()))
      .toBe(FIGURES.owed);
    await page.goto(`${baseUrl}/receivables`);
    const aging = page.getByTestId("aging-client").filter({ hasText: AGENCY });
    await expect.poll(async () => squeeze(await aging.getByTestId("client-total").textContent())).toBe(FIGURES.owed);
    await page.goto(`${baseUrl}/mandates/${made.mandateId}`);
    await expect.poll(() => read("outstanding")).toBe(FIGURES.owed);

    await page.goto(`${baseUrl}/clients/${made.clientId}`);
    const href = await page.getByRole("link", { name: "Dossier de preuves (zip)" }).getAttribute("href");
    const res = await page.request.get(`${baseUrl}${href}`);
    expect(res.headers()["content-type"]).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await res.body()));
    const manifest = JSON.parse(strFromU8(files["manifest.json"]!));
    for (const f of manifest.files as { path: string; sha256: string }[])
      expect(createHash("sha256").update(files[f.path]!).digest("hex"), f.path).toBe(f.sha256);
    const paths = Object.keys(files).join("\n");
    // The signed texts, the lists and their triage, the change order and its rejection, time, invoices, the
    // worksheet, the letter PDF and the audit events.
    for (const wanted of [
      /offers\/.*\.pdf/,
      /rounds?\//,
      /change-orders?\//,
      /time/,
      /invoices\/.*\.pdf/,
      /decisions\/.*worksheet\.pdf/,
      /termination-letter-fr\.pdf/,
      /audit\/events\.json/,
    ])
      expect(paths, String(wanted)).toMatch(wanted);
    const events = JSON.parse(strFromU8(files["audit/events.json"]!)) as { action: string; entity: string }[];
    expect(events.some((e) => e.entity === "change_order" && /reject/.test(e.action))).toBe(true);
  });

  it("raised no script error and no CSP violation", () => {
    expect(pageErrors).toEqual([]);
  });
});
