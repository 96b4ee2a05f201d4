/**
 * Payment metrics: how long the client takes to pay, what is overdue, and how much of the studio depends on it.
 */

import { daysBetween } from "../calendar-date.ts";
import { fieldError } from "../errors.ts";
import { roundHalfUp } from "../money.ts";
import { balanceOn, type HealthWindow, inWindow, windowRevenue } from "./health-input.ts";
import { grade, type HealthMetric, round4, unknownMetric } from "./health-metric.ts";
import { bilingual, countOf, formatMoney, formatPercent } from "./localized.ts";

const INVOICES: { fr: [string, string]; en: [string, string] } = {
  fr: ["facture", "factures"],
  en: ["invoice", "invoices"],
};
const OVERDUE: typeof INVOICES = { fr: INVOICES.fr, en: ["overdue invoice", "overdue invoices"] };

/**
 * Days sales outstanding, amount-weighted: for each invoice issued in the window, the days from issue to payment
 * (paid by `to`) or to `to` (still open), weighted by its total, rounded to whole days half-up.
 */
export function daysSalesOutstandingMetric(window: HealthWindow): HealthMetric {
  const invoices = window.input.invoices.filter((inv) => inWindow(window, inv.issueDate) && inv.total > 0);
  if (invoices.length === 0) {
    return unknownMetric("days_sales_outstanding", "days", {
      fr: "Aucune facture émise sur la période : délai moyen de paiement inconnu.",
      en: "No invoice issued in the period: days sales outstanding unknown.",
    });
  }
  let weighted = 0;
  let totals = 0;
  let open = 0;
  for (const inv of invoices) {
    const paid = inv.paidDate && inv.paidDate <= window.to;
    if (!paid) open++;
    weighted += daysBetween(inv.issueDate, paid ? (inv.paidDate as string) : window.to) * inv.total;
    totals += inv.total;
  }
  const value = roundHalfUp(weighted, totals);
  return {
    key: "days_sales_outstanding",
    value,
    unit: "days",
    status: grade(value, window.bands.days_sales_outstanding),
    explanation: bilingual((l) =>
      l === "fr"
        ? `${countOf(invoices.length, l, INVOICES)} (dont ${open} encore impayées) : ${value} jours en moyenne entre l’émission et le paiement, pondérés par montant.`
        : `${countOf(invoices.length, l, INVOICES)} (${open} still unpaid): ${value} days on average from issue to payment, weighted by amount.`,
    ),
    sources: invoices.map((inv) => ({ entity: "invoice" as const, id: inv.id })),
  };
}

/** Overdue exposure on `to`: the balance of every invoice past its due date; graded by the oldest one's days late. */
export function overdueAmountMetric(window: HealthWindow): HealthMetric {
  const { currency } = window.input;
  const issued = window.input.invoices.filter((inv) => inv.issueDate <= window.to);
  if (issued.length === 0) {
    return unknownMetric("overdue_amount", "money", {
      fr: "Aucune facture émise : montant en souffrance inconnu.",
      en: "No invoice issued: overdue amount unknown.",
    });
  }
  const overdue = issued.filter((inv) => inv.dueDate < window.to && balanceOn(inv, window.to) > 0);
  const amount = overdue.reduce((s, inv) => s + balanceOn(inv, window.to), 0);
  const oldest = overdue.reduce((max, inv) => Math.max(max, daysBetween(inv.dueDate, window.to)), 0);
  const m = (l: "fr" | "en") => formatMoney({ amount, currency }, l);
  return {
    key: "overdue_amount",
    value: amount,
    unit: "money",
    currency,
    status: grade(oldest, window.bands.overdue_amount),
    explanation: bilingual((l) =>
      overdue.length === 0
        ? l === "fr"
          ? `Aucune facture en retard sur ${issued.length} émises.`
          : `No overdue invoice out of ${issued.length} issued.`
        : l === "fr"
          ? `${countOf(overdue.length, l, INVOICES)} en retard pour ${m(l)}; la plus ancienne a ${oldest} jours de retard.`
          : `${countOf(overdue.length, l, OVERDUE)} totalling ${m(l)}; the oldest is ${oldest} days late.`,
    ),
    sources: overdue.map((inv) => ({ entity: "invoice" as const, id: inv.id })),
  };
}

/** Revenue concentration = the client's pre-tax revenue in the window ÷ the studio's revenue over the same window. */
export function revenueConcentrationMetric(window: HealthWindow): HealthMetric {
  const studio = window.workspaceRevenue;
  if (studio === undefined || studio <= 0) {
    return unknownMetric("revenue_concentration", "ratio", {
      fr: "Revenu du studio inconnu ou nul sur la période : concentration inconnue.",
      en: "Studio revenue unknown or zero for the period: concentration unknown.",
    });
  }
  const revenue = windowRevenue(window);
  if (revenue.amount > studio) {
    throw fieldError("workspaceRevenue", "range", "the studio's revenue cannot be lower than one client's revenue");
  }
  const value = round4(revenue.amount / studio);
  const { currency } = window.input;
  return {
    key: "revenue_concentration",
    value,
    unit: "ratio",
    status: grade(value, window.bands.revenue_concentration),
    explanation: bilingual((l) =>
      l === "fr"
        ? `${formatMoney({ amount: revenue.amount, currency }, l)} sur ${formatMoney({ amount: studio, currency }, l)} de revenus du studio : ${formatPercent(value, l)}.`
        : `${formatMoney({ amount: revenue.amount, currency }, l)} of the studio's ${formatMoney({ amount: studio, currency }, l)} revenue: ${formatPercent(value, l)}.`,
    ),
    sources: revenue.invoices.map((inv) => ({ entity: "invoice" as const, id: inv.id })),
  };
}
