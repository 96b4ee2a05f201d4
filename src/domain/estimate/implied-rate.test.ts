import { describe, expect, it } from "vitest";
import { impliedHourlyRate } from "./implied-rate.ts";

const cad = (amount: number) => ({ amount, currency: "CAD" as const });

describe("implied hourly rate", () => {
  it("divides the price by the expected hours, rounded half-up, and compares with the target", () => {
    // 1300.00 $ / 14.5 h = 89.655… $/h → 89.66 $
    const above = impliedHourlyRate({ price: cad(130_000), expectedHours: 14.5, targetRate: cad(8_500) });
    expect(above).toEqual({ ok: true, rate: cad(8_966), differenceBps: 548, status: "above" });
    const at = impliedHourlyRate({ price: cad(130_000), expectedHours: 14.5, targetRate: cad(9_000) });
    expect(at).toMatchObject({ differenceBps: -38, status: "at" });
    const below = impliedHourlyRate({ price: cad(130_000), expectedHours: 14.5, targetRate: cad(10_000) });
    expect(below).toMatchObject({ differenceBps: -1034, status: "below" });
  });
  it("uses the tolerance band given", () => {
    const r = impliedHourlyRate({ price: cad(130_000), expectedHours: 14.5, targetRate: cad(9_000), toleranceBps: 0 });
    expect(r).toMatchObject({ status: "below" });
    const exact = impliedHourlyRate({
      price: cad(100_000),
      expectedHours: 10,
      targetRate: cad(10_000),
      toleranceBps: 0,
    });
    expect(exact).toMatchObject({ differenceBps: 0, status: "at" });
  });
  it("rounds half-up", () => {
    expect(impliedHourlyRate({ price: cad(1), expectedHours: 2, targetRate: cad(1) })).toMatchObject({ rate: cad(1) });
    expect(impliedHourlyRate({ price: cad(5), expectedHours: 4, targetRate: cad(1) })).toMatchObject({ rate: cad(1) });
  });
  it("refuses without hours, with a zero target or mixed currencies", () => {
    expect(impliedHourlyRate({ price: cad(1), expectedHours: 0, targetRate: cad(1) })).toEqual({
      ok: false,
      reason: "no_hours",
    });
    expect(() => impliedHourlyRate({ price: cad(1), expectedHours: 1, targetRate: cad(0) })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
    expect(() =>
      impliedHourlyRate({ price: cad(1), expectedHours: 1, targetRate: { amount: 1, currency: "EUR" } }),
    ).toThrow(expect.objectContaining({ code: "validation" }));
  });
});
