/**
 * A list arrives by e-mail, in a real browser: a private Dovecot holds the agency's first list (with an attachment);
 * on the mandate's scope page the owner connects the mailbox, sees the message marked as the client's, imports it in
 * one click as a list split into requests, and finds it marked as imported — in French, then in English.
 * Screenshots: test-artifacts/e2e/mailbox-*.png.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRST_LIST } from "../../src/app/demo/founding-story-rounds.ts";
import { type Dovecot, dovecotAvailable, rawMessage, startDovecot } from "../support/dovecot.ts";
import { buildClient, buildOffer } from "../support/http-client.ts";
import { clockedContext, startTestServer, type TestServer } from "../support/server.ts";
import {
  buildWebIfStale,
  chromiumMissing,
  keepFailureScreenshots,
  launchChromium,
  screenshot,
  seedApi,
  seriousA11yViolations,
  unlabelledControls,
} from "./browser.ts";

const owner = { name: "Alexandre Tremblay", email: "alexandre@collectif-mail.test", password: "chasse-d-eau-2026" };
const julie = "julie@boreale.demo";

describe.skipIf(chromiumMissing || !dovecotAvailable())("a list received by e-mail, in Chromium", () => {
  let server: TestServer | undefined;
  let dovecot: Dovecot;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let mandateId: string;
  /** The owner's API session, to seed what the journey does not show. */
  let call: ReturnType<typeof seedApi>;
  keepFailureScreenshots(() => page);
  const pageErrors: string[] = [];

  beforeAll(async () => {
    buildWebIfStale();
    dovecot = await startDovecot();
    await dovecot.append(
      rawMessage({
        from: `Julie Bergeron <${julie}>`,
        to: owner.email,
        subject: "La moitié manque",
        date: "Mon, 23 Nov 2026 21:30:00 -0500",
        text: FIRST_LIST,
        messageId: "<first-list@boreale.demo>",
        attachments: [{ filename: "captures-iphone.pdf", contentType: "application/pdf", content: "%PDF-1.4" }],
      }),
    );
    server = await startTestServer();
    baseUrl = server.url;
    call = seedApi(baseUrl);
    await call("POST", "/auth/signup", {
      email: owner.email,
      password: owner.password,
      name: owner.name,
      workspace: { name: "Collectif WEB", jurisdiction: "CA-QC", currency: "CAD", locale: "fr-CA" },
    });
    const client = await call(
      "POST",
      "/clients",
      buildClient({
        name: "Agence Boréale",
        contacts: [{ name: "Julie Bergeron", email: julie, phone: "418 555-0178", role: "Gestionnaire de projet" }],
      }),
    );
    const offer = await call("POST", "/offers", buildOffer(client.id));
    const sent = await call("POST", `/offers/${offer.id}/send`);
    await seedApi(baseUrl)("POST", `/portal/${String(sent.portalUrl).split("/portal/")[1]}/sign`, {
      signerName: "Julie Bergeron",
      consent: true,
    });
    mandateId = (await call("GET", `/offers/${offer.id}`)).mandateId;

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
    await dovecot?.stop();
  });

  const section = () => page.getByRole("region", { name: /Importer depuis la boîte courriel|Import from the mailbox/ });

  it("connects the workspace's mailbox from the scope page", async () => {
    await page.goto(`${baseUrl}/mandates/${mandateId}/scope`);
    await page.getByRole("heading", { level: 1, name: /Périmètre/ }).waitFor();
    await section().getByText("Aucune boîte courriel n'est reliée à cet espace de travail.").waitFor();
    await section().getByRole("button", { name: "Relier une boîte courriel" }).click();
    const form = page.getByRole("form", { name: "Boîte courriel (IMAP)" });
    await form.getByRole("textbox", { name: "Serveur IMAP" }).fill(dovecot.host);
    await form.getByLabel("Sécurité").click();
    await page.getByRole("option", { name: "Aucune (serveur sur cette machine seulement)" }).click();
    await form.getByLabel("Port").fill(String(dovecot.port));
    await form.getByRole("textbox", { name: "Nom d'utilisateur" }).fill(dovecot.user);
    await form.getByLabel("Mot de passe ou mot de passe d'application").fill(dovecot.password);
    expect(await unlabelledControls(page), "inputs without an accessible name").toEqual([]);
    await screenshot(page, "mailbox-01-settings");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await section().getByText(`Boîte ${dovecot.user} sur ${dovecot.host}, dossier INBOX`).waitFor();
  });

  it("lists the message, marked as the client's with its attachment, and imports it as a list in one click", async () => {
    await section().getByRole("button", { name: "Afficher les messages récents" }).click();
    const row = section().getByRole("row").filter({ hasText: "La moitié manque" });
    await row.waitFor();
    await row.getByText("Contact du client").waitFor();
    await row.getByText("1 pièce jointe : captures-iphone.pdf").waitFor();
    expect(await seriousA11yViolations(page), "axe on the scope page with the mailbox").toEqual([]);
    await screenshot(page, "mailbox-02-messages");
    await row.getByRole("button", { name: "Importer comme liste « La moitié manque »" }).click();
    // The round page: received on the day Julie wrote it (her evening of 23 November), split into requests.
    await page.getByRole("heading", { level: 1, name: /^Liste du 23 nov\. 2026/ }).waitFor();
    await page.getByTestId("claim").filter({ hasText: "Intégrer la boutique Shopify dans le site" }).first().waitFor();
    await expect.poll(() => page.getByTestId("claim").count()).toBe(8);
    await expect
      .poll(() =>
        page
          .getByTestId("claim")
          .filter({ hasText: /Gestionnaire de projet|Merci/ })
          .count(),
      )
      .toBe(0);
    const source = page.getByRole("group", { name: "Reçu par courriel" });
    await source.getByText("Courriel : La moitié manque").waitFor();
    await source.getByText("1 pièce jointe : captures-iphone.pdf").waitFor();
    await screenshot(page, "mailbox-03-round");
  });

  it("shows the message as imported, with its list, in French and in English", async () => {
    await page.goto(`${baseUrl}/mandates/${mandateId}/scope`);
    await section().getByRole("button", { name: "Afficher les messages récents" }).click();
    const row = section().getByRole("row").filter({ hasText: "La moitié manque" });
    await row.getByText("Importé", { exact: true }).waitFor();
    await row.getByRole("link", { name: "Ouvrir la liste" }).waitFor();
    expect(await row.getByRole("button", { name: /Importer/ }).count()).toBe(0);

    await page.getByRole("banner").getByText("English", { exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en-CA");
    await section().getByRole("heading", { name: "Import from the mailbox" }).waitFor();
    const english = section().getByRole("row").filter({ hasText: "La moitié manque" });
    await english.getByText("Imported", { exact: true }).waitFor();
    await english.getByText("1 attachment: captures-iphone.pdf").waitFor();
    await english.getByText("Client contact").waitFor();
    await screenshot(page, "mailbox-04-imported-en");
    expect(pageErrors).toEqual([]);
  });

  it("a second list arrives, is polled in, becomes a round in one click; its two repeats are confirmed and the reply restates the answers", async () => {
    // The collective had declined two points of the first list, each against a signed exclusion.
    const [first] = (await call("GET", `/mandates/${mandateId}/rounds`)).items;
    const round = await call("GET", `/rounds/${first.id}`);
    const clause = (title: string) => round.baseline.find((b: { title: string }) => b.title === title).id;
    const decline = async (words: string, exclusion: string) => {
      const c = round.claims.find((x: { text: string }) => x.text.includes(words));
      await call("PATCH", `/claims/${c.id}`, {
        triage: {
          outcome: "declined",
          baseline: { kind: "exclusion", id: clause(exclusion) },
          rationale: "Hors de l'offre signée",
        },
      });
    };
    await decline("Changer la police", "Corrections au code existant du thème");
    await decline("Réécrire les textes", "Rédaction ou traduction du contenu");
    await dovecot.append(
      rawMessage({
        from: `Julie Bergeron <${julie}>`,
        to: owner.email,
        subject: "Toujours en attente",
        date: "Mon, 30 Nov 2026 09:15:00 -0500",
        text: "Bonjour,\n\n1. Changer la police et les couleurs du thème\n2. Réécrire les textes de la page À propos\n3. Ajouter un calendrier des événements\n\nMerci\nJulie",
        messageId: "<still-waiting@boreale.demo>",
      }),
    );

    await page.getByRole("banner").getByText("Français", { exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === "fr-CA");
    await page.goto(`${baseUrl}/mandates/${mandateId}/scope`);
    const received = page.getByRole("group", { name: "Reçus par courriel" });
    await received.getByText("Aucun message reçu pour l'instant.").waitFor();
    await received.getByRole("button", { name: "Relever maintenant" }).click();
    const row = received.getByRole("row").filter({ hasText: "Toujours en attente" });
    await row.getByText("Contact de Agence Boréale").waitFor();
    await received.getByText(/^Mandat relève la boîte toutes les deux minutes\. Dernier relevé :/).waitFor();
    expect(await seriousA11yViolations(page), "axe on the received messages").toEqual([]);
    // The first list's attachment, kept with it, downloads from its name.
    const pdf = received
      .getByRole("row")
      .filter({ hasText: "La moitié manque" })
      .getByRole("link", { name: "captures-iphone.pdf" });
    const download = await page.request.get(new URL((await pdf.getAttribute("href"))!, baseUrl).toString());
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe("%PDF-1.4");
    await screenshot(page, "mailbox-05-received");
    await row.getByRole("button", { name: "Créer la liste « Toujours en attente » dans ce mandat" }).click();

    await page.getByRole("heading", { level: 1, name: /^Liste du 30 nov\. 2026/ }).waitFor();
    await expect.poll(() => page.getByTestId("claim").count()).toBe(3);
    await expect.poll(() => page.getByTestId("repeat-flag").count()).toBe(2);
    const flagged = page.getByTestId("claim").filter({ hasText: "Changer la police" });
    expect(await flagged.getByTestId("repeat-flag").textContent()).toMatch(/Refusé le .*Corrections au code existant/);
    await screenshot(page, "mailbox-06-repeats");
    for (const words of ["Changer la police", "Réécrire les textes"]) {
      const claim = page.getByTestId("claim").filter({ hasText: words });
      await claim.getByRole("button", { name: /^Confirmer la répétition/ }).click();
      await claim.getByTestId("repeat-flag").waitFor({ state: "detached" });
    }
    await expect.poll(() => page.getByTestId("summary-repeats").textContent()).toMatch(/^2 répétitions confirmées/);

    // The new point is for a change order (triaged through the API: the triage form is another journey's).
    const second = await call("GET", `/rounds/${page.url().split("/rounds/")[1]}`);
    const fresh = second.claims.find((c: { text: string }) => c.text.includes("calendrier"));
    await call("PATCH", `/claims/${fresh.id}`, { triage: { outcome: "change_order", estimatedHours: 6 } });
    await page.reload();
    await page.getByRole("button", { name: "Rédiger la réponse" }).click();
    const letter = page.getByRole("textbox", { name: "Lettre" });
    await expect.poll(() => letter.inputValue()).toContain("Nous avons déjà répondu à ce point le");
    const text = await letter.inputValue();
    expect(text.split("Nous avons déjà répondu à ce point le").length - 1).toBe(2);
    expect(text).toContain("Corrections au code existant du thème");
    expect(text).toContain("Rédaction ou traduction du contenu");
    await screenshot(page, "mailbox-07-reply");
    expect(pageErrors).toEqual([]);
  });

  it("another client's list, seen from this mandate, goes in one click to that client's current mandate", async () => {
    const quai = await call(
      "POST",
      "/clients",
      buildClient({
        name: "Brasserie du Quai",
        contacts: [{ name: "Marie Roy", email: "direction@quai.example", phone: "418 555-0199", role: "Directrice" }],
      }),
    );
    const offer = await call("POST", "/offers", buildOffer(quai.id, { title: "Boutique en ligne" }));
    const sent = await call("POST", `/offers/${offer.id}/send`);
    await seedApi(baseUrl)("POST", `/portal/${String(sent.portalUrl).split("/portal/")[1]}/sign`, {
      signerName: "Marie Roy",
      consent: true,
    });
    const quaiMandate = (await call("GET", `/offers/${offer.id}`)).mandateId;
    await dovecot.append(
      rawMessage({
        from: "Marie Roy <direction@quai.example>",
        to: owner.email,
        subject: "Notre liste",
        date: "Tue, 01 Dec 2026 10:00:00 -0500",
        text: "Bonjour,\n\n1. Ajouter la carte des bières en PDF\n2. Afficher les heures d'ouverture\n\nMarie",
        messageId: "<notre-liste@quai.example>",
      }),
    );
    await page.goto(`${baseUrl}/mandates/${mandateId}/scope`);
    const received = page.getByRole("group", { name: "Reçus par courriel" });
    await received.getByRole("button", { name: "Relever maintenant" }).click();
    const row = received.getByRole("row").filter({ hasText: "Notre liste" });
    await row.getByText("Contact de Brasserie du Quai").waitFor();
    await row.getByRole("button", { name: "Créer la liste dans « Boutique en ligne » avec « Notre liste »" }).click();
    await page.getByRole("heading", { level: 1, name: /^Liste du 1 déc\. 2026/ }).waitFor();
    const round = await call("GET", `/rounds/${page.url().split("/rounds/")[1]}`);
    expect(round.round.mandateId).toBe(quaiMandate);
    expect(round.claims).toHaveLength(2);
    expect(pageErrors).toEqual([]);
  });
});
