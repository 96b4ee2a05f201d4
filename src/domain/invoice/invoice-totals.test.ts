import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { applyRatePpm } from "../money.ts";
import { getTaxRate } from "../tax/tax-rate.ts";
import { computeInvoiceTotals, type InvoiceLineInput, type InvoiceTax } from "./invoice-totals.ts";

const GST = getTaxRate({ jurisdiction: "CA", taxCode: "GST", date: "2026-01-01" });
const QST = getTaxRate({ jurisdiction: "CA-QC", taxCode: "QST", date: "2026-01-01" });
const TVA20 = getTaxRate({ jurisdiction: "FR", taxCode: "TVA", date: "2026-01-01" });
const TVA55 = getTaxRate({ jurisdiction: "FR", taxCode: "TVA", category: "reduced", date: "2026-01-01" });
const line = (quantityMilli: number, unitPrice: number, extra: Partial<InvoiceLineInput> = {}): InvoiceLineInput => ({
  description: "work",
  quantityMilli,
  unitPrice,
  ...extra,
});

describe("computeInvoiceTotals", () => {
  it("rounds each line half-up: 1.5 h × 33.33 $ = 49.995 → 50.00 $", () => {
    const t = computeInvoiceTotals({ currency: "CAD", lines: [line(1_500, 3_333)], taxes: [] });
    expect(t.lines[0]?.amount.amount).toBe(5_000);
    expect(t.total.amount).toBe(5_000);
  });

  it("applies percent and amount discounts per line", () => {
    const t = computeInvoiceTotals({
      currency: "CAD",
      lines: [
        line(1_000, 10_005, { discount: { kind: "percent", ratePpm: 100_000 } }), // 100.05 − 10.005 → 10.01 = 90.04
        line(2_000, 5_000, { discount: { kind: "amount", amount: 1_500 } }), // 100.00 − 15.00 = 85.00
      ],
      taxes: [],
    });
    expect(t.lines.map((l) => [l.gross.amount, l.discount.amount, l.amount.amount])).toEqual([
      [10_005, 1_001, 9_004],
      [10_000, 1_500, 8_500],
    ]);
    expect(t.subtotal.amount).toBe(17_504);
  });

  it("computes GST and QST separately on the same base of several lines, rounding once per tax", () => {
    // DERIVED from Revenu Québec, "Calculating the taxes": "If more than one good or service is being sold, you can
    // calculate the GST and QST on the total price … before rounding off the fractions." Three lines of $0.05:
    // per line QST would round to $0.00 each; on the $0.15 base it is $0.0149625 → $0.01.
    const t = computeInvoiceTotals({
      currency: "CAD",
      lines: [line(1_000, 5), line(1_000, 5), line(1_000, 5)],
      taxes: [GST, QST],
    });
    expect(t.taxes.map((x) => [x.taxCode, x.base.amount, x.amount.amount])).toEqual([
      ["GST", 15, 1],
      ["QST", 15, 1],
    ]);
  });

  it("taxes only the lines a tax applies to; untaxed lines stay in the subtotal", () => {
    const t = computeInvoiceTotals({
      currency: "CAD",
      lines: [line(1_000, 10_000), line(1_000, 2_000, { taxIds: [] })],
      taxes: [GST, QST],
    });
    expect(t.taxes.map((x) => x.base.amount)).toEqual([10_000, 10_000]);
    expect(t.total.amount).toBe(12_000 + 500 + 998);
  });

  it("France: a total per VAT rate (20% and 5.5% lines)", () => {
    // DERIVED (no numeric example in the sources): CGI ann. II art. 242 nonies A 11° asks for the taxable total
    // per rate. 1,000.00 € at 20% → 200.00 €; 333.33 € at 5.5% → 18.33315 → 18.33 €.
    const t = computeInvoiceTotals({
      currency: "EUR",
      lines: [line(1_000, 100_000, { taxIds: [TVA20.id] }), line(1_000, 33_333, { taxIds: [TVA55.id] })],
      taxes: [TVA20, TVA55],
    });
    expect(t.taxes.map((x) => [x.ratePpm, x.base.amount, x.amount.amount])).toEqual([
      [200_000, 100_000, 20_000],
      [55_000, 33_333, 1_833],
    ]);
    expect(t.total.amount).toBe(133_333 + 21_833);
  });

  it("refuses bad input with every field at fault", () => {
    try {
      computeInvoiceTotals({
        currency: "CAD",
        lines: [
          line(-1, 100),
          line(1_000, 1.5),
          line(1_000, 100, { discount: { kind: "amount", amount: 101 } }),
          line(1_000, 100, { taxIds: ["nope"] }),
        ],
        taxes: [GST],
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const err = e as DomainError;
      expect(err.code).toBe("validation");
      expect(err.details?.fields?.map((f) => f.path)).toEqual([
        "lines.0.quantityMilli",
        "lines.1.unitPrice",
        "lines.2.discount.amount",
        "lines.3.taxIds",
      ]);
    }
  });

  it("refuses a line taxed twice by the same tax code (two TVA rates)", () => {
    expect(() => computeInvoiceTotals({ currency: "EUR", lines: [line(1_000, 100)], taxes: [TVA20, TVA55] })).toThrow(
      /taxed twice/,
    );
  });
});

const lineArb = fc.record({
  description: fc.constant("x"),
  quantityMilli: fc.integer({ min: 0, max: 1_000_000 }),
  unitPrice: fc.integer({ min: 0, max: 1_000_000 }),
  discount: fc.option(
    fc.oneof(
      fc.record({ kind: fc.constant("percent" as const), ratePpm: fc.integer({ min: 0, max: 1_000_000 }) }),
      fc.record({ kind: fc.constant("amount" as const), amount: fc.integer({ min: 0, max: 100 }) }),
    ),
    { nil: undefined },
  ),
  taxIds: fc.option(fc.subarray([GST.id, QST.id]), { nil: undefined }),
});

function safe(lines: InvoiceLineInput[]) {
  // An amount discount larger than the line is invalid input: clamp it for the property.
  return lines.map((l) =>
    l.discount?.kind === "amount"
      ? {
          ...l,
          discount: {
            kind: "amount" as const,
            amount: Math.min(l.discount.amount, Math.floor((l.quantityMilli * l.unitPrice) / 1000)),
          },
        }
      : l,
  );
}

describe("computeInvoiceTotals properties", () => {
  const taxes: InvoiceTax[] = [GST, QST];
  it("total = Σ line amounts + Σ taxes, and nothing is negative", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 12 }), (raw) => {
        const t = computeInvoiceTotals({ currency: "CAD", lines: safe(raw), taxes });
        const sumLines = t.lines.reduce((s, l) => s + l.amount.amount, 0);
        const sumTaxes = t.taxes.reduce((s, x) => s + x.amount.amount, 0);
        expect(t.subtotal.amount).toBe(sumLines);
        expect(t.total.amount).toBe(sumLines + sumTaxes);
        for (const l of t.lines) expect(l.amount.amount).toBeGreaterThanOrEqual(0);
        for (const x of t.taxes) expect(x.amount.amount).toBeGreaterThanOrEqual(0);
      }),
    );
  });
  it("GST and QST are each computed on the same base, never on each other", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 12 }), (raw) => {
        const lines = safe(raw).map((l) => ({ ...l, taxIds: undefined }));
        const t = computeInvoiceTotals({ currency: "CAD", lines, taxes });
        const [gst, qst] = t.taxes;
        expect(gst?.base.amount).toBe(t.subtotal.amount);
        expect(qst?.base.amount).toBe(t.subtotal.amount);
        expect(gst?.amount.amount).toBe(applyRatePpm(t.subtotal.amount, 50_000));
        expect(qst?.amount.amount).toBe(applyRatePpm(t.subtotal.amount, 99_750));
      }),
    );
  });
});
