/**
 * The 0-100 health score and the dashboard warning. Each known metric gives points by status (good 100, watch 50,
 * bad 0); the score is their weighted mean over known metrics only, so missing data never counts as bad.
 */
import type { HealthMetric, HealthMetricKey } from "./health-metric.ts";
import { bilingual, type Localized } from "./localized.ts";

/**
 * Default weights (a workspace may change each): the effective rate weighs most because it sums up the others;
 * goodwill, scope creep, overdue invoices, warnings and values come next; the rest are context. Goodwill value
 * weighs 0 because it repeats goodwill hours in money.
 */
export const DEFAULT_HEALTH_WEIGHTS: Readonly<Record<HealthMetricKey, number>> = {
  effective_hourly_rate: 3,
  goodwill_hours: 2,
  goodwill_value: 0,
  scope_creep_index: 2,
  feedback_rounds_per_mandate: 1,
  change_order_acceptance: 1,
  days_sales_outstanding: 1,
  overdue_amount: 2,
  revenue_concentration: 1,
  warning_signals: 2,
  values_alignment: 2,
};

/** Default threshold: a score under 60 raises a warning, under 35 a critical one. */
export const DEFAULT_HEALTH_THRESHOLD = 60;
export const DEFAULT_CRITICAL_THRESHOLD = 35;

const POINTS = { good: 100, watch: 50, bad: 0 } as const;

export interface HealthScore {
  /** 0-100, or `null` when no metric with a positive weight is known. */
  value: number | null;
  /** Each known metric's points and weight, so the UI can show the arithmetic. */
  parts: { key: HealthMetricKey; points: number; weight: number }[];
}

/** Weighted mean of metric points over known metrics, rounded to a whole number. */
export function scoreHealth(metrics: readonly HealthMetric[], weights: Record<HealthMetricKey, number>): HealthScore {
  const parts = metrics.flatMap((m) =>
    m.status === "unknown" || weights[m.key] <= 0
      ? []
      : [{ key: m.key, points: POINTS[m.status], weight: weights[m.key] }],
  );
  const totalWeight = parts.reduce((s, p) => s + p.weight, 0);
  if (totalWeight === 0) return { value: null, parts };
  return { value: Math.round(parts.reduce((s, p) => s + p.points * p.weight, 0) / totalWeight), parts };
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
}): HealthWarning {
  const { score, threshold, criticalThreshold } = options;
  if (score.value === null || score.value >= threshold) return { level: "none", reasons: [] };
  const value = score.value;
  const headline = bilingual((l) =>
    l === "fr"
      ? `Score de santé de ${value}/100, sous le seuil de ${threshold}.`
      : `Health score ${value}/100, below the threshold of ${threshold}.`,
  );
  const bad = options.metrics.filter((m) => m.status === "bad").map((m) => m.explanation);
  return { level: value < criticalThreshold ? "critical" : "warning", reasons: [headline, ...bad] };
}
