import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getTaxRate } from "../tax/tax-rate.ts";
import { type CreditNoteTotals, computeCreditNote, creditableRemainder } from "./credit-note.ts";
import { computeInvoiceTotals } from "./invoice-totals.ts";

const GST = getTaxRate({ jurisdiction: "CA", taxCode: "GST", date: "2026-01-01" });
const QST = getTaxRate({ jurisdiction: "CA-QC", taxCode: "QST", date: "2026-01-01" });
const original = computeInvoiceTotals({
  currency: "CAD",
  lines: [
    { description: "Design", quantityMilli: 1_000, unitPrice: 100_000 },
    { description: "Hosting", quantityMilli: 12_000, unitPrice: 2_500 },
    { description: "Domain (untaxed)", quantityMilli: 1_000, unitPrice: 1_999, taxIds: [] },
  ],
  taxes: [GST, QST],
});

function credit(request: Parameters<typeof computeCreditNote>[0]["request"], previous: CreditNoteTotals[] = []) {
  const r = computeCreditNote({ original, previousCredits: previous, request });
  if (!r.ok) throw new Error(r.reason);
  return r.creditNote;
}

describe("computeCreditNote", () => {
  it("a full credit note reverses the invoice exactly", () => {
    const cn = credit({ kind: "full" });
    expect(cn.total).toEqual(original.total);
    expect(cn.taxes.map((t) => t.amount.amount)).toEqual(original.taxes.map((t) => t.amount.amount));
  });

  it("a partial credit note taxes the credited base at the invoice's rates", () => {
    const cn = credit({ kind: "partial", lines: [{ lineIndex: 0, amount: 10_000 }] });
    expect(cn.taxes.map((t) => [t.taxCode, t.base.amount, t.amount.amount])).toEqual([
      ["GST", 10_000, 500],
      ["QST", 10_000, 998],
    ]);
    expect(cn.total.amount).toBe(11_498);
  });

  it("partial credits then a full credit bring every remainder to zero", () => {
    const first = credit({ kind: "partial", lines: [{ lineIndex: 1, amount: 333 }] });
    const second = credit({ kind: "partial", lines: [{ lineIndex: 1, amount: 333 }] }, [first]);
    const last = credit({ kind: "full" }, [first, second]);
    const rest = creditableRemainder(original, [first, second, last]);
    expect(rest.lines).toEqual([0, 0, 0]);
    expect(rest.taxes.map((t) => [t.base, t.amount])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(rest.total).toBe(0);
  });

  it("refuses more than what remains on a line, an unknown line, and a second full credit", () => {
    const r1 = computeCreditNote({
      original,
      previousCredits: [],
      request: { kind: "partial", lines: [{ lineIndex: 2, amount: 2_000 }] },
    });
    expect(r1).toEqual({ ok: false, reason: "line 3: crediting 20.00 CAD exceeds the 19.99 CAD still creditable" });
    const r2 = computeCreditNote({
      original,
      previousCredits: [],
      request: { kind: "partial", lines: [{ lineIndex: 7, amount: 1 }] },
    });
    expect(r2.ok).toBe(false);
    const full = credit({ kind: "full" });
    expect(computeCreditNote({ original, previousCredits: [full], request: { kind: "full" } })).toEqual({
      ok: false,
      reason: "nothing left to credit on this invoice",
    });
    const r3 = computeCreditNote({
      original,
      previousCredits: [],
      request: { kind: "partial", lines: [{ lineIndex: 0, amount: 0 }] },
    });
    expect(r3.ok).toBe(false);
  });

  it("property: any sequence of credit notes never exceeds the invoice, per line, per tax and in total", () => {
    const req = fc.array(
      fc.record({ lineIndex: fc.integer({ min: 0, max: 2 }), amount: fc.integer({ min: 1, max: 40_000 }) }),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(fc.array(req, { maxLength: 8 }), (requests) => {
        const done: CreditNoteTotals[] = [];
        for (const lines of requests) {
          const unique = lines.filter((l, i) => lines.findIndex((x) => x.lineIndex === l.lineIndex) === i);
          const r = computeCreditNote({ original, previousCredits: done, request: { kind: "partial", lines: unique } });
          if (r.ok) done.push(r.creditNote);
        }
        const rest = creditableRemainder(original, done);
        for (const l of rest.lines) expect(l).toBeGreaterThanOrEqual(0);
        for (const t of rest.taxes) {
          expect(t.base).toBeGreaterThanOrEqual(0);
          expect(t.amount).toBeGreaterThanOrEqual(0);
        }
        expect(rest.total).toBeGreaterThanOrEqual(0);
        for (const cn of done) {
          expect(cn.total.amount).toBe(cn.subtotal.amount + cn.taxTotal.amount);
          expect(cn.total.amount).toBeGreaterThan(0);
        }
      }),
    );
  });
});
