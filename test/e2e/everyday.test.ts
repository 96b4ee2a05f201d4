/**
 * Everyday use (issue 15): the header's search found with its shortcut, walked with the arrow keys and opened with
 * Enter; the audit trail filtered by client and by day; an ended client's time read-only; the portal's language kept
 * per visitor; the first-run guide. Screenshots: test-artifacts/e2e/everyday-*.png.
 */
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClient, buildOffer, buildQuebecStudio } from "../support/http-client.ts";
import { clockedContext, startTestServer, type TestServer } from "../support/server.ts";
import {
  a11yInBothLanguages,
  buildWebIfStale,
  chromiumMissing,
  keepFailureScreenshots,
  launchChromium,
  logIn,
  cleanScreenshot as screenshot,
  seedApi,
  seriousA11yViolations,
} from "./browser.ts";

const owner = { name: "Léa Tremblay", email: "lea@quotidien.test", password: "chercher-partout-2026" };

describe.skipIf(chromiumMissing)("everyday use in Chromium", () => {
  let server: TestServer | undefined;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  keepFailureScreenshots(() => page);
  let seed: ReturnType<typeof seedApi>;
  const pageErrors: string[] = [];
  const made = {} as {
    clientId: string;
    otherClientId: string;
    offerId: string;
    offerNumber: string;
    mandateId: string;
    roundId: string;
    portalToken: string;
  };

  beforeAll(async () => {
    buildWebIfStale();
    server = await startTestServer();
    baseUrl = server.url;
    seed = seedApi(baseUrl);
    await seed("POST", "/auth/signup", {
      email: owner.email,
      password: owner.password,
      name: owner.name,
      workspace: { name: "Atelier Quotidien", jurisdiction: "CA-QC", currency: "CAD", locale: "fr-CA" },
    });
    await seed("PATCH", "/workspace", buildQuebecStudio());
    const client = await seed("POST", "/clients", buildClient({ name: "Brûlerie Saint-Roch", language: "en" }));
    made.clientId = client.id;
    made.otherClientId = (await seed("POST", "/clients", buildClient({ name: "Fromagerie du Quai" }))).id;
    const offer = await seed("POST", "/offers", buildOffer(client.id, { title: "Boutique de cafés torréfiés" }));
    const sent = await seed("POST", `/offers/${offer.id}/send`);
    made.offerId = offer.id;
    made.offerNumber = sent.offer.number;
    made.portalToken = String(sent.portalUrl).split("/portal/")[1]!;
    await seedApi(baseUrl)("POST", `/portal/${made.portalToken}/sign`, { signerName: "Julie Bergeron", consent: true });
    made.mandateId = (await seed("GET", `/offers/${offer.id}`)).mandateId;
    const round = await seed("POST", `/mandates/${made.mandateId}/rounds`, {
      text: "1) Ajouter un abonnement mensuel aux grains\n2) Le logo est flou sur mobile",
      receivedAt: "2026-12-21",
    });
    made.roundId = round.round.id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  // What the search box holds when Enter is pressed, and whether it is still the box and the page the words were
  // typed into (a box drawn anew, or a page loaded anew, would have lost them).
  const markTyped = (box: Locator) =>
    box.evaluate((el) => {
      (el as HTMLElement).dataset.typed = "1";
      (window as unknown as { typed?: boolean }).typed = true;
    });
  const typedStill = (box: Locator) =>
    box.evaluate((el) => ({
      value: (el as HTMLInputElement).value,
      sameBox: (el as HTMLElement).dataset.typed === "1",
      samePage: (window as unknown as { typed?: boolean }).typed === true,
    }));

  async function signedIn(locale: "fr-CA" | "en-CA" = "fr-CA", width = 1366): Promise<Page> {
    await context?.close();
    await seed("PATCH", "/me", { locale });
    context = await clockedContext(browser, server, { locale, viewport: { width, height: 900 } });
    const p = await context.newPage();
    p.setDefaultTimeout(15_000);
    p.on("pageerror", (error) => pageErrors.push(error.message));
    await logIn(p, baseUrl, owner);
    // Signed in once the app's header is there (with its search box, but on a phone: it heads the menu there).
    await p
      .getByRole("banner")
      .getByRole("button", { name: /Léa Tremblay/ })
      .waitFor();
    if (width >= 768) await p.getByRole("banner").getByRole("combobox").waitFor();
    return p;
  }

  it("finds an offer by its number with '/', walks the hits with the arrows and opens one with Enter", async () => {
    page = await signedIn("fr-CA");
    await page.keyboard.press("/");
    const box = page.getByRole("combobox", { name: /Rechercher partout/ });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(made.offerNumber, { delay: 10 });
    await markTyped(box);
    // The answer to the whole number, not to a part of it typed before a pause.
    const list = page.getByRole("listbox", { name: new RegExp(made.offerNumber) });
    await expect.poll(() => list.getAttribute("aria-busy")).toBe("false");
    await list.getByRole("group", { name: "Offres" }).getByRole("option").first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "everyday-search-fr");
    expect(await typedStill(box)).toEqual({ value: made.offerNumber, sameBox: true, samePage: true });
    await page.keyboard.press("Enter");
    await page.waitForURL(`${baseUrl}/offers/${made.offerId}`);
    await page.locator("h1").first().waitFor();
  });

  it("in English, Ctrl+K and words find contacts and a claim; the arrows move through the hits and Enter opens one", async () => {
    page = await signedIn("en-CA");
    await page.keyboard.press("Control+k");
    const box = page.getByRole("combobox", { name: /Search everywhere/ });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("abonnement", { delay: 10 });
    const claims = page.getByRole("group", { name: "Claims" });
    await claims.getByRole("option").first().waitFor();
    expect(await claims.getByRole("option").first().textContent()).toContain("abonnement mensuel");

    // Several kinds at once: the client (by its name without the accent) first, then the claim below it.
    // Two clients whose contact is a Julie, and the two contacts: ↓ moves to the second hit, ↑ back, ↓ again, and
    // Enter opens it.
    await box.fill("");
    await page.keyboard.type("julie", { delay: 10 });
    await markTyped(box);
    await page.getByRole("group", { name: "Contacts" }).getByRole("option").nth(1).waitFor();
    // The answer to the whole word, not to a part of it typed before a pause (the list is busy until the words typed
    // are sent and answered).
    const listbox = page.getByRole("listbox", { name: /julie/ });
    await expect.poll(() => listbox.getAttribute("aria-busy")).toBe("false");
    const options = page.getByRole("listbox").getByRole("option");
    await expect.poll(() => options.first().getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => options.nth(1).getAttribute("aria-selected")).toBe("true");
    expect(await options.first().getAttribute("aria-selected")).toBe("false");
    expect(await box.getAttribute("aria-activedescendant")).toBe(await options.nth(1).getAttribute("id"));
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => options.first().getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => options.nth(1).getAttribute("aria-selected")).toBe("true");
    const chosen = await options.nth(1).getAttribute("href");
    expect([`/clients/${made.clientId}`, `/clients/${made.otherClientId}`]).toContain(chosen);
    await screenshot(page, "everyday-search-en");
    expect(await typedStill(box)).toEqual({ value: "julie", sameBox: true, samePage: true });
    await page.keyboard.press("Enter");
    await page.waitForURL(`${baseUrl}${chosen}`);
    await page.getByRole("heading", { level: 1, name: /Brûlerie|Fromagerie/ }).waitFor();
    // The page took the focus (its main landmark); the shortcut takes it back to the box.
    await expect.poll(() => page!.evaluate(() => document.activeElement?.id)).toBe("main");

    await page.keyboard.press("Control+k");
    await page.keyboard.type("logo flou", { delay: 10 });
    await page.getByRole("group", { name: "Claims" }).getByRole("option").first().waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${baseUrl}/rounds/${made.roundId}`);
    expect(pageErrors).toEqual([]);
  });

  it("filters the audit trail by client and by day, the filters kept in the address", async () => {
    page = await signedIn("fr-CA");
    await page.goto(`${baseUrl}/audit`);
    const rows = page.locator("tbody tr");
    await rows.first().waitFor();
    const client = page.getByRole("combobox", { name: "Client", exact: true });
    await client.selectOption({ label: "Fromagerie du Quai" });
    await page.waitForURL((url) => url.searchParams.get("clientId") === made.otherClientId);
    // Its only event is its creation; nothing of the other client.
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("Fromagerie du Quai");

    await client.selectOption({ label: "Brûlerie Saint-Roch" });
    await page.waitForURL((url) => url.searchParams.get("clientId") === made.clientId);
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    expect((await rows.allTextContents()).some((text) => text.includes("Fromagerie"))).toBe(false);
    const all = await rows.count();

    // Days before anything happened: no event; the day of the test: the same events as without days.
    await page.getByLabel("Au", { exact: true }).fill("2020-01-31");
    await page.getByText("Aucun événement.").waitFor();
    const today = server!.ctx.now().toISOString().slice(0, 10);
    await page.getByLabel("Du", { exact: true }).fill(today);
    await page.getByLabel("Au", { exact: true }).fill(today);
    await page.waitForURL((url) => url.searchParams.get("to") === today);
    await expect.poll(() => rows.count()).toBe(all);
    await screenshot(page, "everyday-audit-filters");

    // Reloaded, the address keeps the filters.
    await page.reload();
    await expect.poll(() => client.inputValue()).toBe(made.clientId);
    await expect.poll(() => rows.count()).toBe(all);
  });

  it("shows an ended client's time as read-only, with no delete button; an open client's keeps its own", async () => {
    const client = await seed("POST", "/clients", buildClient({ name: "Imprimerie Terminée" }));
    const offer = await seed("POST", "/offers", buildOffer(client.id, { title: "Catalogue imprimé" }));
    const sent = await seed("POST", `/offers/${offer.id}/send`);
    await seedApi(baseUrl)("POST", `/portal/${String(sent.portalUrl).split("/portal/")[1]}/sign`, {
      signerName: "Marc Imprimeur",
      consent: true,
    });
    const endedMandate = (await seed("GET", `/offers/${offer.id}`)).mandateId;
    await seed("POST", "/time-entries", {
      mandateId: endedMandate,
      date: "2026-12-02",
      minutes: 60,
      category: "goodwill",
    });
    await seed("POST", "/time-entries", {
      mandateId: made.mandateId,
      date: "2026-12-01",
      minutes: 30,
      category: "billable",
    });
    await seed("PATCH", `/clients/${client.id}`, { status: "ended" });

    page = await signedIn("fr-CA");
    await page.goto(`${baseUrl}/time`);
    const ended = page.getByTestId("time-entry").filter({ hasText: "Catalogue imprimé" });
    const open = page.getByTestId("time-entry").filter({ hasText: "Boutique de cafés torréfiés" });
    await ended.waitFor();
    await ended.getByText("Client terminé — lecture seule").waitFor();
    expect(await ended.getByRole("button").count()).toBe(0);
    await open.getByRole("button", { name: /Supprimer/ }).waitFor();
    await screenshot(page, "everyday-time-read-only");
  });

  it("opens the portal in the document's language; the visitor's switch is kept across a reload", async () => {
    const { offer } = await seed("GET", `/offers/${made.offerId}`);
    const docLang: "fr" | "en" = offer.content.language;
    const words = { fr: { name: "Français", signed: "Offre signée" }, en: { name: "English", signed: "Offer signed" } };
    const other = docLang === "fr" ? "en" : "fr";
    await context?.close();
    // A visitor without a session, whose browser speaks the other language: the document opens in its own.
    context = await clockedContext(browser, server, {
      locale: other === "fr" ? "fr-CA" : "en-CA",
      viewport: { width: 390, height: 844 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/portal/${made.portalToken}`);
    await page.getByText(words[docLang].signed).first().waitFor();
    expect(await page.getAttribute("html", "lang")).toBe(`${docLang}-CA`);

    await page.getByRole("banner").getByText(words[other].name, { exact: true }).click();
    await page.getByText(words[other].signed).first().waitFor();
    expect(await page.getAttribute("html", "lang")).toBe(`${other}-CA`);
    await screenshot(page, `everyday-portal-${other}`);

    await page.reload();
    await page.getByText(words[other].signed).first().waitFor();
    expect(await page.getAttribute("html", "lang")).toBe(`${other}-CA`);
    expect(await page.getByText(words[docLang].signed).count()).toBe(0);

    // Back to the document's language, kept as well.
    await page.getByRole("banner").getByText(words[docLang].name, { exact: true }).click();
    await page.getByText(words[docLang].signed).first().waitFor();
    await page.reload();
    await page.getByText(words[docLang].signed).first().waitFor();
    expect(await page.getAttribute("html", "lang")).toBe(`${docLang}-CA`);
  });

  it("guides the first run from the records: steps done or to do, each a link; skipped, kept skipped, resumed", async () => {
    page = await signedIn("fr-CA");
    const guide = page.getByTestId("setup-guide");
    await guide.waitFor();
    // The studio's identity and GST/QST numbers were set at sign-up's settings; the rest is still to do.
    await expect.poll(() => guide.getByTestId("setup-step-identity").textContent()).toContain("Fait");
    expect(await guide.getByTestId("setup-step-team").textContent()).toContain("À faire");
    expect(await guide.getByTestId("setup-step-payment").textContent()).toContain("À faire");
    await guide.getByText("1 étape faite sur 5").first().waitFor();
    // What needs an action today, from the records: the round's two requests wait for a triage.
    await page.getByTestId("today").getByText("2 demandes du client à trier").waitFor();
    expect(await a11yInBothLanguages(page, "dashboard with the guide")).toEqual([]);
    await screenshot(page, "everyday-setup-fr");

    // Each step leads to its form.
    await guide.getByRole("link", { name: "Taux et disponibilité de chaque membre" }).click();
    await page.waitForURL(`${baseUrl}/members`);
    await page.goBack();

    // Skipped, it stays skipped after a reload, and comes back on demand.
    await page.getByRole("button", { name: "Passer le guide" }).click();
    await page.getByRole("button", { name: "Reprendre le guide de démarrage" }).waitFor();
    expect(await guide.count()).toBe(0);
    await page.reload();
    await page.getByRole("button", { name: "Reprendre le guide de démarrage" }).click();
    await guide.waitFor();

    // A step is done when its data is there: rates and capacity saved elsewhere mark it done here.
    const me = await seed("GET", "/me");
    await seed("PATCH", `/members/${me.member.id}`, { billableRate: 9500, weeklyCapacityHours: 30 });
    await page.reload();
    await expect.poll(() => guide.getByTestId("setup-step-team").textContent()).toContain("Fait");
    await guide.getByText("2 étapes faites sur 5").first().waitFor();
    expect(pageErrors).toEqual([]);
  });

  it("reminds, in one line above Send, of a recent warning about the client; no line for a client without one", async () => {
    const today = server!.ctx.now().toISOString().slice(0, 10);
    await seed("POST", `/clients/${made.otherClientId}/signals`, {
      kind: "warning",
      severity: 3,
      source: "ancien pigiste",
      occurredOn: today,
      text: "Paie ses factures à 120 jours",
    });
    const warned = await seed("POST", "/offers", buildOffer(made.otherClientId, { title: "Deuxième mandat" }));
    const calm = await seed("POST", "/offers", buildOffer(made.clientId, { title: "Suite de la boutique" }));

    page = await signedIn("fr-CA");
    await page.goto(`${baseUrl}/offers/${warned.id}`);
    const reminder = page.getByTestId("send-reminder");
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain("Avertissement récent au sujet de Fromagerie du Quai");
    expect(await reminder.textContent()).toContain("Paie ses factures à 120 jours");
    await page.getByRole("button", { name: "Envoyer au client", exact: true }).waitFor();
    await screenshot(page, "everyday-send-reminder");

    await page.goto(`${baseUrl}/offers/${calm.id}`);
    await page.getByRole("button", { name: "Envoyer au client", exact: true }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await reminder.count()).toBe(0);
  });

  it("keeps the header's search usable on a phone (390 px) without pushing the page sideways", async () => {
    page = await signedIn("fr-CA", 390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Every control of the header stays on screen, the user's menu last.
    const menu = await page
      .getByRole("banner")
      .getByRole("button", { name: /Léa Tremblay/ })
      .boundingBox();
    expect(menu && menu.x + menu.width).toBeLessThanOrEqual(390);
    // No room for the box in the phone's header: it heads the navigation menu.
    await page.getByRole("banner").getByRole("button", { name: "Afficher ou masquer le menu" }).click();
    const box = page.getByRole("navigation").getByRole("combobox", { name: /Rechercher partout/ });
    await box.click();
    await page.keyboard.type("fromagerie", { delay: 10 });
    await page.getByRole("listbox").getByRole("option").first().waitFor();
    const list = await page.getByRole("listbox").boundingBox();
    expect(list && list.x >= 0 && list.x + list.width <= 390).toBe(true);
    await screenshot(page, "everyday-search-phone");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${baseUrl}/clients/${made.otherClientId}`);
  });

  it("picks a client beyond the first hundred by searching for it: in a new offer, and in the invoices' filter", async () => {
    for (let n = 1; n <= 100; n++)
      await seed("POST", "/clients", { kind: "direct", name: `Atelier ${n}`, status: "active" });
    const zinnia = await seed("POST", "/clients", {
      kind: "direct",
      name: "Zinnia Studio",
      status: "active",
      address: { city: "Québec", region: "QC", country: "CA" },
    });
    await seed("POST", "/invoices", {
      clientId: zinnia.id,
      lines: [{ description: "Conseil — décembre", quantityMilli: 1000, unitPrice: 10_000 }],
    });
    const { total } = await seed("GET", "/clients?pageSize=1");
    expect(total).toBeGreaterThan(101);

    page = await signedIn("fr-CA");
    await page.goto(`${baseUrl}/offers/new`);
    const picker = page.getByRole("combobox", { name: "Client", exact: true });
    await page.getByText(`Les 100 premiers clients sur ${total}, par nom`).waitFor();
    // Not among the first hundred by name: the select does not hold it until it is searched for.
    expect(await picker.locator("option", { hasText: "Zinnia Studio" }).count()).toBe(0);
    await page.getByRole("searchbox", { name: "Chercher un client" }).fill("zinnia");
    await page.getByText("1 client trouvé").waitFor();
    await picker.selectOption({ label: "Zinnia Studio" });
    await page.waitForURL((url) => url.searchParams.get("clientId") === zinnia.id);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "everyday-client-picker-search");
    // Cleared, the search gives back the first hundred, and the chosen client stays chosen.
    await page.getByRole("searchbox", { name: "Chercher un client" }).fill("");
    await page.getByText(`Les 100 premiers clients sur ${total}, par nom`).waitFor();
    expect(await picker.inputValue()).toBe(zinnia.id);
    expect(await picker.locator("option:checked").textContent()).toBe("Zinnia Studio");

    // The invoices list names each invoice's client, whoever it is, and filters by any client.
    await page.goto(`${baseUrl}/invoices?clientId=${zinnia.id}`);
    const rows = page.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("Zinnia Studio");
    expect(
      await page.getByRole("combobox", { name: "Client", exact: true }).locator("option:checked").textContent(),
    ).toBe("Zinnia Studio");
  });
});
