import { describe, expect, it } from "vitest";
import { computeCreditNote } from "../invoice/credit-note.ts";
import { computeInvoiceTotals, type InvoiceTotals } from "../invoice/invoice-totals.ts";
import { determineTaxes } from "./determine-taxes.ts";
import type { TaxClient, TaxProvider } from "./tax-determination.ts";
import { type TaxReportDocument, type TaxSum, taxReport, taxReportOfSums } from "./tax-report.ts";

const provider: TaxProvider = { jurisdiction: "CA-QC", gstNumber: "1", qstNumber: "2" };

function invoice(
  id: string,
  date: string,
  client: TaxClient,
  amount: number,
): { doc: TaxReportDocument; totals: InvoiceTotals } {
  const taxes = determineTaxes({ provider, client, taxDate: date }).taxes;
  const totals = computeInvoiceTotals({
    currency: "CAD",
    lines: [{ description: "Web", quantityMilli: 1_000, unitPrice: amount }],
    taxes,
  });
  return { doc: { id, date, currency: "CAD", taxes: totals.taxes }, totals };
}

describe("taxReport", () => {
  const qc = invoice("i1", "2026-01-15", { country: "CA", province: "QC", isConsumer: false }, 100_000);
  const on = invoice("i2", "2026-02-01", { country: "CA", province: "ON", isConsumer: false }, 50_000);
  const ns = invoice("i3", "2026-03-31", { country: "CA", province: "NS", isConsumer: false }, 20_000);
  const us = invoice("i4", "2026-03-01", { country: "US", isConsumer: false }, 30_000);
  const outside = invoice("i5", "2026-04-01", { country: "CA", province: "QC", isConsumer: false }, 99_999);
  const cn = computeCreditNote({
    original: qc.totals,
    previousCredits: [],
    request: { kind: "partial", lines: [{ lineIndex: 0, amount: 10_000 }] },
  });
  if (!cn.ok) throw new Error(cn.reason);
  const creditDoc: TaxReportDocument = { id: "c1", date: "2026-02-10", currency: "CAD", taxes: cn.creditNote.taxes };

  const report = taxReport({
    invoices: [qc.doc, on.doc, ns.doc, us.doc, outside.doc],
    creditNotes: [creditDoc],
    period: { from: "2026-01-01", to: "2026-03-31" },
  });
  const row = (code: string, jurisdiction: string, ratePpm: number) =>
    report.rows.find((r) => r.taxCode === code && r.jurisdiction === jurisdiction && r.ratePpm === ratePpm);

  it("reports GST and QST collected minus credit notes", () => {
    expect(row("GST", "CA", 50_000)).toMatchObject({
      collected: { amount: 5_000 },
      credited: { amount: 500 },
      netTax: { amount: 4_500 },
      netBase: { amount: 90_000 },
      invoiceIds: ["i1"],
      creditNoteIds: ["c1"],
    });
    expect(row("QST", "CA-QC", 99_750)?.netTax.amount).toBe(9_975 - 998);
  });

  it("reports HST per province and rate, and zero-rated exports with their base", () => {
    expect(row("HST", "CA-ON", 130_000)?.collected.amount).toBe(6_500);
    expect(row("HST", "CA-NS", 140_000)?.collected.amount).toBe(2_800);
    expect(row("GST", "CA", 0)).toMatchObject({
      category: "zero_rated",
      invoicedBase: { amount: 30_000 },
      collected: { amount: 0 },
    });
  });

  it("leaves out documents outside the period and sums per tax code", () => {
    expect(report.rows.flatMap((r) => r.invoiceIds)).not.toContain("i5");
    expect(report.rows.map((r) => `${r.taxCode}:${r.jurisdiction}:${r.ratePpm}`)).toEqual([
      "GST:CA:50000",
      "GST:CA:0",
      "HST:CA-NS:140000",
      "HST:CA-ON:130000",
      "QST:CA-QC:99750",
      "QST:CA-QC:0",
    ]);
    expect(report.netByTaxCode.HST?.amount).toBe(9_300);
    expect(report.netByTaxCode.GST?.amount).toBe(4_500);
  });

  it("France: TVA per rate", () => {
    const taxes = determineTaxes({
      provider: { jurisdiction: "FR", vatNumber: "FR1" },
      client: { country: "FR", isConsumer: false },
      taxDate: "2026-05-01",
    });
    const [reduced] = taxes.availableRates.filter((r) => r.ratePpm === 55_000);
    const totals = computeInvoiceTotals({
      currency: "EUR",
      lines: [
        { description: "a", quantityMilli: 1_000, unitPrice: 10_000, taxIds: [taxes.taxes[0]!.id] },
        { description: "b", quantityMilli: 1_000, unitPrice: 10_000, taxIds: [reduced!.id] },
      ],
      taxes: [...taxes.taxes, reduced!],
    });
    const r = taxReport({
      invoices: [{ id: "f1", date: "2026-05-01", currency: "EUR", taxes: totals.taxes }],
      creditNotes: [],
      period: { from: "2026-05-01", to: "2026-05-31" },
    });
    expect(r.rows.map((x) => [x.ratePpm, x.collected.amount])).toEqual([
      [200_000, 2_000],
      [55_000, 550],
    ]);
  });

  it("refuses mixed currencies and a reversed period", () => {
    expect(() =>
      taxReport({
        invoices: [qc.doc, { ...on.doc, currency: "EUR" }],
        creditNotes: [],
        period: { from: "2026-01-01", to: "2026-12-31" },
      }),
    ).toThrow(/mixes/);
    expect(() =>
      taxReport({ invoices: [], creditNotes: [], period: { from: "2026-02-01", to: "2026-01-01" } }),
    ).toThrow(/ends before/);
  });
});

describe("taxReportOfSums", () => {
  const qc = invoice("i1", "2026-01-15", { country: "CA", province: "QC", isConsumer: false }, 100_000);
  const qc2 = invoice("i2", "2026-01-20", { country: "CA", province: "QC", isConsumer: false }, 40_000);
  const period = { from: "2026-01-01", to: "2026-03-31" };

  it("gives the report of the documents it sums (what the database adds up for a year)", () => {
    const sums: TaxSum[] = qc.doc.taxes.map((t, i) => ({
      kind: "invoice",
      jurisdiction: t.jurisdiction,
      taxCode: t.taxCode,
      category: t.category ?? "standard",
      ratePpm: t.ratePpm,
      currency: "CAD",
      base: t.base.amount + qc2.doc.taxes[i]!.base.amount,
      amount: t.amount.amount + qc2.doc.taxes[i]!.amount.amount,
      documentIds: ["i1", "i2"],
    }));
    expect(taxReportOfSums({ period, sums })).toEqual(
      taxReport({ period, invoices: [qc.doc, qc2.doc], creditNotes: [] }),
    );
  });

  it("refuses a reversed period and mixed currencies; an empty period is an empty report", () => {
    expect(() => taxReportOfSums({ period: { from: "2026-02-01", to: "2026-01-01" }, sums: [] })).toThrow(/period/);
    const sum: TaxSum = {
      kind: "invoice",
      jurisdiction: "CA",
      taxCode: "GST",
      category: "standard",
      ratePpm: 50_000,
      currency: "CAD",
      base: 100,
      amount: 5,
      documentIds: ["a"],
    };
    expect(() => taxReportOfSums({ period, sums: [sum, { ...sum, currency: "EUR" }] })).toThrow(/currencies/);
    expect(taxReportOfSums({ period, sums: [] })).toEqual({ period, currency: "CAD", rows: [], netByTaxCode: {} });
  });
});
