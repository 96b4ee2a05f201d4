/**
 * Relationship metrics: warning signals (weighted by severity and recency) and alignment with the studio's values.
 */

import { fieldError } from "../errors.ts";
import { daysFromTo } from "./calendar-date.ts";
import { explain, type HealthWindow, isInputWindow } from "./health-input.ts";
import { grade, type HealthMetric, round4, unknownMetric } from "./health-metric.ts";
import { formatNumber, formatPercent } from "./localized.ts";

/**
 * Warning signals = Σ severity (1-3) × 0.5^(age in days ÷ half-life) over the warnings dated on or before `to`.
 * Praise and notes are counted in the sentence but weigh nothing. No signal at all → unknown.
 */
export function warningSignalsMetric(window: HealthWindow): HealthMetric {
  const signals = window.input.signals.filter((s) => s.occurredOn <= window.to);
  const counts = window.input.signalCounts && isInputWindow(window) ? window.input.signalCounts : undefined;
  if ((counts?.all ?? signals.length) === 0) {
    return unknownMetric("warning_signals", "points", {
      fr: "aucun signal noté pour ce client.",
      en: "no signal recorded for this client.",
    });
  }
  // Summed oldest first whatever order the records came in, so that every reader gets the same last digit.
  const warnings = signals
    .filter((s) => s.kind === "warning")
    .sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : a.severity - b.severity));
  const points = warnings.reduce(
    (sum, s) => sum + s.severity * 0.5 ** (daysFromTo(s.occurredOn, window.to) / window.signalHalfLifeDays),
    0,
  );
  const value = Math.round(points * 100) / 100;
  const praise = counts?.praise ?? signals.filter((s) => s.kind === "praise").length;
  return {
    key: "warning_signals",
    value,
    unit: "points",
    status: grade(value, window.bands.warning_signals),
    explanation: explain(window, (l) =>
      l === "fr"
        ? `${warnings.length} avertissements (gravité pondérée, diminuée de moitié tous les ${window.signalHalfLifeDays} jours) : ${formatNumber(value, l, 2)} points; ${praise} signaux positifs.`
        : `${warnings.length} warnings (severity-weighted, halved every ${window.signalHalfLifeDays} days): ${formatNumber(value, l, 2)} points; ${praise} praise signals.`,
    ),
    sources: warnings.map((s) => ({ entity: "signal" as const, id: s.id })),
  };
}

/** Values alignment = Σ weight × (rating − 1) / 4 ÷ Σ weight, over the studio's values rated for this client (1-5 each). */
export function valuesAlignmentMetric(window: HealthWindow): HealthMetric {
  const ratings = window.input.valuesAlignment;
  if (ratings.length === 0) {
    return unknownMetric("values_alignment", "ratio", {
      fr: "aucune valeur du studio n’a été évaluée pour ce client.",
      en: "none of the studio's values has been rated for this client.",
    });
  }
  ratings.forEach((r, i) => {
    for (const field of ["weight", "rating"] as const) {
      const v = r[field];
      if (!Number.isInteger(v) || v < 1 || v > 5) {
        throw fieldError(`valuesAlignment.${i}.${field}`, "range", `${field} must be an integer from 1 to 5`);
      }
    }
  });
  const weights = ratings.reduce((s, r) => s + r.weight, 0);
  const value = round4(ratings.reduce((s, r) => s + (r.weight * (r.rating - 1)) / 4, 0) / weights);
  return {
    key: "values_alignment",
    value,
    unit: "ratio",
    status: grade(value, window.bands.values_alignment),
    explanation: explain(window, (l) =>
      l === "fr"
        ? `${ratings.length} valeurs évaluées, pondérées par leur importance : alignement de ${formatPercent(value, l)}.`
        : `${ratings.length} values rated, weighted by importance: ${formatPercent(value, l)} alignment.`,
    ),
    sources: ratings.map((r) => ({ entity: "value" as const, id: r.valueId })),
  };
}
