import { DomainError } from "../errors.ts";
import type { Money } from "../money.ts";

/** ±5 %: an implied rate within this band of the target counts as "at target". */
export const DEFAULT_RATE_TOLERANCE_BPS = 500;

/** Implied rate against the target: below, within the tolerance band, or above. */
export type RateStatus = "below" | "at" | "above";

export interface ImpliedRateInput {
  /** The offer's price (its total before taxes). */
  price: Money;
  /** Expected hours, e.g. the team estimate's `expected`. */
  expectedHours: number;
  /** The workspace's target hourly rate. */
  targetRate: Money;
  /** Band around the target that counts as "at", in basis points of the target; default 500 (±5 %). */
  toleranceBps?: number | undefined;
}

/** The implied rate and its status, or `no_hours` when nothing is estimated. */
export type ImpliedRate =
  | {
      ok: true;
      /** price ÷ expected hours, rounded half-up to the minor unit. */
      rate: Money;
      /** (rate − target) ÷ target, in basis points, rounded half away from zero. */
      differenceBps: number;
      status: RateStatus;
    }
  | { ok: false; reason: "no_hours" };

/**
 * The hourly rate a price implies for the expected hours, against the workspace's target: `below` means the offer
 * pays less per hour than the studio aims for. Refused (`no_hours`) when nothing is estimated.
 */
export function impliedHourlyRate(input: ImpliedRateInput): ImpliedRate {
  const { price, expectedHours, targetRate } = input;
  if (price.currency !== targetRate.currency) {
    throw new DomainError("validation", `currency mismatch: ${price.currency} vs ${targetRate.currency}`);
  }
  if (targetRate.amount <= 0) throw new DomainError("validation", "the target rate must be positive");
  if (!(expectedHours > 0) || !Number.isFinite(expectedHours)) return { ok: false, reason: "no_hours" };
  const rate = halfUp(price.amount / expectedHours);
  const differenceBps = halfUp(((rate - targetRate.amount) * 10_000) / targetRate.amount);
  const tolerance = input.toleranceBps ?? DEFAULT_RATE_TOLERANCE_BPS;
  const status: RateStatus = differenceBps < -tolerance ? "below" : differenceBps > tolerance ? "above" : "at";
  return { ok: true, rate: { amount: rate, currency: price.currency }, differenceBps, status };
}

/** Half away from zero on a float quotient (display indicator, not an invoiced amount). */
function halfUp(x: number): number {
  return Math.sign(x) * Math.floor(Math.abs(x) + 0.5 + 1e-9);
}
