/**
 * Accounts-receivable aging: how much is owed, by how long it is past its due date, per client and in total.
 * Buckets: current (not yet due or due today), 1-30, 31-60, 61-90 and over 90 days past due.
 */

import { daysBetween, epochDay } from "../calendar-date.ts";
import { DomainError } from "../errors.ts";
import { type Currency, type Money, money } from "../money.ts";

/** An open receivable: what is still due on one issued invoice. */
export interface AgingInvoice {
  id: string;
  clientId: string;
  dueDate: string;
  balanceDue: Money;
}

export const AGING_BUCKETS = ["current", "days1to30", "days31to60", "days61to90", "over90"] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export type AgingRow = Record<AgingBucket, Money> & { total: Money };

/** The explanation of a figure: which invoice landed in which bucket. */
export interface AgedInvoice {
  id: string;
  clientId: string;
  daysPastDue: number;
  bucket: AgingBucket;
  balanceDue: Money;
}

export interface AgingReport {
  asOf: string;
  currency: Currency;
  total: AgingRow;
  byClient: Record<string, AgingRow>;
  invoices: AgedInvoice[];
}

/** The bucket for a number of days past due (≤ 0 is current). */
export function agingBucket(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 0) return "current";
  if (daysPastDue <= 30) return "days1to30";
  if (daysPastDue <= 60) return "days31to60";
  if (daysPastDue <= 90) return "days61to90";
  return "over90";
}

function emptyRow(c: Currency): AgingRow {
  const zero = money(0, c);
  return { current: zero, days1to30: zero, days31to60: zero, days61to90: zero, over90: zero, total: zero };
}

/** Sums per bucket in minor units, turned into an `AgingRow` once: no row is rebuilt per invoice. */
type Sums = Record<AgingBucket, number>;

function toRow(sums: Sums, c: Currency): AgingRow {
  const row = emptyRow(c);
  let total = 0;
  for (const b of AGING_BUCKETS) {
    row[b] = money(sums[b], c);
    total += sums[b];
  }
  return { ...row, total: money(total, c) };
}

/**
 * Ages open receivables as of `asOf` (YYYY-MM-DD). Invoices with nothing left to pay (balance ≤ 0, i.e. paid or in
 * credit) are left out. All balances must share one currency (a workspace bills in one currency).
 */
export function agingBuckets(invoices: readonly AgingInvoice[], asOf: string): AgingReport {
  epochDay(asOf, "asOf");
  const currency = invoices[0]?.balanceDue.currency ?? "CAD";
  const zero = (): Sums => ({ current: 0, days1to30: 0, days31to60: 0, days61to90: 0, over90: 0 });
  const total = zero();
  const sums = new Map<string, Sums>();
  const aged: AgedInvoice[] = [];
  for (const inv of invoices) {
    if (inv.balanceDue.currency !== currency) {
      throw new DomainError("validation", `aging mixes ${currency} and ${inv.balanceDue.currency}`);
    }
    if (inv.balanceDue.amount <= 0) continue;
    const daysPastDue = daysBetween(inv.dueDate, asOf);
    const bucket = agingBucket(daysPastDue);
    total[bucket] += inv.balanceDue.amount;
    const mine = sums.get(inv.clientId) ?? zero();
    mine[bucket] += inv.balanceDue.amount;
    sums.set(inv.clientId, mine);
    aged.push({ id: inv.id, clientId: inv.clientId, daysPastDue, bucket, balanceDue: inv.balanceDue });
  }
  const byClient: Record<string, AgingRow> = {};
  for (const [clientId, row] of sums) byClient[clientId] = toRow(row, currency);
  return { asOf, currency, total: toRow(total, currency), byClient, invoices: aged };
}
