/**
 * Invoices: the lifecycle object (`state_json`) beside the columns that lists and reports read, what only documents
 * need (`details_json`), and the sources a draft reserves. Saves check the row's version, so two concurrent changes
 * never overwrite each other: the second is refused and its transaction (with any number it took) rolls back.
 */
import type { Kysely, Selectable } from "kysely";
import { DomainError } from "../domain/errors.ts";
import type { OperationCategory } from "../domain/invoice/france-operation-mentions.ts";
import { invoiceBalance } from "../domain/invoice/invoice-balance.ts";
import type { Invoice } from "../domain/invoice/invoice-lifecycle.ts";
import { computeInvoiceTotals } from "../domain/invoice/invoice-totals.ts";
import type { Language } from "../domain/offer/offer-content.ts";
import type { TaxMention, TaxRegime } from "../domain/tax/tax-determination.ts";
import { writeInvoiceLines } from "./invoice-line-store.ts";
import { releaseInvoiceSources } from "./invoice-source-store.ts";
import { clientNames } from "./receivable-store.ts";
import type { Database, InvoiceTable } from "./schema.ts";
import { readInvoice, readInvoiceDetails } from "./stored-aggregates.ts";

export const SOURCE_KINDS = ["deposit", "offer", "change_order", "time", "cost", "interest", "manual"] as const;
export type InvoiceSourceKind = (typeof SOURCE_KINDS)[number];

/** What the PDF and the reports need beside the domain object, parallel to `invoice.lines` for `lines`. */
export interface InvoiceDetails {
  language: Language;
  lines: {
    unit?: string;
    detail?: string;
    source?: { kind: InvoiceSourceKind; id: string };
    /** The mandate and the signed offer the line bills for, when it bills for one. */
    mandateId?: string | undefined;
    offerId?: string | undefined;
  }[];
  regime: TaxRegime;
  placeOfSupply: string;
  mentions: Pick<TaxMention, "code" | "text">[];
  warnings: { code: string; message: string }[];
  evidence: { code: string; description: string }[];
  buyer: { vatNumber?: string | undefined; siren?: string | undefined; purchaseOrder?: string | undefined };
  supplyDate?: { from: string; to: string } | undefined;
  paymentDays: number;
  /** Annual late-interest rate written in the terms, basis points (0: the legal rate applies). */
  lateInterestBps: number;
  reference?: string | undefined;
  /** France: what the invoice bills (services, goods or both); absent means services. */
  operationCategory?: OperationCategory | undefined;
  /** France: where the goods are delivered or the service supplied, when it differs from the billing address. */
  deliveryAddress?: string | undefined;
}

export interface StoredInvoice {
  invoice: Invoice;
  details: InvoiceDetails;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The list and report columns of an invoice. */
export interface InvoiceRow {
  id: string;
  clientId: string;
  /** The client's name as it is now (the issued document keeps the name it was issued to). */
  clientName: string;
  status: Invoice["status"];
  number: string | null;
  currency: string;
  issueDate: string | null;
  dueDate: string | null;
  subtotal: number;
  taxTotal: number;
  total: number;
  paid: number;
  credited: number;
  balance: number;
  createdAt: string;
}

/** The columns a list reads (never the documents' JSON). */
const ROW_COLUMNS = [
  "id",
  "client_id",
  "status",
  "number",
  "currency",
  "issue_date",
  "due_date",
  "subtotal",
  "tax_total",
  "total",
  "paid",
  "credited",
  "balance",
  "created_at",
] as const;

export function toInvoiceRow(
  r: Pick<Selectable<InvoiceTable>, (typeof ROW_COLUMNS)[number]> & { client_name: string },
): InvoiceRow {
  return {
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    status: r.status as Invoice["status"],
    number: r.number,
    currency: r.currency,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    subtotal: Number(r.subtotal),
    taxTotal: Number(r.tax_total),
    total: Number(r.total),
    paid: Number(r.paid),
    credited: Number(r.credited),
    balance: Number(r.balance),
    createdAt: r.created_at,
  };
}

function toStored(r: Selectable<InvoiceTable>): StoredInvoice {
  return {
    invoice: readInvoice(r.state_json, r.id),
    details: readInvoiceDetails(r.details_json, r.id),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function lastMovement(invoice: Invoice): string | null {
  if (invoice.status === "draft") return null;
  const dates = [...invoice.payments.map((p) => p.date), ...invoice.creditNotes.map((n) => n.date)];
  if (invoice.status === "written_off") dates.push(invoice.writeOff.date);
  return dates.sort().at(-1) ?? null;
}

/** The columns derived from the invoice: totals (frozen once issued), balance and status for reports. */
function columns(invoice: Invoice, details: InvoiceDetails) {
  const totals = invoice.status === "draft" ? computeInvoiceTotals(invoice) : invoice.totals;
  const b = invoice.status === "draft" ? undefined : invoiceBalance(invoice);
  return {
    client_id: invoice.clientId,
    status: invoice.status,
    number: invoice.status === "draft" ? null : invoice.number,
    currency: invoice.currency,
    issue_date: invoice.status === "draft" ? null : invoice.issueDate,
    due_date: invoice.status === "draft" ? null : invoice.dueDate,
    tax_date: invoice.status === "draft" ? null : invoice.taxDate,
    subtotal: totals.subtotal.amount,
    tax_total: totals.taxTotal.amount,
    total: totals.total.amount,
    paid: b?.paid.amount ?? 0,
    credited: b?.credited.amount ?? 0,
    balance: b ? b.balance.amount : totals.total.amount,
    last_movement_on: lastMovement(invoice),
    state_json: JSON.stringify(invoice),
    details_json: JSON.stringify(details),
  };
}

export async function insertInvoice(
  trx: Kysely<Database>,
  input: { workspaceId: string; invoice: Invoice; details: InvoiceDetails; at: string },
): Promise<void> {
  await trx
    .insertInto("invoices")
    .values({
      id: input.invoice.id,
      workspace_id: input.workspaceId,
      ...columns(input.invoice, input.details),
      version: 1,
      created_at: input.at,
      updated_at: input.at,
    })
    .execute();
  await writeInvoiceLines(trx, input);
}

/** Saves a new state of the invoice if nobody changed it since `expectedVersion` was read. */
export async function saveInvoice(
  trx: Kysely<Database>,
  input: { workspaceId: string; invoice: Invoice; details: InvoiceDetails; expectedVersion: number; at: string },
): Promise<void> {
  const res = await trx
    .updateTable("invoices")
    .set({ ...columns(input.invoice, input.details), version: input.expectedVersion + 1, updated_at: input.at })
    .where("workspace_id", "=", input.workspaceId)
    .where("id", "=", input.invoice.id)
    .where("version", "=", input.expectedVersion)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) {
    throw new DomainError("invalid_state", "the invoice changed meanwhile; reload it");
  }
  await writeInvoiceLines(trx, input);
}

export async function findInvoice(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<StoredInvoice | undefined> {
  const r = await db
    .selectFrom("invoices")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r ? toStored(r) : undefined;
}

export interface ListInvoicesInput {
  workspaceId: string;
  clientId?: string | undefined;
  status?: string | undefined;
  limit: number;
  offset: number;
}

/** Newest first: drafts by creation, issued invoices by issue date. */
export async function listInvoices(db: Kysely<Database>, input: ListInvoicesInput) {
  let q = db.selectFrom("invoices").where("workspace_id", "=", input.workspaceId);
  if (input.clientId) q = q.where("client_id", "=", input.clientId);
  if (input.status) q = q.where("status", "=", input.status);
  const [page, count] = await Promise.all([
    q
      .select(ROW_COLUMNS)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const names = await clientNames(db, input.workspaceId, [...new Set(page.map((r) => r.client_id))]);
  return {
    items: page.map((r) => toInvoiceRow({ ...r, client_name: names.get(r.client_id) ?? "" })),
    total: Number(count.n),
  };
}

/** Deletes a draft and releases everything it reserved (sources and time entries). */
export async function deleteDraftInvoice(trx: Kysely<Database>, workspaceId: string, id: string): Promise<void> {
  await releaseInvoiceSources(trx, workspaceId, id);
  const res = await trx
    .deleteFrom("invoices")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .where("status", "=", "draft")
    .executeTakeFirst();
  if (Number(res.numDeletedRows) !== 1) throw new DomainError("invalid_state", "only a draft can be deleted");
}

/** The latest issue date of the workspace's invoices (a new one may not be dated before it: the series is chronological). */
export async function lastIssueDate(db: Kysely<Database>, workspaceId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("invoices")
    .select((eb) => eb.fn.max("issue_date").as("d"))
    .where("workspace_id", "=", workspaceId)
    .executeTakeFirst();
  return (row?.d as string | null) ?? undefined;
}
