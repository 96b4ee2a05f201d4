/**
 * Monthly health trend: the health as it stood at the end of each calendar month, computed with the same rules as
 * today's, so the last point is today's score.
 */
import { fieldError } from "../errors.ts";
import { type IsoDate, monthsEnding } from "./calendar-date.ts";
import { type ClientHealth, computeClientHealth, computeHealthWindow } from "./compute-client-health.ts";
import type { HealthInput } from "./health-input.ts";
import type { HealthMetric } from "./health-metric.ts";
import type { HealthScore, HealthWarning } from "./health-score.ts";

/**
 * The health at a month's end as the trend shows it: the score, the level and each metric's figure and grade. The
 * sentences and the source records are the current health's (its page explains today's figures); a trend repeating
 * them for every month carried every record id twelve times (450 kB for a busy client at ten years).
 */
export interface TrendHealth {
  score: HealthScore;
  warning: Pick<HealthWarning, "level">;
  metrics: Pick<HealthMetric, "key" | "value" | "unit" | "currency" | "status">[];
}

export interface HealthTrendPoint {
  /** `YYYY-MM`. */
  month: string;
  from: IsoDate | undefined;
  to: IsoDate;
  health: TrendHealth;
}

/** What a trend point keeps of a health. */
export function trendHealth(health: ClientHealth): TrendHealth {
  return {
    score: health.score,
    warning: { level: health.warning.level },
    metrics: health.metrics.map(({ key, value, unit, currency, status }) =>
      currency === undefined ? { key, value, unit, status } : { key, value, unit, currency, status },
    ),
  };
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
 * unknown. `today`, the current health when the caller has it, is the current month's point.
 */
export function healthTrend(input: HealthInput, months: number, today?: ClientHealth): HealthTrendPoint[] {
  if (!Number.isInteger(months) || months < 1 || months > 120) throw fieldError("months", "range", "1 to 120 months");
  return monthsEnding({ asOf: input.asOf, count: months }).flatMap((month): HealthTrendPoint[] => {
    if (month.to >= input.asOf) {
      const health = trendHealth(today ?? computeClientHealth(input, { sentences: false }));
      return [{ month: month.key, from: input.from, to: input.asOf, health }];
    }
    if (input.from !== undefined && month.to < input.from) return [];
    const health = computeHealthWindow({
      input,
      from: input.from,
      to: month.to,
      workspaceRevenue: sumToMonth(input.workspaceRevenueByMonth, input.from, month.key),
      earnedRevenue: sumToMonth(input.earnedRevenueByMonth, input.from, month.key),
      sentences: false,
    });
    return [{ month: month.key, from: input.from, to: month.to, health: trendHealth(health) }];
  });
}
