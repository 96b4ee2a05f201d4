/**
 * A plain heuristic of the chance an open invoice is never paid, by its aging bucket on `asOf` (the buckets of
 * `../invoice/aging-buckets.ts`). It is a default to discuss, not a statistic: current 10%, 1-30 days late 25%,
 * 31-60 days 50%, 61-90 days 70%, over 90 days 85%.
 */

import { daysBetween } from "../calendar-date.ts";
import type { IsoDate } from "../health/calendar-date.ts";
import { type AgingBucket, agingBucket } from "../invoice/aging-buckets.ts";
import { roundHalfUp } from "../money.ts";

/** Risk of non-payment, in percent, per aging bucket. */
export const NON_PAYMENT_RISK_PERCENT: Readonly<Record<AgingBucket, number>> = {
  current: 10,
  days1to30: 25,
  days31to60: 50,
  days61to90: 70,
  over90: 85,
};
export interface OpenInvoice {
  id: string;
  number: string;
  dueDate: IsoDate;
  /** Amount still owed, taxes included, minor units. */
  balance: number;
}

export interface InvoiceRisk {
  invoiceId: string;
  daysLate: number;
  riskPercent: number;
  /** balance × risk, rounded half-up. */
  amountAtRisk: number;
}

/** Risk of each open invoice and the total amount at risk on `asOf`. */
export function estimateNonPaymentRisk(options: { invoices: readonly OpenInvoice[]; asOf: IsoDate }): {
  invoices: InvoiceRisk[];
  balance: number;
  overdue: number;
  amountAtRisk: number;
} {
  const invoices = options.invoices
    .filter((inv) => inv.balance > 0)
    .map((inv) => {
      const daysLate = Math.max(0, daysBetween(inv.dueDate, options.asOf));
      const riskPercent = NON_PAYMENT_RISK_PERCENT[agingBucket(daysLate)];
      return { invoiceId: inv.id, daysLate, riskPercent, amountAtRisk: roundHalfUp(inv.balance * riskPercent, 100) };
    });
  const balanceOf = (id: string) => options.invoices.find((i) => i.id === id)?.balance ?? 0;
  return {
    invoices,
    balance: invoices.reduce((s, r) => s + balanceOf(r.invoiceId), 0),
    overdue: invoices.filter((r) => r.daysLate > 0).reduce((s, r) => s + balanceOf(r.invoiceId), 0),
    amountAtRisk: invoices.reduce((s, r) => s + r.amountAtRisk, 0),
  };
}
