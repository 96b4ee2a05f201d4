import { describe, expect, it } from "vitest";
import { add, applyRatePpm, minutesTimesRate, money, roundHalfUp, sum } from "./money.ts";

describe("money", () => {
  it("rounds half away from zero", () => {
    expect(roundHalfUp(5, 10)).toBe(1);
    expect(roundHalfUp(4, 10)).toBe(0);
    expect(roundHalfUp(-5, 10)).toBe(-1);
    expect(roundHalfUp(15, 10)).toBe(2);
  });
  it("applies QST 9.975% exactly on 100.00 $", () => {
    expect(applyRatePpm(10_000, 99_750)).toBe(998); // 9.975 → 9.98
    expect(applyRatePpm(10_000, 50_000)).toBe(500);
  });
  it("values minutes at an hourly rate", () => {
    expect(minutesTimesRate(90, 8_500)).toBe(12_750);
    expect(minutesTimesRate(1, 10_000)).toBe(167);
  });
  it("refuses mixing currencies and non-integers", () => {
    expect(() => add(money(1, "CAD"), money(1, "EUR"))).toThrow(/currency/);
    expect(() => money(1.5, "CAD")).toThrow(/integer/);
    expect(sum([money(1, "CAD"), money(2, "CAD")], "CAD").amount).toBe(3);
  });
});
