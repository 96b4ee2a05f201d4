/**
 * Accounts receivable: what each client owes, aged by days past due (current, 1-30, 31-60, 61-90, over 90) per client
 * and in total, days sales outstanding per client and overall over a period (default: the 90 days to `asOf`), and the
 * credit the studio holds for clients (overpayments, credit notes on paid invoices). The totals span the workspace (or
 * the client asked); the clients and the open invoices come a page at a time, each with its count and the cursor of
 * the next page. Every figure is a SQL aggregate (`receivable-aggregates.ts`): nothing read grows with the history
 * but the open invoices summed on their partial index and the period's invoices for DSO.
 */

import type { Kysely } from "kysely";
import { addDays, daysBetween } from "../../domain/calendar-date.ts";
import { fieldError } from "../../domain/errors.ts";
import { AGING_BUCKETS, type AgingRow, agingBucket } from "../../domain/invoice/aging-buckets.ts";
import { type DsoSums, dsoFromSums, dsoSumsOf } from "../../domain/invoice/days-sales-outstanding.ts";
import { toDsoInvoice } from "../../domain/invoice/invoice-views.ts";
import { type Currency, money } from "../../domain/money.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { inReadSnapshot } from "../../store/read-snapshot.ts";
import {
  type AgingSums,
  agingOfClients,
  agingSumsTotal,
  agingTotal,
  type ClientKey,
  clientPage,
  creditsOfClients,
  dsoSums,
  type InvoiceKey,
  openInvoicePage,
} from "../../store/receivable-aggregates.ts";
import { clientNames, receivablesReadPoint, receivablesWrittenSince } from "../../store/receivable-store.ts";
import type { Database } from "../../store/schema.ts";
import { readNumberedInvoice } from "../../store/stored-aggregates.ts";
import type { AppContext } from "../shared/context.ts";
import { keptAnswers } from "../shared/kept-answers.ts";
import { getWorkspaceRecord } from "../shared/load-records.ts";
import { decodeCursor, encodeCursor, isString } from "../shared/page-cursor.ts";
import { quarterHour } from "../shared/quarter-hour.ts";
import { studioTodayOf } from "../shared/studio-day.ts";
import { nextReminderDates } from "./reminders.ts";

/** The page size when none is asked, and the largest one served. */
export const RECEIVABLES_PAGE = { default: 50, max: 200 } as const;

export interface ReceivablesQuery {
  asOf?: string | undefined;
  /** DSO period; defaults to the 90 days ending on `asOf`. */
  from?: string | undefined;
  clientId?: string | undefined;
  /** Rows per page of each list (clients, open invoices); `RECEIVABLES_PAGE.default` when absent. */
  limit?: number | undefined;
  /** The `clientPage.nextCursor` of the page before. */
  clientsCursor?: string | undefined;
  /** The `invoicePage.nextCursor` of the page before. */
  invoicesCursor?: string | undefined;
}

type Receivables = Awaited<ReturnType<typeof computeReceivables>>;

/**
 * The last pages computed, per workspace and query (its day, period, client, page size and cursors), with the read
 * point they were computed at (`receivablesReadPoint`) and when: a page is a function of the tables that mark writes
 * and of the query. Bounded per process; each is a page, never the whole list.
 */
const keptPages = keptAnswers<Receivables>(100);

export async function getReceivables(ctx: AppContext, actor: Actor, q: ReceivablesQuery) {
  requirePermission(actor, "read");
  const workspaceId = actor.workspaceId;
  const asOf = q.asOf ?? (await studioTodayOf(ctx, workspaceId));
  const from = q.from ?? addDays(asOf, -89);
  if (daysBetween(from, asOf) < 0) throw fieldError("from", "period_order", "the period ends before it starts");
  const query: PageQuery = {
    workspaceId,
    asOf,
    from,
    clientId: q.clientId,
    limit: q.limit ?? RECEIVABLES_PAGE.default,
    clientsAfter: q.clientsCursor === undefined ? undefined : decodeClientKey(q.clientsCursor),
    invoicesAfter: q.invoicesCursor === undefined ? undefined : decodeInvoiceKey(q.invoicesCursor),
  };
  // Inside a transaction the reads may see its own writes, which a rollback would undo: computed, never kept.
  if (ctx.db.isTransaction) return computeReceivables(ctx.db, query);
  // The quarter of an hour too: whatever day a read inside takes as today (UTC's or the studio's), it is one day.
  const key = JSON.stringify([
    workspaceId,
    asOf,
    from,
    q.clientId ?? null,
    query.limit,
    q.clientsCursor ?? null,
    q.invoicesCursor ?? null,
    quarterHour(ctx),
  ]);
  // One snapshot (PostgreSQL: the read point, the marks and the records; SQLite: the generation and the records), so
  // that the totals, the pages and their counts agree with each other.
  return inReadSnapshot(ctx.db, ctx.engine, async (db: Kysely<Database>) => {
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
      return deepFreeze(await computeReceivables(db, query));
    });
  });
}

interface PageQuery {
  workspaceId: string;
  asOf: string;
  from: string;
  clientId: string | undefined;
  limit: number;
  clientsAfter: ClientKey | undefined;
  invoicesAfter: InvoiceKey | undefined;
}

const isDay = (value: unknown) => isString(value) && /^\d{4}-\d{2}-\d{2}$/.test(value);
const decodeClientKey = (cursor: string) =>
  decodeCursor<ClientKey>(cursor, "clientsCursor", [Number.isSafeInteger, isString, isString]);
const decodeInvoiceKey = (cursor: string) =>
  decodeCursor<InvoiceKey>(cursor, "invoicesCursor", [isDay, isString, isString]);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key in value) deepFreeze(value[key]);
  }
  return value;
}

function agingRow(sums: AgingSums, currency: Currency): AgingRow {
  const row = {} as AgingRow;
  for (const b of AGING_BUCKETS) row[b] = money(sums[b], currency);
  return { ...row, total: money(agingSumsTotal(sums), currency) };
}

const dsoFigure = (sums: DsoSums, from: string, to: string, currency: Currency) => {
  const r = dsoFromSums(sums, { from, to, currency });
  return r.ok
    ? { days: r.days, receivables: r.receivables, netCreditSales: r.netCreditSales, periodDays: r.periodDays }
    : { days: null, reason: r.reason };
};

const addSums = (a: DsoSums | undefined, b: DsoSums): DsoSums => ({
  receivables: (a?.receivables ?? 0) + b.receivables,
  sales: (a?.sales ?? 0) + b.sales,
});

async function computeReceivables(db: Kysely<Database>, q: PageQuery) {
  const { workspaceId, asOf, from, clientId, limit } = q;
  const workspace = await getWorkspaceRecord(db, workspaceId);
  const currency: Currency = workspace.currency;
  const scope = { workspaceId, currency, clientId };
  const period = { workspaceId, currency, from, to: asOf, clientIds: clientId === undefined ? undefined : [clientId] };
  // One row more than the page: whether a next page exists, without counting again.
  const [total, overallDso, clients, invoices] = await Promise.all([
    agingTotal(db, { ...scope, asOf }),
    dsoSums(db, { ...period, perClient: false }),
    clientPage(db, { ...scope, from, to: asOf, after: q.clientsAfter, limit: limit + 1 }),
    openInvoicePage(db, { ...scope, after: q.invoicesAfter, limit: limit + 1 }),
  ]);
  const clientRows = clients.rows.slice(0, limit);
  const invoiceRows = invoices.slice(0, limit);
  const ids = clientRows.map((c) => c.clientId);
  const [aging, pageSums, credits, names, nextReminders] = await Promise.all([
    agingOfClients(db, { ...scope, asOf, clientIds: ids }),
    dsoSums(db, { ...period, clientIds: ids, perClient: true }),
    creditsOfClients(db, workspaceId, ids),
    clientNames(db, workspaceId, [...new Set(invoiceRows.map((i) => i.clientId))]),
    nextReminderDates(db, workspaceId, invoiceRows, asOf),
  ]);
  // The invoices DSO reads whole (few: credited, written off, moved after the period), added by the domain.
  const dsoOf = (d: Awaited<ReturnType<typeof dsoSums>>, clientId: string | null) =>
    addSums(
      d.sums.find((x) => x.clientId === clientId),
      dsoSumsOf(
        d.whole
          .filter((w) => clientId === null || w.clientId === clientId)
          .map((w) => toDsoInvoice(readNumberedInvoice(w.stateJson, w.id))),
        { from, to: asOf },
      ),
    );
  const overall = dsoOf(overallDso, null);
  // The credit held in the workspace's currency, as every figure of the page (a credit in another is not added in).
  const creditOf = new Map(credits.filter((c) => c.currency === currency).map((c) => [c.clientId, c.amount]));
  return {
    asOf,
    currency,
    dsoPeriod: { from, to: asOf },
    total: agingRow(total, currency),
    dso: dsoFigure(overall, from, asOf, currency),
    clients: clientRows.map((c) => {
      const sums = aging.get(c.clientId);
      return {
        clientId: c.clientId,
        name: c.name,
        aging: sums ? agingRow(sums, currency) : null,
        dso: dsoFigure(dsoOf(pageSums, c.clientId), from, asOf, currency),
        credit: money(creditOf.get(c.clientId) ?? 0, currency),
      };
    }),
    clientPage: {
      count: clients.count,
      limit,
      nextCursor: clients.rows.length > limit ? encodeCursor(keyOfClient(clientRows[clientRows.length - 1]!)) : null,
    },
    invoices: invoiceRows.map((i) => {
      const daysPastDue = daysBetween(i.dueDate, asOf);
      return {
        id: i.id,
        clientId: i.clientId,
        clientName: names.get(i.clientId) ?? "",
        daysPastDue,
        bucket: agingBucket(daysPastDue),
        balanceDue: money(i.balance, currency),
        number: i.number,
        nextReminderOn: nextReminders.get(i.id) ?? null,
      };
    }),
    invoicePage: {
      count: total.invoices,
      limit,
      nextCursor: invoices.length > limit ? encodeCursor(keyOfInvoice(invoiceRows[invoiceRows.length - 1]!)) : null,
    },
  };
}

const keyOfClient = (c: { owed: number; name: string; clientId: string }): ClientKey => [c.owed, c.name, c.clientId];
const keyOfInvoice = (i: { dueDate: string; number: string; id: string }): InvoiceKey => [i.dueDate, i.number, i.id];
