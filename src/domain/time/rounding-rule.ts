/**
 * The workspace's rounding rule for time entries. Rounding is applied to each entry on its own, when it is recorded
 * (a stopped timer or a manual entry), and always upwards to the next multiple of the increment: with `up_15`,
 * 1 → 15, 15 → 15, 16 → 30, 61 → 75. `none` keeps the minutes as recorded. A day's total is the sum of its rounded
 * entries; nothing is rounded again when entries are summed or valued. Every increment divides 1,440, so an entry of
 * at most 24 h stays at most 24 h. The entry keeps the minutes as recorded beside the rounded ones.
 */
import { fieldError } from "../errors.ts";

/** Every rounding rule. */
export const ROUNDING_RULES = ["none", "up_6", "up_10", "up_15", "up_30"] as const;
/** `none`, or up to the next 6, 10, 15 or 30 minutes, per entry. */
export type RoundingRule = (typeof ROUNDING_RULES)[number];

const INCREMENT: Record<RoundingRule, number> = { none: 1, up_6: 6, up_10: 10, up_15: 15, up_30: 30 };

/** The increment of a rule in minutes (1 for `none`). */
export function roundingIncrement(rule: RoundingRule): number {
  const step = INCREMENT[rule];
  if (step === undefined)
    throw fieldError("rounding", "invalid", `rounding must be one of ${ROUNDING_RULES.join(", ")}`);
  return step;
}

/** Rounds whole minutes up to the rule's increment (0 stays 0). */
export function roundMinutes(minutes: number, rule: RoundingRule): number {
  if (!Number.isSafeInteger(minutes) || minutes < 0) {
    throw fieldError("minutes", "invalid", "minutes must be a whole number ≥ 0");
  }
  const step = roundingIncrement(rule);
  return Math.ceil(minutes / step) * step;
}
