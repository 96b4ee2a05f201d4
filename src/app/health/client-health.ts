/**
 * Client health: explained metrics (each with the records that produced it), a score with the workspace's weights, a
 * warning past the threshold, and a monthly trend. Computed from the records on demand, several clients per batch;
 * the score the clients list shows is stored by `refreshClientHealth` in the transaction of each write it depends on.
 */

import type { Kysely } from "kysely";
import { DomainError } from "../../domain/errors.ts";
import { computeClientHealth, resolveHealthSettings } from "../../domain/health/compute-client-health.ts";
import type { HealthInput, HealthSettings } from "../../domain/health/health-input.ts";
import type { HealthMetricKey } from "../../domain/health/health-metric.ts";
import { healthTrend } from "../../domain/health/health-trend.ts";
import {
  regradeStudioShare,
  type StudioShareGrade,
  studioShareGrade,
  studioShareStands,
} from "../../domain/health/studio-share.ts";
import { compareNames, nameOrderKey } from "../../domain/name-order.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import type { Workspace } from "../../domain/workspace.ts";
import { clientIdsOfWorkspace, listClientsInRelationship } from "../../store/client-store.ts";
import {
  clientsWithRevenueIn,
  findHealthSettings,
  healthChangesSince,
  healthReadPoint,
  loadHealthRecords,
  saveHealthSettingsJson,
  saveHealthSnapshots,
  workspaceRevenue,
  workspaceRevenueTotal,
} from "../../store/health-store.ts";
import { invoicedWork } from "../../store/invoiced-work-store.ts";
import { inReadSnapshot } from "../../store/read-snapshot.ts";
import type { Database } from "../../store/schema.ts";
import { loadClientsEarned, loadClientsMoney } from "../mandates/ledger.ts";
import type { AppContext } from "../shared/context.ts";
import { keptAnswers } from "../shared/kept-answers.ts";
import { getClientRecord, getWorkspaceRecord } from "../shared/load-records.ts";
import { decodeCursor, encodeCursor, isString } from "../shared/page-cursor.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { studioToday } from "../shared/studio-day.ts";
import { transact } from "../shared/transact.ts";

export async function healthSettingsOf(
  ctx: AppContext,
  workspaceId: string,
  db: Kysely<Database> = ctx.db,
): Promise<Partial<HealthSettings>> {
  return (await findHealthSettings(db, workspaceId)) ?? {};
}

/**
 * The one place health learns each client's earned revenue: the money ledger's `earned` (work done valued per the
 * contract plus costs, pre-tax; never an unearned deposit), the same figure the mandate and client pages show. The
 * monthly trend, which needs a month for each amount, uses the work invoiced in each month (deposits left out).
 */
async function earnedRevenueOf(
  db: Kysely<Database>,
  workspaceId: string,
  clientIds: readonly string[],
): Promise<Map<string, { total: number; byMonth?: Record<string, number> | undefined }>> {
  const [money, invoiced] = await Promise.all([
    loadClientsMoney(db, workspaceId, clientIds),
    invoicedWork(db, workspaceId, clientIds),
  ]);
  return new Map(
    clientIds.map((id) => [id, { total: money.get(id)?.total.earned ?? 0, byMonth: invoiced.get(id)?.byMonth ?? {} }]),
  );
}

/**
 * Health inputs of several clients, ready for the domain (one batch of queries), read through `db` (a `trx` inside one).
 * `summed`: today's health only, from figures summed in SQL — time totals instead of entries, earned revenue without
 * its months, the studio's revenue without its months — what lists of many clients (and the stored score) need; a
 * client's own page reads every record (sources, trend).
 */
export async function healthInputs(
  ctx: AppContext,
  workspaceId: string,
  clientIds: readonly string[],
  db: Kysely<Database> = ctx.db,
  options: HealthInputsOptions = {},
): Promise<HealthInput[]> {
  // One snapshot for every read: a client's revenue and the studio's come from different sums, and an invoice
  // committed by another process between the two reads would make the client earn more than the whole studio.
  if (db.isTransaction) return readHealthInputs(ctx, workspaceId, clientIds, db, options);
  return inReadSnapshot(db, ctx.engine, (snap) => readHealthInputs(ctx, workspaceId, clientIds, snap, options));
}

/**
 * `summed`: see `healthInputs`. `inRelationship`: the ids are exactly the workspace's clients in a working relationship
 * as this snapshot sees them (the dashboard grading every one), read by a sub-select instead of the ids bound.
 */
interface HealthInputsOptions {
  summed?: boolean;
  inRelationship?: boolean;
  /** The workspace's record, when the caller read it in the same snapshot. */
  workspace?: Workspace;
}

/** `healthInputs` inside a snapshot the caller holds (`db`: a transaction, or a connection in `inReadSnapshot`). */
async function readHealthInputs(
  ctx: AppContext,
  workspaceId: string,
  clientIds: readonly string[],
  db: Kysely<Database>,
  options: HealthInputsOptions,
): Promise<HealthInput[]> {
  const workspace = options.workspace ?? (await getWorkspaceRecord(db, workspaceId));
  const asOf = studioToday(ctx, workspace);
  const summed = options.summed === true;
  const [records, revenue, earned, settings] = await Promise.all([
    loadHealthRecords(
      db,
      workspaceId,
      clientIds,
      summed ? { summedAsOf: asOf, inRelationship: options.inRelationship === true } : {},
    ),
    summed
      ? workspaceRevenueTotal(db, workspaceId).then((total) => ({ total, byMonth: undefined }))
      : workspaceRevenue(db, workspaceId),
    summed
      ? loadClientsEarned(db, workspaceId, clientIds, { inRelationship: options.inRelationship === true }).then(
          (m) => new Map([...m].map(([id, total]) => [id, { total, byMonth: undefined }])),
        )
      : earnedRevenueOf(db, workspaceId, clientIds),
    healthSettingsOf(ctx, workspaceId, db),
  ]);
  const weights = new Map(workspace.values.map((v) => [v.id, v.weight]));
  return clientIds.map((clientId) => {
    const r = records.get(clientId)!;
    const e = earned.get(clientId);
    // The same properties for every client, the optional ones assigned after (a list builds 1,150 of these: object
    // spreads in a literal cost more than the scoring).
    const input: HealthInput = {
      clientId,
      currency: workspace.currency,
      asOf,
      timeEntries: r.timeEntries,
      invoices: r.invoices,
      claims: r.claims,
      signedOffers: r.signedOffers,
      changeOrders: r.changeOrders,
      signals: r.signals,
      valuesAlignment: r.ratings.flatMap((x) => {
        const weight = weights.get(x.valueId);
        return weight === undefined ? [] : [{ valueId: x.valueId, rating: x.rating, weight }];
      }),
      earnedRevenue: e?.total ?? 0,
      workspaceRevenue: revenue.total,
      targetHourlyRate: workspace.targetHourlyRate,
      settings,
    };
    if (r.timeTotals) input.timeTotals = r.timeTotals;
    if (r.settledInvoices) input.settledInvoices = r.settledInvoices;
    if (r.signalCounts) input.signalCounts = r.signalCounts;
    if (e?.byMonth) input.earnedRevenueByMonth = e.byMonth;
    if (revenue.byMonth) input.workspaceRevenueByMonth = revenue.byMonth;
    return input;
  });
}

/**
 * Recomputes and stores the health of `clientIds` (every client of the workspace with `"all"`) inside the caller's
 * transaction: the one way `client_health` — what the clients list shows and sorts by — is kept true. Every use-case
 * that writes a record health reads calls it (signals, rounds and claims, time, invoices, payments, credit notes,
 * signed offers, change-order decisions, values ratings); those that change every client's figures (the target
 * rate, values and score settings) pass "all". An issued invoice moves each client's share of the studio's revenue:
 * it passes its client and those whose share may have crossed a limit (`clientsWhoseShareMayMove`).
 * Reads never write.
 */
export async function refreshClientHealth(
  ctx: AppContext,
  trx: Kysely<Database>,
  target: { workspaceId: string; clientIds: readonly string[] | "all" },
): Promise<void> {
  const { workspaceId } = target;
  const ids = target.clientIds === "all" ? await clientIdsOfWorkspace(trx, workspaceId) : target.clientIds;
  if (ids.length === 0) return;
  const healths = (await healthInputs(ctx, workspaceId, ids, trx, { summed: true })).map((input) =>
    computeClientHealth(input, { sentences: false }),
  );
  const rows = healths.map((h) => ({ clientId: h.clientId, score: h.score.value, level: h.warning.level }));
  await saveHealthSnapshots(trx, workspaceId, rows, ctx.now().toISOString());
}

/**
 * The clients whose stored score can have moved because the studio's pre-tax revenue moved from `before` to what it is
 * now (an invoice issued): a client's revenue concentration is its own revenue over the studio's, so its grade
 * changes only if that share crossed a limit of the band. Every client whose revenue lies between a limit times the
 * old and times the new studio revenue (widened a little for the share's rounding) is returned, for
 * `refreshClientHealth` to grade exactly: the clients list then shows what the dashboard shows, which regrades every
 * share in memory.
 */
export async function clientsWhoseShareMayMove(
  ctx: AppContext,
  trx: Kysely<Database>,
  workspaceId: string,
  before: number,
): Promise<string[]> {
  const after = await workspaceRevenueTotal(trx, workspaceId);
  if (after === before) return [];
  const band = resolveHealthSettings(await healthSettingsOf(ctx, workspaceId, trx)).bands.revenue_concentration;
  const [low, high] = [Math.min(before, after), Math.max(before, after)];
  const ranges = [band.good, band.watch].map((limit) => ({
    above: Math.floor(limit * low * (1 - 1e-3)) - 1,
    atMost: Math.ceil(limit * high * (1 + 1e-3)) + 1,
  }));
  return clientsWithRevenueIn(trx, workspaceId, ranges);
}

/** One client's health with its monthly trend (default 12 months); the trend's last point is this health. */
export async function getClientHealth(ctx: AppContext, actor: Actor, clientId: string, months = 12) {
  requirePermission(actor, "read");
  const client = await getClientRecord(ctx.db, actor.workspaceId, clientId);
  const [input] = await healthInputs(ctx, actor.workspaceId, [clientId]);
  const health = computeClientHealth(input!);
  // Months before the relationship's first record say nothing about it: the trend starts with the client.
  const dates = [
    client.createdAt.slice(0, 10),
    ...input!.signals.map((x) => x.occurredOn),
    ...input!.timeEntries.map((x) => x.date),
    ...input!.invoices.map((x) => x.issueDate),
    ...input!.signedOffers.map((x) => x.signedAt),
  ].sort();
  const firstMonth = dates[0]!.slice(0, 7);
  return { ...health, trend: healthTrend(input!, months, health).filter((p) => p.month >= firstMonth) };
}

/** A client on the dashboard's warnings: its score, the level it crossed and which metrics are bad (no sentence). */
export interface HealthWarningItem {
  clientId: string;
  clientName: string;
  score: { value: number | null };
  warning: { level: "warning" | "critical" };
  /** The metrics graded bad, in display order: what the client's page explains with its records. */
  badMetrics: HealthMetricKey[];
}

/**
 * Clients in a working relationship (active, paused) that cross the warning threshold, worst first. Computed from
 * figures summed in SQL and kept by triggers (`summed`), the same scores as each client's page. An item names the
 * bad metrics, not their sentences nor any source record (a list of every client would carry hundreds of thousands
 * of ids and megabytes of sentences): `GET /clients/{id}/health` explains them, per client.
 */
export async function healthWarnings(ctx: AppContext, actor: Actor): Promise<HealthWarningItem[]> {
  return [...(await warningsList(ctx, actor))];
}

/** The whole list, as kept: never to be changed by its reader. */
async function warningsList(ctx: AppContext, actor: Actor): Promise<readonly HealthWarningItem[]> {
  requirePermission(actor, "read");
  const workspaceId = actor.workspaceId;
  // Inside a transaction the reads may see its own writes, which a rollback would undo: computed afresh, never kept.
  if (ctx.db.isTransaction) return (await computeHealthWarnings(ctx, workspaceId, ctx.db)).list;
  // A list being prepared off the request path (`prepareHealthWarnings`) is waited for rather than computed twice.
  await preparing
    .get(ctx)
    ?.get(workspaceId)
    ?.catch(() => undefined);
  return (await keptList(ctx, workspaceId)).list;
}

/** The page size when none is asked, and the largest one served. */
export const WARNINGS_PAGE = { default: 50, max: 200 } as const;

export interface WarningsQuery {
  /** Items per page; `WARNINGS_PAGE.default` when absent. */
  limit?: number | undefined;
  /** The `nextCursor` of the page before. */
  cursor?: string | undefined;
  /** Only this client: its item when it is warned (no page, no cursor). */
  clientId?: string | undefined;
}

export interface WarningsPage {
  items: HealthWarningItem[];
  /** Clients warned in all (or, with `clientId`, 1 or 0). */
  total: number;
  critical: number;
  nextCursor: string | null;
}

type WarningKey = [score: number | null, name: string, id: string];
const isScore = (value: unknown) => value === null || Number.isFinite(value);

/**
 * The dashboard's list a page at a time, worst first (`worstFirst`), with the count of clients warned and critical:
 * a studio with thousands of clients below the threshold is not sent them all to show the worst few. The whole list
 * is kept graded (`warningsList`); a page is its slice after the cursor's key, so a list that changed between two
 * pages neither repeats nor skips a client that kept its place.
 */
export async function healthWarningsPage(ctx: AppContext, actor: Actor, query: WarningsQuery): Promise<WarningsPage> {
  const after =
    query.cursor === undefined
      ? undefined
      : decodeCursor<WarningKey>(query.cursor, "cursor", [isScore, isString, isString]);
  const list = await warningsList(ctx, actor);
  const { clientId } = query;
  const chosen = clientId === undefined ? list : list.filter((w) => w.clientId === clientId);
  let critical = 0;
  for (const w of chosen) if (w.warning.level === "critical") critical++;
  let start = 0;
  if (after && clientId === undefined) {
    const [value, clientName, id] = after;
    const key = ranked({ clientId: id, clientName, score: { value } } as HealthWarningItem);
    // The first item after the key: the list is in `worstFirst` order.
    let end = list.length;
    while (start < end) {
      const middle = (start + end) >>> 1;
      if (worstFirst(ranked(list[middle]!), key) <= 0) start = middle + 1;
      else end = middle;
    }
  }
  const limit = query.limit ?? WARNINGS_PAGE.default;
  const items = chosen.slice(start, start + limit);
  const last = items.at(-1);
  return {
    items,
    total: chosen.length,
    critical,
    nextCursor:
      clientId === undefined && last && start + limit < chosen.length
        ? encodeCursor([last.score.value, last.clientName, last.clientId] satisfies WarningKey)
        : null,
  };
}

/** A list being prepared, per context and workspace. */
const preparing = new WeakMap<AppContext, Map<string, Promise<unknown>>>();

function ofContext<T>(map: WeakMap<AppContext, T>, ctx: AppContext, make: () => T): T {
  let value = map.get(ctx);
  if (value === undefined) {
    value = make();
    map.set(ctx, value);
  }
  return value;
}

/** The workspace's list, kept or brought up to date (`keptWarnings`), outside any transaction. */
function keptList(ctx: AppContext, workspaceId: string): Promise<KeptWarnings> {
  // One snapshot for the read point, the marks, the clients and their records, both engines (SQLite: a deferred
  // transaction, its snapshot taken at the point's read; PostgreSQL: REPEATABLE READ, the point that snapshot).
  return inReadSnapshot(ctx.db, ctx.engine, async (db) => {
    // Taken first: a write the records do not show is after this point, so the list computed here, kept under it, is
    // brought up to date for that write next time — a kept list is never older than its key.
    const point = await healthReadPoint(db);
    // The list is a function of the records and of the studio's day (what the reads take as today): kept for the day.
    const workspace = await getWorkspaceRecord(db, workspaceId);
    const day = studioToday(ctx, workspace);
    const kept = await keptWarnings(ctx, workspaceId, `${point}@${day}`, (previous) => {
      const [since, previousDay] = previous?.generation.split("@") ?? [];
      const current = previous && previousDay === day;
      const from = current ? { kept: previous.value, since: since! } : undefined;
      return computeHealthWarnings(ctx, workspaceId, db, { from, workspace });
    });
    return kept;
  });
}

/**
 * Brings the dashboard's lists this process keeps (or those of `workspaceIds`) up to date off any request, so that a
 * reader's GET finds its list kept rather than waiting for every client to be graded: the scheduler's tick runs it (a
 * new studio day, or a write every client reads made by any process, is graded there), and the health settings'
 * update after its commit. The same path as a read (`keptWarnings`, its read point and marks): each process keeps and
 * checks its own lists, so it stays correct whatever process writes; it writes nothing. A read arriving meanwhile
 * waits for it. Returns how many lists were read.
 */
export async function prepareHealthWarnings(ctx: AppContext, workspaceIds?: readonly string[]): Promise<number> {
  if (ctx.db.isTransaction) return 0;
  const ids = [...(workspaceIds ?? keptWarnings.keys(ctx))];
  const map = ofContext(preparing, ctx, () => new Map<string, Promise<unknown>>());
  for (const workspaceId of ids) {
    const run = keptList(ctx, workspaceId);
    map.set(workspaceId, run);
    try {
      await run;
    } catch (err) {
      // A workspace gone since its list was kept is forgotten; anything else is the tick's error.
      if (!(err instanceof DomainError && err.code === "not_found")) throw err;
      keptWarnings.forget(ctx, workspaceId);
    } finally {
      if (map.get(workspaceId) === run) map.delete(workspaceId);
    }
  }
  return ids.length;
}

/** A client's place on the warnings list, without its name (kept beside it). */
type WarningGrade = Omit<HealthWarningItem, "clientName">;

/**
 * A client in a working relationship as kept: its name, its place on the list (`null`: not warned) and what grades it
 * again for another studio revenue.
 */
interface KeptGrade {
  name: string;
  /** The name's place in the list's order (`nameOrderKey`), worked out once the client is on the list. */
  order?: string;
  item: WarningGrade | null;
  share: StudioShareGrade;
}

/**
 * The dashboard's list as kept: every client in a working relationship with its grade, the studio's revenue and the
 * workspace's resolved settings the grades were computed with, and the list itself.
 */
interface KeptWarnings {
  grades: ReadonlyMap<string, KeptGrade>;
  revenue: number;
  settings: HealthSettings | undefined;
  list: readonly HealthWarningItem[];
}

/**
 * The last warnings list of each workspace with the read point (`healthReadPoint`) and the studio's day it was
 * computed for: the list is a function of the records health reads (every table of which marks the clients any write
 * touches, whichever process makes it) and of that day. Bounded per process.
 */
const keptWarnings = keptAnswers<KeptWarnings>(100);

function warningGrade(clientId: string, score: number | null, level: string, statuses: StudioShareGrade["statuses"]) {
  if (level !== "warning" && level !== "critical") return null;
  const badMetrics = statuses.filter((m) => m.status === "bad").map((m) => m.key);
  return { clientId, score: { value: score }, warning: { level }, badMetrics } satisfies WarningGrade;
}

/** An item with its name's place in the list's order. */
interface Ranked {
  item: HealthWarningItem;
  order: string;
}

/**
 * The list's order, whichever way it was computed: worst score first (no score counts as 100), then by name
 * (`compareNames`: accents and case aside, numbers by value) and id, so that equal scores come in an order a reader
 * expects, the same from a kept list and from one computed anew.
 */
function worstFirst(a: Ranked, b: Ranked): number {
  const byScore = (a.item.score.value ?? 100) - (b.item.score.value ?? 100);
  if (byScore !== 0) return byScore;
  const byName = compareNames(a.item.clientName, b.item.clientName, { a: a.order, b: b.order });
  if (byName !== 0) return byName;
  return a.item.clientId < b.item.clientId ? -1 : a.item.clientId > b.item.clientId ? 1 : 0;
}

const ranked = (item: HealthWarningItem): Ranked => ({ item, order: nameOrderKey(item.clientName) });

/**
 * The warnings list. With `from` (a list kept under an older generation for the same studio day), only the clients
 * whose records were written since (`health_changes`, marked by the generation's triggers) are read and graded again
 * — their rows in `clients` too, so a name or a relationship changed is seen, and a client that left the relationship
 * leaves the list; the others keep their name and grade — or, when the studio's revenue moved (an invoice issued,
 * voided or changed: each client's share of it), are graded again in memory from their kept statuses and own revenue
 * (`regradeStudioShare`), without reading their records. Something every client reads (the workspace's settings,
 * currency, target rate or values: `*`) grades them all again from their records. A client's grade is a function of
 * its own records, the workspace's and the studio's revenue only (`healthInputs`), so every way gives the same list.
 */
async function computeHealthWarnings(
  ctx: AppContext,
  workspaceId: string,
  db: Kysely<Database>,
  options: { from?: { kept: KeptWarnings; since: string } | undefined; workspace?: Workspace } = {},
): Promise<KeptWarnings> {
  const { from, workspace } = options;
  const changed = from ? await healthChangesSince(db, workspaceId, from.since) : [];
  // Nothing written since: the same list (the clients' names and relationships are written to `clients`, marked).
  if (from && changed.length === 0) return from.kept;
  const reused = from && !changed.includes("*") ? from.kept : undefined;
  // `db` holds one snapshot (`healthWarnings`): the clients read here are the ones in a relationship in it. Brought up
  // to date, only the clients written since are read (every client marked by a write to its row or records).
  const clients = await listClientsInRelationship(db, workspaceId, reused ? changed : undefined);
  const toGrade = clients.map((c) => c.id);
  const inputs =
    toGrade.length === 0
      ? []
      : await readHealthInputs(ctx, workspaceId, toGrade, db, {
          summed: true,
          inRelationship: !reused,
          ...(workspace ? { workspace } : {}),
        });
  // The inputs' revenue (read in their snapshot) when any client was read, else the rollup's, read after the point.
  const revenue = inputs[0]?.workspaceRevenue ?? (reused ? await workspaceRevenueTotal(db, workspaceId) : 0);
  const names = new Map(clients.map((c) => [c.id, c.name]));
  const grades = new Map<string, KeptGrade>();
  let settings = reused?.settings;
  for (const input of inputs) {
    const h = computeClientHealth(input, { sentences: false });
    settings = h.settings;
    const share = studioShareGrade(input, h);
    const item = warningGrade(h.clientId, h.score.value, h.warning.level, share.statuses);
    const name = names.get(h.clientId)!;
    grades.set(h.clientId, { name, share, item });
  }
  if (reused) {
    // The others as kept; a client written since that is no longer in a relationship is not read above: it leaves.
    const again = new Set(changed);
    const kept = [...reused.grades].filter(([id]) => !again.has(id));
    // A client kept with more revenue than the studio now has: a write to it landed after the point and will be read
    // next time, but its stale figure cannot be graded against this revenue — every client is read instead.
    if (kept.some(([, k]) => k.share.clientRevenue > revenue)) {
      return computeHealthWarnings(ctx, workspaceId, db, workspace ? { workspace } : {});
    }
    for (const [id, k] of kept) {
      if (revenue === reused.revenue || !settings || studioShareStands(k.share, revenue, settings)) grades.set(id, k);
      else {
        const { grade, score, level } = regradeStudioShare(k.share, revenue, settings);
        const item = warningGrade(id, score.value, level, grade.statuses);
        grades.set(id, { name: k.name, ...(k.order === undefined ? {} : { order: k.order }), share: grade, item });
      }
    }
  }
  const list: Ranked[] = [];
  for (const [id, grade] of grades) {
    const { name, item } = grade;
    if (!item) continue;
    const { score, warning, badMetrics } = item;
    grade.order ??= nameOrderKey(name);
    list.push({ item: { clientId: id, clientName: name, score, warning, badMetrics }, order: grade.order });
  }
  return { grades, revenue, settings, list: list.sort(worstFirst).map((r) => r.item) };
}

/** Owners tune the health score: weights per metric, the warning and critical thresholds, the signal half-life. */
export async function updateHealthSettings(
  ctx: AppContext,
  actor: Actor,
  settings: Partial<HealthSettings>,
): Promise<HealthSettings> {
  requirePermission(actor, "admin");
  const resolved = resolveHealthSettings(settings);
  await transact(ctx, async (trx) => {
    const before = await findHealthSettings(trx, actor.workspaceId);
    await saveHealthSettingsJson(trx, actor.workspaceId, JSON.stringify(settings));
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "health_settings.updated",
      entity: "workspace",
      entityId: actor.workspaceId,
      before,
      after: settings,
    });
    await refreshClientHealth(ctx, trx, { workspaceId: actor.workspaceId, clientIds: "all" });
  });
  // Every client reads the settings: the dashboard's list is graded again here, by the writer, not by the next reader.
  await prepareHealthWarnings(ctx, [actor.workspaceId]);
  return resolved;
}
