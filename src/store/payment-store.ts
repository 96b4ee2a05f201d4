/**
 * Money movements on issued invoices: payments, credit notes (with their own numbers), the client-credit ledger and
 * the reminders sent. Rows are append-only; the invoice row keeps the running balance.
 */
import type { Kysely } from "kysely";
import type { CreditNoteTotals } from "../domain/invoice/credit-note.ts";
import type { Database } from "./schema.ts";
import { readCreditNoteTotals } from "./stored-aggregates.ts";

export interface PaymentRecord {
  id: string;
  invoiceId: string;
  clientId: string;
  date: string;
  amount: number;
  currency: string;
  method: string;
  reference: string;
}

export async function insertPayment(
  trx: Kysely<Database>,
  input: { workspaceId: string; payment: PaymentRecord; at: string },
): Promise<void> {
  const p = input.payment;
  await trx
    .insertInto("payments")
    .values({
      id: p.id,
      workspace_id: input.workspaceId,
      invoice_id: p.invoiceId,
      client_id: p.clientId,
      date: p.date,
      amount: p.amount,
      currency: p.currency,
      method: p.method,
      reference: p.reference,
      created_at: input.at,
    })
    .execute();
}

export async function listPaymentsOfInvoice(
  db: Kysely<Database>,
  workspaceId: string,
  invoiceId: string,
): Promise<PaymentRecord[]> {
  const rows = await db
    .selectFrom("payments")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("invoice_id", "=", invoiceId)
    .orderBy("date")
    .orderBy("created_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    invoiceId: r.invoice_id,
    clientId: r.client_id,
    date: r.date,
    amount: Number(r.amount),
    currency: r.currency,
    method: r.method,
    reference: r.reference,
  }));
}

export interface CreditNoteRecord {
  id: string;
  invoiceId: string;
  clientId: string;
  number: string;
  date: string;
  reason: string;
  totals: CreditNoteTotals;
}

export async function insertCreditNote(
  trx: Kysely<Database>,
  input: { workspaceId: string; note: CreditNoteRecord; at: string },
): Promise<void> {
  const n = input.note;
  await trx
    .insertInto("credit_notes")
    .values({
      id: n.id,
      workspace_id: input.workspaceId,
      invoice_id: n.invoiceId,
      client_id: n.clientId,
      number: n.number,
      date: n.date,
      reason: n.reason,
      currency: n.totals.currency,
      subtotal: n.totals.subtotal.amount,
      tax_total: n.totals.taxTotal.amount,
      total: n.totals.total.amount,
      totals_json: JSON.stringify(n.totals),
      created_at: input.at,
    })
    .execute();
}

export async function listCreditNotesOfInvoice(
  db: Kysely<Database>,
  workspaceId: string,
  invoiceId: string,
): Promise<CreditNoteRecord[]> {
  const rows = await db
    .selectFrom("credit_notes")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("invoice_id", "=", invoiceId)
    .orderBy("date")
    .orderBy("created_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    invoiceId: r.invoice_id,
    clientId: r.client_id,
    number: r.number,
    date: r.date,
    reason: r.reason,
    totals: readCreditNoteTotals(r.totals_json, r.id),
  }));
}

export async function findCreditNote(db: Kysely<Database>, workspaceId: string, id: string) {
  const r = await db
    .selectFrom("credit_notes")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        invoiceId: r.invoice_id,
        clientId: r.client_id,
        number: r.number,
        date: r.date,
        reason: r.reason,
        totals: readCreditNoteTotals(r.totals_json, r.id),
      }
    : undefined;
}

/** One line of the client-credit ledger: positive when the studio owes the client (overpayment, credit note). */
export async function insertClientCredit(
  trx: Kysely<Database>,
  input: {
    id: string;
    workspaceId: string;
    clientId: string;
    invoiceId: string | null;
    kind: "overpayment" | "credit_note";
    date: string;
    amount: number;
    currency: string;
    at: string;
  },
): Promise<void> {
  await trx
    .insertInto("client_credits")
    .values({
      id: input.id,
      workspace_id: input.workspaceId,
      client_id: input.clientId,
      invoice_id: input.invoiceId,
      kind: input.kind,
      date: input.date,
      amount: input.amount,
      currency: input.currency,
      created_at: input.at,
    })
    .execute();
}

export interface ReminderRecord {
  id: string;
  invoiceId: string;
  date: string;
  offsetDays: number;
  tone: string;
  outboxId: string;
}

export async function insertReminder(
  trx: Kysely<Database>,
  input: { workspaceId: string; reminder: ReminderRecord; at: string },
): Promise<void> {
  const r = input.reminder;
  await trx
    .insertInto("invoice_reminders")
    .values({
      id: r.id,
      workspace_id: input.workspaceId,
      invoice_id: r.invoiceId,
      date: r.date,
      offset_days: r.offsetDays,
      tone: r.tone,
      outbox_id: r.outboxId,
      created_at: input.at,
    })
    .execute();
}

export async function listRemindersOfInvoice(
  db: Kysely<Database>,
  workspaceId: string,
  invoiceId: string,
): Promise<ReminderRecord[]> {
  const rows = await db
    .selectFrom("invoice_reminders")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("invoice_id", "=", invoiceId)
    .orderBy("date")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    invoiceId: r.invoice_id,
    date: r.date,
    offsetDays: r.offset_days,
    tone: r.tone,
    outboxId: r.outbox_id,
  }));
}
