/**
 * PERT three-point estimates (Program Evaluation and Review Technique, beta approximation): from optimistic (o),
 * most likely (m) and pessimistic (p) hours, expected = (o + 4m + p) / 6 and standard deviation = (p − o) / 6.
 * Hours are plain numbers: estimates are not money and are only rounded for display.
 */
import { z } from "zod";
import type { Check } from "../errors.ts";

/** One three-point estimate in hours: 0 ≤ optimistic ≤ likely ≤ pessimistic. */
export const ThreePointEstimateSchema = z
  .object({
    optimistic: z.number().min(0).max(100_000),
    likely: z.number().min(0).max(100_000),
    pessimistic: z.number().min(0).max(100_000),
  })
  .superRefine((e, ctx) => {
    if (e.optimistic > e.likely) {
      ctx.addIssue({ code: "custom", path: ["likely"], message: "likely must be at least the optimistic estimate" });
    }
    if (e.likely > e.pessimistic) {
      ctx.addIssue({
        code: "custom",
        path: ["pessimistic"],
        message: "pessimistic must be at least the likely estimate",
      });
    }
  });
export type ThreePointEstimate = z.infer<typeof ThreePointEstimateSchema>;

/** Expected hours, their variance and standard deviation. */
export interface PertResult {
  expected: number;
  variance: number;
  standardDeviation: number;
}

/** Why a three-point estimate is refused. */
export type ThreePointRefusal = "not_a_number" | "negative" | "not_ordered";

/** Checks 0 ≤ o ≤ m ≤ p (finite numbers). */
export function validateThreePoint(e: ThreePointEstimate): Check {
  const values = [e.optimistic, e.likely, e.pessimistic];
  if (values.some((v) => !Number.isFinite(v))) return { ok: false, reason: "not_a_number" satisfies ThreePointRefusal };
  if (values.some((v) => v < 0)) return { ok: false, reason: "negative" satisfies ThreePointRefusal };
  if (e.optimistic > e.likely || e.likely > e.pessimistic) {
    return { ok: false, reason: "not_ordered" satisfies ThreePointRefusal };
  }
  return { ok: true };
}

/** PERT of one estimate: expected = (o + 4m + p) / 6, σ = (p − o) / 6, variance = σ². */
export function pert(e: ThreePointEstimate): PertResult {
  const standardDeviation = (e.pessimistic - e.optimistic) / 6;
  return {
    expected: (e.optimistic + 4 * e.likely + e.pessimistic) / 6,
    variance: standardDeviation * standardDeviation,
    standardDeviation,
  };
}
