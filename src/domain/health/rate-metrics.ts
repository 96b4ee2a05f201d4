/**
 * Effective hourly rate and goodwill: what an hour on this client really earns once included and free hours count.
 */
import { minutesTimesRate, roundHalfUp } from "../money.ts";
import { type HealthWindow, inWindow, windowRevenue } from "./health-input.ts";
import { grade, type HealthMetric, type MetricSource, round4, unknownMetric } from "./health-metric.ts";
import { bilingual, formatMoney, formatNumber } from "./localized.ts";

/** Effective hourly rate = pre-tax revenue invoiced in the window ÷ ALL hours logged (billable, included, goodwill, internal). */
export function effectiveHourlyRateMetric(window: HealthWindow): HealthMetric {
  const { currency, targetHourlyRate } = window.input;
  const entries = window.input.timeEntries.filter((e) => inWindow(window, e.date));
  const minutes = entries.reduce((s, e) => s + e.minutes, 0);
  const revenue = windowRevenue(window);
  if (minutes <= 0) {
    return unknownMetric("effective_hourly_rate", "money_per_hour", {
      fr: "Aucune heure enregistrée sur la période : taux horaire effectif inconnu.",
      en: "No hours logged in the period: effective hourly rate unknown.",
    });
  }
  const rate = roundHalfUp(revenue.amount * 60, minutes);
  const hours = minutes / 60;
  const sources: MetricSource[] = [
    ...revenue.invoices.map((inv) => ({ entity: "invoice" as const, id: inv.id })),
    ...entries.map((e) => ({ entity: "time_entry" as const, id: e.id })),
  ];
  const status = targetHourlyRate > 0 ? grade(rate / targetHourlyRate, window.bands.effective_hourly_rate) : "unknown";
  const m = (amount: number, lang: "fr" | "en") => formatMoney({ amount, currency }, lang);
  return {
    key: "effective_hourly_rate",
    value: rate,
    unit: "money_per_hour",
    currency,
    status,
    explanation: bilingual((l) =>
      l === "fr"
        ? `${m(revenue.amount, l)} facturés pour ${formatNumber(hours, l, 2)} h travaillées (incluses et gratuites comprises) : ${m(rate, l)}/h, pour une cible de ${m(targetHourlyRate, l)}/h.`
        : `${m(revenue.amount, l)} invoiced for ${formatNumber(hours, l, 2)} h worked (included and goodwill hours counted): ${m(rate, l)}/h against a target of ${m(targetHourlyRate, l)}/h.`,
    ),
    sources,
  };
}

/** Goodwill hours and their value at each entry's billable rate (rounded half-up per entry); graded by their share of all hours. */
export function goodwillMetrics(window: HealthWindow): [HealthMetric, HealthMetric] {
  const { currency } = window.input;
  const entries = window.input.timeEntries.filter((e) => inWindow(window, e.date));
  const allMinutes = entries.reduce((s, e) => s + e.minutes, 0);
  if (allMinutes <= 0) {
    const none = {
      fr: "Aucune heure enregistrée sur la période : heures gratuites inconnues.",
      en: "No hours logged in the period: goodwill hours unknown.",
    };
    return [unknownMetric("goodwill_hours", "hours", none), unknownMetric("goodwill_value", "money", none)];
  }
  const goodwill = entries.filter((e) => e.category === "goodwill");
  const minutes = goodwill.reduce((s, e) => s + e.minutes, 0);
  const value = goodwill.reduce((s, e) => s + minutesTimesRate(e.minutes, e.billableRate), 0);
  const share = minutes / allMinutes;
  const sources = goodwill.map((e) => ({ entity: "time_entry" as const, id: e.id }));
  const hours = round4(minutes / 60);
  const explanation = bilingual((l) =>
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
