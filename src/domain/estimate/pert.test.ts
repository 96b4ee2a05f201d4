import { describe, expect, it } from "vitest";
import { pert, ThreePointEstimateSchema, validateThreePoint } from "./pert.ts";

describe("PERT", () => {
  it("computes (o + 4m + p) / 6 and (p − o) / 6 on hand-checked numbers", () => {
    // (2 + 16 + 12) / 6 = 5; σ = 10 / 6 = 1.666…; variance = 100 / 36 = 2.777…
    const r = pert({ optimistic: 2, likely: 4, pessimistic: 12 });
    expect(r.expected).toBe(5);
    expect(r.standardDeviation).toBeCloseTo(1.666_667, 6);
    expect(r.variance).toBeCloseTo(2.777_778, 6);
    expect(pert({ optimistic: 1, likely: 2, pessimistic: 3 })).toMatchObject({ expected: 2 });
    expect(pert({ optimistic: 3, likely: 3, pessimistic: 3 })).toEqual({
      expected: 3,
      variance: 0,
      standardDeviation: 0,
    });
  });
  it("validates 0 ≤ o ≤ m ≤ p", () => {
    expect(validateThreePoint({ optimistic: 0, likely: 0, pessimistic: 0 })).toEqual({ ok: true });
    expect(validateThreePoint({ optimistic: 5, likely: 4, pessimistic: 6 })).toEqual({
      ok: false,
      reason: "not_ordered",
    });
    expect(validateThreePoint({ optimistic: 1, likely: 7, pessimistic: 6 })).toEqual({
      ok: false,
      reason: "not_ordered",
    });
    expect(validateThreePoint({ optimistic: -1, likely: 4, pessimistic: 6 })).toEqual({
      ok: false,
      reason: "negative",
    });
    expect(validateThreePoint({ optimistic: 1, likely: Number.NaN, pessimistic: 6 })).toEqual({
      ok: false,
      reason: "not_a_number",
    });
  });
  it("has a schema that names the field out of order", () => {
    const r = ThreePointEstimateSchema.safeParse({ optimistic: 1, likely: 7, pessimistic: 6 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["pessimistic"]);
    expect(ThreePointEstimateSchema.safeParse({ optimistic: -1, likely: 1, pessimistic: 2 }).success).toBe(false);
  });
});
