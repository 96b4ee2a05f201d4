/** Time entries and running timers. Reports aggregate in SQL on covering indexes; lists are paged. */
import { type Kysely, type Selectable, type SelectQueryBuilder, sql } from "kysely";
import type { RunningTimer } from "../domain/time/running-timer.ts";
import type { TimeCategory, TimeEntry } from "../domain/time/time-entry.ts";
import { instanceCounter } from "./instance-store.ts";
import { checkedPerRow } from "./row-check.ts";
import type { Database, TimeEntryTable } from "./schema.ts";

export type StoredTimeEntry = TimeEntry & {
  clientId: string | null;
  billableRate: number;
  invoiceId: string | null;
  createdAt: string;
};

function toEntry(r: Selectable<TimeEntryTable>): StoredTimeEntry {
  return {
    id: r.id,
    memberId: r.member_id,
    mandateId: r.mandate_id ?? undefined,
    claimId: r.claim_id ?? undefined,
    clientId: r.client_id,
    date: r.date,
    minutes: r.minutes,
    recordedMinutes: r.recorded_minutes,
    category: r.category as TimeCategory,
    note: r.note,
    billableRate: Number(r.billable_rate),
    invoiceId: r.invoice_id,
    createdAt: r.created_at,
  };
}

export async function insertTimeEntry(
  trx: Kysely<Database>,
  input: { workspaceId: string; entry: TimeEntry; clientId: string | null; billableRate: number; at: string },
): Promise<void> {
  const e = input.entry;
  await trx
    .insertInto("time_entries")
    .values({
      id: e.id,
      workspace_id: input.workspaceId,
      member_id: e.memberId,
      client_id: input.clientId,
      mandate_id: e.mandateId ?? null,
      claim_id: e.claimId ?? null,
      date: e.date,
      minutes: e.minutes,
      recorded_minutes: e.recordedMinutes,
      category: e.category,
      billable_rate: input.billableRate,
      note: e.note,
      invoice_id: null,
      created_at: input.at,
      updated_at: input.at,
    })
    .execute();
}

export async function findTimeEntry(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<StoredTimeEntry | undefined> {
  const r = await db
    .selectFrom("time_entries")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r ? toEntry(r) : undefined;
}

export async function deleteTimeEntry(trx: Kysely<Database>, workspaceId: string, id: string): Promise<void> {
  await trx.deleteFrom("time_entries").where("workspace_id", "=", workspaceId).where("id", "=", id).execute();
}

export interface ListTimeInput {
  workspaceId: string;
  memberId?: string | undefined;
  mandateId?: string | undefined;
  clientId?: string | undefined;
  category?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

/** Where a page of the list (newest first) starts: after the entry with this sort key. */
export interface TimeListKey {
  date: string;
  createdAt: string;
  id: string;
}

function filteredTime(db: Kysely<Database>, input: Omit<ListTimeInput, "limit" | "offset">) {
  let q = db.selectFrom("time_entries").where("workspace_id", "=", input.workspaceId);
  if (input.memberId) q = q.where("member_id", "=", input.memberId);
  if (input.mandateId) q = q.where("mandate_id", "=", input.mandateId);
  if (input.clientId) q = q.where("client_id", "=", input.clientId);
  if (input.category) q = q.where("category", "=", input.category);
  if (input.from) q = q.where("date", ">=", input.from);
  if (input.to) q = q.where("date", "<=", input.to);
  return q;
}

/** Reads the rows of a page's ids (found on the index alone, in display order). */
async function entriesOfIds(
  db: Kysely<Database>,
  workspaceId: string,
  query: SelectQueryBuilder<Database, "time_entries", { id: string }>,
  reverse = false,
): Promise<StoredTimeEntry[]> {
  const ids = (await query.execute()).map((r) => r.id);
  if (reverse) ids.reverse();
  if (ids.length === 0) return [];
  // Found by primary key: the ids come from the workspace's own index just above, and the workspace is checked on each
  // row found rather than offered to the planner (see row-check.ts).
  const rows = await db
    .selectFrom("time_entries")
    .selectAll()
    .where("id", "in", ids)
    .where(checkedPerRow(db, "time_entries.workspace_id", workspaceId))
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [toEntry(r)] : [];
  });
}

/**
 * One page of entries, newest first. The page's ids are found first on the `(workspace_id, date, created_at, id)`
 * index alone (skipping `offset` index entries, not table rows), then only those rows are read. Given `total` (the
 * count of the filter, cached by the caller), a page in the older half is found from the other end of the index, so
 * no page skips more than half the entries.
 */
export async function pageTimeEntries(
  db: Kysely<Database>,
  input: ListTimeInput & { total?: number | undefined },
): Promise<StoredTimeEntry[]> {
  const { total, limit, offset } = input;
  const fromOldest = total !== undefined && offset + limit / 2 > total / 2;
  const dir = fromOldest ? "asc" : "desc";
  const ids = filteredTime(db, input)
    .select("id")
    .orderBy("date", dir)
    .orderBy("created_at", dir)
    .orderBy("id", dir)
    .limit(fromOldest ? Math.max(0, Math.min(limit, total - offset)) : limit)
    .offset(fromOldest ? Math.max(0, total - offset - limit) : offset);
  return entriesOfIds(db, input.workspaceId, ids, fromOldest);
}

/**
 * Every `every`-th entry's sort key of the filter, newest first (the key of entries 0, every, 2·every, …): one pass
 * over the `(workspace_id, date, created_at, id)` index, numbered by the database (a window function), so a page
 * number far down the list is found by its key and a short offset rather than by skipping up to half the entries.
 */
export async function timeListAnchors(
  db: Kysely<Database>,
  input: Omit<ListTimeInput, "limit" | "offset">,
  every: number,
): Promise<TimeListKey[]> {
  const numbered = filteredTime(db, input)
    .select((eb) => [
      "date",
      "created_at",
      "id",
      eb.fn
        .agg<number>("row_number")
        .over((ob) => ob.orderBy("date", "desc").orderBy("created_at", "desc").orderBy("id", "desc"))
        .as("rn"),
    ])
    .as("numbered");
  const rows = await db
    .selectFrom(numbered)
    .select(["date", "created_at", "id"])
    .where(sql<boolean>`(rn - 1) % ${sql.lit(every)} = 0`)
    .orderBy("rn")
    .execute();
  return rows.map((r) => ({ date: r.date, createdAt: r.created_at, id: r.id }));
}

/**
 * The page at `offset` found from the nearest anchor at or before it (`anchor` is the key of the entry at position
 * `anchorAt`, see `timeListAnchors`): the entries from that key on, newest first, skipping `offset - anchorAt`.
 */
export async function pageTimeEntriesFrom(
  db: Kysely<Database>,
  input: ListTimeInput & { anchor: TimeListKey; anchorAt: number },
): Promise<StoredTimeEntry[]> {
  const { anchor } = input;
  const ids = filteredTime(db, input)
    .where((eb) =>
      eb(eb.refTuple("date", "created_at", "id"), "<=", eb.tuple(anchor.date, anchor.createdAt, anchor.id)),
    )
    .select("id")
    .orderBy("date", "desc")
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(input.limit)
    .offset(input.offset - input.anchorAt);
  return entriesOfIds(db, input.workspaceId, ids);
}

/**
 * The page after `after` (or the first page), newest first, found by its sort key on the same index: as fast on the
 * ten-thousandth page as on the first, whatever the number of entries.
 */
export async function timeEntriesAfter(
  db: Kysely<Database>,
  input: Omit<ListTimeInput, "offset"> & { after?: TimeListKey | undefined },
): Promise<StoredTimeEntry[]> {
  let q = filteredTime(db, input);
  const after = input.after;
  if (after) {
    q = q.where((eb) =>
      eb(eb.refTuple("date", "created_at", "id"), "<", eb.tuple(after.date, after.createdAt, after.id)),
    );
  }
  const ids = q
    .select("id")
    .orderBy("date", "desc")
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(input.limit);
  return entriesOfIds(db, input.workspaceId, ids);
}

/** How many entries match, and their minutes. */
export async function timeEntriesTotals(
  db: Kysely<Database>,
  input: Omit<ListTimeInput, "limit" | "offset">,
): Promise<{ total: number; totalMinutes: number }> {
  const count = await filteredTime(db, input)
    .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.coalesce(eb.fn.sum<number>("minutes"), eb.lit(0)).as("m")])
    .executeTakeFirstOrThrow();
  return { total: Number(count.n), totalMinutes: Number(count.m) };
}

export async function listTimeEntries(db: Kysely<Database>, input: ListTimeInput) {
  const [items, totals] = await Promise.all([pageTimeEntries(db, input), timeEntriesTotals(db, input)]);
  return { items, ...totals };
}

/**
 * A number database triggers raise in the transaction of any insert, delete or change of a time entry's counted
 * fields (by any process): totals computed under one generation are still true while it has not moved.
 */
export function timeEntriesGeneration(db: Kysely<Database>): Promise<string> {
  return instanceCounter(db, "time_entries_generation");
}

/** Minutes logged on a mandate, all categories. */
export async function sumMinutesOfMandate(
  db: Kysely<Database>,
  workspaceId: string,
  mandateId: string,
): Promise<number> {
  const row = await db
    .selectFrom("time_entries")
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("minutes"), eb.lit(0)).as("m"))
    .where("workspace_id", "=", workspaceId)
    .where("mandate_id", "=", mandateId)
    .executeTakeFirstOrThrow();
  return Number(row.m);
}

/** Minutes per mandate (for capacity: estimate − logged), one grouped query. */
export async function minutesByMandate(db: Kysely<Database>, workspaceId: string, mandateIds: readonly string[]) {
  if (mandateIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom("time_entries")
    .select(["mandate_id"])
    .select((eb) => eb.fn.sum<number>("minutes").as("m"))
    .where("workspace_id", "=", workspaceId)
    .where("mandate_id", "in", mandateIds)
    .groupBy("mandate_id")
    .execute();
  return new Map(rows.map((r) => [r.mandate_id!, Number(r.m)]));
}

/** Goodwill minutes and their value per member rate, per client and mandate (aggregated in SQL). */
export async function goodwillMinutes(
  db: Kysely<Database>,
  workspaceId: string,
  filter: {
    clientId?: string | undefined;
    mandateId?: string | undefined;
    /** Days of the work, inclusive. */
    from?: string | undefined;
    to?: string | undefined;
    /** Only time logged on a mandate. */
    onMandates?: boolean | undefined;
  },
) {
  // Covered by the (workspace_id, category, mandate_id, date, …) index: goodwill rows only, no table row read.
  let q = db
    .selectFrom("time_entries")
    .select(["client_id", "mandate_id", "member_id", "billable_rate"])
    .select((eb) => eb.fn.sum<number>("minutes").as("m"))
    .where("workspace_id", "=", workspaceId)
    .where("category", "=", "goodwill");
  if (filter.onMandates) q = q.where("mandate_id", "is not", null);
  if (filter.clientId) q = q.where("client_id", "=", filter.clientId);
  if (filter.mandateId) q = q.where("mandate_id", "=", filter.mandateId);
  if (filter.from) q = q.where("date", ">=", filter.from);
  if (filter.to) q = q.where("date", "<=", filter.to);
  const rows = await q.groupBy(["client_id", "mandate_id", "member_id", "billable_rate"]).execute();
  return rows.map((r) => ({
    clientId: r.client_id,
    mandateId: r.mandate_id,
    memberId: r.member_id,
    billableRate: Number(r.billable_rate),
    minutes: Number(r.m),
  }));
}

/** The goodwill time logged against claims, entry by entry (each valued alone at its own rate by the caller). */
export async function goodwillEntriesOfClaims(
  db: Kysely<Database>,
  workspaceId: string,
  claimIds: readonly string[],
): Promise<{ claimId: string; minutes: number; billableRate: number }[]> {
  if (claimIds.length === 0) return [];
  const rows = await db
    .selectFrom("time_entries")
    .select(["claim_id", "minutes", "billable_rate"])
    .where("workspace_id", "=", workspaceId)
    .where("category", "=", "goodwill")
    .where("claim_id", "in", [...claimIds])
    .execute();
  return rows.map((r) => ({ claimId: r.claim_id!, minutes: r.minutes, billableRate: Number(r.billable_rate) }));
}

export async function listTimers(db: Kysely<Database>, workspaceId: string): Promise<RunningTimer[]> {
  const rows = await db.selectFrom("timers").selectAll().where("workspace_id", "=", workspaceId).execute();
  return rows.map((r) => ({
    id: r.id,
    memberId: r.member_id,
    mandateId: r.mandate_id ?? undefined,
    claimId: r.claim_id ?? undefined,
    category: r.category as TimeCategory,
    note: r.note,
    startedAt: r.started_at,
  }));
}

export async function insertTimer(trx: Kysely<Database>, workspaceId: string, t: RunningTimer): Promise<void> {
  await trx
    .insertInto("timers")
    .values({
      member_id: t.memberId,
      id: t.id,
      workspace_id: workspaceId,
      mandate_id: t.mandateId ?? null,
      claim_id: t.claimId ?? null,
      category: t.category,
      note: t.note,
      started_at: t.startedAt,
    })
    .execute();
}

export async function deleteTimer(trx: Kysely<Database>, workspaceId: string, memberId: string): Promise<void> {
  await trx.deleteFrom("timers").where("workspace_id", "=", workspaceId).where("member_id", "=", memberId).execute();
}

export async function listGoodwillBudgets(db: Kysely<Database>, workspaceId: string) {
  const rows = await db.selectFrom("goodwill_budgets").selectAll().where("workspace_id", "=", workspaceId).execute();
  return rows.map((r) => ({ scope: r.scope as "client" | "mandate", id: r.scope_id, hours: r.minutes / 60 }));
}

export async function setGoodwillBudget(
  trx: Kysely<Database>,
  input: { workspaceId: string; scope: "client" | "mandate"; scopeId: string; minutes: number | null; at: string },
): Promise<void> {
  await trx
    .deleteFrom("goodwill_budgets")
    .where("workspace_id", "=", input.workspaceId)
    .where("scope", "=", input.scope)
    .where("scope_id", "=", input.scopeId)
    .execute();
  if (input.minutes === null) return;
  await trx
    .insertInto("goodwill_budgets")
    .values({
      workspace_id: input.workspaceId,
      scope: input.scope,
      scope_id: input.scopeId,
      minutes: input.minutes,
      updated_at: input.at,
    })
    .execute();
}
