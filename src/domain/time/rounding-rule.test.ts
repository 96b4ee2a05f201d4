import { describe, expect, it } from "vitest";
import { roundMinutes } from "./rounding-rule.ts";
import { valueOfMinutes } from "./value-of-minutes.ts";

describe("rounding rule, per entry, always up", () => {
  it.each([
    ["none", 1, 1],
    ["none", 47, 47],
    ["up_6", 1, 6],
    ["up_6", 6, 6],
    ["up_6", 7, 12],
    ["up_10", 21, 30],
    ["up_15", 1, 15],
    ["up_15", 15, 15],
    ["up_15", 16, 30],
    ["up_15", 61, 75],
    ["up_30", 31, 60],
    ["up_30", 1_440, 1_440],
  ] as const)("%s: %i min → %i min", (rule, minutes, expected) => {
    expect(roundMinutes(minutes, rule)).toBe(expected);
  });
  it("rounds each entry, so three 5-minute entries under up_15 count 45 minutes, not 15", () => {
    expect([5, 5, 5].reduce((a, m) => a + roundMinutes(m, "up_15"), 0)).toBe(45);
  });
  it("refuses an unknown rule and fractional minutes", () => {
    expect(() => roundMinutes(5, "up_7" as "up_6")).toThrow(expect.objectContaining({ code: "validation" }));
    expect(() => roundMinutes(1.5, "none")).toThrow(expect.objectContaining({ code: "validation" }));
  });
});

describe("value of minutes at a billable rate", () => {
  it("rounds half-up to the cent", () => {
    // 10 min × 85.00 $/h: 10 × 8 500 / 60 = 1 416.67 ¢ → 1 417 ¢ (14.17 $)
    expect(valueOfMinutes(10, 8_500)).toBe(1_417);
    // 90 min × 120.00 $/h = 90 × 12 000 / 60 = 18 000 ¢
    expect(valueOfMinutes(90, 12_000)).toBe(18_000);
    // 1 min × 0.30 $/h = 30 / 60 = 0.5 ¢ → 1 ¢ (half-up)
    expect(valueOfMinutes(1, 30)).toBe(1);
    // 1 min × 0.29 $/h = 0.483 ¢ → 0
    expect(valueOfMinutes(1, 29)).toBe(0);
  });
  it("refuses negative or fractional inputs", () => {
    expect(() => valueOfMinutes(-1, 100)).toThrow(expect.objectContaining({ code: "validation" }));
    expect(() => valueOfMinutes(10, 85.5)).toThrow(expect.objectContaining({ code: "validation" }));
  });
});
