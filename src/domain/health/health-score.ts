/**
 * The 0-100 health score and the dashboard warning. Each known metric gives points by status (good 100, watch 50,
 * bad 0); the score is their weighted mean over known metrics only, so missing data never counts as bad. With fewer
 * than `MIN_KNOWN_METRICS` known, the score is "not enough data yet" (`null`): one signal on a new client is a
 * signal, not a verdict.
 */
import type { HealthMetric, HealthMetricKey } from "./health-metric.ts";
import { bilingual, type Localized } from "./localized.ts";

/**
 * Default weights (a workspace may change each): the effective rate weighs most because it sums up the others;
 * goodwill, scope creep, overdue invoices, warnings and values come next; the rest are context. Goodwill value
 * weighs 0 because it repeats goodwill hours in money. Lists repeating settled points weigh like scope creep: both
 * say the signed scope is not holding.
 */
export const DEFAULT_HEALTH_WEIGHTS: Readonly<Record<HealthMetricKey, number>> = {
  effective_hourly_rate: 3,
  goodwill_hours: 2,
  goodwill_value: 0,
  scope_creep_index: 2,
  feedback_rounds_per_mandate: 1,
  repeated_points: 2,
  change_order_acceptance: 1,
  payment_delay: 1,
  overdue_amount: 2,
  revenue_concentration: 1,
  warning_signals: 2,
  values_alignment: 2,
};

/** Default threshold: a score under 60 raises a warning, under 35 a critical one. */
export const DEFAULT_HEALTH_THRESHOLD = 60;
export const DEFAULT_CRITICAL_THRESHOLD = 35;

/**
 * A score needs at least this many known metrics with a positive weight (or all of them, when a workspace weighs
 * fewer): below it, one or two figures would swing the score from 100 to 0 on their own.
 */
export const MIN_KNOWN_METRICS = 3;

const POINTS = { good: 100, watch: 50, bad: 0 } as const;

export interface HealthScore {
  /** 0-100, or `null` ("not enough data yet") while fewer than `required` weighted metrics are known. */
  value: number | null;
  /** Each known metric's points and weight, so the UI can show the arithmetic. */
  parts: { key: HealthMetricKey; points: number; weight: number }[];
  /** Known metrics with a positive weight, and how many a score needs. */
  known: number;
  required: number;
}

/** Weighted mean of metric points over known metrics, rounded to a whole number; `null` without enough of them. */
export function scoreHealth(
  metrics: readonly Pick<HealthMetric, "key" | "status">[],
  weights: Record<HealthMetricKey, number>,
): HealthScore {
  const weighted = metrics.filter((m) => weights[m.key] > 0);
  const parts = weighted.flatMap((m) =>
    m.status === "unknown" ? [] : [{ key: m.key, points: POINTS[m.status], weight: weights[m.key] }],
  );
  const required = Math.max(1, Math.min(MIN_KNOWN_METRICS, weighted.length));
  const totalWeight = parts.reduce((s, p) => s + p.weight, 0);
  const base = { parts, known: parts.length, required };
  if (parts.length < required || totalWeight === 0) return { value: null, ...base };
  return { value: Math.round(parts.reduce((s, p) => s + p.points * p.weight, 0) / totalWeight), ...base };
}

export interface HealthWarning {
  level: "none" | "warning" | "critical";
  reasons: Localized[];
}

/** The dashboard warning: below `threshold` → warning, below `criticalThreshold` → critical; reasons are the bad metrics. */
export function healthWarning(options: {
  score: HealthScore;
  metrics: readonly HealthMetric[];
  threshold: number;
  criticalThreshold: number;
  /** False: the level only, no reasons written (a list that names the bad metrics itself). */
  sentences?: boolean;
}): HealthWarning {
  const { score, threshold, criticalThreshold } = options;
  if (score.value === null || score.value >= threshold) return { level: "none", reasons: [] };
  const value = score.value;
  const level = value < criticalThreshold ? "critical" : "warning";
  if (options.sentences === false) return { level, reasons: [] };
  const headline = bilingual((l) =>
    l === "fr"
      ? `Score de santé de ${value}/100, sous le seuil de ${threshold}.`
      : `Health score ${value}/100, below the threshold of ${threshold}.`,
  );
  const bad = options.metrics.filter((m) => m.status === "bad").map((m) => m.explanation);
  return { level, reasons: [headline, ...bad] };
}
