/**
 * Calls of invoicing, receivables and tax reports (`/api/v1/invoices`, `/invoice-sources`, `/credit-notes`,
 * `/receivables`, `/reports/taxes`, `/exports`) through the generated client; the shapes are the OpenAPI document's,
 * the enums and a draft's totals src/domain's (a draft's JSON carries its lines and rates but not its totals).
 */
import { AGING_BUCKETS } from "../../../src/domain/invoice/aging-buckets.ts";
import {
  INVOICE_STATUSES,
  isOpenInvoiceStatus,
  PAYMENT_METHODS,
} from "../../../src/domain/invoice/invoice-lifecycle.ts";
import { computeInvoiceTotals, type InvoiceTotals } from "../../../src/domain/invoice/invoice-totals.ts";
import type { ReminderStepState } from "../../../src/domain/invoice/reminder-schedule.ts";
import type { PaymentInstructions } from "../../../src/domain/payment-instructions.ts";
import { call, client, type operations, query, type Schema } from "../api/client.ts";
import type { Currency } from "../api-types.ts";

/** How clients pay ("" is not set): the domain's shape. */
export type { PaymentInstructions, ReminderStepState };
/** `GET /portal/{token}` when the link leads to an invoice: the invoice as the client sees it. */
export type InvoicePortalView = Extract<Schema<"PortalView">, { kind: "invoice" }>;

export type InvoiceStatus = Invoice["status"];
export const invoiceStatuses: readonly InvoiceStatus[] = INVOICE_STATUSES;
export type PaymentMethod = Schema<"RecordPayment">["method"];
export { PAYMENT_METHODS };
export const agingBuckets = AGING_BUCKETS;

export type InvoiceTax = Schema<"InvoiceTax">;
export type InvoiceLine = Schema<"InvoiceLine">;
export type InvoiceDetails = Schema<"InvoiceDetails">;
export type SourceKind = NonNullable<InvoiceDetails["lines"][number]["source"]>["kind"];
type IssuedInvoice = Extract<Schema<"InvoiceView">, { status: "issued" }>;
type WrittenOffInvoice = Extract<Schema<"InvoiceView">, { status: "written_off" }>;
/**
 * `GET /invoices/{id}`: the document's shape for each status, plus what only some statuses carry made optional (a
 * draft has no number, dates, totals or balance; only a written-off invoice has its write-off), to read with `?.`.
 */
export type Invoice = Schema<"InvoiceDetail"> &
  Partial<
    Pick<IssuedInvoice, "number" | "issueDate" | "dueDate" | "taxDate" | "totals" | "balance"> &
      Pick<WrittenOffInvoice, "writeOff">
  >;
export type InvoiceListItem = Schema<"InvoiceRow">;
export type InvoiceSources = Schema<"InvoiceSources">;
export type CreateInvoiceInput = Schema<"CreateInvoice">;
/** A line as the API takes it (`taxable` instead of tax ids; a source's index or a manual line's mandate). */
export type LineInput = Schema<"InvoiceLineInput">;
export type ReminderTone = NonNullable<Schema<"SendReminder">["tone"]>;
export type ReminderPlan = Schema<"Reminders">;
export type LateInterest = Schema<"LateInterest">;
/** How the client was put in default (Québec): the terms' default, lapse of time, a formal notice, or not yet. */
export type DemeureQuery = Omit<NonNullable<operations["getInvoicesByIdInterest"]["parameters"]["query"]>, "asOf">;
export type Receivables = Schema<"Receivables">;
export type Aging = Receivables["total"];
export type TaxReport = Schema<"TaxReport">;
export type InvoiceSendings = Schema<"InvoiceSendings">;

type ListQuery = NonNullable<operations["getInvoices"]["parameters"]["query"]>;
const path = (id: string) => ({ params: { path: { id } } });

export const invoicesApi = {
  list: (q: ListQuery) => call(client.GET("/api/v1/invoices", { params: { query: q } })),
  get: (id: string): Promise<Invoice> => call(client.GET("/api/v1/invoices/{id}", path(id))),
  sources: (clientId: string) => call(client.GET("/api/v1/invoice-sources", { params: { query: { clientId } } })),
  create: (body: CreateInvoiceInput) => call(client.POST("/api/v1/invoices", { body })),
  update: (id: string, body: Schema<"PatchInvoice">) =>
    call(client.PATCH("/api/v1/invoices/{id}", { ...path(id), body })),
  remove: (id: string) => call(client.DELETE("/api/v1/invoices/{id}", path(id))),
  issue: (id: string) => call(client.POST("/api/v1/invoices/{id}/issue", { ...path(id), body: {} })),
  payClient: (clientId: string, body: Schema<"RecordClientPayment">) =>
    call(client.POST("/api/v1/clients/{id}/payments", { ...path(clientId), body })),
  pay: (id: string, body: Schema<"RecordPayment">) =>
    call(client.POST("/api/v1/invoices/{id}/payments", { ...path(id), body })),
  creditNote: (id: string, body: Schema<"CreateCreditNote">) =>
    call(client.POST("/api/v1/invoices/{id}/credit-note", { ...path(id), body })),
  writeOff: (id: string, reason: string) =>
    call(client.POST("/api/v1/invoices/{id}/write-off", { ...path(id), body: { reason } })),
  reminders: (id: string) => call(client.GET("/api/v1/invoices/{id}/reminders", path(id))),
  pauseReminders: (clientId: string, paused: boolean) =>
    call(client.PUT("/api/v1/clients/{id}/reminders-pause", { ...path(clientId), body: { paused } })),
  sendReminder: (id: string, tone?: ReminderTone) =>
    call(client.POST("/api/v1/invoices/{id}/reminders", { ...path(id), body: tone ? { tone } : {} })),
  interest: (id: string, q: DemeureQuery = {}) =>
    call(client.GET("/api/v1/invoices/{id}/interest", { params: { path: { id }, query: q } })),
  invoiceInterest: (id: string, body: DemeureQuery = {}) =>
    call(client.POST("/api/v1/invoices/{id}/interest-invoice", { ...path(id), body })),
  receivables: (q: NonNullable<operations["getReceivables"]["parameters"]["query"]> = {}) =>
    call(client.GET("/api/v1/receivables", { params: { query: q } })),
  /** Every open invoice of one client (what a payment from it can be spread over), page after page. */
  openInvoicesOf: async (clientId: string) => {
    const invoices: Receivables["invoices"] = [];
    let invoicesCursor: string | undefined;
    do {
      const page = await invoicesApi.receivables({
        clientId,
        limit: 200,
        ...(invoicesCursor ? { invoicesCursor } : {}),
      });
      invoices.push(...page.invoices);
      invoicesCursor = page.invoicePage.nextCursor ?? undefined;
    } while (invoicesCursor);
    return invoices;
  },
  taxReport: (from: string, to: string) =>
    call(client.GET("/api/v1/reports/taxes", { params: { query: { from, to } } })),
  pdfUrl: (id: string) => `/api/v1/invoices/${id}/pdf`,
  creditNotePdfUrl: (id: string) => `/api/v1/credit-notes/${id}/pdf`,
  csvUrl: (kind: "invoices" | "payments", period: { from?: string; to?: string }) =>
    `/api/v1/exports/${kind}.csv${query(period)}`,
};

/** Whether the invoice can still change (only a draft can). */
export function isDraft(invoice: Pick<Invoice, "status">): boolean {
  return invoice.status === "draft";
}

/** Whether payments, credit notes, reminders and write-offs still apply: src/domain's rule. */
export const isOpen = isOpenInvoiceStatus;

/**
 * Totals of a draft by src/domain's rule, the server's own at issue (each line half-up, each tax half-up once on its
 * own base); undefined while a line is not valid yet (the form shows the server's refusal when saving).
 */
export function draftTotals(
  lines: readonly InvoiceLine[],
  taxes: readonly InvoiceTax[],
  currency: Currency,
): InvoiceTotals | undefined {
  try {
    return computeInvoiceTotals({ lines, taxes, currency });
  } catch {
    return undefined;
  }
}

/**
 * The lines of an invoice as the API takes them back (PATCH), keeping units, details and taxability, and what each
 * bills: a line from a source names its index (`sourceIndex`, so the draft keeps the source and its amount), a manual
 * line its mandate.
 */
export function linesAsInput(invoice: Pick<Invoice, "lines" | "details">): LineInput[] {
  return invoice.lines.map((line, i) => {
    const info = invoice.details.lines[i] ?? {};
    return {
      ...(info.source ? { sourceIndex: i } : info.mandateId ? { mandateId: info.mandateId } : {}),
      description: line.description,
      quantityMilli: line.quantityMilli,
      unitPrice: line.unitPrice,
      ...(info.unit ? { unit: info.unit } : {}),
      ...(info.detail ? { detail: info.detail } : {}),
      ...(line.discount ? { discount: line.discount } : {}),
      taxable: !(line.taxIds && line.taxIds.length === 0),
    };
  });
}

/** A rate in parts per million as a percentage number (99 750 → 9.975). */
export function ppmToPercent(ppm: number): number {
  return ppm / 10_000;
}

export { today as todayIso } from "../components/today.ts";

/**
 * The value of a Mantine NumberInput as a number: it hands over a plain string ("150.00") instead of a number while
 * the text has trailing zeros, which a fixed two-decimal money field always has.
 */
export function numberOrEmpty(value: string | number): number | "" {
  if (typeof value === "number") return value;
  const n = Number(value);
  return value.trim() !== "" && Number.isFinite(n) ? n : "";
}

export const invoiceSendingApi = {
  send: (id: string, body: Schema<"SendInvoice">) =>
    call(client.POST("/api/v1/invoices/{id}/send", { ...path(id), body })),
  sendings: (id: string) => call(client.GET("/api/v1/invoices/{id}/sendings", path(id))),
  revokeLinks: (id: string) => call(client.POST("/api/v1/invoices/{id}/revoke-links", path(id))),
  portalPdfUrl: (token: string, creditNoteId?: string) =>
    `/api/v1/portal/${encodeURIComponent(token)}/pdf${creditNoteId ? `?creditNote=${encodeURIComponent(creditNoteId)}` : ""}`,
};
