/**
 * Accounts receivable: what each client owes, aged by days past due (current, 1-30, 31-60, 61-90, over 90) per client
 * and in total, days sales outstanding per client and overall over a period (default: the 90 days to `asOf`), and the
 * credit the studio holds for clients (overpayments, credit notes on paid invoices).
 */

import type { Kysely } from "kysely";
import { addDays } from "../../domain/calendar-date.ts";
import { agingBuckets } from "../../domain/invoice/aging-buckets.ts";
import type { DsoInvoice } from "../../domain/invoice/days-sales-outstanding.ts";
import { daysSalesOutstanding } from "../../domain/invoice/days-sales-outstanding.ts";
import { type Currency, money } from "../../domain/money.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { clientCreditBalances } from "../../store/payment-store.ts";
import { inReadSnapshot } from "../../store/read-snapshot.ts";
import {
  clientNames,
  receivableInvoices,
  receivablesReadPoint,
  receivablesWrittenSince,
} from "../../store/receivable-store.ts";
import type { Database } from "../../store/schema.ts";
import type { AppContext } from "../shared/context.ts";
import { keptAnswers } from "../shared/kept-answers.ts";
import { getWorkspaceRecord } from "../shared/load-records.ts";
import { quarterHour } from "../shared/quarter-hour.ts";
import { studioTodayOf } from "../shared/studio-day.ts";
import { nextReminderDates } from "./reminders.ts";

export interface ReceivablesQuery {
  asOf?: string | undefined;
  /** DSO period; defaults to the 90 days ending on `asOf`. */
  from?: string | undefined;
  clientId?: string | undefined;
}

function dso(invoices: readonly DsoInvoice[], from: string, to: string) {
  const r = daysSalesOutstanding({ invoices, from, to });
  return r.ok
    ? { days: r.days, receivables: r.receivables, netCreditSales: r.netCreditSales, periodDays: r.periodDays }
    : { days: null, reason: r.reason };
}

/** The aging of a workspace's open receivables in its currency (what the receivables page and the dashboard read). */
export function agingOfOpen(
  open: readonly { id: string; clientId: string; dueDate: string; balance: number; currency: string }[],
  currency: Currency,
  asOf: string,
) {
  return agingBuckets(
    open
      .filter((o) => o.currency === currency)
      .map((o) => ({ id: o.id, clientId: o.clientId, dueDate: o.dueDate, balanceDue: money(o.balance, currency) })),
    asOf,
  );
}

type Receivables = Awaited<ReturnType<typeof computeReceivables>>;

/**
 * The last pages computed, per workspace and query (its day, period and client), with the read point they were
 * computed at (`receivablesReadPoint`) and when: a page is a function of the tables that mark writes and of the query.
 * Bounded per process.
 */
const keptPages = keptAnswers<Receivables>(100, { sameGenerationSameRecords: (ctx) => ctx.engine !== "postgres" });

export async function getReceivables(ctx: AppContext, actor: Actor, q: ReceivablesQuery) {
  requirePermission(actor, "read");
  const workspaceId = actor.workspaceId;
  const asOf = q.asOf ?? (await studioTodayOf(ctx, workspaceId));
  const from = q.from ?? addDays(asOf, -89);
  // Inside a transaction the reads may see its own writes, which a rollback would undo: computed, never kept.
  if (ctx.db.isTransaction) return computeReceivables(ctx.db, workspaceId, asOf, from, q.clientId);
  // The quarter of an hour too: whatever day a read inside takes as today (UTC's or the studio's), it is one day.
  const key = JSON.stringify([workspaceId, asOf, from, q.clientId ?? null, quarterHour(ctx)]);
  const read = async (db: Kysely<Database>) => {
    // Taken before the records: a write while they are read is after it, so a kept page is never older than its key.
    const point = await receivablesReadPoint(db);
    return keptPages(ctx, key, point, async (previous) => {
      // PostgreSQL: the kept page stands while no write marked the workspace since its point (decision 0014).
      if (
        ctx.engine === "postgres" &&
        previous &&
        !(await receivablesWrittenSince(db, workspaceId, previous.generation))
      ) {
        return previous.value;
      }
      // Frozen: the kept page is served to later readers as it is, so nothing may change it after this one.
      return deepFreeze(await computeReceivables(db, workspaceId, asOf, from, q.clientId));
    });
  };
  // PostgreSQL: the read point (the snapshot's xmin), the marks and the records from one snapshot.
  return ctx.engine === "postgres" ? inReadSnapshot(ctx.db, ctx.engine, read) : read(ctx.db);
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Keys walked in place: tens of thousands of rows at 10×, no array of values made for each.
    for (const key in value) deepFreeze(value[key]);
  }
  return value;
}

async function computeReceivables(
  db: Kysely<Database>,
  workspaceId: string,
  asOf: string,
  from: string,
  clientId: string | undefined,
) {
  const workspace = await getWorkspaceRecord(db, workspaceId);
  const currency: Currency = workspace.currency;
  const [{ open, dso: numbered }, credits] = await Promise.all([
    receivableInvoices(db, { workspaceId, from, to: asOf, clientId }),
    clientCreditBalances(db, workspaceId, clientId),
  ]);
  const aging = agingOfOpen(open, currency, asOf);
  const byClient = new Map<string, DsoInvoice[]>();
  for (const d of numbered) {
    const list = byClient.get(d.clientId);
    if (list) list.push(d.invoice);
    else byClient.set(d.clientId, [d.invoice]);
  }
  const creditOf = new Map(credits.map((c) => [c.clientId, c.amount]));
  const ids = [...new Set([...Object.keys(aging.byClient), ...byClient.keys(), ...credits.map((c) => c.clientId)])];
  const names = await clientNames(db, workspaceId, ids);
  const numbers = new Map(open.map((o) => [o.id, o.number]));
  const nextReminders = await nextReminderDates(db, workspaceId, open, asOf);
  return {
    asOf,
    currency,
    dsoPeriod: { from, to: asOf },
    total: aging.total,
    dso: dso(
      numbered.map((n) => n.invoice),
      from,
      asOf,
    ),
    clients: ids
      .map((clientId) => ({
        clientId,
        name: names.get(clientId) ?? "",
        aging: aging.byClient[clientId] ?? null,
        dso: dso(byClient.get(clientId) ?? [], from, asOf),
        credit: money(creditOf.get(clientId) ?? 0, currency),
      }))
      // Ties (clients owing nothing, listed for their DSO or credit) by name, then id: never the order rows were read in.
      .sort(
        (a, b) =>
          (b.aging?.total.amount ?? 0) - (a.aging?.total.amount ?? 0) ||
          byText(a.name, b.name) ||
          byText(a.clientId, b.clientId),
      ),
    invoices: aging.invoices
      .map((i) => ({ ...i, number: numbers.get(i.id) ?? "", nextReminderOn: nextReminders.get(i.id) ?? null }))
      .sort((a, b) => b.daysPastDue - a.daysPastDue || byText(a.number, b.number) || byText(a.id, b.id)),
  };
}
