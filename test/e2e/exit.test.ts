/**
 * The founding story's end in a real browser, from the demo loaded with the sign-up page's button: the dashboard
 * shows the agency's health warning → its health page explains each metric → a NEW worksheet: values rated per
 * option, an argument added from the keyboard, "stop" recorded → the mandate's milestones show the end client's launch
 * → the exit plan (the new offer cancelled and its deposit credited, the other invoice kept): an end chosen six days
 * before the launch is flagged (C.c.Q. 2126) and the proposed safe date accepted; "ready" refused without a serious
 * reason, then a recognised reason with its evidence linked (the client's lists, the rejected change order) → the
 * French letter (only recorded facts, the interest terms) → ready (the letter frozen) → executed without sending →
 * the letter sent after execution and its sending listed → the client is ended, the new offer cancelled, its deposit
 * invoice credited, the other invoice kept and a final invoice issued (checked through the API). Every input on every
 * page has an accessible name. Screenshots: test-artifacts/e2e/exit-*.png.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clockedContext, startTestServer, type TestServer } from "../support/server.ts";
import {
  a11yInBothLanguages,
  buildWebIfStale,
  chromiumMissing,
  keepFailureScreenshots,
  launchChromium,
  screenshot as save,
  tabSequence,
  unlabelledControls,
} from "./browser.ts";

/** A full-page screenshot taken from the top, without the toasts of earlier steps. */
async function screenshot(on: Page, name: string): Promise<void> {
  await on.evaluate(() => {
    for (const b of document.querySelectorAll<HTMLButtonElement>(".mantine-Notification-root button")) b.click();
    window.scrollTo(0, 0);
  });
  await on.waitForTimeout(300);
  await save(on, name);
}

const NEW_OFFER = "Nouveau site vitrine — Clinique dentaire Beauport";
const LAUNCH = "Lancement du site du client final";
const HEALTHY = "Une collaboration saine et respectueuse, de part et d'autre";
const TEAM = "La santé et l'équilibre de l'équipe avant le volume";

describe.skipIf(chromiumMissing)("client health, decision and exit journey in Chromium", () => {
  let server: TestServer | undefined;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  keepFailureScreenshots(() => page);
  let agencyId: string;
  let exitId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    buildWebIfStale();
    const started = await startTestServer();
    server = started;
    baseUrl = started.url;
    browser = await launchChromium();
    context = await clockedContext(browser, server, { locale: "fr-CA", viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
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

  /** GET through the browser's own session. */
  async function apiGet<T = any>(path: string): Promise<T> {
    const res = await page.request.get(`${baseUrl}/api/v1${path}`);
    expect(res.status(), `GET ${path}`).toBe(200);
    return (await res.json()) as T;
  }

  it("loads the demo and shows the agency's health warning on the dashboard", async () => {
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/signup$/);
    await page.getByRole("button", { name: "Charger le collectif de démonstration" }).click();
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor({ timeout: 90_000 });
    const warnings = page.getByTestId("health-warnings");
    await warnings.getByRole("link", { name: "Agence Boréale" }).waitFor();
    // One warning is not a verdict, but the agency has the data for one: critical.
    expect(await warnings.getByText("Critique", { exact: true }).count()).toBeGreaterThan(0);
    expect(await warnings.getByText(/\/100/).count()).toBeGreaterThan(0);
    await screenshot(page, "exit-01-dashboard");
  });

  it("opens the agency's health page: every metric explained, with its sources, weights and monthly trend", async () => {
    await page.getByTestId("health-warnings").getByRole("link", { name: "Agence Boréale" }).click();
    await page.getByRole("heading", { level: 1, name: "Santé — Agence Boréale" }).waitFor();
    agencyId = /\/clients\/([^/]+)\/health/.exec(page.url())![1]!;
    const goodwill = page.getByTestId("metric-goodwill_hours");
    await goodwill.getByText(/11,5 h offertes gratuitement/).waitFor();
    expect(await goodwill.getByText("Mauvais", { exact: true }).count()).toBe(1);
    expect(await goodwill.getByText(/Poids dans le score : 2/).count()).toBe(1);
    const creep = page.getByTestId("metric-scope_creep_index");
    expect(await creep.getByText(/6 demandes hors périmètre/).count()).toBe(1);
    // The records behind a figure are links: the overdue invoices by number.
    const overdue = page.getByTestId("metric-overdue_amount");
    expect(await overdue.getByRole("link", { name: "2026-0001" }).getAttribute("href")).toMatch(/^\/invoices\//);
    expect(
      await page
        .getByTestId("metric-revenue_concentration")
        .getByText(/100\s?%/)
        .count(),
    ).toBeGreaterThan(0);
    // The trend: an accessible chart and its table.
    // The trend starts with the relationship (the story's agency arrived two months ago): 3 months, not 12.
    expect(await page.getByRole("img", { name: /Score de santé sur \d+ mois/ }).count()).toBe(1);
    await page.getByText("Voir les chiffres en tableau").click();
    const months = await page.getByTestId("health-trend-table").locator("tbody tr").count();
    expect(months).toBeGreaterThanOrEqual(2);
    expect(months).toBeLessThanOrEqual(4);
    await page.getByRole("heading", { name: "Réglages du score de santé" }).waitFor();
    // The explanations follow the UI language.
    await page.getByRole("banner").getByText("English").click();
    await goodwill.getByText(/11\.5 h given as goodwill/).waitFor();
    expect(await goodwill.getByText("Bad", { exact: true }).count()).toBe(1);
    await page.getByRole("banner").getByText("Français").click();
    await goodwill.getByText(/11,5 h offertes gratuitement/).waitFor();
    // The team member's own ratings of the studio's values.
    await page.getByLabel(HEALTHY, { exact: true }).selectOption("1");
    await page.getByRole("button", { name: "Enregistrer mes notes" }).click();
    await page.getByText("Vos notes sont enregistrées.").waitFor();
    await expectAllInputsLabelled("the health page");
    await screenshot(page, "exit-02-health");
  });

  it("opens a NEW worksheet, rates the values, adds an argument from the keyboard and records stop", async () => {
    await page.getByRole("button", { name: "Décider" }).click();
    const dialog = page.getByRole("dialog", { name: "Ouvrir une fiche de décision" });
    await dialog.getByLabel("Travail futur espéré (facultatif)").fill("Mandats promis par l'agence");
    await dialog.getByLabel("Montant espéré (CAD)").fill("15000");
    await dialog.getByRole("button", { name: "Ouvrir la fiche" }).click();
    await page.waitForURL(/\/decisions\//);
    await page.getByRole("heading", { level: 1, name: /Continuer, renégocier ou arrêter — Agence Boréale/ }).waitFor();
    expect(await page.getByText("Brouillon", { exact: true }).count()).toBeGreaterThan(0);
    // The facts of "stop" come from the records: the offer signed the week before the trouble would be cancelled.
    const stop = page.getByTestId("option-stop");
    await stop
      .getByText(/Travaux signés mais pas commencés qui seraient annulés : 6\s290,00\s\$/)
      .first()
      .waitFor();
    await expectAllInputsLabelled("the worksheet");

    const scoreBefore = await page.getByTestId("score-stop").textContent();
    await page.getByLabel(`${HEALTHY} — Continuer`).selectOption("1");
    await page.getByLabel(`${HEALTHY} — Arrêter`).selectOption("5");
    await page.getByLabel(`${TEAM} — Continuer`).selectOption("1");
    // A rating from the keyboard: focus the select and type the digit.
    await page.getByLabel(`${TEAM} — Arrêter`).focus();
    await page.keyboard.press("5");
    await expect.poll(() => page.getByLabel(`${TEAM} — Arrêter`).inputValue()).toBe("5");
    await expect.poll(() => page.getByTestId("score-stop").textContent()).not.toBe(scoreBefore);

    // Keyboard: reach the new-argument field of "stop" with Tab from its side and weight, type, Enter adds it.
    await stop.getByLabel("Pour ou contre").focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).labels?.[0]?.textContent)).toMatch(
      /Poids \(1-5\)/,
    );
    await page.keyboard.press("Tab");
    await page.keyboard.type("Se respecter, nous et l'équipe : ne plus être tenus responsables de tout");
    await page.keyboard.press("Enter");
    await stop.getByText("Se respecter, nous et l'équipe : ne plus être tenus responsables de tout").waitFor();
    // An argument can be removed.
    await stop.getByLabel("Nouvel argument — Arrêter").fill("Argument de trop");
    await stop.getByRole("button", { name: "Ajouter" }).click();
    await stop.getByRole("button", { name: "Retirer l'argument : Argument de trop" }).click();
    await expect.poll(() => stop.getByText("Argument de trop").count()).toBe(0);
    const weight = stop.getByLabel(/Poids de l'argument : Se respecter/);
    await weight.focus();
    await weight.selectOption("5");
    await expect.poll(() => weight.inputValue()).toBe("5");

    // Every control reached with Tab on the worksheet has a name.
    await page.getByRole("heading", { level: 1 }).click();
    const reached = await tabSequence(page, 25);
    const unnamed = reached.filter((r) => /^(input|select|textarea|button):$/.test(r));
    expect(unnamed, `controls without a name in ${reached.join(" → ")}`).toEqual([]);
    await screenshot(page, "exit-03-worksheet");

    await page.getByRole("radio", { name: "Arrêter" }).check();
    await page
      .getByLabel("Pourquoi")
      .fill("La collaboration va à l'encontre de nos valeurs de collaboration et de consensus, et n'est pas rentable.");
    await page.getByRole("button", { name: "Enregistrer la décision" }).click();
    await page.getByText("Décision : Arrêter").waitFor();
    expect(await page.getByLabel(`${HEALTHY} — Arrêter`).isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Réviser" }).count()).toBe(1);
    const decided = await apiGet(`/decisions/${/\/decisions\/([^/?#]+)/.exec(page.url())![1]}`);
    expect(decided).toMatchObject({ status: "decided", verdict: "stop" });
    const team = decided.criteria.find((c: { statement: string }) => c.statement === TEAM);
    expect(team.ratings, "the rating typed from the keyboard is saved").toEqual({ continue: 1, stop: 5 });
    expect(
      decided.arguments.some(
        (a: { text: { fr: string }; weight: number }) => a.text.fr.startsWith("Se respecter") && a.weight === 5,
      ),
    ).toBe(true);
    await screenshot(page, "exit-04-decided");

    // "Revise" opens a new draft from the decided worksheet, which stays as it was.
    const decidedUrl = page.url();
    await page.getByRole("button", { name: "Réviser" }).click();
    await page.waitForURL((url) => url.toString() !== decidedUrl && /\/decisions\//.test(url.pathname));
    await page.getByText("Brouillon", { exact: true }).first().waitFor();
    await page.getByRole("link", { name: "Révise une décision précédente" }).click();
    await page.waitForURL(decidedUrl);
    await page.getByText("Décision : Arrêter").waitFor();
  });

  it("lists the first mandate's milestones, the end client's launch among them", async () => {
    const mandates = (await apiGet(`/mandates?clientId=${agencyId}`)).items as { id: string; title: string }[];
    const first = mandates.find((m) => m.title.startsWith("Intégration"))!;
    await page.goto(`${baseUrl}/mandates/${first.id}`);
    const milestones = page.getByTestId("mandate-milestones");
    await milestones.getByText(LAUNCH).waitFor();
    expect(await milestones.textContent()).toMatch(/16 déc(\.|embre) 2026/);
    await expectAllInputsLabelled("the mandate page");
    await page.goBack();
    await page.getByText("Décision : Arrêter").waitFor();
  });

  it("plans the exit from the stop verdict: the new offer cancelled and its deposit credited, the other invoice kept", async () => {
    await page.getByRole("button", { name: "Préparer la fin" }).click();
    await page.waitForURL(/\/exits\//);
    exitId = /\/exits\/([^/?#]+)/.exec(page.url())![1]!;
    await page.getByRole("heading", { level: 1, name: "Fin de collaboration — Agence Boréale" }).waitFor();
    const offer = page.getByTestId("exit-offer");
    expect(await offer.count()).toBe(1);
    expect(await offer.textContent()).toContain(NEW_OFFER);
    expect(await offer.getByText("Annulée").count()).toBe(1);
    // The cancelled offer's deposit invoice (2026-0001) is credited; the first mandate's invoice stays payable.
    const invoices = page.getByTestId("exit-invoice");
    expect(await invoices.count()).toBe(2);
    expect(await page.getByTestId("exit-invoice-credited").count()).toBe(1);
    for (const select of await invoices.getByRole("combobox").all()) expect(await select.inputValue()).toBe("collect");

    // An end chosen six days before the end client's launch is flagged (C.c.Q. 2126); the proposed date is accepted.
    const effective = page.getByLabel("Date de prise d'effet");
    await effective.fill("2026-12-10");
    await effective.blur();
    const timing = page.locator('[data-code="qc_inopportune_time"]');
    await timing.getByText("Non respecté", { exact: true }).waitFor();
    expect(await timing.textContent()).toContain(`${LAUNCH} (16 décembre 2026`);
    await timing.getByRole("button", { name: /^Fixer la fin au 17 déc(\.|embre) 2026$/ }).click();
    await timing.getByText("Respecté", { exact: true }).waitFor();
    await expect.poll(() => page.getByLabel("Date de prise d'effet").inputValue()).toBe("2026-12-17");
    // The first mandate's balance is already invoiced (2026-0002): the final invoice bills only what is unbilled.
    expect(await page.getByTestId("final-invoice-total").textContent()).toMatch(/^0,00\s\$/);
    // C.c.Q. 2129: the costs incurred (stock photos bought for the client) are added to the final invoice.
    const costs = page.getByLabel(/Frais engagés pour « Intégration de contenu/);
    await costs.fill("120");
    await costs.blur();
    await expect.poll(() => page.getByTestId("final-invoice-total").textContent()).toMatch(/^120,00\s\$/);
    await page.getByText("Des repères, pas un avis juridique").waitFor();
    await expectAllInputsLabelled("the exit plan");
    expect(await a11yInBothLanguages(page, "the exit plan")).toEqual([]);

    // Without a serious reason, Québec's blocking check refuses "ready", and the answer is shown.
    await page.getByRole("button", { name: "Marquer prêt" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "Le plan ne peut pas être marqué prêt" });
    await refusal.waitFor();
    expect(await refusal.getByText(/blocking check fails/).count()).toBe(1);
    expect(await page.getByTestId("exit-status").textContent()).toBe("Brouillon");

    // A personality clash is flagged as insufficient; the real reason is a major scope change under a fixed price.
    await page.getByLabel("Motif de la fin").selectOption("personalityClash");
    await page.getByText("Motif jugé insuffisant").first().waitFor();
    await page.getByLabel("Motif de la fin").selectOption("majorScopeChangeUnderFixedPrice");
    await page
      .getByLabel("Description factuelle")
      .fill("Demandes répétées hors de l'offre signée à prix fixe; avenant refusé.");
    // The evidence is linked: the client's lists and the rejected change order, records of this client.
    const evidence = page.getByTestId("exit-evidence");
    for (const box of await evidence.getByRole("checkbox", { name: /^(Liste du client|Avenant refusé)/ }).all())
      await box.check();
    expect(await evidence.getByRole("checkbox", { checked: true }).count()).toBeGreaterThanOrEqual(3);
    await page.getByRole("switch", { name: "Dire brièvement pourquoi dans la lettre" }).check();
    await page
      .getByLabel("Raisons, en français")
      .fill(
        "Nos visions du mandat se sont révélées trop différentes, et nous ne pouvons pas y répondre dans de bonnes conditions.",
      );
    await page.getByRole("button", { name: "Enregistrer et revérifier" }).click();
    await expect
      .poll(() => page.locator('[data-code="qc_serious_reason"]').getByText("Respecté", { exact: true }).count())
      .toBe(1);
    expect(await page.locator('[data-code="qc_serious_reason"]').textContent()).toContain("Avenant refusé");
    await screenshot(page, "exit-05-plan");
  });

  it("reads the French letter: the cancelled offer and its credited deposit, the invoice still payable with its interest", async () => {
    const letter = page.getByTestId("exit-letter");
    await letter.getByText(/^Objet : Fin de notre collaboration/).waitFor();
    const text = (await letter.textContent()) ?? "";
    // Dated the plan's notice day, the day its text counts the notice from.
    expect(text).toMatch(/Datée du \d{1,2}(er)? [a-zéû.]+ 2026/);
    expect(text).toContain(`Nous annulons également l’offre de service OFF-2026-0002 « ${NEW_OFFER} »`);
    expect(text).toMatch(
      /l’acompte de [\d\s\u00a0,]+\$ avant taxes \(facture nº 2026-0001\) sera annulé par une note de crédit/,
    );
    expect(text).toContain("La facture suivante demeure payable selon ses conditions : nº 2026-0002");
    expect(text).toMatch(/Cette facture (porte|portera) intérêt/);
    expect(text).toContain(`travaux que nous livrerons d’ici le 17 décembre 2026 : ${LAUNCH}`);
    expect(text).not.toMatch(/mise en demeure/i);
    expect(text).toContain("Nos visions du mandat se sont révélées trop différentes");
    expect(text).toContain("article 2129 du Code civil du Québec");
    // The same letter in English.
    await page.getByTestId("exit-letter").scrollIntoViewIfNeeded();
    await page.getByText("Anglais", { exact: true }).click();
    // The English letter asks for English reasons rather than borrowing the French ones.
    await page.getByText(/Écrivez les raisons en anglais/).waitFor();
    await page
      .getByLabel("Raisons, en anglais")
      .fill("Our views of the work turned out to be too different, and we cannot meet them in good conditions.");
    await page.getByRole("button", { name: "Enregistrer et revérifier" }).click();
    await letter.getByText(/^Objet : Ending our collaboration/).waitFor();
    expect(await letter.textContent()).toContain("Our views of the work turned out to be too different");
    expect(await letter.textContent()).not.toContain("Nos visions");
    expect(await letter.getAttribute("lang")).toBe("en");
    await page.getByText("Français", { exact: true }).last().click();
    await letter.getByText(/^Objet : Fin de notre collaboration/).waitFor();
    const pdf = await page.request.get(
      `${baseUrl}${await page.getByRole("link", { name: "Ouvrir le PDF" }).getAttribute("href")}`,
    );
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    await page.getByTestId("exit-letter").scrollIntoViewIfNeeded();
    await save(page, "exit-06-letter");
  });

  it("marks the plan ready and executes it after saying exactly what will happen", async () => {
    await page.getByRole("button", { name: "Marquer prêt" }).click();
    await expect.poll(() => page.getByTestId("exit-status").textContent()).toBe("Prêt");
    await page.getByRole("button", { name: "Exécuter la fin" }).click();
    const dialog = page.getByRole("dialog", { name: "Exécuter la fin de collaboration" });
    const summary = dialog.getByTestId("execute-summary");
    await summary.waitFor();
    const said = (await summary.textContent()) ?? "";
    expect(said).toContain(`L'offre OFF-2026-0002 « ${NEW_OFFER} » est annulée.`);
    expect(said).toMatch(/Une facture finale de 120,00\s\$ \(avant taxes\) est émise/);
    expect(said).toContain("Les factures 2026-0002 restent dues");
    expect(said).toContain("La facture 2026-0001, acompte d'une offre annulée, est annulée par une note de crédit.");
    // Executed without sending: the letter is sent afterwards.
    await dialog.getByLabel("Envoyer la lettre maintenant").uncheck();
    expect(said).toContain("Agence Boréale passe au statut « Terminé »");
    await dialog.getByLabel("Ne plus solliciter ce client").check();
    await dialog
      .getByLabel("Leçon retenue")
      .fill("Écouter l'avertissement du développeur précédent; exiger un avenant dès la première demande hors offre.");
    await expectAllInputsLabelled("the execute dialog");
    await screenshot(page, "exit-07-execute");
    await dialog.getByRole("button", { name: "Exécuter maintenant" }).click();
    await page.getByTestId("exit-executed").waitFor();
    expect(await page.getByTestId("exit-status").textContent()).toBe("Exécuté");
    await screenshot(page, "exit-08-executed");
  });

  it("sends the frozen letter after execution; the sending is listed and in the outbox", async () => {
    expect(await page.getByTestId("exit-sent-letters").count()).toBe(0);
    await page.getByRole("button", { name: "Envoyer la lettre" }).click();
    const sent = page.getByTestId("exit-sent-letters");
    await sent.getByText(/Gardée dans la boîte d'envoi pour marc-antoine@boreale\.demo/).waitFor();
    const exit = await apiGet(`/exits/${exitId}`);
    expect(exit.sentLetters).toHaveLength(1);
    const outbox = (await apiGet("/outbox")).items as { id: string; kind: string }[];
    expect(outbox.find((m) => m.id === exit.sentLetters[0].id)?.kind).toBe("termination_letter");
  });

  it("shows the client ended, the new offer cancelled, its deposit credited, the other invoice kept, a final invoice", async () => {
    await page.getByRole("link", { name: "← Agence Boréale" }).click();
    await page.getByRole("heading", { level: 1, name: "Agence Boréale" }).waitFor();
    await page.getByText("Terminé", { exact: true }).first().waitFor();
    expect(await page.getByText("Ne plus solliciter", { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: "Décider" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Modifier", exact: true }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Dossier de preuves (zip)" }).getAttribute("href")).toBe(
      `/api/v1/clients/${agencyId}/evidence`,
    );
    await screenshot(page, "exit-09-client-ended");

    const client = await apiGet(`/clients/${agencyId}`);
    expect(client).toMatchObject({ status: "ended", doNotReengage: true });
    const offers = (await apiGet(`/offers?clientId=${agencyId}`)).items as { title: string; status: string }[];
    expect(offers.find((o) => o.title === NEW_OFFER)?.status).toBe("cancelled");
    const invoices = (await apiGet(`/invoices?clientId=${agencyId}`)).items as {
      number: string | null;
      status: string;
      subtotal: number;
      total: number;
      credited: number;
    }[];
    const kept = invoices.find((i) => i.number === "2026-0002");
    expect(kept!.credited, "2026-0002 kept, not credited").toBe(0);
    expect(kept!.status).not.toBe("void");
    // The cancelled offer's deposit invoice is credited (the letter says so).
    const deposit = invoices.find((i) => i.number === "2026-0001");
    expect(deposit!.credited, "2026-0001 credited, taxes included").toBe(deposit!.total);
    const final = invoices.filter((i) => i.number && !["2026-0001", "2026-0002"].includes(i.number));
    expect(final).toHaveLength(1);
    expect(final[0]!.subtotal, "the work done is already invoiced; the costs of 120 $ are not").toBe(12_000);
    expect((await apiGet(`/exits/${exitId}`)).status).toBe("executed");
  });

  it("lists the clients with their health score, the whole list sortable by it", async () => {
    await page.goto(`${baseUrl}/clients`);
    await page.getByRole("heading", { level: 1, name: "Clients" }).waitFor();
    const header = page.getByRole("columnheader", { name: /Santé/ });
    await header.getByRole("button").click();
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("ascending");
    expect(new URL(page.url()).searchParams.get("sort")).toBe("health");
    const firstRow = page.getByRole("row").nth(1);
    // The agency reads critical (as on the dashboard), first when sorted by health.
    await firstRow.getByText(/\d+\/100 · Critique/).waitFor();
    expect(await firstRow.getByRole("link", { name: "Agence Boréale" }).count()).toBe(1);
    await expectAllInputsLabelled("the clients list");
    await screenshot(page, "exit-10-client-list");
  });

  it("shows the worst ten clients below the threshold with their count, and the next ones on demand", async () => {
    // Seeded through the API with the owner's own session: eleven more clients, scored on their warnings alone.
    const me = await (await page.request.get(`${baseUrl}/api/v1/me`)).json();
    const api = async (method: "post" | "put" | "patch", path: string, data: unknown) => {
      const res = await page.request[method](`${baseUrl}/api/v1${path}`, {
        headers: { "x-csrf-token": me.csrfToken },
        data,
      });
      expect(res.status(), `${method} ${path}`).toBeLessThan(300);
      return res.json().catch(() => undefined);
    };
    const settings = (await (await page.request.get(`${baseUrl}/api/v1/health/settings`)).json()) as {
      weights: Record<string, number>;
    };
    const weights = Object.fromEntries(Object.keys(settings.weights).map((k) => [k, k === "warning_signals" ? 1 : 0]));
    await api("put", "/health/settings", { weights, threshold: 100, criticalThreshold: 40 });
    const today = (await (await page.request.get(`${baseUrl}/api/v1/clients/${agencyId}/health?months=1`)).json())
      .asOf as string;
    const added: string[] = [];
    for (let n = 1; n <= 11; n++) {
      const client = await api("post", "/clients", { kind: "direct", name: `Client en alerte ${n}`, status: "active" });
      added.push(client.id);
      for (const text of ["Appel manqué", "Facture contestée", "Ton agressif"]) {
        await api("post", `/clients/${client.id}/signals`, { kind: "warning", severity: 3, occurredOn: today, text });
      }
    }
    const { total } = await (await page.request.get(`${baseUrl}/api/v1/health/warnings`)).json();
    expect(total).toBeGreaterThan(10);
    await page.goto(`${baseUrl}/`);
    const card = page.getByTestId("health-warnings");
    await card.getByText(`${total} clients sous le seuil`, { exact: false }).waitFor();
    await expect.poll(() => card.getByRole("listitem").count()).toBe(10);
    // Equal scores by name, numbers by value: 1, 2, 3… not 1, 10, 11, 2.
    expect((await card.getByRole("link").allTextContents()).slice(0, 3)).toEqual([
      "Client en alerte 1",
      "Client en alerte 2",
      "Client en alerte 3",
    ]);
    await card.getByRole("button", { name: `Afficher les suivants (10 sur ${total})` }).click();
    await expect.poll(() => card.getByRole("listitem").count()).toBe(total);
    expect(await card.getByRole("button", { name: /Afficher les suivants/ }).count()).toBe(0);
    await screenshot(page, "exit-11-dashboard-warnings-paged");

    // The clients whose latest signal is a warning: ten named, by name, and all of them one link away — never only
    // those among a first page of the clients list.
    const { total: warnedTotal } = await (
      await page.request.get(`${baseUrl}/api/v1/clients?lastSignal=warning&pageSize=1`)
    ).json();
    expect(warnedTotal).toBeGreaterThanOrEqual(11);
    const warned = page.getByRole("region", { name: "Clients dont le dernier signal est un avertissement" });
    await expect.poll(() => warned.getByRole("listitem").count()).toBe(10);
    const seeAll = warned.getByRole("link", { name: `Voir les ${warnedTotal} clients dans la liste` });
    await seeAll.click();
    await page.waitForURL((url) => url.pathname === "/clients" && url.searchParams.get("lastSignal") === "warning");
    await page.getByText(`${warnedTotal} clients`, { exact: true }).waitFor();
    expect(await page.getByRole("combobox", { name: "Dernier signal" }).inputValue()).toBe("warning");
    await screenshot(page, "exit-11-clients-last-signal-warning");
    await api("put", "/health/settings", {});
    for (const id of added) await api("patch", `/clients/${id}`, { status: "ended" });
  });

  it("raised no script error and no CSP violation", () => {
    expect(pageErrors).toEqual([]);
  });
});
