/**
 * Monthly health trend: the health as it stood at the end of each calendar month, computed with the same rules as
 * today's, so the last point is today's score.
 */
import { fieldError } from "../errors.ts";
import { type IsoDate, monthsEnding } from "./calendar-date.ts";
import { type ClientHealth, computeClientHealth, computeHealthWindow } from "./compute-client-health.ts";
import type { HealthInput } from "./health-input.ts";

export interface HealthTrendPoint {
  /** `YYYY-MM`. */
  month: string;
  from: IsoDate | undefined;
  to: IsoDate;
  health: ClientHealth;
}

/** Sum of the monthly figures from the month of `from` (all when absent) to `month`; `undefined` when not known. */
function sumToMonth(
  byMonth: Readonly<Record<string, number>> | undefined,
  from: IsoDate | undefined,
  month: string,
): number | undefined {
  if (!byMonth) return undefined;
  const first = from?.slice(0, 7) ?? "";
  return Object.entries(byMonth).reduce((s, [key, v]) => (key >= first && key <= month ? s + v : s), 0);
}

/**
 * The `months` calendar months ending with the month of `input.asOf`, oldest first (none ending before `input.from`). Each point is the health as of
 * the month's last day, over `[input.from, that day]` — flows (hours, earned and invoiced revenue, claims, change
 * orders) up to that day, stocks (overdue balance, signals, signed deliverables) as they stood then. The current
 * month's point is today's health itself. Earned and studio revenue of past points are summed from
 * `earnedRevenueByMonth` and `workspaceRevenueByMonth`; without them those points leave the rate or concentration
 * unknown.
 */
export function healthTrend(input: HealthInput, months: number): HealthTrendPoint[] {
  if (!Number.isInteger(months) || months < 1 || months > 120) throw fieldError("months", "range", "1 to 120 months");
  return monthsEnding({ asOf: input.asOf, count: months }).flatMap((month): HealthTrendPoint[] => {
    if (month.to >= input.asOf) {
      return [{ month: month.key, from: input.from, to: input.asOf, health: computeClientHealth(input) }];
    }
    if (input.from !== undefined && month.to < input.from) return [];
    const health = computeHealthWindow({
      input,
      from: input.from,
      to: month.to,
      workspaceRevenue: sumToMonth(input.workspaceRevenueByMonth, input.from, month.key),
      earnedRevenue: sumToMonth(input.earnedRevenueByMonth, input.from, month.key),
    });
    return [{ month: month.key, from: input.from, to: month.to, health }];
  });
}
