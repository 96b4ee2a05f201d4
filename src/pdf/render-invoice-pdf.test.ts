import { describe, expect, it } from "vitest";
import {
  frenchInvoice,
  ontarioInvoice,
  quebecInvoice,
  reverseChargeInvoice,
} from "../../test/fixtures/pdf/build-invoice-view-model.ts";
import { pdfPageSizes, pdfText, saveArtifact } from "../../test/fixtures/pdf/pdf-text.ts";
import { renderInvoicePdf } from "./render-invoice-pdf.ts";

describe("renderInvoicePdf", () => {
  it("prints a Québec invoice in French with GST and QST on separate lines, each with its number", async () => {
    const bytes = await renderInvoicePdf(quebecInvoice());
    saveArtifact("invoice-qc-fr.pdf", bytes);
    const { pages, text } = await pdfText(bytes);
    expect(pages[0]).toContain(`Page 1 de ${pages.length}`);
    expect(text).toContain("Facture");
    expect(text).toContain("Numéro 2026-0042");
    expect(text).toContain("Date de la facture 20 novembre 2026");
    expect(text).toContain("Date d’échéance 20 décembre 2026");
    expect(text).toContain("Collectif Web Québec s.e.n.c.");
    expect(text).toContain("NEQ : 3312345678");
    expect(text).toContain("Agence Partenaire inc.");
    expect(text).toContain("Intégration des pages");
    expect(text).toContain("8 page 125,00 $ 1 000,00 $");
    expect(text).toContain("2,5 h 85,00 $ 212,50 $");
    expect(text).toContain("Sous-total 1 212,50 $");
    expect(text).toContain("TPS (5 %) — no 123456789 RT0001 60,63 $");
    expect(text).toContain("TVQ (9,975 %) — no 1234567890 TQ0001 120,95 $");
    expect(text).not.toMatch(/14[,.]975/);
    expect(text).toContain("Total 1 394,08 $");
    expect(text).toContain("Montant payé 500,00 $");
    expect(text).toContain("Solde à payer 894,08 $");
    expect(text).toContain("Conditions de paiement Net 30 jours");
    expect(text).toContain("12 % par année (1 % par mois)");
    expect(await pdfPageSizes(bytes)).toContainEqual({ width: 612, height: 792 });
  });

  it("prints an Ontario invoice in English with one HST line and a line discount", async () => {
    const bytes = await renderInvoicePdf(ontarioInvoice());
    saveArtifact("invoice-on-en.pdf", bytes);
    const { pages, text } = await pdfText(bytes);
    expect(pages[0]).toContain("Page 1 of 1");
    expect(text).toContain("Invoice");
    expect(text).toContain("Invoice date November 21, 2026");
    expect(text).toContain("BILL TO Northwind Bakery Ltd.");
    expect(text).toContain("Discount: $15.00");
    expect(text).toContain("Subtotal $2,035.00");
    expect(text).toContain("HST (13%) — no. 123456789 RT0001 $264.55");
    expect(text).not.toContain("GST (");
    expect(text).not.toContain("QST (");
    expect(text).toContain("Total $2,299.55");
    expect(text).toContain("Balance due $2,299.55");
    expect(text).toContain("Interest on overdue balances: 18% per year");
  });

  it("prints a French invoice on A4 with TVA per line, SIREN, supply period, penalties and the 40 € indemnity", async () => {
    const bytes = await renderInvoicePdf(frenchInvoice());
    saveArtifact("invoice-fr-tva.pdf", bytes);
    const { text } = await pdfText(bytes);
    expect(text).toContain("SIREN : 812 345 678");
    expect(text).toContain("No TVA intracommunautaire : FR40812345678");
    expect(text).toContain("SIREN : 901 234 567");
    expect(text).toContain("Date de la prestation du 1er octobre 2026 au 31 octobre 2026");
    expect(text).toContain("Taux TVA");
    expect(text).toContain("12,5 h 65,00 € 20 % 812,50 €");
    expect(text).toContain("Total HT 2 612,50 €");
    expect(text).toContain("TVA (20 %) 522,50 €");
    expect(text).toContain("Total TTC 3 135,00 €");
    expect(text).toContain("pénalités de retard au taux de 12,15 % par an");
    expect(text).toContain("Indemnité forfaitaire pour frais de recouvrement de 40 €");
    expect(text).toContain("Escompte pour paiement anticipé : néant.");
    expect(await pdfPageSizes(bytes)).toContainEqual({ width: 595.28, height: 841.89 });
  });

  it("prints « Autoliquidation » and both VAT numbers for an EU business client, with no VAT line", async () => {
    const { text } = await pdfText(await renderInvoicePdf(reverseChargeInvoice()));
    expect(text).toContain("Autoliquidation");
    expect(text).toContain("FR40812345678");
    expect(text).toContain("No TVA intracommunautaire : BE0123456789");
    expect(text).not.toContain("TVA (20 %)");
    expect(text).toContain("Total 2 400,00 €");
  });

  it("prints the VAT franchise mention verbatim", async () => {
    const base = frenchInvoice();
    const lines = base.lines.map(({ vatRatePpm: _, ...line }) => line);
    const model = {
      ...base,
      lines,
      taxes: [],
      total: base.subtotal,
      mentions: ["TVA non applicable, art. 293 B du CGI"],
    };
    const { text } = await pdfText(await renderInvoicePdf(model));
    expect(text).toContain("TVA non applicable, art. 293 B du CGI");
    expect(text).toContain("Total 2 612,50 €");
    expect(text).not.toContain("Taux TVA");
    expect(text).not.toContain("TTC");
  });

  it("prints a credit note that references the original invoice, without a balance", async () => {
    const model = quebecInvoice({
      kind: "credit_note",
      number: "2026-0050",
      credits: { number: "2026-0042", issueDate: "2026-11-20", reason: "Page en double facturée par erreur." },
    });
    const { text } = await pdfText(await renderInvoicePdf(model));
    expect(text).toContain("Note de crédit");
    expect(text).toContain("Facture d’origine 2026-0042 du 20 novembre 2026");
    expect(text).toContain("Motif Page en double facturée par erreur.");
    expect(text).toContain("Montant crédité 1 394,08 $");
    expect(text).not.toContain("Solde à payer");
  });

  it("calls a French credit note an « avoir »", async () => {
    const model = {
      ...frenchInvoice(),
      kind: "credit_note" as const,
      credits: { number: "F-2026-0107", issueDate: "2026-11-20" },
    };
    const { text } = await pdfText(await renderInvoicePdf(model));
    expect(text).toContain("AVOIR");
    expect(text).toContain("Facture d’origine F-2026-0107 du 20 novembre 2026");
  });

  it("carries a long invoice over several pages, the lines' header repeated and every page numbered", async () => {
    const base = quebecInvoice();
    const lines = Array.from({ length: 45 }, (_, i) => ({
      description: `Temps facturable — semaine ${i + 1}`,
      detail: "Intégration et corrections demandées par courriel",
      quantityMilli: 1_000,
      unit: "h",
      unitPrice: 8_500,
      amount: 8_500,
    }));
    const bytes = await renderInvoicePdf({ ...base, lines });
    saveArtifact("invoice-qc-long.pdf", bytes);
    const { pages, text } = await pdfText(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} de ${pages.length}`);
      if (page.includes("Temps facturable")) expect(page).toContain("Description Quantité Prix unitaire Montant");
    });
    for (let week = 1; week <= 45; week += 1) expect(text).toContain(`Temps facturable — semaine ${week} `);
  });
});
