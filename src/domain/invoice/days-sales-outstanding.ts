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
import { type Currency, type Money, money } from "../money.ts";

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

/** What one invoice adds to DSO's two sums over [`from`, `to`] (epoch days), in minor units. */
export interface DsoSums {
  /** Its balance at `to` (0 when none is left, or when issued after `to`). */
  receivables: number;
  /** Its total when issued in the period, less its credit notes dated in the period. */
  sales: number;
}

function dsoPart(inv: DsoInvoice, from: number, to: number): DsoSums {
  const upTo = (xs: readonly { date: string; amount: Money }[]) =>
    xs.filter((x) => epochDay(x.date) <= to).reduce((s, x) => s + x.amount.amount, 0);
  const issued = epochDay(inv.issueDate);
  if (issued > to) return { receivables: 0, sales: 0 };
  const writeOffs = inv.writeOff ? [inv.writeOff] : [];
  const balance = inv.total.amount - upTo(inv.payments) - upTo(inv.creditNotes) - upTo(writeOffs);
  const credited = inv.creditNotes
    .filter((n) => epochDay(n.date) >= from && epochDay(n.date) <= to)
    .reduce((s, n) => s + n.amount.amount, 0);
  return { receivables: Math.max(balance, 0), sales: (issued >= from ? inv.total.amount : 0) - credited };
}

function period(input: { from: string; to: string }) {
  const from = epochDay(input.from, "from");
  const to = epochDay(input.to, "to");
  if (to < from) throw new DomainError("validation", "the period ends before it starts");
  return { from, to };
}

/**
 * The sums of some invoices (`dsoPart`'s), for the reads that add most invoices up in SQL and the others here: same
 * figures as `daysSalesOutstanding` over them all.
 */
export function dsoSumsOf(invoices: readonly DsoInvoice[], input: { from: string; to: string }): DsoSums {
  const { from, to } = period(input);
  const sums = { receivables: 0, sales: 0 };
  for (const inv of invoices) {
    const part = dsoPart(inv, from, to);
    sums.receivables += part.receivables;
    sums.sales += part.sales;
  }
  return sums;
}

/** DSO from its two sums over a period (formula in the file header). */
export function dsoFromSums(
  sums: DsoSums,
  input: { from: string; to: string; currency: Currency },
): Check<Omit<DsoResult, "openInvoiceIds">> {
  const { from, to } = period(input);
  if (sums.sales <= 0) return { ok: false, reason: "no net credit sales in the period: DSO is undefined" };
  const periodDays = to - from + 1;
  const days = Math.round(((sums.receivables * periodDays) / sums.sales) * 10) / 10;
  return {
    ok: true,
    days,
    receivables: money(sums.receivables, input.currency),
    netCreditSales: money(sums.sales, input.currency),
    periodDays,
  };
}

/** Computes DSO over a period (formula in the file header). */
export function daysSalesOutstanding(input: DaysSalesOutstandingInput): Check<DsoResult> {
  const { from, to } = period(input);
  const currency = input.invoices[0]?.total.currency ?? "CAD";
  const sums = { receivables: 0, sales: 0 };
  const open: string[] = [];
  for (const inv of input.invoices) {
    if (inv.total.currency !== currency) throw new DomainError("validation", "DSO mixes currencies");
    const part = dsoPart(inv, from, to);
    if (part.receivables > 0) open.push(inv.id);
    sums.receivables += part.receivables;
    sums.sales += part.sales;
  }
  const result = dsoFromSums(sums, { ...input, currency });
  return result.ok ? { ...result, openInvoiceIds: open } : result;
}
