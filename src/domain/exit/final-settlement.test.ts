import { describe, expect, it } from "vitest";
import { computeFinalSettlement, type SettlementInput } from "./final-settlement.ts";

const base: SettlementInput = {
  pricingModel: "fixed",
  agreedPrice: 0,
  valuation: { method: "percent", percentComplete: 0 },
  expenses: 0,
  usablePropertyValue: 0,
  invoicedToDate: 0,
  receivedToDate: 0,
};

describe("computeFinalSettlement (C.c.Q. art. 2129), worked examples", () => {
  it("A. fixed 12 000 $, 40 % done, 350 $ of stock licences, a 249 $ plugin licence handed over, 30 % deposit paid", () => {
    const s = computeFinalSettlement({
      ...base,
      agreedPrice: 1_200_000,
      valuation: { method: "percent", percentComplete: 40 },
      expenses: 35_000,
      usablePropertyValue: 24_900,
      invoicedToDate: 360_000,
      receivedToDate: 360_000,
    });
    // 4 800 + 350 + 249 = 5 399 $ earned; 3 600 $ already invoiced → final invoice 1 799 $
    expect(s).toMatchObject({ workValue: 480_000, earned: 539_900, finalInvoiceAmount: 179_900, refundAmount: 0 });
  });

  it("B. refund of unearned advances: fixed 5 000 $, 40 % deposit paid, only 25 % done → refund 750 $", () => {
    const s = computeFinalSettlement({
      ...base,
      agreedPrice: 500_000,
      valuation: { method: "percent", percentComplete: 25 },
      invoicedToDate: 200_000,
      receivedToDate: 200_000,
    });
    expect(s).toMatchObject({ earned: 125_000, finalInvoiceAmount: 0, creditNoteAmount: 0, refundAmount: 75_000 });
  });

  it("C. hours × rate on a capped price: 50 h 30 at 110 $/h = 5 555 $, 4 000 $ invoiced → 1 555 $; beyond the cap, the cap", () => {
    const capped = { ...base, pricingModel: "capped" as const, agreedPrice: 800_000 };
    const s = computeFinalSettlement({
      ...capped,
      valuation: { method: "hours", minutes: 3_030, hourlyRate: 11_000 },
      invoicedToDate: 400_000,
      receivedToDate: 400_000,
    });
    expect(s).toMatchObject({ workValue: 555_500, finalInvoiceAmount: 155_500 });
    const over = computeFinalSettlement({
      ...capped,
      valuation: { method: "hours", minutes: 80 * 60, hourlyRate: 11_000 },
    });
    expect(over.workValue).toBe(800_000);
  });

  it("D. hourly without a cap, rounded half-up: 12 h 15 at 95 $/h = 1 163,75 $", () => {
    const s = computeFinalSettlement({
      ...base,
      pricingModel: "hourly",
      valuation: { method: "hours", minutes: 735, hourlyRate: 9_500 },
    });
    expect(s.finalInvoiceAmount).toBe(116_375);
  });

  it("E. over-invoiced and partly paid: 3 000 $ invoiced, 1 000 $ paid, 500 $ earned → credit note 2 000 $, refund 500 $", () => {
    const s = computeFinalSettlement({
      ...base,
      agreedPrice: 1_000_000,
      valuation: { method: "percent", percentComplete: 5 },
      invoicedToDate: 300_000,
      receivedToDate: 100_000,
    });
    expect(s).toMatchObject({ earned: 50_000, creditNoteAmount: 200_000, refundAmount: 50_000, finalInvoiceAmount: 0 });
  });

  it("rounds a fractional percentage half-up: 33,33 % of 1 000,01 $ = 333,30 $", () => {
    const s = computeFinalSettlement({
      ...base,
      agreedPrice: 100_001,
      valuation: { method: "percent", percentComplete: 33.33 },
    });
    expect(s.workValue).toBe(33_330); // 100 001 × 3 333 ÷ 10 000 = 33 330,33
  });

  it("refuses impossible inputs", () => {
    const invalid = expect.objectContaining({ code: "validation" });
    expect(() =>
      computeFinalSettlement({ ...base, valuation: { method: "percent", percentComplete: 120 } }),
    ).toThrowError(invalid);
    expect(() => computeFinalSettlement({ ...base, invoicedToDate: 10, receivedToDate: 20 })).toThrowError(invalid);
    expect(() => computeFinalSettlement({ ...base, expenses: -1 })).toThrowError(invalid);
    expect(() =>
      computeFinalSettlement({
        ...base,
        pricingModel: "hourly",
        valuation: { method: "percent", percentComplete: 50 },
      }),
    ).toThrowError(invalid);
  });
});
