import { describe, expect, it } from "vitest";
import { offerBilling } from "./offer-billing.ts";

const PRICE = 1_200_000; // 12 000 $
const DEPOSIT = 360_000; // 30 % = 3 600 $

describe("offerBilling", () => {
  it("bills a progress invoice up to the cumulative share, less the deposit: 50 % of 12 000 $ − 3 600 $ = 2 400 $", () => {
    expect(offerBilling({ price: PRICE, billedToDate: DEPOSIT, target: { kind: "progress", done: 1, of: 2 } })).toEqual(
      {
        ok: true,
        amount: 240_000,
        cumulative: 600_000,
        billedToDate: 360_000,
      },
    );
  });

  it("then bills the balance: 12 000 $ − 6 000 $ = 6 000 $; a second balance is refused as already billed", () => {
    const balance = offerBilling({ price: PRICE, billedToDate: 600_000, target: { kind: "balance" } });
    expect(balance).toEqual({ ok: true, amount: 600_000, cumulative: 1_200_000, billedToDate: 600_000 });
    expect(offerBilling({ price: PRICE, billedToDate: 1_200_000, target: { kind: "balance" } })).toEqual({
      ok: false,
      reason: "already_billed",
      cumulative: 1_200_000,
      billedToDate: 1_200_000,
    });
  });

  it("refuses a progress share already covered by the deposit (25 % < 30 %)", () => {
    const r = offerBilling({
      price: PRICE,
      billedToDate: DEPOSIT,
      target: { kind: "progress", done: 2_500, of: 10_000 },
    });
    expect(r).toMatchObject({ ok: false, reason: "already_billed", cumulative: 300_000 });
  });

  it("rounds the cumulative target half-up: 1/3 of 1 000,01 $ = 333,336… → 333,34 $", () => {
    const r = offerBilling({ price: 100_001, billedToDate: 0, target: { kind: "progress", done: 1, of: 3 } });
    expect(r).toMatchObject({ ok: true, amount: 33_334, cumulative: 33_334 });
  });

  it("bills the share of the delivered deliverables by price: 1 500 $ of 1 950 $ with a 585 $ deposit → 915 $", () => {
    const r = offerBilling({
      price: 195_000,
      billedToDate: 58_500,
      target: { kind: "progress", done: 150_000, of: 195_000 },
    });
    expect(r).toMatchObject({ ok: true, amount: 91_500, cumulative: 150_000 });
  });

  it("bills again what a credit note took back (billedToDate is net of credits)", () => {
    // 6 000 $ billed, 1 000 $ credited → 5 000 $ net; the balance is 7 000 $.
    const r = offerBilling({ price: PRICE, billedToDate: 500_000, target: { kind: "balance" } });
    expect(r).toMatchObject({ ok: true, amount: 700_000 });
  });

  it.each([
    { done: 0, of: 2 },
    { done: -1, of: 2 },
    { done: 3, of: 2 },
    { done: 1, of: 0 },
    { done: 1, of: -4 },
    { done: Number.NaN, of: 2 },
  ])("refuses the out-of-range share $done / $of", ({ done, of }) => {
    expect(offerBilling({ price: PRICE, billedToDate: 0, target: { kind: "progress", done, of } })).toEqual({
      ok: false,
      reason: "range",
      cumulative: 0,
      billedToDate: 0,
    });
  });

  it("accepts exactly 100 % as a progress share (same as the balance)", () => {
    const r = offerBilling({ price: PRICE, billedToDate: DEPOSIT, target: { kind: "progress", done: 7, of: 7 } });
    expect(r).toMatchObject({ ok: true, amount: 840_000, cumulative: 1_200_000 });
  });
});
