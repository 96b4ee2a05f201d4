/**
 * A plain heuristic of the chance an open invoice is never paid, by how late it is on `asOf`. It is a default to
 * discuss, not a statistic: not yet due 10%, 1-30 days late 25%, 31-60 days 50%, 61-90 days 70%, over 90 days 85%.
 */
import { daysBetween, type IsoDate } from "../health/calendar-date.ts";
import { roundHalfUp } from "../money.ts";

/** Risk bands: `[maximum days late, risk in percent]`, ascending; beyond the last band the last risk applies. */
export const NON_PAYMENT_RISK_BANDS: readonly (readonly [number, number])[] = [
  [0, 10],
  [30, 25],
  [60, 50],
  [90, 70],
  [Number.POSITIVE_INFINITY, 85],
];

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
      const band = NON_PAYMENT_RISK_BANDS.find(([max]) => daysLate <= max) ?? [0, 85];
      return {
        invoiceId: inv.id,
        daysLate,
        riskPercent: band[1],
        amountAtRisk: roundHalfUp(inv.balance * band[1], 100),
      };
    });
  const balanceOf = (id: string) => options.invoices.find((i) => i.id === id)?.balance ?? 0;
  return {
    invoices,
    balance: invoices.reduce((s, r) => s + balanceOf(r.invoiceId), 0),
    overdue: invoices.filter((r) => r.daysLate > 0).reduce((s, r) => s + balanceOf(r.invoiceId), 0),
    amountAtRisk: invoices.reduce((s, r) => s + r.amountAtRisk, 0),
  };
}
