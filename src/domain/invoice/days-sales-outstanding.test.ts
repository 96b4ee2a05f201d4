import { describe, expect, it } from "vitest";
import { money } from "../money.ts";
import { daysSalesOutstanding, dsoFromSums, dsoSumsOf } from "./days-sales-outstanding.ts";

const cad = (n: number) => money(n, "CAD");

describe("daysSalesOutstanding", () => {
  it("receivables ÷ net credit sales × days in the period", () => {
    // Q1 2026 (90 days): 100,000 $ invoiced; 25,000 $ still open on 2026-03-31 → 25,000 / 100,000 × 90 = 22.5 days.
    const r = daysSalesOutstanding({
      from: "2026-01-01",
      to: "2026-03-31",
      invoices: [
        {
          id: "a",
          issueDate: "2026-01-10",
          total: cad(6_000_000),
          payments: [{ date: "2026-02-01", amount: cad(6_000_000) }],
          creditNotes: [],
        },
        {
          id: "b",
          issueDate: "2026-03-01",
          total: cad(4_000_000),
          payments: [
            { date: "2026-03-15", amount: cad(1_500_000) },
            { date: "2026-04-02", amount: cad(2_500_000) }, // after the period: still a receivable on 03-31
          ],
          creditNotes: [],
        },
        { id: "later", issueDate: "2026-04-05", total: cad(999), payments: [], creditNotes: [] },
      ],
    });
    expect(r).toMatchObject({ ok: true, days: 22.5, periodDays: 90, openInvoiceIds: ["b"] });
    if (r.ok) {
      expect(r.receivables.amount).toBe(2_500_000);
      expect(r.netCreditSales.amount).toBe(10_000_000);
    }
  });

  it("counts credit notes and write-offs, and carries older receivables", () => {
    const r = daysSalesOutstanding({
      from: "2026-02-01",
      to: "2026-02-28",
      invoices: [
        { id: "old", issueDate: "2025-12-01", total: cad(1_000), payments: [], creditNotes: [] },
        {
          id: "wo",
          issueDate: "2025-11-01",
          total: cad(500),
          payments: [],
          creditNotes: [],
          writeOff: { date: "2026-01-15", amount: cad(500) },
        },
        {
          id: "new",
          issueDate: "2026-02-10",
          total: cad(3_000),
          payments: [],
          creditNotes: [{ date: "2026-02-20", amount: cad(1_000) }],
        },
      ],
    });
    // receivables = 1,000 + 2,000 = 3,000; sales = 3,000 − 1,000 = 2,000; 28 days → 42 days.
    expect(r).toMatchObject({ ok: true, days: 42, openInvoiceIds: ["old", "new"] });
  });

  it("is undefined without sales", () => {
    expect(daysSalesOutstanding({ from: "2026-01-01", to: "2026-01-31", invoices: [] })).toEqual({
      ok: false,
      reason: "no net credit sales in the period: DSO is undefined",
    });
    expect(() => daysSalesOutstanding({ from: "2026-02-01", to: "2026-01-01", invoices: [] })).toThrow(/ends before/);
  });

  it("adds up in parts: the sums of two halves give the same DSO as the whole", () => {
    const period = { from: "2026-02-01", to: "2026-02-28" };
    const invoices = [
      { id: "old", issueDate: "2025-12-01", total: cad(1_000), payments: [], creditNotes: [] },
      {
        id: "new",
        issueDate: "2026-02-10",
        total: cad(3_000),
        payments: [{ date: "2026-03-02", amount: cad(500) }],
        creditNotes: [{ date: "2026-02-20", amount: cad(1_000) }],
      },
      { id: "later", issueDate: "2026-03-05", total: cad(999), payments: [], creditNotes: [] },
    ];
    const [a, b] = [dsoSumsOf(invoices.slice(0, 1), period), dsoSumsOf(invoices.slice(1), period)];
    const sums = { receivables: a.receivables + b.receivables, sales: a.sales + b.sales };
    expect(sums).toEqual({ receivables: 3_000, sales: 2_000 });
    const { openInvoiceIds: _, ...whole } = daysSalesOutstanding({ ...period, invoices }) as {
      openInvoiceIds: string[];
    };
    expect(dsoFromSums(sums, { ...period, currency: "CAD" })).toEqual(whole);
  });
});
