/**
 * Recurring invoices: templates, and one run per template and period (unique). Due templates are claimed by one
 * scheduler at a time (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite's single writer inside one `BEGIN IMMEDIATE`),
 * which makes the period's invoice and advances the template in the same transaction.
 */
import { type ExpressionBuilder, type Kysely, type Selectable, sql } from "kysely";
import {
  CLOSING_RUN_INDEX,
  type RecurringMode,
  type RecurringStatus,
  type RunStatus,
} from "../domain/invoice/recurring-lifecycle.ts";
import type { RecurringFrequency } from "../domain/invoice/recurring-period.ts";
import type { Currency } from "../domain/money.ts";
import type { Engine } from "./open-database.ts";
import type { Database, RecurringInvoiceRunTable, RecurringInvoiceTable } from "./schema.ts";
import { readTemplateContent } from "./stored-aggregates.ts";

/** A template line, as a draft's manual line. */
export interface TemplateLine {
  description: string;
  quantityMilli: number;
  unitPrice: number;
  unit?: string | undefined;
  detail?: string | undefined;
  taxable?: boolean | undefined;
}

export interface TemplateContent {
  lines: TemplateLine[];
  paymentDays?: number | undefined;
  reference?: string | undefined;
  /** Who receives the issued invoice; empty: the billing contact. */
  contactIds?: string[] | undefined;
}

export interface RecurringTemplate {
  id: string;
  workspaceId: string;
  clientId: string;
  mandateId: string | null;
  name: string;
  frequency: RecurringFrequency;
  anchorDate: string;
  endDate: string | null;
  mode: RecurringMode;
  status: RecurringStatus;
  currency: Currency;
  content: TemplateContent;
  retainer: { minutesPerPeriod: number; hourlyRate: number } | null;
  nextIndex: number;
  nextRunOn: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

function parseContent(r: Selectable<RecurringInvoiceTable>): TemplateContent {
  return readTemplateContent(r.template_json, r.id);
}

function toTemplate(r: Selectable<RecurringInvoiceTable>): RecurringTemplate {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    clientId: r.client_id,
    mandateId: r.mandate_id,
    name: r.name,
    frequency: r.frequency as RecurringFrequency,
    anchorDate: r.anchor_date,
    endDate: r.end_date,
    mode: r.mode as RecurringMode,
    status: r.status as RecurringStatus,
    currency: r.currency as Currency,
    content: parseContent(r),
    retainer:
      r.retainer_minutes !== null && r.retainer_rate !== null
        ? { minutesPerPeriod: Number(r.retainer_minutes), hourlyRate: Number(r.retainer_rate) }
        : null,
    nextIndex: Number(r.next_index),
    nextRunOn: r.next_run_on,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toColumns(t: RecurringTemplate) {
  return {
    client_id: t.clientId,
    mandate_id: t.mandateId,
    name: t.name,
    frequency: t.frequency,
    anchor_date: t.anchorDate,
    end_date: t.endDate,
    mode: t.mode,
    status: t.status,
    currency: t.currency,
    template_json: JSON.stringify(t.content),
    retainer_minutes: t.retainer?.minutesPerPeriod ?? null,
    retainer_rate: t.retainer?.hourlyRate ?? null,
    next_index: t.nextIndex,
    next_run_on: t.nextRunOn,
    updated_at: t.updatedAt,
  };
}

export async function insertRecurring(trx: Kysely<Database>, t: RecurringTemplate): Promise<void> {
  await trx
    .insertInto("recurring_invoices")
    .values({
      id: t.id,
      workspace_id: t.workspaceId,
      created_by: t.createdBy,
      created_at: t.createdAt,
      ...toColumns(t),
    })
    .execute();
}

/** Saves a template's changes (the caller read it in the same transaction). */
export async function saveRecurring(trx: Kysely<Database>, t: RecurringTemplate): Promise<void> {
  await trx
    .updateTable("recurring_invoices")
    .set(toColumns(t))
    .where("workspace_id", "=", t.workspaceId)
    .where("id", "=", t.id)
    .execute();
}

export async function findRecurring(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<RecurringTemplate | undefined> {
  const r = await db
    .selectFrom("recurring_invoices")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r ? toTemplate(r) : undefined;
}

export async function listRecurring(
  db: Kysely<Database>,
  workspaceId: string,
  filter: { clientId?: string | undefined },
): Promise<RecurringTemplate[]> {
  let q = db.selectFrom("recurring_invoices").selectAll().where("workspace_id", "=", workspaceId);
  if (filter.clientId) q = q.where("client_id", "=", filter.clientId);
  return (await q.orderBy("created_at").orderBy("id").execute()).map(toTemplate);
}

/**
 * Claims up to `limit` active templates with a period due by `today`, inside the caller's transaction: on PostgreSQL
 * the rows are locked and rows another process holds are skipped; on SQLite the transaction holds the only write lock.
 */
export async function claimDueRecurring(
  trx: Kysely<Database>,
  engine: Engine,
  input: { today: string; limit: number },
): Promise<RecurringTemplate[]> {
  let q = trx
    .selectFrom("recurring_invoices")
    .selectAll()
    .where("status", "=", "active")
    .where("next_run_on", "is not", null)
    .where("next_run_on", "<=", input.today)
    .orderBy("next_run_on")
    .orderBy("id")
    .limit(input.limit);
  if (engine === "postgres") q = q.forUpdate().skipLocked();
  return (await q.execute()).map(toTemplate);
}

/**
 * Claims up to `limit` ended retainers due for their closing run, inside the caller's transaction (locked and skipped
 * as `claimDueRecurring`): no closing run yet, a period that made an invoice, and every period made over by `today`.
 */
export async function claimClosingRetainers(
  trx: Kysely<Database>,
  engine: Engine,
  input: { today: string; limit: number },
): Promise<RecurringTemplate[]> {
  const runs = (eb: ExpressionBuilder<Database, "recurring_invoices">) =>
    eb
      .selectFrom("recurring_invoice_runs as r")
      .select("r.id")
      .whereRef("r.workspace_id", "=", "recurring_invoices.workspace_id")
      .whereRef("r.template_id", "=", "recurring_invoices.id");
  let q = trx
    .selectFrom("recurring_invoices")
    .selectAll()
    .where("status", "=", "ended")
    .where("retainer_minutes", "is not", null)
    .where((eb) =>
      eb.and([
        eb.not(eb.exists(runs(eb).where("r.period_index", "=", CLOSING_RUN_INDEX))),
        eb.exists(runs(eb).where("r.invoice_id", "is not", null)),
        eb.not(eb.exists(runs(eb).where("r.period_index", ">=", 0).where("r.period_end", ">=", input.today))),
      ]),
    )
    .orderBy("updated_at")
    .orderBy("id")
    .limit(input.limit);
  if (engine === "postgres") q = q.forUpdate().skipLocked();
  return (await q.execute()).map(toTemplate);
}

export interface RecurringRun {
  id: string;
  workspaceId: string;
  templateId: string;
  periodIndex: number;
  periodStart: string;
  periodEnd: string;
  invoiceId: string | null;
  status: RunStatus;
  error: string | null;
  outboxId: string | null;
  createdAt: string;
  updatedAt: string;
}

function toRun(r: Selectable<RecurringInvoiceRunTable>): RecurringRun {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    templateId: r.template_id,
    periodIndex: Number(r.period_index),
    periodStart: r.period_start,
    periodEnd: r.period_end,
    invoiceId: r.invoice_id,
    status: r.status as RunStatus,
    error: r.error,
    outboxId: r.outbox_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Records a period's run; false when that period already has one (the unique key: never twice). */
export async function insertRun(trx: Kysely<Database>, run: RecurringRun): Promise<boolean> {
  const r = await trx
    .insertInto("recurring_invoice_runs")
    .values({
      id: run.id,
      workspace_id: run.workspaceId,
      template_id: run.templateId,
      period_index: run.periodIndex,
      period_start: run.periodStart,
      period_end: run.periodEnd,
      invoice_id: run.invoiceId,
      status: run.status,
      error: run.error,
      outbox_id: run.outboxId,
      created_at: run.createdAt,
      updated_at: run.updatedAt,
    })
    .onConflict((oc) => oc.columns(["workspace_id", "template_id", "period_index"]).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function updateRun(
  db: Kysely<Database>,
  id: string,
  patch: { status: RunStatus; error?: string | null; outboxId?: string | null; invoiceId?: string | null },
  at: string,
): Promise<void> {
  await db
    .updateTable("recurring_invoice_runs")
    .set({
      status: patch.status,
      updated_at: at,
      ...(patch.error !== undefined ? { error: patch.error } : {}),
      ...(patch.outboxId !== undefined ? { outbox_id: patch.outboxId } : {}),
      ...(patch.invoiceId !== undefined ? { invoice_id: patch.invoiceId } : {}),
    })
    .where("id", "=", id)
    .execute();
}

/** Issued invoices of runs still to be e-mailed (every workspace), oldest period first. */
export async function runsToSend(db: Kysely<Database>, limit: number): Promise<RecurringRun[]> {
  const rows = await db
    .selectFrom("recurring_invoice_runs")
    .selectAll()
    .where("status", "=", "to_send")
    .orderBy("period_start")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map(toRun);
}

/** The outbox message already written for a run's invoice under its key (another process sent it). */
export async function findKeyedMessage(
  db: Kysely<Database>,
  workspaceId: string,
  messageKey: string,
): Promise<{ id: string; status: string; createdAt: string } | undefined> {
  return db
    .selectFrom("outbox")
    .select(["id", "status", "created_at as createdAt"])
    .where("workspace_id", "=", workspaceId)
    .where("message_key", "=", messageKey)
    .executeTakeFirst();
}

export interface RunWithInvoice extends RecurringRun {
  invoice: { number: string | null; status: string; total: number; currency: string } | null;
}

/** The runs of these templates (one workspace), newest period first, with their invoice when it still exists. */
export async function listRuns(
  db: Kysely<Database>,
  workspaceId: string,
  templateIds: readonly string[],
  limitPerTemplate = 24,
): Promise<RunWithInvoice[]> {
  if (templateIds.length === 0) return [];
  const rows = await db
    .selectFrom("recurring_invoice_runs as r")
    .leftJoin("invoices as i", (j) =>
      j.onRef("i.id", "=", "r.invoice_id").onRef("i.workspace_id", "=", "r.workspace_id"),
    )
    .selectAll("r")
    .select(["i.number", "i.status as invoice_status", "i.total", "i.currency"])
    .where("r.workspace_id", "=", workspaceId)
    .where("r.template_id", "in", templateIds)
    // A retainer's closing run (after every period) first, then the newest period.
    .orderBy(sql`case when r.period_index = ${CLOSING_RUN_INDEX} then 0 else 1 end`)
    .orderBy("r.period_index", "desc")
    .execute();
  const count = new Map<string, number>();
  const out: RunWithInvoice[] = [];
  for (const r of rows) {
    const n = count.get(r.template_id) ?? 0;
    if (n >= limitPerTemplate) continue;
    count.set(r.template_id, n + 1);
    out.push({
      ...toRun(r),
      invoice:
        r.invoice_status !== null
          ? { number: r.number, status: r.invoice_status, total: Number(r.total), currency: r.currency ?? "" }
          : null,
    });
  }
  return out;
}

/**
 * Minutes worked for a client (on one mandate when given) between two days inclusive, that a retainer counts:
 * billable and included work (goodwill is given on purpose, internal is the studio's own), not on an invoice or on one
 * of this retainer's own invoices (the usage shown and the overage invoiced are the same figure).
 */
export async function retainerMinutes(
  db: Kysely<Database>,
  workspaceId: string,
  filter: { templateId: string; clientId: string; mandateId: string | null; from: string; to: string },
): Promise<number> {
  let q = db
    .selectFrom("time_entries")
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("minutes"), eb.lit(0)).as("m"))
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "=", filter.clientId)
    .where("category", "in", ["billable", "included"])
    .where("date", ">=", filter.from)
    .where("date", "<=", filter.to)
    .where((eb) =>
      eb.or([
        eb("invoice_id", "is", null),
        eb(
          "invoice_id",
          "in",
          eb
            .selectFrom("recurring_invoice_runs")
            .select("invoice_id")
            .where("workspace_id", "=", workspaceId)
            .where("template_id", "=", filter.templateId)
            .where("invoice_id", "is not", null),
        ),
      ]),
    );
  if (filter.mandateId) q = q.where("mandate_id", "=", filter.mandateId);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.m);
}

/**
 * Whether a time entry (of the outer `time_entries` query) is covered by a retainer: on a retainer's scope (its client,
 * its mandate when it names one) and dated in a period the retainer invoiced. Such time is the retainer's — consumed by
 * its next period's invoice (covered, the overage billed) — never offered as billable time nor valued apart in the
 * ledger. The one definition every query of time uses.
 */
export function coveredByRetainer(workspaceId: string) {
  return sql<boolean>`exists (select 1 from recurring_invoice_runs rr
    inner join recurring_invoices rt on rt.id = rr.template_id
    inner join invoices ri on ri.id = rr.invoice_id
    where rr.workspace_id = ${workspaceId} and rt.workspace_id = ${workspaceId} and ri.workspace_id = ${workspaceId}
      and rt.retainer_minutes is not null
      and rt.client_id = time_entries.client_id
      and (rt.mandate_id is null or rt.mandate_id = time_entries.mandate_id)
      and time_entries.date >= rr.period_start and time_entries.date <= rr.period_end)`;
}

export const notCoveredByRetainer = (workspaceId: string) => sql<boolean>`not ${coveredByRetainer(workspaceId)}`;

/** The billable entries on a retainer's scope between two days not on any invoice yet: what its next invoice consumes. */
export async function retainerPeriodEntries(
  db: Kysely<Database>,
  workspaceId: string,
  filter: { clientId: string; mandateId: string | null; from: string; to: string },
): Promise<{ id: string; date: string; minutes: number }[]> {
  let q = db
    .selectFrom("time_entries")
    .select(["id", "date", "minutes"])
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "=", filter.clientId)
    .where("category", "=", "billable")
    .where("invoice_id", "is", null)
    .where("date", ">=", filter.from)
    .where("date", "<=", filter.to);
  if (filter.mandateId) q = q.where("mandate_id", "=", filter.mandateId);
  return q.orderBy("date").orderBy("id").execute();
}

/**
 * The runs of a template's periods before `beforeIndex` that made an invoice that still exists (a deleted draft covers
 * nothing), in order; never the closing run.
 */
export async function invoicedRuns(db: Kysely<Database>, workspaceId: string, templateId: string, beforeIndex: number) {
  const rows = await db
    .selectFrom("recurring_invoice_runs as r")
    .innerJoin("invoices as i", (j) => j.onRef("i.id", "=", "r.invoice_id"))
    .selectAll("r")
    .where("r.workspace_id", "=", workspaceId)
    .where("i.workspace_id", "=", workspaceId)
    .where("r.template_id", "=", templateId)
    .where("r.period_index", ">=", 0)
    .where("r.period_index", "<", beforeIndex)
    .orderBy("r.period_index")
    .execute();
  return rows.map(toRun);
}

/**
 * What retainers' invoices bill for each mandate, issued and net of credit notes: earned as it is issued (the retainer
 * is the contract for the time it covers).
 */
export async function retainerBilledByMandate(
  db: Kysely<Database>,
  workspaceId: string,
  mandateIds: readonly string[],
): Promise<Map<string, number>> {
  if (mandateIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("invoice_lines as l")
    .innerJoin("invoices as i", (j) => j.onRef("i.id", "=", "l.invoice_id"))
    .innerJoin("recurring_invoice_runs as r", (j) => j.onRef("r.invoice_id", "=", "l.invoice_id"))
    .innerJoin("recurring_invoices as t", (j) => j.onRef("t.id", "=", "r.template_id"))
    .select((eb) => ["l.mandate_id", eb.fn.sum<number>(sql`l.amount - l.credited`).as("net")])
    .where("l.workspace_id", "=", workspaceId)
    .where("i.workspace_id", "=", workspaceId)
    .where("r.workspace_id", "=", workspaceId)
    .where("t.workspace_id", "=", workspaceId)
    .where("t.retainer_minutes", "is not", null)
    .where("i.status", "!=", "draft")
    .where("l.mandate_id", "in", [...mandateIds])
    .groupBy("l.mandate_id")
    .execute();
  return new Map(rows.flatMap((r) => (r.mandate_id ? [[r.mandate_id, Number(r.net)] as const] : [])));
}

/**
 * Runs `work` inside a savepoint of the caller's transaction: when it throws, everything it wrote is undone — a number
 * it took from the series too, so no gap — and the error is rethrown; the transaction itself goes on.
 */
export async function withSavepoint<T>(trx: Kysely<Database>, name: string, work: () => Promise<T>): Promise<T> {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`savepoint name ${name}`);
  await sql`savepoint ${sql.raw(name)}`.execute(trx);
  try {
    const result = await work();
    await sql`release savepoint ${sql.raw(name)}`.execute(trx);
    return result;
  } catch (err) {
    await sql`rollback to savepoint ${sql.raw(name)}`.execute(trx);
    await sql`release savepoint ${sql.raw(name)}`.execute(trx);
    throw err;
  }
}
