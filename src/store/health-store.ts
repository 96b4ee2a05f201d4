/**
 * The records client health is computed from, for several clients at once: one grouped query per kind of record,
 * whatever the number of clients (no N+1).
 */
import { CompiledQuery, type Kysely, sql } from "kysely";
import { z } from "zod";
import type { ChangeOrderStatus } from "../domain/change-order/change-order.ts";
import type {
  HealthChangeOrder,
  HealthClaim,
  HealthInvoice,
  HealthSettings,
  HealthSettledInvoices,
  HealthSignal,
  HealthSignalCounts,
  HealthSignedOffer,
  HealthTimeEntry,
  HealthTimeTotals,
  TimeCategory,
} from "../domain/health/health-input.ts";
import type { SignalKind } from "../domain/signal.ts";
import { isPostgresDb, readSnapshot, unseenBy } from "./change-marks.ts";
import { inRelationship } from "./client-store.ts";
import { idIn } from "./ids-in.ts";
import type { Database } from "./schema.ts";
import { parseStoredJson } from "./stored-json.ts";

/** Only the count of an offer's deliverables is read here: the rest of `state_json` is the offer reader's (`readOffer`). */
const OfferDeliverablesSchema = z.object({ content: z.object({ deliverables: z.array(z.unknown()) }) });

export interface ClientHealthRecords {
  timeEntries: readonly HealthTimeEntry[];
  timeTotals?: HealthTimeTotals;
  invoices: readonly HealthInvoice[];
  settledInvoices?: HealthSettledInvoices;
  signalCounts?: HealthSignalCounts;
  claims: readonly HealthClaim[];
  signedOffers: readonly HealthSignedOffer[];
  changeOrders: readonly HealthChangeOrder[];
  signals: readonly HealthSignal[];
  /** Average rating (1-5) per workspace value, from every member who rated this client. */
  ratings: readonly { valueId: string; rating: number }[];
}

/** The list of a client without such records: one shared, frozen (most clients of a list have none of most kinds). */
const NONE: readonly never[] = Object.freeze([]);

/**
 * Rows grouped per client of `asked` (`recordsOf` gives a client's list, empty when it has none), mapped by `map`; a
 * row of another client is left out.
 */
function group<R extends { client_id: string | null }, T>(
  rows: readonly R[],
  asked: ReadonlySet<string>,
  map: (row: R) => T,
): { recordsOf: (clientId: string) => readonly T[] } {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const id = row.client_id;
    if (id === null || !asked.has(id)) continue;
    const list = out.get(id);
    if (list) list.push(map(row));
    else out.set(id, [map(row)]);
  }
  return { recordsOf: (clientId) => out.get(clientId) ?? NONE };
}

/**
 * Which clients a read of health records asks for: `ids`, or, with `inRelationship` (`ids` are then exactly the
 * workspace's clients in a working relationship, read in the same snapshot), those clients named by a sub-select on
 * `clients` — the same rows without binding every id: SQLite reads each client's entries of the index from the
 * `(workspace_id, status)` index of clients instead of from a JSON array of 1,150 ids parsed per statement; PostgreSQL
 * joins them the same way.
 */
export interface HealthClients {
  ids: readonly string[];
  inRelationship?: boolean;
}

function clientIn(db: Kysely<Database>, column: string, workspaceId: string, clients: HealthClients) {
  return clients.inRelationship ? inRelationship(column, workspaceId) : idIn(db, column, clients.ids);
}

/**
 * The time of several clients summed in SQL, as the health of the window `[…, asOf]` reads it: all minutes, goodwill
 * minutes, and goodwill's value with each entry rounded half-up alone (integer arithmetic, as `minutesTimesRate`).
 * Covered by the `(workspace_id, client_id, date, category, minutes, billable_rate)` index: no table row is read.
 */
export async function healthTimeTotals(
  db: Kysely<Database>,
  workspaceId: string,
  clientIds: readonly string[],
  asOf: string,
): Promise<Map<string, HealthTimeTotals>> {
  const ids = [...clientIds];
  const out = new Map<string, HealthTimeTotals>(
    ids.map((id) => [id, { minutes: 0, goodwillMinutes: 0, goodwillValue: 0 }]),
  );
  if (ids.length === 0) return out;
  const value = sql<number>`case when minutes * billable_rate < 0 then -((30 - minutes * billable_rate) / 60) else (minutes * billable_rate + 30) / 60 end`;
  const q = db
    .selectFrom("time_entries")
    .select((eb) => [
      "client_id",
      eb.fn.sum<number>("minutes").as("minutes"),
      eb.fn.sum<number>(sql`case when category = 'goodwill' then minutes else 0 end`).as("goodwill_minutes"),
      eb.fn.sum<number>(sql`case when category = 'goodwill' then ${value} else 0 end`).as("goodwill_value"),
    ])
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "is not", null)
    .where("date", "<=", asOf);
  for (const r of await q
    .where(idIn(db, "client_id", ids))
    .groupBy("client_id")
    .execute()) {
    const totals = out.get(r.client_id!);
    if (!totals) continue;
    totals.minutes = Number(r.minutes);
    totals.goodwillMinutes = Number(r.goodwill_minutes);
    totals.goodwillValue = Number(r.goodwill_value);
  }
  return out;
}

const INVOICE_COLUMNS = [
  "client_id",
  "id",
  "status",
  "issue_date",
  "due_date",
  "subtotal",
  "total",
  "balance",
  "last_movement_on",
] as const;

/** What the health reads of a client's rollup row (not its workspace, already known). */
const ROLLUP_COLUMNS = [
  "client_id",
  "time_minutes",
  "goodwill_minutes",
  "goodwill_value",
  "settled_invoices",
  "due_invoices",
  "due_total",
  "late_weighted",
  "paid_late_invoices",
  "settled_subtotal",
  "signals",
  "praise_signals",
  "time_last_date",
  "settled_last_date",
  "signal_last_date",
] as const;

/**
 * Per client as of `asOf`, from `client_health_rollup` (kept by triggers, see its migration): the time totals and the
 * settled invoices summed, the signals counted. A client whose latest entry, latest settled invoice's issue or payment,
 * or latest signal is dated after `asOf` is left out of `time`, `settled` or `signals` (its rows are read instead); a
 * client without a row has no time, no settled invoice and no signal.
 */
async function healthRollups(
  db: Kysely<Database>,
  workspaceId: string,
  clients: HealthClients,
  asOf: string,
): Promise<{
  time: Map<string, HealthTimeTotals>;
  settled: Map<string, HealthSettledInvoices>;
  signals: Map<string, HealthSignalCounts>;
  timeAfter: string[];
  settledAfter: string[];
  signalsAfter: string[];
}> {
  const rows = await db
    .selectFrom("client_health_rollup")
    .select(ROLLUP_COLUMNS)
    .where("workspace_id", "=", workspaceId)
    .where(clientIn(db, "client_id", workspaceId, clients))
    .execute();
  const byId = new Map(rows.map((r) => [r.client_id, r]));
  const out = {
    time: new Map<string, HealthTimeTotals>(),
    settled: new Map<string, HealthSettledInvoices>(),
    signals: new Map<string, HealthSignalCounts>(),
    timeAfter: [] as string[],
    settledAfter: [] as string[],
    signalsAfter: [] as string[],
  };
  for (const id of clients.ids) {
    const r = byId.get(id);
    if ((r?.time_last_date ?? "") > asOf) out.timeAfter.push(id);
    else {
      out.time.set(id, {
        minutes: Number(r?.time_minutes ?? 0),
        goodwillMinutes: Number(r?.goodwill_minutes ?? 0),
        goodwillValue: Number(r?.goodwill_value ?? 0),
      });
    }
    if ((r?.settled_last_date ?? "") > asOf) out.settledAfter.push(id);
    else {
      out.settled.set(id, {
        count: Number(r?.settled_invoices ?? 0),
        dueCount: Number(r?.due_invoices ?? 0),
        dueTotal: Number(r?.due_total ?? 0),
        lateWeighted: Number(r?.late_weighted ?? 0),
        paidLateCount: Number(r?.paid_late_invoices ?? 0),
        subtotal: Number(r?.settled_subtotal ?? 0),
      });
    }
    if ((r?.signal_last_date ?? "") > asOf) out.signalsAfter.push(id);
    else out.signals.set(id, { all: Number(r?.signals ?? 0), praise: Number(r?.praise_signals ?? 0) });
  }
  return out;
}

type InvoiceRow = { [K in (typeof INVOICE_COLUMNS)[number]]: Database["invoices"][K] };

/**
 * Issued invoices of the clients, for health: with `open`, only those with something left to pay (what the rollup's
 * settled figures leave out).
 */
async function healthInvoiceRows(
  db: Kysely<Database>,
  workspaceId: string,
  clients: HealthClients,
  open: boolean,
): Promise<InvoiceRow[]> {
  if (clients.ids.length === 0) return [];
  return (
    db
      .selectFrom("invoices")
      .select(INVOICE_COLUMNS)
      .where("workspace_id", "=", workspaceId)
      .where(clientIn(db, "client_id", workspaceId, clients))
      .where("status", "!=", "draft")
      // Written as the partial index `invoices_open_health` is (literals, no bound value), so the planner can use it.
      .$if(open, (q) => q.where(sql<boolean>`(balance <> 0 or (status = 'paid' and last_movement_on is null))`))
      .execute()
  );
}

const SIGNAL_COLUMNS = ["client_id", "id", "kind", "severity", "occurred_on"] as const;

/**
 * The warning signals of the clients (partial index `signals_warning_health`; their `kind` not read, a row a warning),
 * and every signal of `allOf`.
 */
async function healthSignalRows(
  db: Kysely<Database>,
  workspaceId: string,
  clients: HealthClients,
  allOf: readonly string[],
): Promise<readonly { client_id: string; id: string; kind?: string; severity: number; occurred_on: string }[]> {
  const [warnings, all] = await Promise.all([
    db
      .selectFrom("signals")
      .select(["client_id", "id", "severity", "occurred_on"])
      .where("workspace_id", "=", workspaceId)
      .where(clientIn(db, "client_id", workspaceId, clients))
      .where(sql<boolean>`kind = 'warning'`)
      .execute(),
    allOf.length === 0
      ? []
      : db
          .selectFrom("signals")
          .select(SIGNAL_COLUMNS)
          .where("workspace_id", "=", workspaceId)
          .where("client_id", "in", [...allOf])
          .execute(),
  ]);
  if (allOf.length === 0) return warnings;
  const full = new Set(allOf);
  return [...warnings.filter((w) => !full.has(w.client_id)), ...all];
}

/**
 * The settled point a confirmed repeat names (`triage.repeat.ref` in the claim's JSON), read only for duplicates.
 */
function repeatRef(db: Kysely<Database>, field: "kind" | "id") {
  const path = isPostgresDb(db)
    ? sql<string | null>`(claims.state_json::jsonb #>> ${sql.lit(`{triage,repeat,ref,${field}}`)})`
    : sql<string | null>`json_extract(claims.state_json, ${sql.lit(`$.triage.repeat.ref.${field}`)})`;
  return sql<string | null>`case when claims.triage = 'duplicate' then ${path} end`;
}

/**
 * The records health reads, per client. With `summedAsOf` (what a list of every client's health reads, as of that
 * day): time comes summed (`timeTotals`, `timeEntries` empty), settled invoices summed (`settledInvoices`, `invoices`
 * only those with something left to pay), signals counted (`signalCounts`, `signals` only the warnings) — from the
 * triggers' rollup, or from the rows for a client with records dated after that day.
 */
export async function loadHealthRecords(
  db: Kysely<Database>,
  workspaceId: string,
  clientIds: readonly string[],
  options: { summedAsOf?: string; inRelationship?: boolean } = {},
): Promise<Map<string, ClientHealthRecords>> {
  const ids = [...clientIds];
  if (ids.length === 0) return new Map();
  const clients: HealthClients = { ids, inRelationship: options.inRelationship === true };
  const asked = new Set(ids);
  const of = (column: string) => clientIn(db, column, workspaceId, clients);
  const asOf = options.summedAsOf;
  const summed = asOf !== undefined;
  const rollups = summed ? await healthRollups(db, workspaceId, clients, asOf) : undefined;
  const [time, timeAfter, invoices, invoicesAfter, claims, offers, cos, signals, ratings] = await Promise.all([
    summed
      ? []
      : db
          .selectFrom("time_entries")
          .select(["client_id", "id", "date", "minutes", "category", "billable_rate"])
          .where("workspace_id", "=", workspaceId)
          .where(of("client_id"))
          .execute(),
    rollups && rollups.timeAfter.length > 0 ? healthTimeTotals(db, workspaceId, rollups.timeAfter, asOf!) : undefined,
    healthInvoiceRows(db, workspaceId, clients, summed),
    rollups ? healthInvoiceRows(db, workspaceId, { ids: rollups.settledAfter }, false) : [],
    db
      .selectFrom("claims")
      .innerJoin("rounds", "rounds.id", "claims.round_id")
      .select([
        "claims.client_id",
        "claims.id",
        "claims.round_id",
        "claims.mandate_id",
        "rounds.received_on",
        "claims.triage",
        repeatRef(db, "kind").as("repeat_kind"),
        repeatRef(db, "id").as("repeat_id"),
      ])
      .where("claims.workspace_id", "=", workspaceId)
      .where(of("claims.client_id"))
      .execute(),
    db
      .selectFrom("offers")
      .select(["client_id", "id", "signed_at", "state_json"])
      .where("workspace_id", "=", workspaceId)
      .where(of("client_id"))
      .where("signed_at", "is not", null)
      .execute(),
    db
      .selectFrom("change_orders")
      .select(["client_id", "id", "status", "updated_at"])
      .where("workspace_id", "=", workspaceId)
      .where(of("client_id"))
      .execute(),
    rollups
      ? healthSignalRows(db, workspaceId, clients, rollups.signalsAfter)
      : db
          .selectFrom("signals")
          .select(SIGNAL_COLUMNS)
          .where("workspace_id", "=", workspaceId)
          .where(of("client_id"))
          .execute(),
    db
      .selectFrom("value_ratings")
      .select(["client_id", "value_id"])
      .select((eb) => eb.fn.avg<number>("rating").as("rating"))
      .where("workspace_id", "=", workspaceId)
      .where(of("client_id"))
      .groupBy(["client_id", "value_id"])
      .execute(),
  ]);
  const byTime = group(
    time,
    asked,
    (t): HealthTimeEntry => ({
      id: t.id,
      date: t.date,
      minutes: t.minutes,
      category: t.category as TimeCategory,
      billableRate: Number(t.billable_rate),
    }),
  );
  // A client read in full (records after `asOf`) takes its full rows instead of its open ones.
  const settledAfter = new Set(rollups?.settledAfter ?? []);
  const byInvoice = group(
    settledAfter.size === 0 ? invoices : [...invoices.filter((i) => !settledAfter.has(i.client_id)), ...invoicesAfter],
    asked,
    (i): HealthInvoice => ({
      id: i.id,
      issueDate: i.issue_date!,
      dueDate: i.due_date!,
      subtotal: Number(i.subtotal),
      total: Number(i.total),
      balance: Number(i.balance),
      paidDate: i.status === "paid" ? i.last_movement_on : null,
    }),
  );
  const byClaim = group(
    claims,
    asked,
    (c): HealthClaim => ({
      id: c.id,
      roundId: c.round_id,
      mandateId: c.mandate_id,
      receivedOn: c.received_on,
      triage: c.triage as HealthClaim["triage"],
      ...(c.repeat_id && (c.repeat_kind === "claim" || c.repeat_kind === "delivered")
        ? { repeatOf: { kind: c.repeat_kind, id: c.repeat_id } }
        : {}),
    }),
  );
  const byOffer = group(
    offers,
    asked,
    (o): HealthSignedOffer => ({
      offerId: o.id,
      signedAt: o.signed_at!.slice(0, 10),
      deliverableCount: parseStoredJson(OfferDeliverablesSchema, o.state_json, {
        table: "offers",
        id: o.id,
        column: "state_json",
      }).content.deliverables.length,
    }),
  );
  const byCo = group(
    cos,
    asked,
    (c): HealthChangeOrder => ({
      id: c.id,
      date: c.updated_at.slice(0, 10),
      status: c.status as ChangeOrderStatus,
    }),
  );
  const bySignal = group(
    signals,
    asked,
    (s): HealthSignal => ({
      id: s.id,
      kind: (s.kind ?? "warning") as SignalKind,
      severity: s.severity as 1 | 2 | 3,
      occurredOn: s.occurred_on,
    }),
  );
  const byRating = group(ratings, asked, (r) => ({ valueId: r.value_id, rating: Number(r.rating) }));
  const out = new Map<string, ClientHealthRecords>();
  for (const id of ids) {
    // The same properties for every client, the summed ones assigned after (no object spreads per client).
    const records: ClientHealthRecords = {
      timeEntries: byTime.recordsOf(id),
      invoices: byInvoice.recordsOf(id),
      claims: byClaim.recordsOf(id),
      signedOffers: byOffer.recordsOf(id),
      changeOrders: byCo.recordsOf(id),
      signals: bySignal.recordsOf(id),
      ratings: byRating.recordsOf(id),
    };
    if (rollups) {
      records.timeTotals = rollups.time.get(id) ?? timeAfter!.get(id)!;
      const settled = rollups.settled.get(id);
      if (settled) records.settledInvoices = settled;
      const signalCounts = rollups.signals.get(id);
      if (signalCounts) records.signalCounts = signalCounts;
    }
    out.set(id, records);
  }
  return out;
}

const HEALTH_GENERATION = CompiledQuery.raw("select value from instance where key = 'health_generation'");

/**
 * A number database triggers raise in the transaction of any write to a table the dashboard's health reads (migration
 * `health-generation`, decision 0014), by any process: a health list computed under one generation, as of one day,
 * is still true while it has not moved.
 */
async function healthGeneration(db: Kysely<Database>): Promise<string> {
  const { rows } = await db.executeQuery<{ value: string }>(HEALTH_GENERATION);
  return rows[0]?.value ?? "0";
}

/**
 * Where a read of health stands among writes, to ask later which clients were written since (`healthChangesSince`).
 * SQLite: the health generation (a counter the triggers raise; read before the records). PostgreSQL, inside the read's
 * own snapshot: that snapshot, which says which writers' transactions it saw (`unseenBy`; migration `health-marks`).
 */
export async function healthReadPoint(db: Kysely<Database>): Promise<string> {
  return isPostgresDb(db) ? readSnapshot(db) : healthGeneration(db);
}

/**
 * The clients whose health records were written after `since` (a `healthReadPoint`), `*` when something every client
 * of the workspace reads was (its settings, currency, target rate or values, or a statement touching many clients).
 * SQLite: `health_changes`, one row per client marked with the generation of its last write. PostgreSQL:
 * `health_marks`, append-only, one row per write statement and client, with the writer's transaction id: those of
 * transactions the snapshot `since` did not see.
 */
export async function healthChangesSince(db: Kysely<Database>, workspaceId: string, since: string): Promise<string[]> {
  if (isPostgresDb(db)) {
    const rows = await db
      .selectFrom("health_marks")
      .select("client_id")
      .distinct()
      .where("workspace_id", "=", workspaceId)
      .where(unseenBy(since))
      .execute();
    return rows.map((r) => r.client_id);
  }
  const rows = await db
    .selectFrom("health_changes")
    .select("client_id")
    .where("workspace_id", "=", workspaceId)
    .where("generation", ">", Number(since))
    .execute();
  return rows.map((r) => r.client_id);
}

/**
 * The studio's pre-tax invoiced revenue, in total and per month of issue (`YYYY-MM`), net of nothing (credit notes
 * apart): from `workspace_revenue_months`, kept by triggers on `invoices` (a hundred rows for ten years, not a pass
 * over every invoice).
 */
export async function workspaceRevenue(db: Kysely<Database>, workspaceId: string) {
  const rows = await db
    .selectFrom("workspace_revenue_months")
    .select(["month", "subtotal", "invoices"])
    .where("workspace_id", "=", workspaceId)
    .execute();
  const byMonth: Record<string, number> = {};
  let total = 0;
  for (const r of rows) {
    if (Number(r.invoices) === 0) continue;
    byMonth[r.month] = Number(r.subtotal);
    total += Number(r.subtotal);
  }
  return { total, byMonth };
}

/** The studio's pre-tax invoiced revenue in total (the same sum as `workspaceRevenue(…).total`, without its months). */
/**
 * The clients whose pre-tax invoiced revenue (every issued invoice's subtotal) lies in one of `ranges` (each
 * `(above, atMost]`): after the studio's revenue moved, those whose share of it can have crossed a band's limit.
 */
export async function clientsWithRevenueIn(
  db: Kysely<Database>,
  workspaceId: string,
  ranges: readonly { above: number; atMost: number }[],
): Promise<string[]> {
  if (ranges.length === 0) return [];
  const revenue = sql<number>`sum(${sql.ref("subtotal")})`;
  const rows = await db
    .selectFrom("invoices")
    .select("client_id")
    .where("workspace_id", "=", workspaceId)
    .where("status", "!=", "draft")
    .groupBy("client_id")
    .having((eb) => eb.or(ranges.map((r) => eb.and([eb(revenue, ">", r.above), eb(revenue, "<=", r.atMost)]))))
    .execute();
  return rows.map((r) => r.client_id);
}

export async function workspaceRevenueTotal(db: Kysely<Database>, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom("workspace_revenue_months")
    .select((eb) => eb.fn.sum<number>("subtotal").as("s"))
    .where("workspace_id", "=", workspaceId)
    .executeTakeFirst();
  return Number(row?.s ?? 0);
}

export async function saveValueRatings(
  trx: Kysely<Database>,
  input: {
    workspaceId: string;
    clientId: string;
    memberId: string;
    ratings: { valueId: string; rating: number }[];
    at: string;
  },
): Promise<void> {
  await trx
    .deleteFrom("value_ratings")
    .where("client_id", "=", input.clientId)
    .where("member_id", "=", input.memberId)
    .execute();
  if (input.ratings.length === 0) return;
  await trx
    .insertInto("value_ratings")
    .values(
      input.ratings.map((r) => ({
        workspace_id: input.workspaceId,
        client_id: input.clientId,
        value_id: r.valueId,
        member_id: input.memberId,
        rating: r.rating,
        updated_at: input.at,
      })),
    )
    .execute();
}

/** Remembers the latest computed score of clients (for the list's health column and sort). */
export async function saveHealthSnapshots(
  db: Kysely<Database>,
  workspaceId: string,
  rows: readonly { clientId: string; score: number | null; level: string }[],
  at: string,
): Promise<void> {
  // 5 bound values a row: 500 rows a statement stay far under every engine's limit (SQLite 32,766, PostgreSQL 65,535).
  for (let i = 0; i < rows.length; i += 500) await upsertHealthSnapshots(db, workspaceId, rows.slice(i, i + 500), at);
}

async function upsertHealthSnapshots(
  db: Kysely<Database>,
  workspaceId: string,
  rows: readonly { clientId: string; score: number | null; level: string }[],
  at: string,
): Promise<void> {
  await db
    .insertInto("client_health")
    .values(
      rows.map((r) => ({
        client_id: r.clientId,
        workspace_id: workspaceId,
        score: r.score,
        level: r.level,
        computed_at: at,
      })),
    )
    .onConflict((oc) =>
      oc.column("client_id").doUpdateSet((eb) => ({
        score: eb.ref("excluded.score"),
        level: eb.ref("excluded.level"),
        computed_at: eb.ref("excluded.computed_at"),
      })),
    )
    .execute();
}

/** The workspace's stored health settings (the owner's partial choices; defaults are the domain's). */
/**
 * The settings as the workspace saved them (a partial override of the defaults), or null when it never did. A weight
 * or band saved under a retired metric key still reads (the domain drops it).
 */
const StoredHealthSettingsSchema = z.object({
  weights: z.record(z.string(), z.number()).optional(),
  bands: z
    .record(z.string(), z.object({ good: z.number(), watch: z.number(), higherIsBetter: z.boolean() }))
    .optional(),
  threshold: z.number().optional(),
  criticalThreshold: z.number().optional(),
  signalHalfLifeDays: z.number().optional(),
});

export async function findHealthSettings(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<Partial<HealthSettings> | null> {
  const row = await db
    .selectFrom("workspaces")
    .select("health_settings_json")
    .where("id", "=", workspaceId)
    .executeTakeFirst();
  if (!row?.health_settings_json) return null;
  return parseStoredJson(StoredHealthSettingsSchema, row.health_settings_json, {
    table: "workspaces",
    id: workspaceId,
    column: "health_settings_json",
  });
}

/** Replaces the workspace's stored health settings. */
export async function saveHealthSettingsJson(trx: Kysely<Database>, workspaceId: string, json: string): Promise<void> {
  await trx.updateTable("workspaces").set({ health_settings_json: json }).where("id", "=", workspaceId).execute();
}
