/**
 * The scope guard in a real browser. A signed mandate is seeded through the API; then, in Chromium: the client's list
 * of five "missing" items is pasted and split, each request is triaged beside the signed offer (two change orders,
 * one goodwill, one in scope, one alternative; one of them from the keyboard alone), a change order is built from the
 * two out-of-scope requests and approved by the client through the portal in a fresh browser context (phone-sized),
 * goodwill time is logged and its total and budget warning seen, and the reply letter is written and sent (kept in
 * the outbox). Every input on every page has an accessible name. Screenshots: test-artifacts/e2e/scope-*.png.
 */
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testNow } from "../support/clock.ts";
import { buildClient, buildOffer } from "../support/http-client.ts";
import { clockedContext, startTestServer, type TestServer } from "../support/server.ts";
import {
  buildWebIfStale,
  chromiumMissing,
  keepFailureScreenshots,
  launchChromium,
  screenshot as save,
  seedApi,
  unlabelledControls,
} from "./browser.ts";

/** The value of the select's option whose text holds `text`, read with its text in one evaluation of the select. */
async function optionValue(select: Locator, text: string): Promise<string> {
  const value = await select.evaluate(
    (el: HTMLSelectElement, wanted: string) => [...el.options].find((o) => o.text.includes(wanted))?.value ?? "",
    text,
  );
  expect(value, `an option with « ${text} »`).not.toBe("");
  return value;
}

/** A full-page screenshot taken from the top, so the fixed header and sticky bars sit where a user sees them. */
async function screenshot(on: Page, name: string): Promise<void> {
  await on.evaluate(() => window.scrollTo(0, 0));
  await save(on, name);
}

const owner = { name: "Alexandre Tremblay", email: "alexandre@collectif-scope.test", password: "chasse-d-eau-2026" };

/** The second, longer list: a line to split, two lines to merge, and a greeting that is not a request. */
const SECOND_LIST = `Bonjour,

Encore quelques points :
- La page équipe doit avoir des photos et les photos doivent être cliquables
- Ajouter un blogue
- avec une infolettre mensuelle
- Refaire le carrousel animé de la page d'accueil
- Bonne fin de semaine à toute l'équipe

--
Julie Bergeron | Gestionnaire de projet`;

const LIST = `Bonjour Alexandre,

Voici ce qui manque sur le site :
1) Ajouter une boutique en ligne pour vendre les bières
2) Traduire toutes les pages du site en anglais
3) Corriger le thème qui plante sur mobile
4) Le formulaire de contact n'envoie rien
5) Refaire le carrousel animé de la page d'accueil

Merci,
Julie`;

describe.skipIf(chromiumMissing)("scope guard journey in Chromium", () => {
  let server: TestServer | undefined;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  keepFailureScreenshots(() => page);
  let mandateId: string;
  let offerNumber: string;
  let roundUrl: string;
  let portalUrl: string;
  let changeOrderNumber: string;
  let secondUrl: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    buildWebIfStale();
    const started = await startTestServer();
    server = started;
    baseUrl = started.url;

    // Seed: the owner's workspace (95 $/h), an agency client, an offer sent and signed through the portal.
    const call = seedApi(baseUrl);
    const me = await call("POST", "/auth/signup", {
      email: owner.email,
      password: owner.password,
      name: owner.name,
      workspace: { name: "Collectif WEB", jurisdiction: "CA-QC", currency: "CAD", locale: "fr-CA" },
    });
    await call("PATCH", "/workspace", { targetHourlyRate: 9500 });
    await call("PATCH", `/members/${me.member.id}`, { billableRate: 9500, weeklyCapacityHours: 10 });
    const client = await call("POST", "/clients", buildClient({ name: "Agence Boîte-Surprise" }));
    const offer = await call("POST", "/offers", buildOffer(client.id));
    const sent = await call("POST", `/offers/${offer.id}/send`);
    offerNumber = sent.offer.number;
    const token = String(sent.portalUrl).split("/portal/")[1];
    await seedApi(baseUrl)("POST", `/portal/${token}/sign`, { signerName: "Julie Bergeron", consent: true });
    mandateId = (await call("GET", `/offers/${offer.id}`)).mandateId;

    browser = await launchChromium();
    context = await clockedContext(browser, server, { locale: "fr-CA", viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
        pageErrors.push(message.text());
    });
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

  async function expectAllInputsLabelled(where: string, on: Page = page) {
    expect(await unlabelledControls(on), `inputs without an accessible name on ${where}`).toEqual([]);
  }

  /** The card of the request whose words (not its suggestions) contain the text. */
  const claim = (text: string) =>
    page.getByTestId("claim").filter({ has: page.locator("blockquote", { hasText: text }) });

  async function waitTriaged(card: ReturnType<typeof claim>) {
    await expect.poll(() => card.getByText("À trier", { exact: true }).count()).toBe(0);
  }

  it("pastes the client's list of five requests on the signed mandate", async () => {
    await page.goto(`${baseUrl}/mandates/${mandateId}/scope`);
    await page.getByRole("heading", { level: 1, name: /Périmètre/ }).waitFor();
    await page.getByText("Aucune liste reçue pour ce mandat.").waitFor();
    await expectAllInputsLabelled("the scope page");
    await page.getByRole("textbox", { name: "Message du client" }).fill(LIST);
    await page.getByLabel("Reçu le").fill("2026-12-21");
    await screenshot(page, "scope-01-paste");
    await page.getByRole("button", { name: "Découper en demandes" }).click();
    await page.getByRole("heading", { level: 1, name: /^Liste du / }).waitFor();
    roundUrl = page.url();
    await expect.poll(() => page.getByTestId("claim").count()).toBe(5);
    // Each request sits beside the signed offer's closest clauses, with the matched words.
    const form = claim("formulaire de contact");
    expect(await form.getByTestId("suggestion").first().textContent()).toContain("Formulaire de contact");
    expect(await claim("thème").getByTestId("suggestion").first().textContent()).toContain(
      "Corrections au code existant du thème",
    );
    expect(await page.getByText("5 demandes sur 5 restent à trier.").count()).toBe(1);
    await expectAllInputsLabelled("the round page");
    await screenshot(page, "scope-02-round");
  });

  it("triages the request in scope from the keyboard alone", async () => {
    const card = claim("formulaire de contact");
    const first = card.getByRole("radio", { name: "Inclus" });
    await first.focus();
    await page.keyboard.press("Space");
    expect(await first.isChecked()).toBe(true);
    await page.keyboard.press("Tab");
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return `${el?.tagName.toLowerCase()}:${el?.labels?.[0]?.textContent?.trim() ?? ""}`;
      });
    // The clause picker is a searchable combobox: type to search, arrow to the option, Enter to choose it.
    expect(await focused()).toMatch(/^input:Clause de référence/);
    const baseline = card.getByRole("combobox", { name: /Clause de référence/ });
    expect(await baseline.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("formulaire");
    await expect.poll(() => baseline.getAttribute("aria-expanded")).toBe("true");
    const listbox = page.getByRole("listbox");
    await expect
      .poll(() => listbox.getByRole("option").allTextContents())
      .toEqual([expect.stringContaining("Formulaire de contact")]);
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => baseline.getAttribute("aria-activedescendant")).toBeTruthy();
    await page.keyboard.press("Enter");
    await expect.poll(() => baseline.inputValue()).toContain("Formulaire de contact");
    expect(await baseline.getAttribute("aria-expanded")).toBe("false");
    // The chosen clause can be removed from the keyboard too: its button comes next, named.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Retirer la clause de référence",
    );
    await page.keyboard.press("Space");
    await expect.poll(() => baseline.inputValue()).toBe("");
    await expect.poll(() => baseline.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => baseline.inputValue()).toContain("Formulaire de contact");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await focused()).toMatch(/^textarea:Justification/);
    await page.keyboard.type("Le formulaire de contact fait partie de l'offre signée : nous le corrigeons.");
    await page.keyboard.press("Tab");
    expect(await focused()).toMatch(/^input:Heures estimées/);
    await page.keyboard.type("1");
    await page.keyboard.press("Enter");
    await waitTriaged(card);
    expect(await card.getByText("Inclus", { exact: true }).count()).toBeGreaterThan(0);
    // The decision reads back with the signed clause it was judged against.
    expect(await card.getByTestId("claim-decision").textContent()).toContain("Formulaire de contact");
  });

  it("refuses an incomplete decision with the error beside the field, then triages the others", async () => {
    const goodwill = claim("thème");
    await goodwill.getByRole("radio", { name: "Geste commercial" }).check();
    await goodwill.getByRole("textbox", { name: /Heures estimées/ }).fill("2");
    await goodwill.getByRole("button", { name: "Enregistrer la décision" }).click();
    const rationale = goodwill.getByRole("textbox", { name: /Justification/ });
    await expect.poll(() => rationale.getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "scope-03-field-error");
    await rationale.fill("Petit correctif offert : le thème n'est pas le nôtre, mais la correction est simple.");
    await goodwill.getByRole("button", { name: "Enregistrer la décision" }).click();
    await waitTriaged(goodwill);

    for (const [text, hours] of [
      ["boutique", "8"],
      ["anglais", "12"],
    ] as const) {
      const card = claim(text);
      await card.getByRole("radio", { name: "Avenant" }).check();
      await card.getByRole("textbox", { name: /Heures estimées/ }).fill(hours);
      await card.getByRole("button", { name: "Enregistrer la décision" }).click();
      await waitTriaged(card);
    }

    const carousel = claim("carrousel");
    await carousel.getByRole("radio", { name: "Alternative" }).check();
    await carousel
      .getByRole("textbox", { name: /Alternative proposée/ })
      .fill("Une image fixe avec un appel à l'action, sans animation.");
    await carousel
      .getByRole("textbox", { name: /Justification/ })
      .fill("Le carrousel existant demande d'analyser le code de l'ancien développeur.");
    await carousel.getByRole("textbox", { name: /Heures estimées/ }).fill("1,5");
    await carousel.getByRole("button", { name: "Enregistrer la décision" }).click();
    await waitTriaged(carousel);

    await page.getByText("Les 5 demandes sont triées.").waitFor();
    const count = (outcome: string) => page.getByTestId(`summary-${outcome}`).locator("td").first().textContent();
    expect(await count("change_order")).toBe("2");
    expect(await count("goodwill")).toBe("1");
    expect(await count("in_scope")).toBe("1");
    expect(await count("alternative")).toBe("1");
    await expectAllInputsLabelled("the triaged round");
    await screenshot(page, "scope-04-triaged");
  });

  it("builds a change order from the two out-of-scope requests and sends it", async () => {
    await page.getByRole("checkbox", { name: "Sélectionner la demande 1" }).check();
    await page.getByRole("checkbox", { name: "Sélectionner la demande 2" }).check();
    await page.getByRole("button", { name: "Créer un avenant (2)" }).click();
    const form = page.getByRole("form", { name: "Créer un avenant" });
    await form.getByRole("textbox", { name: "Titre" }).fill("Boutique en ligne et version anglaise");
    await form.getByRole("textbox", { name: /Demandé par/ }).fill("Julie Bergeron");
    await expectAllInputsLabelled("the change-order form");
    await form.getByRole("button", { name: "Créer l'avenant" }).click();
    changeOrderNumber = `${offerNumber}-A1`;
    await page.getByRole("heading", { level: 1, name: new RegExp(changeOrderNumber) }).waitFor();
    // 20 h × 95,00 $ = 1 900,00 $
    expect(await page.getByText(/1\s900,00\s\$/).count()).toBeGreaterThan(0);
    await expectAllInputsLabelled("the draft change order");

    // Each line's price, the date proposed from capacity and the delay are shown, and editable before sending.
    const shop = "Ajouter une boutique en ligne pour vendre les bières";
    const english = "Traduire toutes les pages du site en anglais";
    const amount = (n: number) => page.getByTestId("change-order-line").nth(n).getByTestId("line-amount");
    const total = page.getByTestId("change-order-total");
    expect(await amount(0).textContent()).toMatch(/^760,00\s\$$/); // 8 h × 95,00 $
    expect(await amount(1).textContent()).toMatch(/^1\s140,00\s\$$/); // 12 h × 95,00 $
    await page
      .getByText(/^Taux suggéré pour les heures : 95,00\s\$ de l'heure, le taux cible du collectif\.$/)
      .waitFor();
    const date = page.getByLabel("Nouvelle date de livraison proposée");
    const delay = page.getByRole("textbox", { name: "Retard (jours)" });
    // 10 h a week from Thursday 2026-11-26: 12 h left + 20 h added end on 2026-12-17, before the signed 2026-12-20.
    expect(await date.inputValue()).toBe("2026-12-20");
    expect(await delay.inputValue()).toBe("0");
    await page.getByLabel(`Heures — ${shop}`).fill("10");
    await expect.poll(() => amount(0).textContent()).toMatch(/^950,00\s\$$/);
    await page.getByLabel(`Tarification — ${english}`).selectOption({ label: "Montant fixe" });
    await page.getByLabel(`Montant fixe — ${english}`).fill("1000");
    await expect.poll(() => amount(1).textContent()).toMatch(/^1\s000,00\s\$$/);
    await expect.poll(() => total.textContent()).toMatch(/^1\s950,00\s\$$/);
    await date.fill("2026-12-21");
    await expect.poll(() => delay.inputValue()).toBe("1");
    await page.getByText("1 jour", { exact: true }).waitFor();
    await date.fill("2026-12-22");
    await expect.poll(() => delay.inputValue()).toBe("2");
    await page.getByText("2 jours", { exact: true }).waitFor();
    expect(await page.getByRole("button", { name: "Envoyer au client pour approbation" }).isDisabled()).toBe(true);
    await screenshot(page, "scope-05a-change-order-edited");
    await page.getByRole("button", { name: "Enregistrer les prix et l'échéancier" }).click();
    await page.getByText(`Avenant ${changeOrderNumber} enregistré.`).waitFor();
    await page.getByRole("button", { name: "Envoyer au client pour approbation" }).click();
    const link = page.getByRole("textbox", { name: "Adresse du portail" });
    await link.waitFor();
    portalUrl = await link.inputValue();
    expect(portalUrl).toMatch(/\/portal\/.+/);
    await screenshot(page, "scope-05-change-order-sent");
  });

  it("is approved by the client through the portal in a fresh browser context, on a phone", async () => {
    const clientContext = await clockedContext(browser, server, {
      locale: "fr-CA",
      viewport: { width: 390, height: 844 },
    });
    const portal = await clientContext.newPage();
    portal.setDefaultTimeout(15_000);
    portal.on("pageerror", (error) => pageErrors.push(error.message));
    // The test server listens on a port chosen at start, after its public URL (port 0) was fixed: keep the path.
    await portal.goto(`${baseUrl}${new URL(portalUrl, baseUrl).pathname}`);
    await portal.getByRole("heading", { level: 1, name: `Avenant ${changeOrderNumber}` }).waitFor();
    expect(await portal.getByText(`Offre de service ${offerNumber}, telle que signée.`).count()).toBe(1);
    expect(await portal.getByText("Ajouter une boutique en ligne pour vendre les bières").count()).toBeGreaterThan(0);
    // The client reads each line's price, the total, the new date and the delay.
    const items = portal.getByRole("region", { name: "Éléments ajoutés" });
    await items.getByText(/^10 h à 95,00\s\$ de l'heure$/).waitFor();
    await items.getByText(/^950,00\s\$$/).waitFor();
    await items.getByText(/^1\s000,00\s\$$/).waitFor();
    const summary = portal.getByRole("region", { name: "Ce qui change" });
    expect(await summary.textContent()).toMatch(/Prix, avant taxes1\s950,00\s\$/);
    expect(await summary.textContent()).toContain("2 jours de plus");
    expect(await summary.textContent()).toMatch(/22\sdéc\.\s2026/);
    await expectAllInputsLabelled("the portal", portal);
    const width = await portal.evaluate(() => document.documentElement.scrollWidth);
    expect(width, "no sideways scrolling on a phone").toBeLessThanOrEqual(390);
    await portal.getByRole("textbox", { name: /Votre nom complet/ }).fill("Julie Bergeron");
    await portal.getByRole("button", { name: "Approuver l'avenant" }).click();
    await portal.getByText("Cochez la case pour donner votre accord.").waitFor();
    await portal.getByRole("checkbox").check();
    await screenshot(portal, "scope-06-portal-phone");
    await portal.getByRole("button", { name: "Approuver l'avenant" }).click();
    await portal.getByText("Avenant approuvé").waitFor();
    await screenshot(portal, "scope-07-portal-approved");
    await clientContext.close();

    await page.reload();
    await page.getByText("Approuvé par le client").waitFor();
  });

  it("logs goodwill time and shows its total, value and the 80 % budget warning", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Temps" }).click();
    await page.getByRole("heading", { level: 1, name: "Temps" }).waitFor();
    const form = page.getByRole("form", { name: "Inscrire du temps" });
    await form.getByRole("combobox", { name: "Mandat" }).selectOption({ label: "Intégration de contenu" });
    const claimSelect = form.getByRole("combobox", { name: /Demande/ });
    await expect.poll(() => claimSelect.locator("option").count()).toBeGreaterThan(5);
    const goodwillClaim = await optionValue(claimSelect, "thème");
    await claimSelect.selectOption(goodwillClaim);
    await form.getByRole("combobox", { name: "Catégorie" }).selectOption("goodwill");
    await form.getByRole("textbox", { name: /Durée/ }).fill("2:00");
    await form.getByRole("textbox", { name: "Note" }).fill("Correctif du thème sur mobile");
    await expectAllInputsLabelled("the time page");
    await form.getByRole("button", { name: "Inscrire" }).click();
    await page.getByTestId("time-entry").filter({ hasText: "Correctif du thème" }).waitFor();

    const total = page.getByTestId("goodwill-total");
    await expect.poll(() => total.textContent()).toMatch(/2 h offertes, d'une valeur de 190,00\s\$/);

    const budget = page.getByRole("form", { name: "Fixer un budget de gestes commerciaux" });
    await budget.getByRole("combobox", { name: "Mandat" }).selectOption({ label: "Intégration de contenu" });
    await budget.getByRole("textbox", { name: /Budget \(heures\)/ }).fill("2,5");
    await budget.getByRole("button", { name: "Enregistrer" }).click();
    const row = page.getByTestId("goodwill-mandates").getByRole("row").filter({ hasText: "Intégration de contenu" });
    await row.getByText("Bientôt épuisé (80 %)").waitFor();
    expect(await row.getByText(/Le budget sera bientôt épuisé/).count()).toBe(1);
    await expectAllInputsLabelled("the time page with a budget");
    await screenshot(page, "scope-08-time-goodwill");
  });

  it("writes the reply letter quoting the signed offer and sends it (kept in the outbox)", async () => {
    await page.goto(roundUrl);
    await page.getByRole("button", { name: "Rédiger la réponse" }).click();
    const letter = page.getByRole("textbox", { name: "Lettre" });
    await expect.poll(() => letter.inputValue()).toContain(offerNumber);
    const text = await letter.inputValue();
    expect(text).toContain("Formulaire de contact");
    expect(text).toContain(changeOrderNumber);
    await page.getByRole("textbox", { name: "Objet" }).fill("Suivi de votre liste du 21 décembre");
    await expectAllInputsLabelled("the reply");
    await page.getByRole("button", { name: "Envoyer", exact: true }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /Réponse (envoyée|gardée)/ })
      .waitFor();
    await screenshot(page, "scope-09-reply");
  });

  it("shows the team's capacity with the limit in words, and the week's timesheet", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Capacité" }).click();
    await page.getByRole("heading", { level: 1, name: "Capacité de l'équipe" }).waitFor();
    await expect.poll(() => page.getByTestId("capacity-cell").count()).toBe(12);
    // 10 h a week against the signed work and the approved change order: the limit shows before it is reached,
    // in words, not colour alone.
    const warnings = page.getByRole("region", { name: /avertissement/ });
    await warnings
      .getByText(/La limite approche|Au-delà de la limite/)
      .first()
      .waitFor();
    expect(await page.locator('[data-testid="capacity-cell"][data-status="approaching"]').count()).toBeGreaterThan(0);
    expect(await page.getByText("limite proche").count()).toBeGreaterThan(0);
    await expectAllInputsLabelled("the capacity page");
    await screenshot(page, "scope-10-capacity");

    await page.getByRole("navigation").getByRole("link", { name: "Temps" }).click();
    await page.getByRole("heading", { level: 1, name: "Temps" }).waitFor();
    const sheet = page.getByRole("table", { name: /Semaine \d+/ });
    expect(await sheet.getByRole("row", { name: new RegExp(owner.name) }).textContent()).toContain("2:00");
  });

  it("keeps the mandate's lists and change log together", async () => {
    await page.goto(`${baseUrl}/mandates/${mandateId}/scope`);
    const log = page.getByRole("region", { name: "Journal des avenants" });
    await log.getByRole("row").filter({ hasText: changeOrderNumber }).getByText("Approuvé").waitFor();
    expect(await page.getByText("5 sur 5 triées").count()).toBe(1);
    const goodwill = page.getByRole("region", { name: "Gestes commerciaux" });
    await goodwill.getByText(/2 h offertes sur ce mandat, d'une valeur de 190,00\s\$/).waitFor();
    expect(await goodwill.getByText("Bientôt épuisé (80 %)").count()).toBe(1);
    await screenshot(page, "scope-11-mandate-scope");
  });

  it("corrects the second, longer list before triage: removes a greeting, merges two lines, splits one", async () => {
    await page.goto(`${baseUrl}/mandates/${mandateId}/scope`);
    await page.getByRole("textbox", { name: "Message du client" }).fill(SECOND_LIST);
    await page.getByLabel("Reçu le").fill("2027-01-08");
    await page.getByRole("button", { name: "Découper en demandes" }).click();
    await page.getByRole("heading", { level: 1, name: /^Liste du / }).waitFor();
    secondUrl = page.url();
    await expect.poll(() => page.getByTestId("claim").count()).toBe(5);

    await claim("Bonne fin de semaine").getByRole("button", { name: "Retirer : pas une demande" }).click();
    // Removing asks first: Cancel keeps the claim, the red button removes it.
    const ask = page.getByRole("dialog", { name: /^Retirer la demande \d+ \?$/ });
    await ask.getByRole("button", { name: "Annuler" }).click();
    await ask.waitFor({ state: "hidden" });
    expect(await page.getByTestId("claim").count()).toBe(5);
    await claim("Bonne fin de semaine").getByRole("button", { name: "Retirer : pas une demande" }).click();
    await ask.getByRole("button", { name: "Retirer la demande" }).click();
    await expect.poll(() => page.getByTestId("claim").count()).toBe(4);

    await page.getByRole("checkbox", { name: "Sélectionner la demande 2" }).check();
    await page.getByRole("checkbox", { name: "Sélectionner la demande 3" }).check();
    await page.getByRole("button", { name: "Fusionner la sélection" }).click();
    await expect.poll(() => page.getByTestId("claim").count()).toBe(3);
    expect(await claim("blogue").textContent()).toContain("infolettre");

    await claim("photos").getByRole("button", { name: "Corriger ou scinder" }).click();
    const words = page.getByRole("textbox", { name: "Texte de la demande 1" });
    const at = (await words.inputValue()).indexOf(" et les photos");
    await words.evaluate((el: HTMLTextAreaElement, offset: number) => {
      el.focus();
      el.setSelectionRange(offset, offset);
    }, at);
    await expectAllInputsLabelled("a claim being corrected");
    await page.getByRole("button", { name: "Scinder au curseur" }).click();
    await expect.poll(() => page.getByTestId("claim").count()).toBe(4);
    const texts = await page.locator('[data-testid="claim"] blockquote').allTextContents();
    expect(texts.map((x) => x.trim())).toEqual([
      "La page équipe doit avoir des photos",
      "et les photos doivent être cliquables",
      expect.stringMatching(/^Ajouter un blogue\s+(- )?avec une infolettre mensuelle$/),
      "Refaire le carrousel animé de la page d'accueil",
    ]);
    expect(await page.getByText("4 demandes sur 4 restent à trier.").count()).toBe(1);
    await screenshot(page, "scope-12-second-list");
  });

  it("runs the timer from the header and logs its time when stopped", async () => {
    await page.getByRole("button", { name: "Démarrer le chrono" }).click();
    const form = page.getByRole("form", { name: "Démarrer le chrono" });
    await form.getByRole("combobox", { name: "Mandat" }).selectOption({ label: "Intégration de contenu" });
    await form.getByRole("combobox", { name: "Catégorie" }).selectOption("included");
    await form.getByRole("textbox", { name: "Note" }).fill("Intégration des photos de l'équipe");
    await expectAllInputsLabelled("the timer form");
    await form.getByRole("button", { name: "Démarrer" }).click();
    const stop = page.getByRole("button", { name: /^Arrêter le chrono/ });
    await stop.waitFor();
    // Forty minutes pass.
    await server!.ctx.db
      .updateTable("timers")
      .set({ started_at: new Date(testNow().getTime() - 40 * 60_000).toISOString() })
      .execute();
    await page.goto(`${baseUrl}/time`);
    await page.getByRole("button", { name: /^Arrêter le chrono \(0:40\)/ }).click();
    await page.getByRole("button", { name: "Démarrer le chrono" }).waitFor();
    await page.getByTestId("time-entry").filter({ hasText: "Intégration des photos" }).getByText("0:40").waitFor();
    await screenshot(page, "scope-13-timer-logged");
  });

  it("flags time logged on a request whose change order is not approved", async () => {
    await page.goto(`${baseUrl}/mandates/${mandateId}/scope`);
    await page.getByRole("link", { name: "Liste 2" }).click();
    const blog = claim("blogue");
    await blog.getByRole("radio", { name: "Avenant" }).check();
    await blog.getByRole("textbox", { name: /Heures estimées/ }).fill("6");
    const triaged = page.waitForResponse(
      (r) => r.request().method() === "PATCH" && /^\/api\/v1\/claims\/[^/]+$/.test(new URL(r.url()).pathname),
    );
    await blog.getByRole("button", { name: "Enregistrer la décision" }).click();
    const triage = await triaged;
    const triageBody = await triage.text();
    expect(triage.status(), triageBody).toBe(200);
    expect(JSON.parse(triageBody).triage?.outcome, triageBody).toBe("change_order");
    await waitTriaged(blog);

    await page.getByRole("navigation").getByRole("link", { name: "Temps" }).click();
    const form = page.getByRole("form", { name: "Inscrire du temps" });
    await form.getByRole("combobox", { name: "Mandat" }).selectOption({ label: "Intégration de contenu" });
    const claimSelect = form.getByRole("combobox", { name: /Demande/ });
    await expect.poll(() => claimSelect.locator("option", { hasText: "blogue" }).count()).toBe(1);
    const blogClaimId = await optionValue(claimSelect, "blogue");
    await claimSelect.selectOption(blogClaimId);
    await expect.poll(() => claimSelect.inputValue()).toBe(blogClaimId);
    await form.getByRole("textbox", { name: /Durée/ }).fill("0:30");
    await form.getByRole("textbox", { name: "Note" }).fill("Maquette du blogue");
    const logged = page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/v1/time-entries",
    );
    await form.getByRole("button", { name: "Inscrire" }).click();
    const entry = await logged;
    const body = await entry.text();
    expect(entry.status(), body).toBe(201);
    expect(JSON.parse(body).claimId, body).toBe(blogClaimId);
    const row = page.getByTestId("time-entry").filter({ hasText: "Maquette du blogue" });
    await row.waitFor();
    await row.getByText("Travail sur un avenant non approuvé").waitFor();
    await page.getByText(/1 entrée porte sur un avenant que le client n'a pas approuvé/).waitFor();
    await screenshot(page, "scope-15-unapproved-flag");
  });

  it("flags a repeat of an earlier declined request with its answer; confirmed in one click, counted in the summary", async () => {
    // A short note, declined against the signed offer's assumption (the clause chosen with the mouse this time).
    await page.goto(`${baseUrl}/mandates/${mandateId}/scope`);
    await page
      .getByRole("textbox", { name: "Message du client" })
      .fill("Bonjour,\n\nRendre les photos cliquables\n\nJulie");
    await page.getByLabel("Reçu le").fill("2026-12-28");
    await page.getByRole("button", { name: "Découper en demandes" }).click();
    await page.getByRole("heading", { level: 1, name: /^Liste du 28 déc\. 2026/ }).waitFor();
    await expect.poll(() => page.getByTestId("claim").count()).toBe(1);
    const note = claim("cliquables");
    await note.getByRole("radio", { name: "Refusé" }).check();
    await note.getByRole("combobox", { name: /Clause de référence/ }).click();
    await page.getByRole("option", { name: /Le client fournit les textes et images finaux/ }).click();
    await note
      .getByRole("textbox", { name: /Justification/ })
      .fill("Les photos sont intégrées telles que fournies : les rendre cliquables n'est pas prévu.");
    await expectAllInputsLabelled("a declined request with its clause");
    await note.getByRole("button", { name: "Enregistrer la décision" }).click();
    await waitTriaged(note);
    expect(await note.getByTestId("claim-decision").textContent()).toContain("Le client fournit les textes");

    // The second list flags its line as a repeat, with the earlier answer and the clause it rested on.
    await page.goto(secondUrl);
    await page.getByRole("heading", { level: 1, name: /^Liste du 8 janv\. 2027/ }).waitFor();
    const repeat = claim("cliquables");
    const flag = repeat.getByTestId("repeat-flag");
    await flag.waitFor();
    expect(await flag.textContent()).toMatch(
      /Refusé le .*« Rendre les photos cliquables ».*Le client fournit les textes/,
    );
    const summary = page.getByTestId("summary-repeats");
    await expect.poll(() => summary.textContent()).toMatch(/^0 répétition confirmée, 2 autre/);
    await expectAllInputsLabelled("the second list with its repeats");
    await screenshot(page, "scope-17-repeat-flagged");

    // One click confirms it: the request is decided as a repeat and the summary counts it.
    await repeat.getByRole("button", { name: /^Confirmer la répétition/ }).click();
    await waitTriaged(repeat);
    expect(await repeat.getByTestId("repeat-flag").count()).toBe(0);
    expect(await repeat.getByTestId("claim-decision").textContent()).toContain("Rendre les photos cliquables");
    expect(await repeat.getByText("Doublon", { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => summary.textContent()).toMatch(/^1 répétition confirmée, 1 autre/);
    expect(await page.getByTestId("summary-duplicate").locator("td").first().textContent()).toBe("1");
    await screenshot(page, "scope-18-repeat-confirmed");
  });

  it("reads the triaged list in English too", async () => {
    await page.goto(roundUrl);
    await page.getByRole("banner").getByText("English").click();
    await page.getByRole("heading", { level: 1, name: /^List of / }).waitFor();
    await page.getByText("All 5 requests are triaged.").waitFor();
    expect(await claim("formulaire de contact").getByText("In scope", { exact: true }).count()).toBeGreaterThan(0);
    await expectAllInputsLabelled("the round page in English");
    await screenshot(page, "scope-14-round-en");
    await page.getByRole("banner").getByText("Français").click();
    await page.getByRole("heading", { level: 1, name: /^Liste du / }).waitFor();
  });

  it("fits a phone: the header with its timer and the round page do not scroll sideways", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(roundUrl);
    await page.getByRole("heading", { level: 1, name: /^Liste du / }).waitFor();
    expect(await page.getByRole("banner").getByRole("button", { name: "Démarrer le chrono" }).count()).toBe(1);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, "no sideways scrolling on a phone").toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-artifacts/e2e/scope-16-round-phone.png" });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("raised no script error and no CSP violation", () => {
    expect(pageErrors).toEqual([]);
  });
});
