/**
 * Effective hourly rate and goodwill: what an hour on this client really earns once included and free hours count.
 */
import { roundHalfUp } from "../money.ts";
import { explain, type HealthWindow, windowTime } from "./health-input.ts";
import { grade, type HealthMetric, round4, unknownMetric } from "./health-metric.ts";
import { formatMoney, formatNumber } from "./localized.ts";

/**
 * Effective hourly rate = revenue EARNED in the window (work done valued per the contract, pre-tax; never an unearned
 * deposit) ÷ ALL hours logged (billable, included, goodwill, internal). Without hours or earned revenue there is not
 * enough data: an advance with no work behind it says nothing about what an hour earns.
 */
export function effectiveHourlyRateMetric(window: HealthWindow): HealthMetric {
  const { currency, targetHourlyRate } = window.input;
  const { minutes, entries } = windowTime(window);
  const earned = window.earnedRevenue ?? 0;
  if (minutes <= 0 || earned <= 0) {
    return unknownMetric("effective_hourly_rate", "money_per_hour", {
      fr:
        minutes <= 0
          ? "aucune heure enregistrée sur la période."
          : "aucun revenu gagné sur la période (travail fait et valorisé; un acompte n’en est pas).",
      en:
        minutes <= 0
          ? "no hours logged in the period."
          : "no revenue earned in the period (work done and valued; a deposit is not).",
    });
  }
  const rate = roundHalfUp(earned * 60, minutes);
  const hours = minutes / 60;
  const status = targetHourlyRate > 0 ? grade(rate / targetHourlyRate, window.bands.effective_hourly_rate) : "unknown";
  const m = (amount: number, lang: "fr" | "en") => formatMoney({ amount, currency }, lang);
  return {
    key: "effective_hourly_rate",
    value: rate,
    unit: "money_per_hour",
    currency,
    status,
    explanation: explain(window, (l) =>
      l === "fr"
        ? `${m(earned, l)} gagnés pour ${formatNumber(hours, l, 2)} h travaillées (incluses et gratuites comprises) : ${m(rate, l)}/h, pour une cible de ${m(targetHourlyRate, l)}/h.`
        : `${m(earned, l)} earned for ${formatNumber(hours, l, 2)} h worked (included and goodwill hours counted): ${m(rate, l)}/h against a target of ${m(targetHourlyRate, l)}/h.`,
    ),
    sources: entries.map((e) => ({ entity: "time_entry" as const, id: e.id })),
  };
}

/** Goodwill hours and their value at each entry's billable rate (rounded half-up per entry); graded by their share of all hours. */
export function goodwillMetrics(window: HealthWindow): [HealthMetric, HealthMetric] {
  const { currency } = window.input;
  const time = windowTime(window);
  const allMinutes = time.minutes;
  if (allMinutes <= 0) {
    const none = { fr: "aucune heure enregistrée sur la période.", en: "no hours logged in the period." };
    return [unknownMetric("goodwill_hours", "hours", none), unknownMetric("goodwill_value", "money", none)];
  }
  const minutes = time.goodwillMinutes;
  const value = time.goodwillValue;
  const share = minutes / allMinutes;
  const sources = time.goodwill.map((e) => ({ entity: "time_entry" as const, id: e.id }));
  const hours = round4(minutes / 60);
  const explanation = explain(window, (l) =>
    l === "fr"
      ? `${formatNumber(hours, l, 2)} h offertes gratuitement sur ${formatNumber(allMinutes / 60, l, 2)} h (${formatNumber(share * 100, l)} %), d’une valeur de ${formatMoney({ amount: value, currency }, l)} au taux facturable.`
      : `${formatNumber(hours, l, 2)} h given as goodwill out of ${formatNumber(allMinutes / 60, l, 2)} h (${formatNumber(share * 100, l)}%), worth ${formatMoney({ amount: value, currency }, l)} at the billable rate.`,
  );
  return [
    {
      key: "goodwill_hours",
      value: hours,
      unit: "hours",
      status: grade(share, window.bands.goodwill_hours),
      explanation,
      sources,
    },
    {
      key: "goodwill_value",
      value,
      unit: "money",
      currency,
      status: grade(share, window.bands.goodwill_value),
      explanation,
      sources,
    },
  ];
}
