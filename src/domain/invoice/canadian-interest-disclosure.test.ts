import { describe, expect, it } from "vitest";
import { annualEquivalent, criminalRateCheck, recoverableAnnualRate } from "./canadian-interest-disclosure.ts";

describe("Interest Act s. 4 and Criminal Code s. 347", () => {
  it("2% a month is 24% nominal, 26.82% effective; day rates; the dated criminal-rate caps", () => {
    expect(annualEquivalent({ period: "day", ratePpm: 100 })).toMatchObject({ nominalPpm: 36_500 });
    expect(recoverableAnnualRate({ period: "year", ratePpm: 120_000, annualEquivalentStated: false })).toEqual({
      ratePpm: 120_000,
      cappedByInterestActS4: false,
    });
    expect(criminalRateCheck({ effectiveAnnualPpm: 400_000, date: "2024-12-31" }).exceeds).toBe(false); // 60% EAR cap
    expect(criminalRateCheck({ effectiveAnnualPpm: 400_000, date: "2025-01-01" }).exceeds).toBe(true); // 35% [U]
  });
  it("caps a hidden monthly rate at 5%", () => {
    expect(recoverableAnnualRate({ period: "month", ratePpm: 20_000, annualEquivalentStated: false })).toEqual({
      ratePpm: 50_000,
      cappedByInterestActS4: true,
    });
    expect(annualEquivalent({ period: "month", ratePpm: 20_000 })).toEqual({
      nominalPpm: 240_000,
      effectivePpm: 268_242,
    });
  });
});
