/**
 * The shape every client-health figure takes: a value, its unit, a status, a sentence with the numbers in both
 * languages, and the records that produced it. Unknown never means zero: a metric without data has `value: null`.
 */
import type { Currency } from "../money.ts";
import type { Localized } from "./localized.ts";

/** Keys of the health metrics, in display order. */
export const HEALTH_METRIC_KEYS = [
  "effective_hourly_rate",
  "goodwill_hours",
  "goodwill_value",
  "scope_creep_index",
  "feedback_rounds_per_mandate",
  "repeated_points",
  "change_order_acceptance",
  "payment_delay",
  "overdue_amount",
  "revenue_concentration",
  "warning_signals",
  "values_alignment",
] as const;
export type HealthMetricKey = (typeof HEALTH_METRIC_KEYS)[number];

export type MetricStatus = "good" | "watch" | "bad" | "unknown";

/** `money` values are minor units; `money_per_hour` is minor units per hour; `ratio` is 0..1 (or above). */
export type MetricUnit = "money_per_hour" | "hours" | "money" | "ratio" | "rounds" | "days" | "points";

/** A record that contributed to a metric. */
export interface MetricSource {
  entity: "time_entry" | "invoice" | "claim" | "offer" | "mandate" | "change_order" | "signal" | "value";
  id: string;
}

/** One explained health figure. */
export interface HealthMetric {
  key: HealthMetricKey;
  value: number | null;
  unit: MetricUnit;
  currency?: Currency;
  status: MetricStatus;
  explanation: Localized;
  sources: MetricSource[];
}

/**
 * Status bands of a metric: with `higherIsBetter`, value ≥ good is "good", ≥ watch is "watch", else "bad";
 * otherwise value ≤ good is "good", ≤ watch is "watch", else "bad".
 */
export interface MetricBands {
  good: number;
  watch: number;
  higherIsBetter: boolean;
}

/**
 * Default bands (a workspace may override any of them). Rationale:
 * - effective rate as a share of the target: at or above target is good, within 20% below is watch;
 * - goodwill as a share of all hours: up to 5% is a gesture, above 15% is a pattern;
 * - scope-creep index: up to one out-of-scope request per four signed items is normal friction, above one per two is creep;
 * - feedback rounds per mandate: two rounds are normal, four or more signal a moving target;
 * - repeated points: a list that asks again for what was already answered (declined, refused in a change order,
 *   given, delivered) is a client not hearing the answers; one such list is watch, two or more are bad;
 * - change-order acceptance: 70% accepted is healthy, below 40% means the client refuses to pay for extras;
 * - payment delay: days past the due date, on average weighted by amount (paid late, or still unpaid as of today);
 *   up to a week late is ordinary slack, up to 30 days is watch;
 * - overdue: measured in days the oldest overdue invoice is late (0 is good, up to 30 is watch);
 * - revenue concentration: above 25% of the studio's revenue is a dependency, above 50% a risk;
 * - warning signals: severity points (1 minor to 3 serious, halved every 90 days); under 1 is good, under 3 watch;
 * - values alignment: 70% is good, 50% is watch.
 */
export const DEFAULT_METRIC_BANDS: Readonly<Record<HealthMetricKey, MetricBands>> = {
  effective_hourly_rate: { good: 1, watch: 0.8, higherIsBetter: true },
  goodwill_hours: { good: 0.05, watch: 0.15, higherIsBetter: false },
  goodwill_value: { good: 0.05, watch: 0.15, higherIsBetter: false },
  scope_creep_index: { good: 0.25, watch: 0.5, higherIsBetter: false },
  feedback_rounds_per_mandate: { good: 2, watch: 3, higherIsBetter: false },
  repeated_points: { good: 0, watch: 1, higherIsBetter: false },
  change_order_acceptance: { good: 0.7, watch: 0.4, higherIsBetter: true },
  payment_delay: { good: 7, watch: 30, higherIsBetter: false },
  overdue_amount: { good: 0, watch: 30, higherIsBetter: false },
  revenue_concentration: { good: 0.25, watch: 0.5, higherIsBetter: false },
  warning_signals: { good: 0.999, watch: 2.999, higherIsBetter: false },
  values_alignment: { good: 0.7, watch: 0.5, higherIsBetter: true },
};

/** Grades a measured quantity against its bands. */
export function grade(measure: number, bands: MetricBands): Exclude<MetricStatus, "unknown"> {
  if (bands.higherIsBetter) return measure >= bands.good ? "good" : measure >= bands.watch ? "watch" : "bad";
  return measure <= bands.good ? "good" : measure <= bands.watch ? "watch" : "bad";
}

/** Rounds a ratio or a count of hours for display and stable comparison (4 decimals). */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/**
 * A metric without enough data: `value: null`, status "unknown" (it weighs nothing in the score), and a sentence
 * that says so, then what is missing (`missing` starts lower-case: "no hours logged in the period.").
 */
export function unknownMetric(key: HealthMetricKey, unit: MetricUnit, missing: Localized): HealthMetric {
  const explanation = {
    fr: `Pas encore assez de données : ${missing.fr}`,
    en: `Not enough data yet: ${missing.en}`,
  };
  return { key, value: null, unit, status: "unknown", explanation, sources: [] };
}
