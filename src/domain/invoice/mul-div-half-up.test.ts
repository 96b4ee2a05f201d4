import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../money.ts";
import { divHalfUp, mulDivHalfUp } from "./mul-div-half-up.ts";

describe("mulDivHalfUp", () => {
  it("rounds half away from zero", () => {
    expect(mulDivHalfUp(1_500, { times: 3_333, over: 1_000 })).toBe(5_000); // 1.5 × 33.33 = 49.995 → 50.00
    expect(mulDivHalfUp(10_000, { times: 99_750, over: 1_000_000 })).toBe(998);
    expect(mulDivHalfUp(-5, { times: 1, over: 10 })).toBe(-1);
  });
  it("stays exact where a float product would not", () => {
    expect(mulDivHalfUp(999_999_999, { times: 9_000_000_001, over: 1_000 })).toBe(8_999_999_992_000_000);
  });
  it("agrees with money.roundHalfUp on small products", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e7, max: 1e7 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 1e6 }),
        (a, b, d) => {
          expect(mulDivHalfUp(a, { times: b, over: d })).toBe(roundHalfUp(a * b, d) + 0); // + 0: money.ts may return -0
        },
      ),
    );
  });
  it("divHalfUp rounds BigInt quotients half away from zero", () => {
    expect(divHalfUp(15n, 10n)).toBe(2n);
    expect(divHalfUp(14n, 10n)).toBe(1n);
    expect(divHalfUp(-15n, 10n)).toBe(-2n);
  });
  it("refuses non-integers and a zero divisor", () => {
    expect(() => mulDivHalfUp(1.5, { times: 1, over: 1 })).toThrow();
    expect(() => mulDivHalfUp(1, { times: 1, over: 0 })).toThrow();
  });
});
