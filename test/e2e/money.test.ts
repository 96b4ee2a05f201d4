/**
 * One money thread in a real browser (issue 9, story steps 9, 10 and 22). Seeded through the API: a Québec studio
 * registered for GST and QST, a Québec agency client, a fixed-price offer (1 950 $, 30 % deposit) signed through the
 * portal, and its deposit invoice (585 $ + taxes = 672,60 $) issued. Then, in Chromium: the mandate's ledger shows
 * what was signed, earned (with its basis), invoiced and owed; the % complete is set with a note and put back to the
 * checklist's measure; all items are ticked and a delivery recorded, so earned = the price and 1 365 $ is unbilled;
 * the balance is invoiced from the mandate in four actions (invoice the balance, create the draft, issue, confirm),
 * and a second attempt is refused, naming the invoice; then the SAME outstanding figure (2 242,01 $, taxes included)
 * is read on the mandate page, the client page, the receivables and the exit plan. A second offer, signed and its
 * deposit invoiced but never started, is cancelled by the exit: its deposit credited (its invoice no longer payable),
 * or kept against costs when chosen. Screenshots:
 * test-artifacts/e2e/money-*.png.
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
  SeedError,
  cleanScreenshot as screenshot,
  seedApi,
  squeeze,
  unlabelledControls,
} from "./browser.ts";

const owner = { name: "Maude Gagnon", email: "maude@collectif-argent.test", password: "fil-de-l-argent-2026" };

describe.skipIf(chromiumMissing)("the money thread in Chromium", () => {
  let server: TestServer | undefined;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  keepFailureScreenshots(() => page);
  let seed: ReturnType<typeof seedApi>;
  let clientId: string;
  let offerId: string;
  let mandateId: string;
  let depositNumber: string;
  let balanceNumber: string;
  const pageErrors: string[] = [];
  /** 585 $ + GST 29,25 $ + QST 58,35 $ and 1 365 $ + GST 68,25 $ + QST 136,16 $. */
  const DEPOSIT_TOTAL = "672,60$";
  const OUTSTANDING = "2242,01$";

  beforeAll(async () => {
    buildWebIfStale();
    server = await startTestServer();
    baseUrl = server.url;
    const call = seedApi(baseUrl);
    seed = call;
    await call("POST", "/auth/signup", {
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
    const client = await call("POST", "/clients", buildClient({ name: "Agence Fil-d'Argent" }));
    clientId = client.id;
    // 10 pages × 150 $ + a 450 $ form = 1 950 $, 30 % deposit (585 $), signed in the portal.
    const offer = await call("POST", "/offers", buildOffer(clientId));
    offerId = offer.id;
    const sent = await call("POST", `/offers/${offer.id}/send`);
    const portal = seedApi(baseUrl);
    await portal("POST", `/portal/${String(sent.portalUrl).split("/portal/")[1]}/sign`, {
      signerName: "Julie Bergeron",
      consent: true,
    });
    mandateId = (await call("GET", `/offers/${offer.id}`)).mandateId;
    const deposit = await call("POST", "/invoices", { clientId, sources: { depositOfferIds: [offer.id] } });
    depositNumber = (await call("POST", `/invoices/${deposit.invoice.id}/issue`, {})).number;

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

  const figure = (name: string) => page.getByTestId(`mandate-money-${name}`);
  const read = async (name: string) => squeeze(await figure(name).textContent());

  it("shows the mandate's ledger: signed, nothing earned yet, the deposit invoiced and owed", async () => {
    await page.goto(`${baseUrl}/mandates/${mandateId}`);
    await page.getByRole("heading", { level: 2, name: "Argent du mandat" }).waitFor();
    await expect.poll(() => read("signed")).toBe("1950,00$");
    expect(await read("earned")).toBe("0,00$");
    expect(await read("invoiced")).toBe("585,00$");
    expect(await read("credited")).toBe("0,00$");
    expect(await read("paid")).toBe("0,00$");
    expect(await read("outstanding")).toBe(DEPOSIT_TOTAL);
    expect(await read("unbilled")).toBe("0,00$");
    // The deposit is invoiced ahead of the work: an advance not earned yet.
    expect(await read("unearned")).toBe("585,00$");
    expect(await page.getByText("Payé, taxes incluses").count()).toBe(1);
    expect(await page.getByText("Solde dû, taxes incluses").count()).toBe(1);
    expect(await page.getByText("Facturé, avant taxes", { exact: true }).count()).toBe(1);
    expect(await figure("earned-basis").textContent()).toContain("selon le prix des livrables livrés (0 livré sur 2)");
  });

  it("sets the % complete with a note, then goes back to the checklist's measure", async () => {
    await page.getByRole("button", { name: "Fixer l'avancement" }).click();
    const form = page.getByRole("form", { name: "Fixer l'avancement" });
    const percent = form.getByRole("textbox", { name: /Avancement \(%\)/ });
    await percent.fill("50");
    await form.getByRole("textbox", { name: /Sur quoi repose ce chiffre/ }).fill("Maquettes approuvées le 2 décembre");
    await form.getByRole("button", { name: "Enregistrer l'avancement" }).click();
    await expect.poll(() => read("earned")).toBe("975,00$");
    expect(await figure("earned-basis").textContent()).toBe(
      "Avancement 50 %, fixé par vous : Maquettes approuvées le 2 décembre",
    );
    expect(await read("unbilled")).toBe("390,00$");
    expect(await page.getByRole("link", { name: "Facturer l'avancement (50 %)" }).count()).toBe(1);
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, "money-01-progress-set");

    await page.getByRole("button", { name: "Revenir à la mesure de la liste" }).click();
    await expect.poll(() => read("earned")).toBe("0,00$");
    expect(await figure("earned-basis").textContent()).toContain("selon le prix des livrables livrés");
  });

  it("ticks every item and records a delivery: earned = the price, the balance unbilled", async () => {
    const checklist = page.getByTestId("mandate-checklist");
    const delivery = page.getByRole("form", { name: "Noter une livraison" });
    // Nothing ticked is not a delivery: the form says so and does not record one.
    await delivery.getByText(/Aucun élément de la liste n'est coché/).waitFor();
    expect(await delivery.getByRole("button", { name: "Noter une livraison" }).isDisabled()).toBe(true);
    // The form (450 $ of 1 950 $) first: the ledger follows each tick without a reload.
    await checklist.getByRole("checkbox", { name: "Formulaire de contact" }).check();
    await expect.poll(() => read("earned")).toBe("450,00$");
    expect(await figure("earned-basis").textContent()).toContain("Avancement 23,08 %");
    // Part ticked: the form says what the rest will count as.
    await delivery
      .getByText("Cette livraison notera 1 élément sur 2 comme livré; 1 élément non coché comptera comme non livré.")
      .waitFor();
    await checklist.getByRole("checkbox", { name: "Intégration des pages" }).check();
    await expect.poll(() => read("earned")).toBe("1950,00$");
    await delivery.getByRole("textbox", { name: /Note/ }).fill("Les 10 pages et le formulaire sont en ligne.");
    await delivery.getByRole("button", { name: "Noter une livraison" }).click();
    await page.getByTestId("delivery").first().waitFor();
    expect(await read("earned")).toBe("1950,00$");
    expect(await figure("earned-basis").textContent()).toContain(
      "Avancement 100 % selon le prix des livrables livrés (2 livrés sur 2)",
    );
    expect(await read("unbilled")).toBe("1365,00$");
    expect(await read("outstanding")).toBe(DEPOSIT_TOTAL);
    await screenshot(page, "money-02-delivered");
  });

  it("invoices the balance from the mandate in four actions, and issues it", async () => {
    // 1. Invoice the balance: the new invoice opens with the offer's balance chosen, the deposit deducted.
    await page.getByRole("link", { name: "Facturer le solde" }).click();
    await page.getByRole("heading", { level: 1, name: "Nouvelle facture" }).waitFor();
    const source = page.getByTestId("offer-source");
    await expect.poll(() => source.getByRole("checkbox").isChecked()).toBe(true);
    expect(await source.getByRole("radio", { name: /^Solde/ }).isChecked()).toBe(true);
    expect(squeeze(await source.textContent())).toContain(
      squeeze(`Déjà facturé : 585,00 $ (facture ${depositNumber})`),
    );
    expect(squeeze(await page.getByTestId("selected-amount").textContent())).toContain("1365,00$");
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, "money-03-new-invoice");
    // 2. Create the draft.
    await page.getByRole("button", { name: "Créer le brouillon" }).click();
    await page.getByRole("heading", { level: 1, name: "Brouillon de facture" }).waitFor();
    const line = page.getByTestId("invoice-line");
    expect(await line.count()).toBe(1);
    expect(await line.textContent()).toContain("Solde — offre");
    expect(squeeze(await page.getByTestId("subtotal").textContent())).toBe("1365,00$");
    // Not one of the four actions, a check: editing the draft keeps the line's source (its quantity and price are
    // read-only; a discount would be the way to lower it), so the balance stays billed once.
    await page.getByRole("button", { name: "Modifier les lignes" }).click();
    const edited = page.getByTestId("manual-line");
    expect(await edited.textContent()).toContain("Offre signée");
    expect(await edited.getByRole("textbox", { name: /Prix unitaire/ }).getAttribute("readonly")).not.toBeNull();
    expect(await edited.getByRole("textbox", { name: /Quantité/ }).getAttribute("readonly")).not.toBeNull();
    expect(await unlabelledControls(page)).toEqual([]);
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await page.getByRole("button", { name: "Émettre la facture" }).waitFor();
    expect(squeeze(await page.getByTestId("subtotal").textContent())).toBe("1365,00$");
    // 3 and 4. Issue, confirm.
    await page.getByRole("button", { name: "Émettre la facture" }).click();
    await page.getByRole("button", { name: "Confirmer l'émission" }).click();
    await page.getByRole("heading", { level: 1, name: /^Facture \d{4}-\d{4}$/ }).waitFor();
    balanceNumber = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Facture ", "");
    expect(squeeze(await page.getByTestId("balance-due").textContent())).toBe("1569,41$");
    await screenshot(page, "money-04-balance-issued");
  });

  it("refuses to bill the balance twice, naming the invoice that billed it", async () => {
    const second = await seed("POST", "/invoices", {
      clientId,
      sources: { offers: [{ offerId, target: "balance" }] },
    }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(SeedError);
    expect((second as SeedError).status).toBe(400);
    const field = (second as SeedError).body.fields[0];
    expect(field.path).toBe("sources.offers.0.target");
    expect(field.message).toContain(balanceNumber);
    expect(field.message).toContain(depositNumber);
    // The new-invoice page no longer offers it.
    await page.goto(`${baseUrl}/invoices/new?clientId=${clientId}`);
    await page.getByRole("heading", { level: 1, name: "Nouvelle facture" }).waitFor();
    await page.getByRole("group", { name: "À facturer" }).or(page.getByText("Rien à facturer")).first().waitFor();
    expect(await page.getByTestId("offer-source").count()).toBe(0);
  });

  it("reads the same outstanding on the mandate, the client, the receivables and the exit plan", async () => {
    await page.goto(`${baseUrl}/mandates/${mandateId}`);
    await page.getByRole("heading", { level: 2, name: "Argent du mandat" }).waitFor();
    await expect.poll(() => read("outstanding")).toBe(OUTSTANDING);
    expect(await read("invoiced")).toBe("1950,00$");
    expect(await read("earned")).toBe("1950,00$");
    expect(await read("unbilled")).toBe("0,00$");
    expect(await page.getByText("Le prix signé est entièrement facturé.").count()).toBe(1);
    await screenshot(page, "money-05-mandate-billed");

    await page.getByRole("link", { name: /^← Client$/ }).click();
    await page.getByRole("heading", { level: 1, name: "Agence Fil-d'Argent" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Argent du client" }).waitFor();
    await expect
      .poll(async () => squeeze(await page.getByTestId("client-money-outstanding").textContent()))
      .toBe(OUTSTANDING);
    const row = page.getByTestId("client-money-mandate");
    expect(await row.count()).toBe(1);
    expect(squeeze(await row.getByRole("cell").nth(5).textContent())).toBe(OUTSTANDING);
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, "money-06-client");

    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Comptes clients" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Comptes clients" }).waitFor();
    const aging = page.getByTestId("aging-client").filter({ hasText: "Agence Fil-d'Argent" });
    await expect.poll(async () => squeeze(await aging.getByTestId("client-total").textContent())).toBe(OUTSTANDING);

    // The dashboard reads the same receivables: the studio's only client owes this, nothing is overdue yet.
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Tableau de bord" })
      .click();
    await page.getByRole("heading", { level: 2, name: "Argent" }).waitFor();
    await expect
      .poll(async () => squeeze(await page.getByTestId("dashboard-outstanding").textContent()))
      .toBe(OUTSTANDING);
    expect(squeeze(await page.getByTestId("dashboard-overdue").textContent())).toBe("0,00$");
    await screenshot(page, "money-06b-dashboard");

    await page.goto(`${baseUrl}/clients/${clientId}`);
    await page.getByRole("button", { name: "Préparer la fin" }).click();
    await page.waitForURL(/\/exits\//);
    await page.getByRole("heading", { level: 1, name: /Fin de collaboration/ }).waitFor();
    expect(squeeze(await page.getByTestId("exit-outstanding").textContent())).toBe(OUTSTANDING);
    // The delivered mandate is fully billed: the exit bills nothing more, and nothing is credited.
    expect(squeeze(await page.getByTestId("final-invoice-total").textContent())).toBe("0,00$");
    expect(await page.getByTestId("exit-invoice").count()).toBe(2);
    expect(await page.getByTestId("exit-invoice-credited").count()).toBe(0);
    await screenshot(page, "money-07-exit");
  });

  it("credits the deposit of an offer the exit cancels, or keeps it against costs when chosen", async () => {
    // A second offer, signed and its deposit invoiced (another 672,60 $), but never started: the exit cancels it.
    const second = await seed("POST", "/offers", buildOffer(clientId, { title: "Refonte de l'infolettre" }));
    const sent = await seed("POST", `/offers/${second.id}/send`);
    await seedApi(baseUrl)("POST", `/portal/${String(sent.portalUrl).split("/portal/")[1]}/sign`, {
      signerName: "Julie Bergeron",
      consent: true,
    });
    const deposit = await seed("POST", "/invoices", { clientId, sources: { depositOfferIds: [second.id] } });
    const depositTwo = (await seed("POST", `/invoices/${deposit.invoice.id}/issue`, {})).number;
    // The plan is prepared again on its next revision.
    const exitId = /\/exits\/([^/?#]+)/.exec(page.url())![1]!;
    await seed("PATCH", `/exits/${exitId}`, { options: { tone: "cordial" } });
    await page.reload();
    const offer = page.getByTestId("exit-offer");
    await offer.first().waitFor();
    expect(await offer.count()).toBe(1);
    expect(await offer.textContent()).toContain("Refonte de l'infolettre");
    const outcome = offer.getByTestId("exit-deposit-outcome");
    expect(squeeze(await outcome.textContent())).toBe(
      squeeze("Crédité par note de crédit : 585,00 $ avant taxes; rien à rembourser."),
    );
    expect(squeeze(await offer.getByTestId("exit-deposit").textContent())).toContain(
      squeeze(`Facture ${depositTwo} : 585,00 $ avant taxes`),
    );
    // Its invoice is cancelled by the exit, not payable: what stays to collect is unchanged.
    const credited = page.getByTestId("exit-invoice").filter({ hasText: depositTwo });
    expect(await credited.getByTestId("exit-invoice-credited").count()).toBe(1);
    expect(await credited.getByRole("combobox").count()).toBe(0);
    expect(squeeze(await page.getByTestId("exit-outstanding").textContent())).toBe(OUTSTANDING);
    expect(await page.getByText("Acomptes crédités (avant taxes)").count()).toBe(1);
    await screenshot(page, "money-08-exit-deposit-credited");

    await offer.getByRole("combobox", { name: /Acompte de l'offre/ }).selectOption("keep_against_costs");
    await expect
      .poll(async () => squeeze(await outcome.textContent()))
      .toBe(squeeze("Gardé en compensation des frais engagés : 585,00 $ avant taxes."));
    expect(await offer.getByText("L'offre ne dit rien de l'annulation", { exact: false }).count()).toBe(1);
    expect(await credited.getByTestId("exit-invoice-credited").count()).toBe(0);
    // Kept, the deposit stays payable: 2 242,01 $ + 672,60 $.
    expect(squeeze(await page.getByTestId("exit-outstanding").textContent())).toBe("2914,61$");
    const saved = await seed("GET", `/exits/${exitId}`);
    expect(saved.options.choices.deposits).toEqual({ [second.id]: "keep_against_costs" });
    expect(await unlabelledControls(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("records a cost on the mandate: earned grows by it, and it is invoiced once from the sources", async () => {
    await page.goto(`${baseUrl}/mandates/${mandateId}`);
    await page.getByRole("heading", { level: 2, name: "Frais et débours" }).waitFor();
    const form = page.getByRole("form", { name: "Ajouter le frais" });
    await form.getByRole("textbox", { name: /Description/ }).fill("Licence de thème premium");
    await form.getByRole("textbox", { name: /Montant avant taxes/ }).pressSequentially("89,50");
    await form.getByRole("button", { name: "Ajouter le frais" }).click();
    await page.getByTestId("mandate-cost").filter({ hasText: "Licence de thème premium" }).waitFor();
    await expect.poll(() => read("earned")).toBe("2039,50$");
    expect(await read("unbilled")).toBe("89,50$");
    expect(await unlabelledControls(page)).toEqual([]);

    await page.goto(`${baseUrl}/invoices/new?clientId=${clientId}`);
    const cost = page
      .getByRole("group", { name: "Frais et débours" })
      .getByRole("checkbox", { name: /Licence de thème/ });
    await cost.check();
    await page.getByRole("button", { name: "Créer le brouillon" }).click();
    await page.waitForURL(/\/invoices\/(?!new)/);
    await page.getByText("Frais — Licence de thème premium", { exact: false }).first().waitFor();
    await page.goto(`${baseUrl}/mandates/${mandateId}`);
    // On a draft, the cost is reserved (it cannot be billed elsewhere) but not yet invoiced.
    await expect.poll(() => read("inDrafts")).toBe("89,50$");
    expect(await read("unbilled")).toBe("89,50$");
    expect(await page.getByTestId("mandate-cost").getByRole("link", { name: "Facturé" }).count()).toBe(1);
    await screenshot(page, "money-09-cost");
  });
});
