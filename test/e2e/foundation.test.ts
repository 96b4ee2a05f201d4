/**
 * The foundation in a real browser: sign up, create an agency client, record the warning the previous developer gave,
 * switch to English and back to French and still see it; the login form works from the keyboard; every input on
 * every page visited has an accessible name. Screenshots land in test-artifacts/e2e/.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clockedContext, startTestServer, type TestServer } from "../support/server.ts";
import {
  buildWebIfStale,
  chromiumMissing,
  keepFailureScreenshots,
  launchChromium,
  screenshot,
  tabSequence,
  unlabelledControls,
} from "./browser.ts";

const owner = { name: "Alexandre Tremblay", email: "alexandre@collectif-web.test", password: "chasse-d-eau-2026" };
const warning = "the developer who worked with them before warned us";

describe.skipIf(chromiumMissing)("foundation journey in Chromium", () => {
  let server: TestServer | undefined;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  keepFailureScreenshots(() => page);
  const pageErrors: string[] = [];

  beforeAll(async () => {
    buildWebIfStale();
    // MANDAT_E2E_URL runs the journey against a server you started yourself (it must be a fresh install).
    if (process.env.MANDAT_E2E_URL) {
      baseUrl = process.env.MANDAT_E2E_URL.replace(/\/$/, "");
    } else {
      const started = await startTestServer();
      server = started;
      baseUrl = started.url;
    }
    browser = await launchChromium();
    context = await clockedContext(browser, server, { locale: "fr-CA", viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      // A CSP violation (an inline script or style the policy refuses) is reported on the console.
      if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
        pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function expectAllInputsLabelled(where: string) {
    expect(await unlabelledControls(page), `inputs without an accessible name on ${where}`).toEqual([]);
  }

  it("signs up the owner of a new workspace, in French by default", async () => {
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/signup$/);
    await expect.poll(() => page.title()).toBe("Créer votre collectif · Mandat");
    expect(await page.getAttribute("html", "lang")).toBe("fr-CA");
    await expect
      .poll(() => page.getByRole("button", { name: "Charger le collectif de démonstration" }).count())
      .toBe(1);
    await expectAllInputsLabelled("the sign-up page");
    await page.getByRole("textbox", { name: "Nom", exact: true }).fill(owner.name);
    await page.getByLabel("Courriel").fill(owner.email);
    await page.getByRole("textbox", { name: "Mot de passe" }).fill(owner.password);
    await page.getByLabel("Nom du collectif").fill("Collectif WEB");
    expect(await page.getByLabel("Territoire juridique").inputValue()).toBe("CA-QC");
    await screenshot(page, "01-signup");
    await page.getByRole("button", { name: "Créer le compte" }).click();
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
    await expect.poll(() => page.title()).toBe("Tableau de bord · Mandat");
    for (const landmark of ["banner", "navigation", "main"] as const) {
      expect(await page.getByRole(landmark).count(), `${landmark} landmark`).toBeGreaterThan(0);
    }
    await screenshot(page, "02-dashboard");
  });

  it("is asked the studio's figures once, the target rate suggested as the billable rate, then no more", async () => {
    const panel = page.getByRole("region", { name: "Les chiffres de votre collectif" });
    await panel.waitFor();
    await panel.getByText("1 personne n'a pas encore de taux facturable ou de disponibilité.").waitFor();
    await expectAllInputsLabelled("the dashboard's first-run figures");
    const mine = panel.getByRole("group", { name: `${owner.name} (vous)` });
    // The workspace has no target rate yet: typing it fills the billable rate as the suggestion.
    await panel.getByLabel("Taux horaire visé (CAD)").fill("95");
    await expect.poll(() => mine.getByLabel("Taux facturable (CAD)").inputValue()).toBe("95,00");
    expect(await mine.getByText("Proposé : le taux horaire visé du collectif.").count()).toBe(1);
    // From the keyboard: capacity, then Tab to the cost rate; Enter saves.
    await mine.getByLabel("Disponibilité (heures par semaine)").focus();
    await page.keyboard.type("30");
    await page.keyboard.press("Tab");
    await page.keyboard.type("40");
    await screenshot(page, "02b-figures");
    await page.keyboard.press("Enter");
    await page.getByText("Chiffres enregistrés.").waitFor();
    await expect.poll(() => panel.count()).toBe(0);
    // Entered once: the dashboard no longer asks, even after a reload.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
    await page.getByRole("link", { name: /Membres\s*1/ }).waitFor();
    expect(await page.getByRole("region", { name: "Les chiffres de votre collectif" }).count()).toBe(0);
    await page.getByRole("link", { name: /Membres\s*1/ }).click();
    const row = page.getByRole("row").filter({ hasText: owner.email });
    await row.getByText("30 h/sem.").waitFor();
    expect(await row.getByText(/95,00\s\$/).count()).toBe(1);
    expect(await row.getByText(/40,00\s\$/).count()).toBe(1);
    expect(await row.getByText("Non défini").count()).toBe(0);
  });

  it("creates an agency client with a contact and an end client", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Clients", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Clients" }).waitFor();
    await expectAllInputsLabelled("the client list");
    await page.getByRole("link", { name: "Nouveau client" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Nouveau client" }).waitFor();
    await page.getByRole("radio", { name: /Agence partenaire/ }).check();
    await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Agence Boîte-Surprise");
    await page.getByLabel("Raison sociale").fill("Boîte-Surprise Communication inc.");
    await page.getByLabel("Ville").fill("Montréal");
    await page.getByRole("button", { name: "Ajouter une personne-ressource" }).click();
    const contact = page.getByRole("group", { name: "Personne-ressource 1" });
    await contact.getByRole("textbox", { name: "Nom", exact: true }).fill("Julie Gestionnaire");
    await contact.getByLabel("Courriel").fill("julie@boite-surprise.test");
    await contact.getByLabel("Rôle").fill("Gestionnaire de projet");
    await page.getByRole("button", { name: "Ajouter un client final" }).click();
    await page.getByRole("textbox", { name: "Client final 1" }).fill("Boutique Lumière");
    await expectAllInputsLabelled("the client form");
    await screenshot(page, "03-client-form");
    await page.getByRole("button", { name: "Créer le client" }).click();
    await page.getByRole("heading", { level: 1, name: "Agence Boîte-Surprise" }).waitFor();
    expect(await page.getByText("Julie Gestionnaire").count()).toBeGreaterThan(0);
    expect(await page.getByText("Boutique Lumière").count()).toBe(1);
  });

  it("records the warning signal from the previous developer", async () => {
    const form = page.getByRole("form", { name: "Noter un signal" });
    await form.getByRole("radio", { name: "Avertissement" }).check();
    await form.getByLabel("Gravité").selectOption("3");
    await form.getByLabel("Date").fill("2026-09-14");
    await form.getByLabel("Source").fill("l'ancien développeur du site");
    await form.getByLabel("Ce qui s'est passé").fill(warning);
    await expectAllInputsLabelled("the client page");
    await form.getByRole("button", { name: "Ajouter le signal" }).click();
    const signal = page.getByTestId("signal").filter({ hasText: warning });
    await signal.waitFor();
    expect(await signal.getByText("Avertissement").count()).toBe(1);
    expect(await signal.getByText("Gravité 3/3").count()).toBe(1);
    expect(await signal.getByText("14 sept. 2026").count()).toBe(1);
    await screenshot(page, "04-signal-fr");
  });

  it("switches to English and back to French, and the signal stays in view", async () => {
    await page.getByRole("banner").getByText("English").click();
    await page.getByRole("heading", { level: 2, name: "Signals" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en-CA");
    const signal = page.getByTestId("signal").filter({ hasText: warning });
    expect(await signal.getByText("Warning").count()).toBe(1);
    expect(await signal.getByText("Sep 14, 2026").count()).toBe(1);
    expect(await page.getByRole("navigation").getByRole("link", { name: "Settings" }).count()).toBe(1);
    await expectAllInputsLabelled("the client page in English");
    await screenshot(page, "05-signal-en");

    await page.getByRole("banner").getByText("Français").click();
    await page.getByRole("heading", { level: 2, name: "Signaux" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("fr-CA");
    // The choice survives a reload (kept in this browser and on the user).
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "Signaux" }).waitFor();
    expect(await page.getByTestId("signal").filter({ hasText: warning }).getByText("Avertissement").count()).toBe(1);
    await screenshot(page, "06-signal-fr-again");
  });

  it("finds the client in the list with its last signal", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Clients", exact: true }).click();
    await page.getByRole("searchbox", { name: "Recherche" }).fill("Boîte");
    const row = page.getByRole("row").filter({ hasText: "Agence Boîte-Surprise" });
    await row.waitFor();
    expect(await row.getByText("Agence", { exact: true }).count()).toBe(1);
    expect(await row.getByText("Avertissement").count()).toBe(1);
    await page.getByLabel("Type").selectOption("direct");
    await page.getByText("Aucun client ne correspond.").waitFor();
    await page.getByLabel("Type").selectOption("agency");
    await row.waitFor();
    await screenshot(page, "07-client-list");
  });

  it("logs in from the keyboard alone", async () => {
    await page.getByRole("button", { name: owner.name }).click();
    await page.getByRole("menuitem", { name: "Déconnexion" }).click();
    await page.getByRole("heading", { level: 1, name: "Se connecter" }).waitFor();
    await expect.poll(() => page.title()).toBe("Se connecter · Mandat");
    await expectAllInputsLabelled("the login page");

    await page.locator("body").focus();
    const reached = await tabSequence(page, 8);
    expect(reached[0], "the skip link comes first").toBe("a:Aller au contenu principal");
    const at = (wanted: RegExp) => reached.findIndex((entry) => wanted.test(entry));
    expect(at(/^input:Français$|^input:English$/), `language switch in ${reached.join(" → ")}`).toBeGreaterThan(0);
    expect(at(/^input:Courriel/)).toBeGreaterThan(at(/^input:Français$|^input:English$/));
    expect(at(/^input:Mot de passe/)).toBeGreaterThan(at(/^input:Courriel/));
    expect(at(/^button:Se connecter$/)).toBeGreaterThan(at(/^input:Mot de passe/));

    // Focus is visible on the skip link, the first stop of a freshly loaded page.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Se connecter" }).waitFor();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      outline: getComputedStyle(document.activeElement as Element).outlineStyle,
    }));
    expect(focused.text).toBe("Aller au contenu principal");
    expect(focused.outline).not.toBe("none");

    await page.getByLabel("Courriel").focus();
    await page.keyboard.type(owner.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(owner.password);
    await screenshot(page, "08-login-keyboard");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  });

  it("raised no script error and no CSP violation", () => {
    expect(pageErrors).toEqual([]);
  });
});
