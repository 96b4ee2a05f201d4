/**
 * The API through its generated client only: openapi-fetch typed by `web/src/api/schema.d.ts` (what openapi-typescript
 * generates from the OpenAPI document), the way the web and any script would call it. Sign-up → client → offer →
 * send → portal sign → invoice of the deposit → issue → payment, with no cast: every body the test writes and every
 * field it reads is checked by the compiler against the document, and every answer by the server.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { paths } from "../../web/src/api/schema.d.ts";
import { testDay } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

/** A browser's session over the in-process app: the cookie kept, the CSRF token sent on writes. */
function browser(fx: HttpFixture): Client<paths> & { remember(csrfToken: string): void } {
  let cookie: string | undefined;
  let csrf: string | undefined;
  const session: Middleware = {
    onRequest({ request }) {
      if (cookie) request.headers.set("cookie", cookie);
      if (csrf && request.method !== "GET") request.headers.set("x-csrf-token", csrf);
      return request;
    },
    onResponse({ response }) {
      const set = /mandat_session=([^;]*)/.exec(response.headers.get("set-cookie") ?? "");
      if (set?.[1]) cookie = `mandat_session=${set[1]}`;
      return response;
    },
  };
  const api = createClient<paths>({ baseUrl: "http://mandat.test", fetch: async (request) => fx.app.fetch(request) });
  api.use(session);
  return Object.assign(api, {
    remember(token: string) {
      csrf = token;
    },
  });
}

describe.each(engines())("the generated client on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("plays sign-up → client → offer → send → sign → invoice → issue → payment", async () => {
    const studio = browser(fx);
    const n = `${Date.now().toString(36)}${engine}`;

    const signUp = await studio.POST("/api/v1/auth/signup", {
      body: {
        email: `owner-${n}@studio.test`,
        password: "correct horse battery staple",
        name: "Camille Roy",
        workspace: { name: `Studio ${n}`, jurisdiction: "CA-QC", currency: "CAD", locale: "fr-CA" },
      },
    });
    expect(signUp.response.status, JSON.stringify(signUp.error)).toBe(201);
    if (!signUp.data?.csrfToken) throw new Error("no session");
    studio.remember(signUp.data.csrfToken);

    const registered = await studio.PATCH("/api/v1/workspace", {
      body: { taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001" } },
    });
    expect(registered.response.status, JSON.stringify(registered.error)).toBe(200);

    const client = await studio.POST("/api/v1/clients", {
      body: {
        kind: "direct",
        name: "Microbrasserie du Cap",
        legalName: "Microbrasserie du Cap inc.",
        address: {
          line1: "1 rue Principale",
          line2: "",
          city: "Québec",
          region: "QC",
          postalCode: "G1K 1A1",
          country: "CA",
        },
        status: "active",
        tags: [],
        contacts: [{ name: "Julie Bergeron", email: `julie-${n}@cap.test`, phone: "", role: "Direction" }],
        endClients: [],
        isConsumer: false,
        doNotReengage: false,
      },
    });
    expect(client.response.status, JSON.stringify(client.error)).toBe(201);
    if (!client.data) throw new Error("no client");
    const clientId = client.data.id;

    const offer = await studio.POST("/api/v1/offers", {
      body: {
        clientId,
        title: "Refonte du site",
        summary: "Un site bilingue de cinq pages.",
        deliverables: [
          { title: "Pages", quantity: 5_000, unit: "page", price: { kind: "unit", unitPrice: 60_000 } },
          { title: "Formulaire", quantity: 1_000, unit: "forfait", price: { kind: "fixed", amount: 45_000 } },
        ],
        exclusions: ["Rédaction du contenu"],
        assumptions: ["Le client fournit les textes"],
        pricing: { model: "fixed" },
        depositBps: 3000,
        startDate: testDay(),
        deliveryDate: "2027-03-01",
        terms: { terminationClause: "Résiliation sur préavis écrit de 14 jours.", cancellationConditions: "" },
      },
    });
    expect(offer.response.status, JSON.stringify(offer.error)).toBe(201);
    if (!offer.data) throw new Error("no offer");
    const offerId = offer.data.id;
    expect(offer.data.status).toBe("draft");
    const detail = await studio.GET("/api/v1/offers/{id}", { params: { path: { id: offerId } } });
    expect(detail.data?.totals.total).toBe(345_000);

    const sent = await studio.POST("/api/v1/offers/{id}/send", { params: { path: { id: offerId } } });
    expect(sent.response.status, JSON.stringify(sent.error)).toBe(200);
    if (!sent.data) throw new Error("not sent");
    const token = sent.data.portalUrl.split("/portal/")[1] ?? "";

    const visitor = browser(fx);
    const view = await visitor.GET("/api/v1/portal/{token}", { params: { path: { token } } });
    expect(view.response.status, JSON.stringify(view.error)).toBe(200);
    if (view.data?.kind !== "offer" || !("document" in view.data)) throw new Error("not an offer's document");
    expect(view.data.document.totals.depositAmount).toBe(103_500);
    const signed = await visitor.POST("/api/v1/portal/{token}/sign", {
      params: { path: { token } },
      body: { signerName: "Julie Bergeron", consent: true, consentText: view.data.document.consentText },
    });
    expect(signed.response.status, JSON.stringify(signed.error)).toBe(200);
    expect(signed.data?.signature.sha256).toBe(view.data.sha256);

    const sources = await studio.GET("/api/v1/invoice-sources", { params: { query: { clientId } } });
    expect(sources.data?.deposits.map((d) => [d.offerId, d.amount])).toEqual([[offerId, 103_500]]);

    const draft = await studio.POST("/api/v1/invoices", {
      body: { clientId, sources: { depositOfferIds: [offerId] } },
    });
    expect(draft.response.status, JSON.stringify(draft.error)).toBe(201);
    if (!draft.data) throw new Error("no draft");
    const invoiceId = draft.data.invoice.id;

    const issued = await studio.POST("/api/v1/invoices/{id}/issue", {
      params: { path: { id: invoiceId } },
      body: { issueDate: testDay() },
    });
    expect(issued.response.status, JSON.stringify(issued.error)).toBe(200);
    if (!issued.data || issued.data.status === "draft") throw new Error("not issued");
    const total = issued.data.totals.total.amount;
    expect(total).toBe(103_500 + 5_175 + 10_324); // GST 5 % and QST 9.975 % on the deposit

    const paid = await studio.POST("/api/v1/invoices/{id}/payments", {
      params: { path: { id: invoiceId } },
      body: { date: testDay(), amount: total, method: "transfer", reference: "virement 42" },
    });
    expect(paid.response.status, JSON.stringify(paid.error)).toBe(201);
    expect(paid.data?.invoice.status).toBe("paid");
    expect(paid.data?.clientCredit.amount).toBe(0);

    const invoice = await studio.GET("/api/v1/invoices/{id}", { params: { path: { id: invoiceId } } });
    if (!invoice.data || !("balance" in invoice.data)) throw new Error("no balance");
    expect(invoice.data.balance.balance.amount).toBe(0);
    expect(invoice.data.paymentRecords.map((p) => p.reference)).toEqual(["virement 42"]);

    const refused = await studio.POST("/api/v1/invoices/{id}/payments", {
      params: { path: { id: invoiceId } },
      body: { date: testDay(), amount: 0, method: "transfer" },
    });
    expect(refused.response.status).toBe(400);
    expect(refused.error?.fields?.map((f) => f.path)).toContain("amount");
  });
});
