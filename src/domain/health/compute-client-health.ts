/**
 * Client health: every metric of DESIGN.md §4 computed from plain records, with the score and the warning.
 */

import { fieldError } from "../errors.ts";
import { dayNumber, type IsoDate } from "./calendar-date.ts";
import type { HealthInput, HealthSettings, HealthWindow } from "./health-input.ts";
import { DEFAULT_METRIC_BANDS, HEALTH_METRIC_KEYS, type HealthMetric } from "./health-metric.ts";
import {
  DEFAULT_CRITICAL_THRESHOLD,
  DEFAULT_HEALTH_THRESHOLD,
  DEFAULT_HEALTH_WEIGHTS,
  type HealthScore,
  type HealthWarning,
  healthWarning,
  scoreHealth,
} from "./health-score.ts";
import { overdueAmountMetric, paymentDelayMetric, revenueConcentrationMetric } from "./payment-metrics.ts";
import { effectiveHourlyRateMetric, goodwillMetrics } from "./rate-metrics.ts";
import { valuesAlignmentMetric, warningSignalsMetric } from "./relationship-metrics.ts";
import {
  changeOrderAcceptanceMetric,
  feedbackRoundsMetric,
  repeatedPointsMetric,
  scopeCreepMetric,
} from "./scope-metrics.ts";

/** Defaults of every workspace-changeable setting. */
export const DEFAULT_HEALTH_SETTINGS: Readonly<HealthSettings> = {
  weights: { ...DEFAULT_HEALTH_WEIGHTS },
  bands: { ...DEFAULT_METRIC_BANDS },
  threshold: DEFAULT_HEALTH_THRESHOLD,
  criticalThreshold: DEFAULT_CRITICAL_THRESHOLD,
  signalHalfLifeDays: 90,
};

export interface ClientHealth {
  clientId: string;
  asOf: IsoDate;
  from: IsoDate | undefined;
  metrics: HealthMetric[];
  score: HealthScore;
  warning: HealthWarning;
  settings: HealthSettings;
}

// A list of every client's health passes one settings object to every client: resolved once (read only afterwards).
const resolved = new WeakMap<Partial<HealthSettings>, HealthSettings>();

function resolvedSettings(partial: Partial<HealthSettings> | undefined): HealthSettings {
  if (!partial) return resolveHealthSettings(partial);
  let settings = resolved.get(partial);
  if (!settings) {
    settings = resolveHealthSettings(partial);
    resolved.set(partial, settings);
  }
  return settings;
}

/** Merges a workspace's partial settings over the defaults (weights and bands merge per metric). */
export function resolveHealthSettings(partial: Partial<HealthSettings> | undefined): HealthSettings {
  const p = partial ?? {};
  const settings: HealthSettings = {
    // Only known metrics: a weight saved under a retired key (e.g. `days_sales_outstanding`) is dropped.
    weights: Object.fromEntries(
      HEALTH_METRIC_KEYS.map((k) => [k, p.weights?.[k] ?? DEFAULT_HEALTH_SETTINGS.weights[k]]),
    ) as HealthSettings["weights"],
    bands: { ...DEFAULT_HEALTH_SETTINGS.bands, ...p.bands },
    threshold: p.threshold ?? DEFAULT_HEALTH_SETTINGS.threshold,
    criticalThreshold: p.criticalThreshold ?? DEFAULT_HEALTH_SETTINGS.criticalThreshold,
    signalHalfLifeDays: p.signalHalfLifeDays ?? DEFAULT_HEALTH_SETTINGS.signalHalfLifeDays,
  };
  if (settings.threshold < 0 || settings.threshold > 100) throw fieldError("settings.threshold", "range", "0-100");
  if (settings.signalHalfLifeDays <= 0) throw fieldError("settings.signalHalfLifeDays", "range", "must be positive");
  for (const [key, w] of Object.entries(settings.weights)) {
    if (!(w >= 0)) throw fieldError(`settings.weights.${key}`, "range", "weights must be zero or positive");
  }
  return settings;
}

/** Computes every metric for one window (the health as of today, and as it stood at each past month's end). */
export function computeHealthWindow(options: {
  input: HealthInput;
  from: IsoDate | undefined;
  to: IsoDate;
  workspaceRevenue: number | undefined;
  earnedRevenue: number | undefined;
  /** Default true; false grades and scores without writing any sentence (`explanation` and `reasons` empty). */
  sentences?: boolean;
}): ClientHealth {
  const { input, from, to } = options;
  const sentences = options.sentences !== false;
  dayNumber(to);
  if (from !== undefined && dayNumber(from) > dayNumber(to)) throw fieldError("from", "range", "from is after asOf");
  const settings = resolvedSettings(input.settings);
  const window: HealthWindow = {
    input,
    from,
    to,
    workspaceRevenue: options.workspaceRevenue,
    earnedRevenue: options.earnedRevenue,
    bands: settings.bands,
    signalHalfLifeDays: settings.signalHalfLifeDays,
    sentences,
  };
  const metrics = [
    effectiveHourlyRateMetric(window),
    ...goodwillMetrics(window),
    scopeCreepMetric(window),
    feedbackRoundsMetric(window),
    repeatedPointsMetric(window),
    changeOrderAcceptanceMetric(window),
    paymentDelayMetric(window),
    overdueAmountMetric(window),
    revenueConcentrationMetric(window),
    warningSignalsMetric(window),
    valuesAlignmentMetric(window),
  ];
  const score = scoreHealth(metrics, settings.weights);
  const warning = healthWarning({
    score,
    metrics,
    threshold: settings.threshold,
    criticalThreshold: settings.criticalThreshold,
    sentences,
  });
  return { clientId: input.clientId, asOf: to, from, metrics, score, warning, settings };
}

/**
 * Client health as of `input.asOf` over `[input.from, asOf]` (all history when `from` is absent): twelve explained
 * metrics, a 0-100 score with the workspace's weights (or "not enough data yet") and the threshold warning. With
 * `sentences: false`, the same grades and score without a sentence written (what a list of every client needs).
 */
export function computeClientHealth(input: HealthInput, options: { sentences?: boolean } = {}): ClientHealth {
  return computeHealthWindow({
    input,
    from: input.from,
    to: input.asOf,
    workspaceRevenue: input.workspaceRevenue,
    earnedRevenue: input.earnedRevenue,
    ...options,
  });
}
