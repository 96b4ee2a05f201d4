/**
 * Report reads over invoices: un-invoiced billable time, open receivables (aging), the movements DSO needs, the tax
 * documents of a period and the export rows. Each reads columns on an index that starts with `workspace_id`.
 */
import type { Kysely } from "kysely";
import type { CreditNoteTotals } from "../domain/invoice/credit-note.ts";
import type { Invoice } from "../domain/invoice/invoice-lifecycle.ts";
import type { Database } from "./schema.ts";

export const OPEN_STATUSES = ["issued", "partially_paid"] as const;

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
    .where("invoice_id", "is", null);
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
    .where("status", "in", [...OPEN_STATUSES])
    .where("balance", ">", 0);
  if (clientId) q = q.where("client_id", "=", clientId);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    number: r.number ?? "",
    dueDate: r.due_date ?? "",
    balance: Number(r.balance),
    currency: r.currency,
  }));
}

/**
 * The invoices that matter for DSO over [from, to]: issued by `to` and either issued in the period, still open, or
 * with a movement after `from` (so their balance at `to` can be rebuilt). Three indexed reads of ids (no scan of the
 * whole history), then the documents in batches.
 */
export async function invoicesForDso(
  db: Kysely<Database>,
  input: { workspaceId: string; from: string; to: string },
): Promise<Invoice[]> {
  const base = () => db.selectFrom("invoices").select("id").where("workspace_id", "=", input.workspaceId);
  const [issued, open, moved] = await Promise.all([
    base().where("issue_date", ">=", input.from).where("issue_date", "<=", input.to).execute(),
    base()
      .where("status", "in", [...OPEN_STATUSES])
      .where("balance", ">", 0)
      .execute(),
    base().where("last_movement_on", ">=", input.from).execute(),
  ]);
  const ids = [...new Set([...issued, ...open, ...moved].map((r) => r.id))];
  const out: Invoice[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom("invoices")
      .select(["state_json"])
      .where("workspace_id", "=", input.workspaceId)
      .where("id", "in", ids.slice(i, i + 500))
      .where("issue_date", "<=", input.to)
      .execute();
    for (const r of rows) out.push(JSON.parse(r.state_json) as Invoice);
  }
  return out;
}

/** Issued invoices whose tax point is in the period, and credit notes dated in it. */
export async function taxDocuments(db: Kysely<Database>, input: { workspaceId: string; from: string; to: string }) {
  const [invoices, notes] = await Promise.all([
    db
      .selectFrom("invoices")
      .select(["state_json"])
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
    invoices: invoices.map((r) => JSON.parse(r.state_json) as Invoice),
    creditNotes: notes.map((r) => ({ id: r.id, date: r.date, totals: JSON.parse(r.totals_json) as CreditNoteTotals })),
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
    invoice: JSON.parse(r.state_json) as Exclude<Invoice, { status: "draft" }>,
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

/** Names of clients, for reports (one query). */
export async function clientNames(db: Kysely<Database>, workspaceId: string, ids: readonly string[]) {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom("clients")
      .select(["id", "name"])
      .where("workspace_id", "=", workspaceId)
      .where("id", "in", ids.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.id, r.name);
  }
  return out;
}
