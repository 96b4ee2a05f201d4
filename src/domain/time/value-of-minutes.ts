import { fieldError } from "../errors.ts";
import { minutesTimesRate } from "../money.ts";

/**
 * Value of time at an hourly rate: minutes × rate (minor units per hour) ÷ 60, rounded half-up to the cent, per
 * entry (85.00 $/h × 10 min = 14.166… → 14.17 $). Sum the values of entries, never re-value a sum of minutes, so a
 * report adds up to its lines.
 */
export function valueOfMinutes(minutes: number, billableRateMinor: number): number {
  if (!Number.isSafeInteger(minutes) || minutes < 0) {
    throw fieldError("minutes", "invalid", "minutes must be a whole number ≥ 0");
  }
  if (!Number.isSafeInteger(billableRateMinor) || billableRateMinor < 0) {
    throw fieldError("billableRate", "invalid", "the hourly rate must be whole minor units ≥ 0");
  }
  return minutesTimesRate(minutes, billableRateMinor);
}
