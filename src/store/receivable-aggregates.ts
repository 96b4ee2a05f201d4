/**
 * The receivables page as SQL aggregates and pages (issue 14): the aging's sums per bucket (in total, or per client for
 * a page of clients), DSO's two sums, a page of the clients the page lists (worst owed first) and one of the open
 * invoices (most days past due first), each with its count. No read returns a row per open invoice of the workspace:
 * the sums are taken over indexes (the open invoices' partial index, the issue-date index holding the amounts), the
 * pages are ranges of an index after a keyset cursor. PostgreSQL orders text by `collate "C"` (code points), as the
 * page always did in JS, whatever the database's collation.
 */
import { type Kysely, type RawBuilder, sql } from "kysely";
import { addDays } from "../domain/calendar-date.ts";
import { AGING_BUCKETS } from "../domain/invoice/aging-buckets.ts";
import { isPostgresDb } from "./change-marks.ts";
import { idIn } from "./ids-in.ts";
import { OPEN_RECEIVABLE } from "./receivable-store.ts";
import type { Database } from "./schema.ts";

/** Open balances per aging bucket, in minor units, and how many invoices they hold. */
export interface AgingSums {
  current: number;
  days1to30: number;
  days31to60: number;
  days61to90: number;
  over90: number;
  invoices: number;
  /** How many of them are past due (every bucket but `current`). */
  overdueInvoices: number;
}

/** What the sums add up to: every open balance of the scope (the aging's total). */
export function agingSumsTotal(sums: AgingSums): number {
  return AGING_BUCKETS.reduce((total, bucket) => total + sums[bucket], 0);
}

interface Scope {
  workspaceId: string;
  /** The workspace's currency: the aging counts the open balances in it only. */
  currency: string;
  /** Only this client's rows (`clientId` of the page). */
  clientId?: string | undefined;
}

/** `column collate "C"` on PostgreSQL: text compared by code points (as JS compares strings), not the locale's rules. */
function byCode(db: Kysely<Database>, column: string): RawBuilder<string> {
  return isPostgresDb(db) ? sql<string>`${sql.ref(column)} collate "C"` : sql<string>`${sql.ref(column)}`;
}

const ofClient = (clientId: string | undefined, column = "client_id") =>
  clientId === undefined ? sql`` : sql`and ${sql.ref(column)} = ${clientId}`;

/**
 * The sums per bucket as of `asOf`: a due date on or after it is current, then 1-30, 31-60, 61-90 days before it,
 * over 90 beyond (`agingBucket` of the days past due). One pass over the open invoices' partial index.
 */
function agingSelect(asOf: string) {
  const [d30, d60, d90] = [addDays(asOf, -30), addDays(asOf, -60), addDays(asOf, -90)];
  return sql`sum(case when due_date >= ${asOf} then balance else 0 end) as current,
    sum(case when due_date < ${asOf} and due_date >= ${d30} then balance else 0 end) as days1to30,
    sum(case when due_date < ${d30} and due_date >= ${d60} then balance else 0 end) as days31to60,
    sum(case when due_date < ${d60} and due_date >= ${d90} then balance else 0 end) as days61to90,
    sum(case when due_date < ${d90} then balance else 0 end) as over90,
    count(*) as invoices,
    sum(case when due_date < ${asOf} then 1 else 0 end) as ${sql.ref("overdueInvoices")}`;
}

type SumsRow = Record<keyof AgingSums, number | string | null>;

const toAgingSums = (r: SumsRow | undefined): AgingSums => ({
  current: Number(r?.current ?? 0),
  days1to30: Number(r?.days1to30 ?? 0),
  days31to60: Number(r?.days31to60 ?? 0),
  days61to90: Number(r?.days61to90 ?? 0),
  over90: Number(r?.over90 ?? 0),
  invoices: Number(r?.invoices ?? 0),
  overdueInvoices: Number(r?.overdueInvoices ?? 0),
});

/** The aging of every open invoice of the scope, in one row. */
export async function agingTotal(db: Kysely<Database>, scope: Scope & { asOf: string }): Promise<AgingSums> {
  const { rows } = await sql<SumsRow>`select ${agingSelect(scope.asOf)} from invoices
    where workspace_id = ${scope.workspaceId} and ${OPEN_RECEIVABLE} and currency = ${scope.currency}
    ${ofClient(scope.clientId)}`.execute(db);
  return toAgingSums(rows[0]);
}

/** The aging of some clients (a page's), each client's open invoices sought on the partial index. */
export async function agingOfClients(
  db: Kysely<Database>,
  scope: Scope & { asOf: string; clientIds: readonly string[] },
): Promise<Map<string, AgingSums>> {
  if (scope.clientIds.length === 0) return new Map();
  const { rows } = await sql<SumsRow & { client_id: string }>`select client_id, ${agingSelect(scope.asOf)}
    from invoices
    where workspace_id = ${scope.workspaceId} and ${OPEN_RECEIVABLE} and currency = ${scope.currency}
      and ${idIn(db, "client_id", scope.clientIds)}
    group by client_id`.execute(db);
  return new Map(rows.map((r) => [r.client_id, toAgingSums(r)]));
}

/** DSO's period and the clients it is taken for (all of them, or some). */
export interface DsoScope {
  workspaceId: string;
  /** The workspace's currency: DSO, like the aging, reads the invoices in it only (their sums in one currency). */
  currency: string;
  from: string;
  to: string;
  clientIds?: readonly string[] | undefined;
}

/**
 * The invoices DSO over [from, to] reads, in four disjoint parts (no row counted twice, nothing to deduplicate): every
 * invoice issued on or before `to` that is open (issued before the period: the partial index), issued in the period
 * (the issue-date index holding the amounts), moved after `to` (the movement index), or credited in the period (the
 * period's credit notes, then each invoice by id) — the last two only when not already in the first two. Each part
 * names its one index range as plain column terms and keeps every other condition inside `only(…)`, an expression no
 * index answers: left sargable, a date range beside the status made SQLite walk 20,000 open invoices' table rows (or
 * every invoice issued before the period) at ten times the studio.
 */
function dsoRows(db: Kysely<Database>, s: DsoScope, columns: RawBuilder<unknown>) {
  const clients = s.clientIds === undefined ? sql`` : sql`and ${idIn(db, "client_id", s.clientIds)}`;
  const inCurrency = only(sql`currency = ${s.currency}`);
  return sql`select ${columns} from invoices
      where workspace_id = ${s.workspaceId} and ${OPEN_RECEIVABLE} ${clients}
        and ${only(sql`issue_date < ${s.from} and currency = ${s.currency}`)}
    union all select ${columns} from invoices
      where workspace_id = ${s.workspaceId} and issue_date >= ${s.from} and issue_date <= ${s.to} ${clients}
        and ${inCurrency}
    union all ${laterRows(db, s, columns)}`;
}

const only = (condition: RawBuilder<unknown>) => sql`(case when ${condition} then 1 else 0 end) = 1`;

/**
 * The last two parts of `dsoRows`: issued before the period, not open, and moved after `to` or credited in it — few
 * rows, each plan pinned (SQLite otherwise walks a covering index of every invoice rather than a date range it cannot
 * size): the movement index named, and the period's credit notes first, each invoice then by id.
 */
function laterRows(db: Kysely<Database>, s: DsoScope, columns: RawBuilder<unknown>) {
  const clients = s.clientIds === undefined ? sql`` : sql`and ${idIn(db, "client_id", s.clientIds)}`;
  const ws = s.workspaceId;
  const earlier = sql`issue_date < ${s.from} and not (${OPEN_RECEIVABLE}) and currency = ${s.currency}`;
  const byMovement = isPostgresDb(db) ? sql`` : sql`indexed by invoices_ws_movement`;
  return sql`select ${columns} from invoices ${byMovement}
      where workspace_id = ${ws} and last_movement_on > ${s.to} ${clients} and ${only(earlier)}
    union all select ${columns}
      from (select distinct invoice_id from credit_notes
        where workspace_id = ${ws} and date >= ${s.from} and date <= ${s.to}) n
      cross join invoices
      where id = n.invoice_id and workspace_id = ${ws} ${clients}
        and ${only(sql`${earlier} and coalesce(last_movement_on, '') <= ${s.to}`)}`;
}

/**
 * An invoice DSO can take from its columns: no credit note, not written off, nothing moved after `to` — its payments
 * (`paid`) all fall on or before `to`. The others are read whole.
 */
const fromColumns = (to: string) =>
  sql`credited = 0 and status <> 'written_off' and coalesce(last_movement_on, '') <= ${to}`;

/**
 * DSO over the scope in one pass of its rows: the two sums (minor units) of the invoices taken from their columns, in
 * all or per client, and the invoices to read whole (their ids listed by the same pass), with their JSON.
 */
export async function dsoSums(
  db: Kysely<Database>,
  s: DsoScope & { perClient: boolean },
): Promise<{
  sums: { clientId: string | null; receivables: number; sales: number }[];
  whole: { id: string; clientId: string; stateJson: string }[];
}> {
  if (s.clientIds?.length === 0) return { sums: [], whole: [] };
  const columns = sql`id, client_id, total, paid, issue_date, credited, status, last_movement_on`;
  const simple = fromColumns(s.to);
  const listed = sql`case when ${simple} then null else id || ':' || client_id end`;
  const { rows } = await sql<{
    client_id: string | null;
    receivables: number | string;
    sales: number | string;
    whole: string | null;
  }>`select ${s.perClient ? sql`client_id` : sql`null`} as client_id,
      coalesce(sum(case when ${simple} and total > paid then total - paid else 0 end), 0) as receivables,
      coalesce(sum(case when ${simple} and issue_date >= ${s.from} then total else 0 end), 0) as sales,
      ${isPostgresDb(db) ? sql`string_agg(${listed}, ',')` : sql`group_concat(${listed}, ',')`} as whole
    from (${dsoRows(db, s, columns)}) d
    ${s.perClient ? sql`group by client_id` : sql``}`.execute(db);
  const whole = rows.flatMap((r) =>
    (r.whole ?? "")
      .split(",")
      .filter(Boolean)
      .map((pair) => {
        const [id, clientId] = pair.split(":") as [string, string];
        return { id, clientId };
      }),
  );
  const sums = rows.map((r) => ({ clientId: r.client_id, receivables: Number(r.receivables), sales: Number(r.sales) }));
  if (whole.length === 0) return { sums, whole: [] };
  const states = await db
    .selectFrom("invoices")
    .select(["id", "state_json"])
    .where("workspace_id", "=", s.workspaceId)
    .where(
      idIn(
        db,
        "id",
        whole.map((r) => r.id),
      ),
    )
    .execute();
  const json = new Map(states.map((r) => [r.id, r.state_json]));
  return { sums, whole: whole.map((r) => ({ ...r, stateJson: json.get(r.id)! })) };
}

/** Where a page of clients starts: after this one (its total owed, name and id). */
export type ClientKey = [owed: number, name: string, id: string];

/**
 * A page of the clients the receivables list — an open invoice in the workspace's currency, an invoice DSO reads, or a
 * client credit — worst total owed first, then by name and id, after `after`; with how many there are in all.
 */
export async function clientPage(
  db: Kysely<Database>,
  s: Scope & { from: string; to: string; after?: ClientKey | undefined; limit: number },
): Promise<{ rows: { clientId: string; name: string; owed: number }[]; count: number }> {
  const ws = s.workspaceId;
  const mine = ofClient(s.clientId);
  // DSO's clients: the open invoices' issued by `to`, the period's, and the few moved or credited later (in the
  // workspace's currency, as DSO reads them).
  const later = laterRows(
    db,
    {
      workspaceId: ws,
      currency: s.currency,
      from: s.from,
      to: s.to,
      clientIds: s.clientId === undefined ? undefined : [s.clientId],
    },
    sql`client_id`,
  );
  const [name, id] = [byCode(db, "name"), byCode(db, "client_id")];
  const after = s.after
    ? sql`where owed < ${s.after[0]} or (owed = ${s.after[0]} and (${name}, ${id}) > (${s.after[1]}, ${s.after[2]}))`
    : sql``;
  // One pass of the open invoices per client: what it owes in the workspace's currency, and whether it is listed for
  // it or for DSO (an open invoice, in any currency, issued by `to`).
  const listed = sql`with owed as (
      select client_id, sum(case when currency = ${s.currency} then balance else 0 end) as owed,
        max(case when currency = ${s.currency} then 1 else 0 end) as aged, min(issue_date) as first_issued
      from invoices
      where workspace_id = ${ws} and ${OPEN_RECEIVABLE} ${mine}
      group by client_id
    ), listed as (
      select client_id from owed where aged = 1 or first_issued <= ${s.to}
      union select client_id from invoices
        where workspace_id = ${ws} and issue_date >= ${s.from} and issue_date <= ${s.to} ${mine}
      union select client_id from (${later}) d
      union select client_id from client_credits where workspace_id = ${ws} ${mine}
    ), ranked as (
      select l.client_id, coalesce(c.name, '') as name, coalesce(o.owed, 0) as owed
      from listed l
      left join owed o on o.client_id = l.client_id
      left join clients c on c.workspace_id = ${ws} and c.id = l.client_id
    )`;
  const { rows } = await sql<{ client_id: string; name: string; owed: number | string; n: number | string }>`${listed}
    select client_id, name, owed, (select count(*) from listed) as n from ranked ${after}
    order by owed desc, ${name}, ${id} limit ${s.limit}`.execute(db);
  let count = Number(rows[0]?.n ?? 0);
  if (rows.length === 0 && s.after) {
    const total = await sql<{ n: number | string }>`${listed} select count(*) as n from listed`.execute(db);
    count = Number(total.rows[0]?.n ?? 0);
  }
  return { rows: rows.map((r) => ({ clientId: r.client_id, name: r.name, owed: Number(r.owed) })), count };
}

/** Where a page of open invoices starts: after this one (its due date, number and id). */
export type InvoiceKey = [dueDate: string, number: string, id: string];

/**
 * A page of the open invoices in the workspace's currency, the earliest due (most days past due) first, then by number
 * and id, after `after`: a range of the partial index `invoices_open_by_due`.
 */
export async function openInvoicePage(
  db: Kysely<Database>,
  s: Scope & { after?: InvoiceKey | undefined; limit: number },
) {
  const [number, id] = [byCode(db, "number"), byCode(db, "id")];
  const after = s.after ? sql`and (due_date, ${number}, ${id}) > (${s.after[0]}, ${s.after[1]}, ${s.after[2]})` : sql``;
  const { rows } = await sql<{
    id: string;
    client_id: string;
    due_date: string;
    number: string;
    balance: number | string;
  }>`select id, client_id, due_date, number, balance from invoices
    where workspace_id = ${s.workspaceId} and ${OPEN_RECEIVABLE} and currency = ${s.currency}
      ${ofClient(s.clientId)} ${after}
    order by due_date, ${number}, ${id} limit ${s.limit}`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    dueDate: r.due_date,
    number: r.number ?? "",
    balance: Number(r.balance),
  }));
}

/** The credit the studio holds for some clients, per client and currency. */
export async function creditsOfClients(db: Kysely<Database>, workspaceId: string, clientIds: readonly string[]) {
  if (clientIds.length === 0) return [];
  const rows = await db
    .selectFrom("client_credits")
    .select(["client_id", "currency"])
    .select((eb) => eb.fn.sum<number | string>("amount").as("amount"))
    .where("workspace_id", "=", workspaceId)
    .where(idIn(db, "client_id", clientIds))
    .groupBy(["client_id", "currency"])
    .execute();
  return rows.map((r) => ({ clientId: r.client_id, currency: r.currency, amount: Number(r.amount) }));
}
