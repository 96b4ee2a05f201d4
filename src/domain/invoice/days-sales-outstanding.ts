/**
 * Days sales outstanding (DSO), the "period" method:
 *
 *   DSO = receivables at the end of the period ÷ net credit sales of the period × days in the period
 *
 * - receivables at `to` = for every invoice issued on or before `to`: total − payments dated ≤ `to` − credit notes
 *   dated ≤ `to` − write-offs dated ≤ `to` (never below zero per invoice: a client credit is not a receivable);
 * - net credit sales = totals (tax included, as receivables are) of invoices issued in [`from`, `to`] − credit notes
 *   dated in the period;
 * - days = `to` − `from` + 1 (both ends inclusive).
 * With no net sales in the period, DSO is undefined and the result says so.
 */

import { epochDay } from "../calendar-date.ts";
import type { Check } from "../errors.ts";
import { DomainError } from "../errors.ts";
import { type Money, money } from "../money.ts";

/** What DSO needs to know about one issued invoice. */
export interface DsoInvoice {
  id: string;
  issueDate: string;
  total: Money;
  payments: readonly { date: string; amount: Money }[];
  creditNotes: readonly { date: string; amount: Money }[];
  writeOff?: { date: string; amount: Money };
}

/** The options of `daysSalesOutstanding`. */
export interface DaysSalesOutstandingInput {
  invoices: readonly DsoInvoice[];
  from: string;
  to: string;
}

export interface DsoResult {
  /** Rounded to one decimal. */
  days: number;
  receivables: Money;
  netCreditSales: Money;
  periodDays: number;
  /** Invoices that still carried a balance at `to` (the explanation of `receivables`). */
  openInvoiceIds: string[];
}

/** Computes DSO over a period (formula in the file header). */
export function daysSalesOutstanding(input: DaysSalesOutstandingInput): Check<DsoResult> {
  const from = epochDay(input.from, "from");
  const to = epochDay(input.to, "to");
  if (to < from) throw new DomainError("validation", "the period ends before it starts");
  const currency = input.invoices[0]?.total.currency ?? "CAD";
  let receivables = 0;
  let sales = 0;
  const open: string[] = [];
  const upTo = (xs: readonly { date: string; amount: Money }[], end: number) =>
    xs.filter((x) => epochDay(x.date) <= end).reduce((s, x) => s + x.amount.amount, 0);
  for (const inv of input.invoices) {
    if (inv.total.currency !== currency) throw new DomainError("validation", "DSO mixes currencies");
    const issued = epochDay(inv.issueDate);
    if (issued > to) continue;
    const writeOffs = inv.writeOff ? [inv.writeOff] : [];
    const balance = inv.total.amount - upTo(inv.payments, to) - upTo(inv.creditNotes, to) - upTo(writeOffs, to);
    if (balance > 0) {
      receivables += balance;
      open.push(inv.id);
    }
    if (issued >= from) sales += inv.total.amount;
    sales -= inv.creditNotes
      .filter((n) => epochDay(n.date) >= from && epochDay(n.date) <= to)
      .reduce((s, n) => s + n.amount.amount, 0);
  }
  if (sales <= 0) return { ok: false, reason: "no net credit sales in the period: DSO is undefined" };
  const periodDays = to - from + 1;
  const days = Math.round(((receivables * periodDays) / sales) * 10) / 10;
  return {
    ok: true,
    days,
    receivables: money(receivables, currency),
    netCreditSales: money(sales, currency),
    periodDays,
    openInvoiceIds: open,
  };
}
