/**
 * Invoice PDFs read back as text: every mandatory mention for a Québec client (GST and QST on separate lines with the
 * studio's numbers), an Ontario client (HST 13 %, in English) and French clients (SIREN, VAT, supply and due dates,
 * penalty rate, 40 € indemnity; reverse charge; franchise en base; the 2026 mentions: the category of the operation,
 * the delivery address when it differs, the VAT-on-debits option, and the client's SIREN required even under the
 * franchise).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collapse, pdfText } from "../fixtures/pdf/pdf-text.ts";
import { engines } from "../support/engines.ts";
import { buildClient, buildSignUp, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("invoice PDF on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let quebec: TestClient;
  let france: TestClient;
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    quebec = await fx.owner();
    await quebec.patch("/api/v1/workspace", {
      legalName: "Collectif WEB coop",
      address: { line1: "275 rue du Parvis", city: "Québec", region: "QC", postalCode: "G1K 6G7", country: "CA" },
      taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001" },
      terms: { paymentDays: 30, lateInterestBp: 1200, noticeDays: 30 },
    });
    france = fx.client();
    const signUp = buildSignUp();
    const res = await france.post("/api/v1/auth/signup", {
      ...signUp,
      workspace: { name: "Atelier Numérique", jurisdiction: "FR", currency: "EUR", locale: "fr-FR" },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    await france.patch("/api/v1/workspace", {
      legalName: "Atelier Numérique SARL",
      address: { line1: "12, rue de la Roquette", city: "Paris", postalCode: "75011", country: "FR" },
      taxIds: { siren: "812 345 678", vat: "FR40812345678" },
      terms: { paymentDays: 30, lateInterestBp: 0, noticeDays: 30 },
    });
  });
  afterAll(async () => {
    await fx?.close();
  });

  async function issuedPdf(owner: TestClient, client: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const created = await owner.post("/api/v1/clients", buildClient(client));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const draft = await owner.post("/api/v1/invoices", {
      clientId: created.body.id,
      lines: [
        { description: "Intégration des pages", quantityMilli: 8_000, unit: "page", unitPrice: 12_500 },
        { description: "Menu mobile", quantityMilli: 2_500, unit: "h", unitPrice: 8_500 },
      ],
      ...extra,
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const issued = await owner.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, {});
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const res = await fx.app.request(`/api/v1/invoices/${draft.body.invoice.id}/pdf`, {
      headers: { cookie: owner.cookie! },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain(`${issued.body.number}.pdf`);
    const { text } = await pdfText(new Uint8Array(await res.arrayBuffer()));
    return { text, invoice: issued.body };
  }

  it.skipIf(skip)("Québec client: French, GST and QST on separate lines with the studio's numbers", async () => {
    const { text, invoice } = await issuedPdf(quebec, {
      name: "Agence Partenaire",
      legalName: "Agence Partenaire inc.",
    });
    for (const mention of [
      "Facture",
      invoice.number,
      "Collectif WEB coop",
      "Agence Partenaire inc.",
      "Intégration des pages",
      "TPS",
      "123456789 RT0001",
      "TVQ",
      "1234567890 TQ0001",
      "Net 30 jours",
      "12 % par année",
    ]) {
      expect(text).toContain(collapse(mention));
    }
    expect(text).not.toContain("14,975");
    // 1 000,00 + 212,50 = 1 212,50; TPS 60,63; TVQ 120,95 (9,975 % of the same base); total 1 394,08.
    expect(text).toMatch(/60,63 \$/);
    expect(text).toMatch(/120,95 \$/);
    expect(text).toMatch(/1 394,08 \$/);
  });

  it.skipIf(skip)("Ontario client: English, one HST line at 13 % with the GST/HST number", async () => {
    const { text } = await issuedPdf(quebec, {
      name: "Northwind Bakery",
      legalName: "Northwind Bakery Ltd.",
      language: "en",
      address: { line1: "88 Queen Street West", city: "Toronto", region: "ON", postalCode: "M5H 2M9", country: "CA" },
    });
    for (const mention of ["Invoice", "Northwind Bakery Ltd.", "HST", "13%", "123456789 RT0001", "Net 30 days"]) {
      expect(text).toContain(mention);
    }
    expect(text).not.toContain("QST");
    expect(text).toContain("$157.63"); // 13 % of 1,212.50
  });

  it.skipIf(skip)("French B2B client: SIREN, VAT 20 %, dates, penalty rate and the 40 € indemnity", async () => {
    const { text } = await issuedPdf(
      france,
      {
        kind: "direct",
        name: "Boulangerie Saint-Roch",
        legalName: "Boulangerie Saint-Roch SAS",
        address: { line1: "4, place du Marché", city: "Lyon", region: "", postalCode: "69002", country: "FR" },
        endClients: [],
      },
      { buyer: { siren: "901 234 567" }, supplyDate: { from: "2026-10-01", to: "2026-10-31" } },
    );
    for (const mention of [
      "Atelier Numérique SARL",
      "SIREN",
      "812 345 678",
      "FR40812345678",
      "901 234 567",
      "TVA",
      "20 %",
      "Date de la prestation",
      "Date d’échéance",
      "30 jours à compter de la date de facture",
      "Escompte pour paiement anticipé : néant",
      "Pénalités de retard",
      "Banque centrale européenne majoré de 10 points",
      "Indemnité forfaitaire pour frais de recouvrement",
      "40 €",
      "Catégorie de l'opération : Prestation de services",
    ]) {
      expect(text).toContain(collapse(mention));
    }
    expect(text).not.toContain("taxe d'après les débits");
    expect(text).not.toContain("Adresse de livraison");
  });

  it.skipIf(skip)(
    "French 2026 mentions: goods and services, a delivery address that differs, the option for VAT on debits",
    async () => {
      const opted = await france.patch("/api/v1/workspace", { terms: { vatOnDebits: true } });
      expect(opted.status, JSON.stringify(opted.body)).toBe(200);
      expect(opted.body.terms.vatOnDebits).toBe(true);
      try {
        const { text } = await issuedPdf(
          france,
          {
            kind: "direct",
            name: "Librairie du Vieux Port",
            legalName: "Librairie du Vieux Port SARL",
            address: { line1: "7, quai du Port", city: "Marseille", region: "", postalCode: "13002", country: "FR" },
            endClients: [],
          },
          {
            buyer: { siren: "732 829 320" },
            supplyDate: { from: "2026-11-02", to: "2026-11-27" },
            operationCategory: "mixed",
            deliveryAddress: "Entrepôt, 10 rue des Docks, 13002 Marseille",
          },
        );
        for (const mention of [
          "732 829 320",
          "Catégorie de l'opération : Mixte (livraison de biens et prestation de services)",
          "Adresse de livraison : Entrepôt, 10 rue des Docks, 13002 Marseille",
          "Option pour le paiement de la taxe d'après les débits",
        ]) {
          expect(text).toContain(collapse(mention));
        }
      } finally {
        await france.patch("/api/v1/workspace", { terms: { vatOnDebits: false } });
      }
    },
  );

  it.skipIf(skip)(
    "a studio under the franchise en base refuses to invoice a French business without its SIREN (400, client.siren)",
    async () => {
      const franchise = fx.client();
      const signed = await franchise.post("/api/v1/auth/signup", {
        ...buildSignUp(),
        workspace: { name: "Julie Martin EI", jurisdiction: "FR", currency: "EUR", locale: "fr-FR" },
      });
      expect(signed.status, JSON.stringify(signed.body)).toBe(201);
      await franchise.patch("/api/v1/workspace", {
        legalName: "Julie Martin EI",
        address: { line1: "5, rue des Lilas", city: "Nantes", postalCode: "44000", country: "FR" },
        taxIds: { siren: "823 456 789" },
      });
      const created = await franchise.post(
        "/api/v1/clients",
        buildClient({
          kind: "direct",
          endClients: [],
          isConsumer: false,
          address: { line1: "2, rue Crébillon", city: "Nantes", postalCode: "44000", country: "FR" },
        }),
      );
      const draft = await franchise.post("/api/v1/invoices", {
        clientId: created.body.id,
        lines: [{ description: "Maquettes", quantityMilli: 1000, unitPrice: 60_000 }],
        supplyDate: { from: "2026-11-02", to: "2026-11-06" },
      });
      expect(draft.status, JSON.stringify(draft.body)).toBe(201);
      expect(draft.body.details.regime).toBe("fr_franchise");
      const refused = await franchise.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, {});
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe("validation");
      expect(refused.body.fields.map((f: { path: string }) => f.path)).toEqual(["client.siren"]);
      expect((await franchise.get(`/api/v1/invoices/${draft.body.invoice.id}`)).body.status).toBe("draft");
      await franchise.patch(`/api/v1/invoices/${draft.body.invoice.id}`, { buyer: { siren: "552 100 554" } });
      const issued = await franchise.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, {});
      expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    },
  );

  it.skipIf(skip)(
    "a French client refuses issue without its SIREN (mandatory mention), 400 with the field",
    async () => {
      const created = await france.post(
        "/api/v1/clients",
        buildClient({
          kind: "direct",
          endClients: [],
          address: { line1: "1 rue", city: "Lyon", postalCode: "69002", country: "FR" },
        }),
      );
      const draft = await france.post("/api/v1/invoices", {
        clientId: created.body.id,
        lines: [{ description: "Audit", quantityMilli: 1000, unitPrice: 50_000 }],
      });
      const res = await france.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, {});
      expect(res.status).toBe(400);
      expect(res.body.fields.map((f: { path: string }) => f.path)).toContain("client.siren");
      expect((await france.get(`/api/v1/invoices/${draft.body.invoice.id}`)).body.status).toBe("draft");
    },
  );

  it.skipIf(skip)("EU business client with a VAT number: no French VAT and « Autoliquidation »", async () => {
    const { text, invoice } = await issuedPdf(
      france,
      {
        kind: "direct",
        name: "Studio Bruxelles",
        legalName: "Studio Bruxelles SRL",
        address: { line1: "Rue Haute 10", city: "Bruxelles", postalCode: "1000", country: "BE" },
        endClients: [],
      },
      { buyer: { vatNumber: "BE0123456789" } },
    );
    expect(invoice.totals.taxes).toEqual([]);
    for (const mention of ["Autoliquidation", "BE0123456789", "FR40812345678"]) expect(text).toContain(mention);
  });
});
