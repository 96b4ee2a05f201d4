/**
 * Monthly health trend: the same metrics computed per calendar month.
 */
import { fieldError } from "../errors.ts";
import { type IsoDate, monthsEnding } from "./calendar-date.ts";
import { type ClientHealth, computeHealthWindow } from "./compute-client-health.ts";
import type { HealthInput } from "./health-input.ts";

export interface HealthTrendPoint {
  /** `YYYY-MM`. */
  month: string;
  from: IsoDate;
  to: IsoDate;
  health: ClientHealth;
}

/**
 * The `months` calendar months ending with the month of `input.asOf`, oldest first. In each month, flows (hours,
 * revenue, claims, change orders) count only that month; stocks (overdue balance, signals, signed deliverables) are
 * taken as they stood at the month's end (or `asOf` for the current month). Concentration uses
 * `workspaceRevenueByMonth`, unknown when that month is missing.
 */
export function healthTrend(input: HealthInput, months: number): HealthTrendPoint[] {
  if (!Number.isInteger(months) || months < 1 || months > 120) throw fieldError("months", "range", "1 to 120 months");
  return monthsEnding({ asOf: input.asOf, count: months }).map((month) => {
    // biome-ignore lint/complexity/useMathMinMax: comparing YYYY-MM-DD strings, not numbers
    const to = month.to < input.asOf ? month.to : input.asOf;
    const health = computeHealthWindow({
      input,
      from: month.from,
      to,
      workspaceRevenue: input.workspaceRevenueByMonth?.[month.key],
    });
    return { month: month.key, from: month.from, to, health };
  });
}
