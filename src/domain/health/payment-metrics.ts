/**
 * Payment metrics: how long the client takes to pay, what is overdue, and how much of the studio depends on it.
 */

import { fieldError } from "../errors.ts";
import { roundHalfUp } from "../money.ts";
import { daysFromTo, type IsoDate } from "./calendar-date.ts";
import {
  balanceOn,
  explain,
  type HealthInvoice,
  type HealthWindow,
  inWindow,
  windowRevenue,
  windowSettledInvoices,
} from "./health-input.ts";
import { grade, type HealthMetric, round4, unknownMetric } from "./health-metric.ts";
import { countOf, formatMoney, formatPercent } from "./localized.ts";

const INVOICES: { fr: [string, string]; en: [string, string] } = {
  fr: ["facture", "factures"],
  en: ["invoice", "invoices"],
};
const OVERDUE: typeof INVOICES = { fr: INVOICES.fr, en: ["overdue invoice", "overdue invoices"] };
const DUE: typeof INVOICES = { fr: ["facture échue", "factures échues"], en: ["invoice due", "invoices due"] };
const UNPAID: typeof INVOICES = { fr: ["impayée", "impayées"], en: ["unpaid", "unpaid"] };
const PAID_LATE: typeof INVOICES = { fr: ["payée en retard", "payées en retard"], en: ["paid late", "paid late"] };
const DAYS: typeof INVOICES = { fr: ["jour", "jours"], en: ["day", "days"] };

/**
 * Days `invoice` is or was late on `to`: settled → payment date − due date (0 when paid on time or settled by credit
 * notes); still owing → `to` − due date (0 before the due date).
 */
function daysLate(invoice: HealthInvoice, to: IsoDate): number {
  if (balanceOn(invoice, to) > 0) return Math.max(0, daysFromTo(invoice.dueDate, to));
  return invoice.paidDate ? Math.max(0, daysFromTo(invoice.dueDate, invoice.paidDate)) : 0;
}

/** Invoices issued in the window that say something about paying on time: paid by `to`, or past due on `to`. */
function invoicesDue(window: HealthWindow): HealthInvoice[] {
  return window.input.invoices.filter(
    (inv) =>
      inWindow(window, inv.issueDate) && inv.total > 0 && (balanceOn(inv, window.to) === 0 || inv.dueDate < window.to),
  );
}

const NO_INVOICE_DUE = {
  fr: "aucune facture n’est encore arrivée à échéance.",
  en: "no invoice has reached its due date yet.",
};

/**
 * Payment delay, amount-weighted: for each invoice paid or past due on `to`, the days it was paid late or, unpaid,
 * the days it is overdue as of `to` (an invoice paid on time counts 0), weighted by its total, rounded half-up.
 * Invoices not yet due say nothing yet and are left out.
 */
export function paymentDelayMetric(window: HealthWindow): HealthMetric {
  const invoices = invoicesDue(window);
  const settled = windowSettledInvoices(window);
  const due = invoices.length + settled.dueCount;
  if (due === 0) return unknownMetric("payment_delay", "days", NO_INVOICE_DUE);
  let weighted = settled.lateWeighted;
  let totals = settled.dueTotal;
  for (const inv of invoices) {
    weighted += daysLate(inv, window.to) * inv.total;
    totals += inv.total;
  }
  const value = roundHalfUp(weighted, totals);
  const unpaid = invoices.filter((inv) => balanceOn(inv, window.to) > 0).length;
  const paidLate =
    settled.paidLateCount +
    invoices.filter((inv) => balanceOn(inv, window.to) === 0 && daysLate(inv, window.to) > 0).length;
  return {
    key: "payment_delay",
    value,
    unit: "days",
    status: grade(value, window.bands.payment_delay),
    explanation: explain(window, (l) =>
      l === "fr"
        ? `${countOf(due, l, DUE)} (${countOf(unpaid, l, UNPAID)}, ${countOf(paidLate, l, PAID_LATE)}) : ${countOf(value, l, DAYS)} de retard en moyenne (pondérée par montant).`
        : `${countOf(due, l, DUE)} (${countOf(unpaid, l, UNPAID)}, ${countOf(paidLate, l, PAID_LATE)}): ${countOf(value, l, DAYS)} late on average (weighted by amount).`,
    ),
    sources: invoices.map((inv) => ({ entity: "invoice" as const, id: inv.id })),
  };
}

export function overdueAmountMetric(window: HealthWindow): HealthMetric {
  const { currency } = window.input;
  const issued = window.input.invoices.filter((inv) => inv.issueDate <= window.to);
  const settled = windowSettledInvoices(window).count;
  if (settled === 0 && !issued.some((inv) => inv.dueDate < window.to || balanceOn(inv, window.to) === 0)) {
    return unknownMetric("overdue_amount", "money", NO_INVOICE_DUE);
  }
  const overdue = issued.filter((inv) => inv.dueDate < window.to && balanceOn(inv, window.to) > 0);
  const amount = overdue.reduce((s, inv) => s + balanceOn(inv, window.to), 0);
  const oldest = overdue.reduce((max, inv) => Math.max(max, daysLate(inv, window.to)), 0);
  const m = (l: "fr" | "en") => formatMoney({ amount, currency }, l);
  return {
    key: "overdue_amount",
    value: amount,
    unit: "money",
    currency,
    status: grade(oldest, window.bands.overdue_amount),
    explanation: explain(window, (l) =>
      overdue.length === 0
        ? l === "fr"
          ? `Aucune facture en retard sur ${issued.length + settled} émises.`
          : `No overdue invoice out of ${issued.length + settled} issued.`
        : l === "fr"
          ? `${countOf(overdue.length, l, INVOICES)} en retard pour ${m(l)}; la plus ancienne a ${oldest} jours de retard.`
          : `${countOf(overdue.length, l, OVERDUE)} totalling ${m(l)}; the oldest is ${oldest} days late.`,
    ),
    sources: overdue.map((inv) => ({ entity: "invoice" as const, id: inv.id })),
  };
}

/**
 * The client's share of the studio's revenue (4 decimals), `undefined` when either is not positive (nothing to say).
 * A client earning more than the whole studio is a contradiction in the figures given, refused.
 */
export function revenueShare(clientRevenue: number, studioRevenue: number | undefined): number | undefined {
  if (studioRevenue === undefined || studioRevenue <= 0 || clientRevenue <= 0) return undefined;
  if (clientRevenue > studioRevenue) {
    throw fieldError("workspaceRevenue", "range", "the studio's revenue cannot be lower than one client's revenue");
  }
  return round4(clientRevenue / studioRevenue);
}

/** Revenue concentration = the client's pre-tax revenue in the window ÷ the studio's revenue over the same window. */
export function revenueConcentrationMetric(window: HealthWindow): HealthMetric {
  const studio = window.workspaceRevenue;
  const revenue = windowRevenue(window);
  const value = revenueShare(revenue.amount, studio);
  if (value === undefined || studio === undefined) {
    return unknownMetric("revenue_concentration", "ratio", {
      fr: "aucun revenu facturé à ce client sur la période.",
      en: "no revenue invoiced to this client in the period.",
    });
  }
  const { currency } = window.input;
  return {
    key: "revenue_concentration",
    value,
    unit: "ratio",
    status: grade(value, window.bands.revenue_concentration),
    explanation: explain(window, (l) =>
      l === "fr"
        ? `${formatMoney({ amount: revenue.amount, currency }, l)} sur ${formatMoney({ amount: studio, currency }, l)} de revenus du studio : ${formatPercent(value, l)}.`
        : `${formatMoney({ amount: revenue.amount, currency }, l)} of the studio's ${formatMoney({ amount: studio, currency }, l)} revenue: ${formatPercent(value, l)}.`,
    ),
    sources: revenue.invoices.map((inv) => ({ entity: "invoice" as const, id: inv.id })),
  };
}
