/**
 * The delivery date a change order proposes, from the team's capacity.
 *
 * Model: the team can give the mandate `Σ weeklyAvailableHours` per week, spread evenly over Monday–Friday
 * (weekends are skipped; public holidays are not known here and are not skipped). Work starts on `from` (or the next
 * weekday). The finish date is the working day on which the cumulative capacity first covers the hours; the same
 * calculation is done for the remaining work alone and for the remaining work plus the change order.
 *
 * - baseline = the later of the current delivery date and the finish of the remaining work alone;
 * - proposed = the later of the current delivery date and the finish of remaining + added hours;
 * - schedule impact = calendar days from baseline to proposed (never negative), so a team that is already late is
 *   not charged to the change order, and a change that fits in the slack moves nothing.
 */

import { epochDay, fromEpochDay } from "../calendar-date.ts";
import { fieldError } from "../errors.ts";

/** One member's hours per week available for this mandate. */
export interface CapacityEntry {
  memberId: string;
  weeklyAvailableHours: number;
}

export interface ProposeDeliveryDateInput {
  /** First day the work can happen, `YYYY-MM-DD` (usually today). */
  from: string;
  /** The mandate's current delivery date. */
  currentDeliveryDate: string;
  /** Hours still to do on the mandate before this change (≥ 0). */
  remainingHours: number;
  /** Hours the change order adds (≥ 0). */
  addedHours: number;
  team: readonly CapacityEntry[];
}

export interface ProposedDelivery {
  proposedDeliveryDate: string;
  scheduleImpactDays: number;
  /** Working days (Mon–Fri) from `from` to the end of remaining + added work. */
  workingDaysNeeded: number;
}

const EPSILON = 1e-9;

/** Monday = 0 … Sunday = 6 for an epoch day (1970-01-01 was a Thursday). */
function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The `n`-th weekday counting from `start` (n ≥ 1; `start` counts if it is a weekday). n = 0 gives `start`. */
function nthWorkingDay(start: number, n: number): number {
  if (n <= 0) return start;
  let day = start;
  while (weekday(day) >= 5) day += 1;
  const weeks = Math.floor((n - 1) / 5);
  let left = (n - 1) % 5;
  day += weeks * 7;
  while (left > 0) {
    day += 1;
    if (weekday(day) < 5) left -= 1;
  }
  return day;
}

function workingDaysFor(hours: number, dailyHours: number): number {
  return hours <= EPSILON ? 0 : Math.ceil(hours / dailyHours - EPSILON);
}

/** Proposes a delivery date for a change order (see the module comment for the model). */
export function proposeDeliveryDate(input: ProposeDeliveryDateInput): ProposedDelivery {
  const from = epochDay(input.from, "from");
  const current = epochDay(input.currentDeliveryDate, "currentDeliveryDate");
  for (const [path, value] of [
    ["remainingHours", input.remainingHours],
    ["addedHours", input.addedHours],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) throw fieldError(path, "invalid", `${path} must be ≥ 0`);
  }
  if (input.team.some((m) => !Number.isFinite(m.weeklyAvailableHours) || m.weeklyAvailableHours < 0)) {
    throw fieldError("team", "invalid", "weekly available hours must be ≥ 0");
  }
  const weekly = input.team.reduce((a, m) => a + m.weeklyAvailableHours, 0);
  const total = input.remainingHours + input.addedHours;
  if (weekly <= 0 && total > 0) throw fieldError("team", "no_capacity", "the team has no available hours");
  const daily = weekly / 5;
  const remainingDays = workingDaysFor(input.remainingHours, daily);
  const totalDays = workingDaysFor(total, daily);
  const baseline = Math.max(current, nthWorkingDay(from, remainingDays));
  const proposed = Math.max(current, nthWorkingDay(from, totalDays));
  return {
    proposedDeliveryDate: fromEpochDay(proposed),
    scheduleImpactDays: Math.max(0, proposed - baseline),
    workingDaysNeeded: totalDays,
  };
}
