/**
 * The invoice lifecycle as explicit transitions over a discriminated union:
 * draft → issued → partially_paid / paid / credited / written_off. Drafts can be edited or deleted; an issued invoice
 * never changes its lines, number or dates — payments and credit notes only add records and move the balance.
 * An overpayment (or a credit note on a paid invoice) becomes client credit, returned beside the invoice.
 */

import { epochDay } from "../calendar-date.ts";
import { DomainError, fieldError } from "../errors.ts";
import { type Currency, type Money, money } from "../money.ts";
import { assertNever } from "./assert-never.ts";
import { type CreditNoteRequest, type CreditNoteTotals, computeCreditNote } from "./credit-note.ts";
import { invoiceBalance } from "./invoice-balance.ts";
import { computeInvoiceTotals, type InvoiceLineInput, type InvoiceTax, type InvoiceTotals } from "./invoice-totals.ts";

/** What a draft holds and can change. */
export interface InvoiceContent {
  clientId: string;
  currency: Currency;
  lines: InvoiceLineInput[];
  taxes: InvoiceTax[];
}

export interface Payment {
  id: string;
  date: string;
  amount: Money;
}

export interface AppliedCreditNote {
  id: string;
  date: string;
  reason: string;
  totals: CreditNoteTotals;
}

export interface DraftInvoice extends InvoiceContent {
  status: "draft";
  id: string;
}

interface IssuedFields extends InvoiceContent {
  id: string;
  number: string;
  issueDate: string;
  dueDate: string;
  /** Tax point that chose the rates (earlier of invoice and payment date); the tax report files it by this date. */
  taxDate: string;
  /** Frozen at issue. */
  totals: InvoiceTotals;
  payments: Payment[];
  creditNotes: AppliedCreditNote[];
}

export type IssuedInvoice = IssuedFields & { status: "issued" };
export type PartiallyPaidInvoice = IssuedFields & { status: "partially_paid" };
export type PaidInvoice = IssuedFields & { status: "paid" };
export type CreditedInvoice = IssuedFields & { status: "credited" };
export type WrittenOffInvoice = IssuedFields & {
  status: "written_off";
  writeOff: { date: string; amount: Money; reason: string };
};
export type Invoice =
  | DraftInvoice
  | IssuedInvoice
  | PartiallyPaidInvoice
  | PaidInvoice
  | CreditedInvoice
  | WrittenOffInvoice;
export type InvoiceStatus = Invoice["status"];
/** Every status, in the order of the lifecycle. */
export const INVOICE_STATUSES = [
  "draft",
  "issued",
  "partially_paid",
  "paid",
  "credited",
  "written_off",
] as const satisfies readonly InvoiceStatus[];
true satisfies InvoiceStatus extends (typeof INVOICE_STATUSES)[number] ? true : false;
/** Whether payments, credit notes, reminders and a write-off still apply: the invoice is issued and not settled. */
export function isOpenInvoiceStatus(status: InvoiceStatus): boolean {
  return status === "issued" || status === "partially_paid";
}
/** How a client may pay. */
export const PAYMENT_METHODS = ["transfer", "interac", "cheque", "card", "cash", "other"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
/** An invoice that has a number. */
export type NumberedInvoice = Exclude<Invoice, DraftInvoice>;

function refuse(invoice: Invoice, action: string, why: string): DomainError {
  return new DomainError("invalid_state", `cannot ${action} this invoice (${invoice.status}): ${why}`, {
    status: invoice.status,
  });
}

/** A new draft; the content is validated by computing its totals. */
export function createDraftInvoice(id: string, content: InvoiceContent): DraftInvoice {
  computeInvoiceTotals(content);
  return { status: "draft", id, ...content };
}

/** Edits a draft. Any other status is refused: corrections after issue go through a credit note. */
export function editDraftInvoice(invoice: Invoice, changes: Partial<InvoiceContent>): DraftInvoice {
  switch (invoice.status) {
    case "draft": {
      const next: DraftInvoice = { ...invoice, ...changes, status: "draft", id: invoice.id };
      computeInvoiceTotals(next);
      return next;
    }
    case "issued":
    case "partially_paid":
    case "paid":
    case "credited":
    case "written_off":
      throw refuse(invoice, "edit", "issued invoices never change; issue a credit note instead");
    default:
      return assertNever(invoice, "invoice status");
  }
}

/** Asserts the invoice may be deleted (only drafts: an issued number must never disappear). */
export function requireDeletableInvoice(invoice: Invoice): void {
  switch (invoice.status) {
    case "draft":
      return;
    case "issued":
    case "partially_paid":
    case "paid":
    case "credited":
    case "written_off":
      throw refuse(invoice, "delete", "an issued invoice keeps its number forever; cancel it with a credit note");
    default:
      assertNever(invoice, "invoice status");
  }
}

/** The options of `issueInvoice`: the number comes from the store's gap-free counter, in the same transaction. */
export interface IssueInvoiceInput {
  number: string;
  issueDate: string;
  dueDate: string;
  /** Defaults to `issueDate`; earlier when a deposit was paid before the invoice (see `taxPointDate`). */
  taxDate?: string;
}

/** Issues a draft: assigns its number and dates and freezes its totals. */
export function issueInvoice(invoice: Invoice, input: IssueInvoiceInput): IssuedInvoice {
  switch (invoice.status) {
    case "draft": {
      if (input.number.trim() === "") throw fieldError("number", "required", "an invoice number is required");
      const issue = epochDay(input.issueDate, "issueDate");
      if (epochDay(input.dueDate, "dueDate") < issue) {
        throw fieldError("dueDate", "before_issue_date", "the due date cannot be before the issue date");
      }
      if (invoice.lines.length === 0) throw fieldError("lines", "required", "an invoice needs at least one line");
      const totals = computeInvoiceTotals(invoice);
      if (totals.total.amount <= 0) throw fieldError("lines", "zero_total", "an invoice total must be positive");
      const taxDate = input.taxDate ?? input.issueDate;
      if (epochDay(taxDate, "taxDate") > issue)
        throw fieldError("taxDate", "after_issue_date", "the tax point cannot follow the issue date");
      return { ...invoice, ...input, taxDate, status: "issued", totals, payments: [], creditNotes: [] };
    }
    case "issued":
    case "partially_paid":
    case "paid":
    case "credited":
    case "written_off":
      throw refuse(invoice, "issue", `it already has number ${invoice.number}`);
    default:
      return assertNever(invoice, "invoice status");
  }
}

function settle(fields: IssuedFields): { invoice: NumberedInvoice; balance: number } {
  const paid = fields.payments.reduce((s, p) => s + p.amount.amount, 0);
  const credited = fields.creditNotes.reduce((s, n) => s + n.totals.total.amount, 0);
  const total = fields.totals.total.amount;
  const balance = total - paid - credited;
  if (credited >= total) return { invoice: { ...fields, status: "credited" }, balance };
  if (balance <= 0) return { invoice: { ...fields, status: "paid" }, balance };
  return { invoice: { ...fields, status: paid > 0 ? "partially_paid" : "issued" }, balance };
}

/** A transition that may leave the client with a credit (overpayment, or a credit note on a paid invoice). */
export interface SettlementResult {
  invoice: NumberedInvoice;
  /** Amount now owed to the client because of this transition (zero most of the time). */
  clientCredit: Money;
}

function withCredit(before: number, fields: IssuedFields): SettlementResult {
  const { invoice, balance } = settle(fields);
  const owed = Math.max(0, -balance) - Math.max(0, -before);
  return { invoice, clientCredit: money(Math.max(0, owed), fields.currency) };
}

/** Records a payment on an issued or partially paid invoice; any surplus becomes client credit. */
export function recordPayment(invoice: Invoice, payment: Payment): SettlementResult {
  switch (invoice.status) {
    case "issued":
    case "partially_paid": {
      epochDay(payment.date, "date");
      if (payment.amount.currency !== invoice.currency) {
        throw fieldError("amount.currency", "currency_mismatch", `payment must be in ${invoice.currency}`);
      }
      if (!Number.isSafeInteger(payment.amount.amount) || payment.amount.amount <= 0) {
        throw fieldError("amount", "not_positive", "a payment must be a positive amount");
      }
      if (invoice.payments.some((p) => p.id === payment.id)) {
        throw new DomainError("conflict", `payment ${payment.id} is already recorded`);
      }
      const before = invoiceBalance(invoice).balance.amount;
      return withCredit(before, { ...invoice, payments: [...invoice.payments, payment] });
    }
    case "draft":
      throw refuse(invoice, "record a payment on", "issue it first");
    case "paid":
      throw refuse(invoice, "record a payment on", "it is already paid; record the amount as client credit");
    case "credited":
      throw refuse(invoice, "record a payment on", "it was cancelled by credit note");
    case "written_off":
      throw refuse(invoice, "record a payment on", "it was written off; record a bad-debt recovery instead");
    default:
      return assertNever(invoice, "invoice status");
  }
}

/** The options of `applyCreditNote`. */
export interface ApplyCreditNoteInput {
  id: string;
  date: string;
  reason: string;
  request: CreditNoteRequest;
}

/** Applies a credit note (full or partial) to an issued, partially paid or paid invoice. */
export function applyCreditNote(invoice: Invoice, input: ApplyCreditNoteInput): SettlementResult {
  switch (invoice.status) {
    case "issued":
    case "partially_paid":
    case "paid": {
      epochDay(input.date, "date");
      if (epochDay(input.date, "date") < epochDay(invoice.issueDate)) {
        throw fieldError("date", "before_issue_date", "a credit note cannot predate the invoice it credits");
      }
      const result = computeCreditNote({
        original: invoice.totals,
        previousCredits: invoice.creditNotes.map((n) => n.totals),
        request: input.request,
      });
      if (!result.ok) throw fieldError("request", "exceeds_creditable", result.reason);
      const before = invoiceBalance(invoice).balance.amount;
      const note: AppliedCreditNote = {
        id: input.id,
        date: input.date,
        reason: input.reason,
        totals: result.creditNote,
      };
      return withCredit(before, { ...invoice, creditNotes: [...invoice.creditNotes, note] });
    }
    case "draft":
      throw refuse(invoice, "credit", "a draft is edited or deleted, not credited");
    case "credited":
      throw refuse(invoice, "credit", "it is already fully credited");
    case "written_off":
      throw refuse(invoice, "credit", "it was written off");
    default:
      return assertNever(invoice, "invoice status");
  }
}

/** The options of `writeOffInvoice`. */
export interface WriteOffInvoiceInput {
  date: string;
  reason: string;
}

/** Writes off the unpaid balance of an issued or partially paid invoice (bad debt). Terminal. */
export function writeOffInvoice(invoice: Invoice, input: WriteOffInvoiceInput): WrittenOffInvoice {
  switch (invoice.status) {
    case "issued":
    case "partially_paid": {
      epochDay(input.date, "date");
      if (input.reason.trim() === "") throw fieldError("reason", "required", "say why the invoice is written off");
      const amount = invoiceBalance(invoice).balance;
      return { ...invoice, status: "written_off", writeOff: { date: input.date, amount, reason: input.reason } };
    }
    case "draft":
      throw refuse(invoice, "write off", "delete the draft instead");
    case "paid":
      throw refuse(invoice, "write off", "nothing is left to collect");
    case "credited":
      throw refuse(invoice, "write off", "it is already fully credited");
    case "written_off":
      throw refuse(invoice, "write off", "it is already written off");
    default:
      return assertNever(invoice, "invoice status");
  }
}
