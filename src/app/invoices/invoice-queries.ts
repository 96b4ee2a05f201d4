/** Reading invoices: one with its payments, credit notes and balance, or a page of the list. */
import type { Kysely } from "kysely";
import { DomainError } from "../../domain/errors.ts";
import { invoiceBalance } from "../../domain/invoice/invoice-balance.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { findInvoice, listInvoices as listInvoiceRows, type StoredInvoice } from "../../store/invoice-store.ts";
import { listCreditNotesOfInvoice, listPaymentsOfInvoice } from "../../store/payment-store.ts";
import type { Database } from "../../store/schema.ts";
import type { AppContext } from "../shared/context.ts";
import { requireIntactInvoice } from "./invoice-integrity.ts";

/** The stored invoice, or `not_found` (another workspace's id looks exactly like an unknown one). */
export async function getStoredInvoice(db: Kysely<Database>, workspaceId: string, id: string): Promise<StoredInvoice> {
  const stored = await findInvoice(db, workspaceId, id);
  if (!stored) throw new DomainError("not_found", "invoice not found");
  return stored;
}

/** An invoice as the API shows it. */
export function invoiceView(stored: StoredInvoice) {
  const { invoice } = stored;
  const known = { details: stored.details, version: stored.version };
  return invoice.status === "draft"
    ? { ...invoice, ...known }
    : { ...invoice, ...known, balance: invoiceBalance(invoice) };
}

export async function getInvoice(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, "read");
  const stored = await getStoredInvoice(ctx.db, actor.workspaceId, id);
  if (stored.invoice.status !== "draft") await requireIntactInvoice(ctx, actor.workspaceId, id);
  const [payments, creditNotes] = await Promise.all([
    listPaymentsOfInvoice(ctx.db, actor.workspaceId, id),
    listCreditNotesOfInvoice(ctx.db, actor.workspaceId, id),
  ]);
  return { ...invoiceView(stored), paymentRecords: payments, creditNoteRecords: creditNotes };
}

export interface ListInvoicesQuery {
  clientId?: string | undefined;
  status?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listInvoices(ctx: AppContext, actor: Actor, q: ListInvoicesQuery) {
  requirePermission(actor, "read");
  const { items, total } = await listInvoiceRows(ctx.db, {
    workspaceId: actor.workspaceId,
    clientId: q.clientId,
    status: q.status,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items, total, page: q.page, pageSize: q.pageSize };
}
