/**
 * Report reads over invoices: un-invoiced billable time, the open receivables one by one (the dashboard, a client's
 * payment), the receivables page's read point, the tax documents of a period and the export rows. Each reads columns
 * on an index that starts with `workspace_id`. The receivables page's sums and pages: `receivable-aggregates.ts`.
 */
import { CompiledQuery, type Kysely, sql } from "kysely";
import { isPostgresDb, readSnapshot, unseenBy } from "./change-marks.ts";
import { idIn } from "./ids-in.ts";
import { notCoveredByRetainer } from "./recurring-store.ts";
import type { Database } from "./schema.ts";
import { readCreditNoteTotals, readInvoice, readNumberedInvoice } from "./stored-aggregates.ts";

/**
 * An open receivable: issued or partially paid, something still due. Literal (no bound values), so that both engines
 * answer it from the partial index `invoices_open_receivables` (migration 2026-12-07T10-40-00), which holds exactly
 * these invoices: the open ones only, never the history's paid ones.
 */
export const OPEN_RECEIVABLE = sql<boolean>`status in ('issued', 'partially_paid') and balance > 0`;

const RECEIVABLES_GENERATION = CompiledQuery.raw("select value from instance where key = 'receivables_generation'");

/**
 * A number database triggers raise in the transaction of any write to a table the receivables page reads (migration
 * `receivables-generation`, decision 0014), by any process: a page computed under one generation is still true while
 * it has not moved.
 */
async function receivablesGeneration(db: Kysely<Database>): Promise<string> {
  const { rows } = await db.executeQuery<{ value: string }>(RECEIVABLES_GENERATION);
  return rows[0]?.value ?? "0";
}

/**
 * Where a read of the receivables stands among writes: SQLite, the receivables generation (read before the records);
 * PostgreSQL, inside the read's own snapshot, that snapshot (`receivablesWrittenSince` then asks the marks).
 */
export async function receivablesReadPoint(db: Kysely<Database>): Promise<string> {
  return isPostgresDb(db) ? readSnapshot(db) : receivablesGeneration(db);
}

/**
 * PostgreSQL: whether a write touched the workspace's receivables after `since` (a read point): a mark of a
 * transaction that snapshot did not see (`unseenBy`; migration `receivables-marks`).
 */
export async function receivablesWrittenSince(
  db: Kysely<Database>,
  workspaceId: string,
  since: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("receivables_marks")
    .select("xid")
    .where("workspace_id", "=", workspaceId)
    .where(unseenBy(since))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Billable time not yet on any invoice, for one client (optionally one mandate and a period). */
export async function uninvoicedBillableTime(
  db: Kysely<Database>,
  input: { workspaceId: string; clientId: string; mandateId?: string | undefined; to?: string | undefined },
) {
  let q = db
    .selectFrom("time_entries")
    .select(["id", "member_id", "mandate_id", "date", "minutes", "billable_rate", "note"])
    .where("workspace_id", "=", input.workspaceId)
    .where("client_id", "=", input.clientId)
    .where("category", "=", "billable")
    .where("invoice_id", "is", null)
    // A retainer's time is its own invoices' to bill (decision 0005).
    .where(notCoveredByRetainer(input.workspaceId));
  if (input.mandateId) q = q.where("mandate_id", "=", input.mandateId);
  if (input.to) q = q.where("date", "<=", input.to);
  const rows = await q.orderBy("date").orderBy("id").execute();
  return rows.map((r) => ({
    id: r.id,
    memberId: r.member_id,
    mandateId: r.mandate_id,
    date: r.date,
    minutes: r.minutes,
    billableRate: Number(r.billable_rate),
    note: r.note,
  }));
}

/** Open balances (issued or partially paid, something still due), for aging. */
export async function openReceivables(db: Kysely<Database>, workspaceId: string, clientId?: string) {
  let q = db
    .selectFrom("invoices")
    .select(["id", "client_id", "due_date", "balance", "currency", "number"])
    .where("workspace_id", "=", workspaceId)
    .where(OPEN_RECEIVABLE);
  if (clientId) q = q.where("client_id", "=", clientId);
  return (await q.execute()).map(toOpenReceivable);
}

function toOpenReceivable(r: {
  id: string;
  client_id: string;
  number: string | null;
  due_date: string | null;
  balance: number | string;
  currency: string;
}) {
  return {
    id: r.id,
    clientId: r.client_id,
    number: r.number ?? "",
    dueDate: r.due_date ?? "",
    balance: Number(r.balance),
    currency: r.currency,
  };
}

/** Issued invoices whose tax point is in the period, and credit notes dated in it. */
export async function taxDocuments(db: Kysely<Database>, input: { workspaceId: string; from: string; to: string }) {
  const [invoices, notes] = await Promise.all([
    db
      .selectFrom("invoices")
      .select(["id", "state_json"])
      .where("workspace_id", "=", input.workspaceId)
      .where("tax_date", ">=", input.from)
      .where("tax_date", "<=", input.to)
      .execute(),
    db
      .selectFrom("credit_notes")
      .select(["id", "date", "totals_json"])
      .where("workspace_id", "=", input.workspaceId)
      .where("date", ">=", input.from)
      .where("date", "<=", input.to)
      .execute(),
  ]);
  return {
    invoices: invoices.map((r) => readInvoice(r.state_json, r.id)),
    creditNotes: notes.map((r) => ({ id: r.id, date: r.date, totals: readCreditNoteTotals(r.totals_json, r.id) })),
  };
}

/** Issued invoices with their client's name, for the CSV export, by issue date. */
export async function invoiceExportRows(
  db: Kysely<Database>,
  input: { workspaceId: string; from?: string | undefined; to?: string | undefined },
) {
  let q = db
    .selectFrom("invoices as i")
    .innerJoin("clients as c", (j) =>
      j.onRef("c.id", "=", "i.client_id").onRef("c.workspace_id", "=", "i.workspace_id"),
    )
    .select([
      "i.id",
      "i.state_json",
      "i.status",
      "i.paid",
      "i.credited",
      "i.balance",
      "c.name as client_name",
      "c.legal_name as client_legal_name",
    ])
    .where("i.workspace_id", "=", input.workspaceId)
    .where("i.status", "!=", "draft");
  if (input.from) q = q.where("i.issue_date", ">=", input.from);
  if (input.to) q = q.where("i.issue_date", "<=", input.to);
  const rows = await q.orderBy("i.issue_date").orderBy("i.number").execute();
  return rows.map((r) => ({
    invoice: readNumberedInvoice(r.state_json, r.id),
    clientName: r.client_legal_name || r.client_name,
    paid: Number(r.paid),
    credited: Number(r.credited),
    balance: Number(r.balance),
  }));
}

/** Payments with their invoice number and client, for the CSV export, by date. */
export async function paymentExportRows(
  db: Kysely<Database>,
  input: { workspaceId: string; from?: string | undefined; to?: string | undefined },
) {
  let q = db
    .selectFrom("payments as p")
    .innerJoin("invoices as i", (j) =>
      j.onRef("i.id", "=", "p.invoice_id").onRef("i.workspace_id", "=", "p.workspace_id"),
    )
    .innerJoin("clients as c", (j) =>
      j.onRef("c.id", "=", "p.client_id").onRef("c.workspace_id", "=", "p.workspace_id"),
    )
    .select([
      "p.id",
      "p.date",
      "p.amount",
      "p.currency",
      "p.method",
      "p.reference",
      "i.number",
      "c.name as client_name",
      "c.legal_name as client_legal_name",
    ])
    .where("p.workspace_id", "=", input.workspaceId);
  if (input.from) q = q.where("p.date", ">=", input.from);
  if (input.to) q = q.where("p.date", "<=", input.to);
  const rows = await q.orderBy("p.date").orderBy("p.created_at").execute();
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    amount: Number(r.amount),
    currency: r.currency,
    method: r.method,
    reference: r.reference,
    invoiceNumber: r.number ?? "",
    clientName: r.client_legal_name || r.client_name,
  }));
}

/** Names of clients, for reports and lists (one query; more than 500 ids read the workspace's names in one pass). */
export async function clientNames(db: Kysely<Database>, workspaceId: string, ids: readonly string[]) {
  const out = new Map<string, string>();
  if (ids.length > 500) {
    const wanted = new Set(ids);
    const rows = await db
      .selectFrom("clients")
      .select(["id", "name"])
      .where("workspace_id", "=", workspaceId)
      .execute();
    for (const r of rows) if (wanted.has(r.id)) out.set(r.id, r.name);
    return out;
  }
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom("clients")
    .select(["id", "name"])
    .where("workspace_id", "=", workspaceId)
    .where(idIn(db, "id", ids))
    .execute();
  for (const r of rows) out.set(r.id, r.name);
  return out;
}
