/**
 * Shapes and calls of invoicing, receivables and tax reports (`/api/v1/invoices`, `/invoice-sources`,
 * `/credit-notes`, `/receivables`, `/reports/taxes`, `/exports`), plus the draft totals computed exactly as the
 * server does (each line half-up, each tax half-up once on its own base: GST and QST never compounded), because a
 * draft's JSON carries its lines and rates but not its totals.
 */
import type { OperationCategory } from "../../src/domain/invoice/france-operation-mentions.ts";
import type { InvoicePortalView } from "../../src/domain/invoice/invoice-portal-view.ts";
import type { ReminderStep, ReminderStepState } from "../../src/domain/invoice/reminder-schedule.ts";
import type { PaymentInstructions } from "../../src/domain/payment-instructions.ts";
import { api, query } from "./api.ts";
import type { Currency, Page } from "./api-types.ts";
import type { OutboxMessage } from "./offers-api.ts";
import type { Money } from "./scope-api.ts";

/** How clients pay ("" is not set) and an invoice as the client sees it: the domain's shapes. */
export type { InvoicePortalView, PaymentInstructions };

export type InvoiceStatus = "draft" | "issued" | "partially_paid" | "paid" | "credited" | "written_off";
export const invoiceStatuses: readonly InvoiceStatus[] = [
  "draft",
  "issued",
  "partially_paid",
  "paid",
  "credited",
  "written_off",
];
export const PAYMENT_METHODS = ["transfer", "interac", "cheque", "card", "cash", "other"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export type TaxCode = "GST" | "QST" | "HST" | "TVA";
export type LineDiscount = { kind: "percent"; ratePpm: number } | { kind: "amount"; amount: number };

export interface RuleSource {
  title: string;
  url: string;
  status?: "verified" | "secondary" | "unverified";
}

export interface InvoiceTax {
  id: string;
  jurisdiction: string;
  taxCode: TaxCode;
  category?: string;
  ratePpm: number;
  effectiveFrom?: string;
  source?: RuleSource;
  note?: string;
}

export interface InvoiceLine {
  description: string;
  quantityMilli: number;
  unitPrice: number;
  discount?: LineDiscount;
  /** Omitted: every tax of the invoice; []: not taxable. */
  taxIds?: string[];
}

export interface TaxTotal extends InvoiceTax {
  base: Money;
  amount: Money;
}

export interface InvoiceTotals {
  currency: Currency;
  lines: { index: number; gross: Money; discount: Money; amount: Money; taxIds: string[] }[];
  subtotal: Money;
  taxes: TaxTotal[];
  taxTotal: Money;
  total: Money;
}

export type SourceKind = "deposit" | "offer" | "change_order" | "time" | "cost" | "interest" | "manual";

export interface InvoiceDetails {
  language: "fr" | "en";
  lines: {
    unit?: string;
    detail?: string;
    source?: { kind: SourceKind; id: string };
    /** The mandate and signed offer the line bills for. */
    mandateId?: string;
    offerId?: string;
  }[];
  regime: string;
  placeOfSupply: string;
  mentions: { code: string; text: { fr: string; en: string } }[];
  warnings: { code: string; message: string }[];
  evidence: { code: string; description: string }[];
  buyer: { vatNumber?: string; siren?: string; purchaseOrder?: string };
  supplyDate?: { from: string; to: string };
  paymentDays: number;
  lateInterestBps: number;
  reference?: string;
  /** France: the category of the operation printed on the invoice (absent: services). */
  operationCategory?: OperationCategory;
  /** France: the delivery address, printed when it differs from the client's. */
  deliveryAddress?: string;
}

export interface Balance {
  total: Money;
  paid: Money;
  credited: Money;
  writtenOff: Money;
  balance: Money;
}

export interface CreditNoteTotals {
  currency: Currency;
  lines: { lineIndex: number; amount: Money }[];
  taxes: TaxTotal[];
  subtotal: Money;
  taxTotal: Money;
  total: Money;
}

export interface PaymentRecord {
  id: string;
  date: string;
  amount: number;
  currency: Currency;
  method: PaymentMethod;
  reference: string;
}

export interface CreditNoteRecord {
  id: string;
  number: string;
  date: string;
  reason: string;
  totals: CreditNoteTotals;
}

/** `GET /invoices/{id}`: a draft has no number, dates, totals or balance. */
export interface Invoice {
  id: string;
  status: InvoiceStatus;
  clientId: string;
  currency: Currency;
  lines: InvoiceLine[];
  taxes: InvoiceTax[];
  number?: string;
  issueDate?: string;
  dueDate?: string;
  taxDate?: string;
  totals?: InvoiceTotals;
  writeOff?: { date: string; amount: Money; reason: string };
  details: InvoiceDetails;
  balance?: Balance;
  version: number;
  paymentRecords: PaymentRecord[];
  creditNoteRecords: CreditNoteRecord[];
}

export interface InvoiceListItem {
  id: string;
  clientId: string;
  status: InvoiceStatus;
  number: string | null;
  currency: Currency;
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

/** How far a fixed price has been measured done, as a source shows it. */
export type ProgressBasis = "price" | "estimate" | "count" | "set_by_user";

export interface InvoiceSources {
  deposits: {
    offerId: string;
    mandateId: string | null;
    number: string;
    title: string;
    depositBps: number;
    amount: number;
    currency: Currency;
  }[];
  /** Costs and disbursements recorded on the client's mandates, not yet invoiced. */
  costs: { costId: string; mandateId: string; date: string; description: string; amount: number; taxable: boolean }[];
  /** Signed fixed prices not fully billed: a progress invoice or the balance, less what was billed for the offer. */
  offers: {
    offerId: string;
    mandateId: string;
    number: string;
    title: string;
    mandateStatus: string;
    currency: Currency;
    price: number;
    billedToDate: number;
    /** Numbers of the invoices that billed it so far. */
    billedOn: string[];
    progress: { percent: number; basis: ProgressBasis; note: string | null };
    progressAmount: number;
    balanceAmount: number;
  }[];
  changeOrders: {
    changeOrderId: string;
    mandateId: string | null;
    number: string;
    title: string;
    amount: number;
    currency: Currency;
  }[];
  time: {
    id: string;
    memberId: string;
    mandateId: string | null;
    date: string;
    minutes: number;
    billableRate: number;
    note: string;
    amount: number;
  }[];
  /** Capped mandates: what the cap still allows, the un-invoiced time and the part of it over the cap. */
  caps: { mandateId: string; capLeft: number; uninvoiced: number; overCap: number }[];
}

/** A signed fixed price billed from the offer: up to a cumulative % (default: the mandate's), or the balance. */
export interface OfferSourceInput {
  offerId: string;
  target: "progress" | "balance";
  percent?: number;
}

/** A line as the API takes it (`taxable` instead of tax ids). */
export interface LineInput {
  description: string;
  quantityMilli: number;
  unitPrice: number;
  unit?: string;
  detail?: string;
  taxable?: boolean;
  discount?: LineDiscount;
  /** The client's mandate a manual line bills for. */
  mandateId?: string;
  /** Editing a draft: the index of the draft's line billed from a source that this line keeps. */
  sourceIndex?: number;
}

export interface CreateInvoiceInput {
  clientId: string;
  sources?: {
    depositOfferIds?: string[];
    offers?: OfferSourceInput[];
    changeOrderIds?: string[];
    costIds?: string[];
    time?: { entryIds?: string[]; groupBy?: "mandate_member" | "day" };
  };
  lines?: LineInput[];
}

export type { ReminderStepState };
export type ReminderTone = "courteous" | "firm";

/** The automatic schedule of an invoice (`GET /invoices/{id}/reminders`) and the reminders sent by hand. */
export interface ReminderPlan {
  clientId: string;
  paused: boolean;
  nextReminderOn: string | null;
  planned: {
    step: ReminderStep;
    date: string;
    offsetDays: number;
    kind: "email" | "proposal";
    tone: ReminderTone;
    state: ReminderStepState;
    sentAt: string | null;
    attempts: number;
    error: string | null;
  }[];
  sent: { id: string; date: string; offsetDays: number; tone: ReminderTone; outboxId: string | null }[];
}

export interface InterestWarning {
  code: string;
  message: string;
  source?: RuleSource;
}

export interface LateInterest {
  invoiceId: string;
  number: string;
  dueDate: string;
  asOf: string;
  principal: Money;
  rules: "quebec" | "france";
  interest: Money;
  indemnity: Money;
  total: Money;
  days: number;
  quebec?: {
    from?: string;
    annualRatePpm: number;
    basis: "contract_rate" | "legal_rate" | "interest_act_s4_cap";
    prescriptionDate: string;
    warnings: InterestWarning[];
    sources: RuleSource[];
  };
  france?: {
    segments: { halfYear: string; from: string; to: string; days: number; ratePpm: number }[];
    warnings: InterestWarning[];
    sources: RuleSource[];
  };
}

/** How the client was put in default (Québec): the terms' default, lapse of time, a formal notice, or not yet. */
export type DemeureQuery = {
  demeure?: "none" | "lapse_of_time" | "formal_notice";
  noticeDate?: string;
  deadline?: string;
};

export type AgingBucket = "current" | "days1to30" | "days31to60" | "days61to90" | "over90";
export const agingBuckets: readonly AgingBucket[] = ["current", "days1to30", "days31to60", "days61to90", "over90"];
export type Aging = Record<AgingBucket | "total", Money>;

export interface Dso {
  days: number | null;
  receivables: Money;
  netCreditSales: Money;
  periodDays: number;
}

export interface Receivables {
  asOf: string;
  currency: Currency;
  dsoPeriod: { from: string; to: string };
  total: Aging;
  dso: Dso;
  /** `aging` is null for a client that owes nothing (only sales in the DSO period, or a credit). */
  clients: { clientId: string; name: string; aging: Aging | null; dso: Dso; credit: Money }[];
  invoices: {
    id: string;
    clientId: string;
    number: string;
    daysPastDue: number;
    bucket: AgingBucket;
    balanceDue: Money;
    /** The next automatic reminder; null: none left or the client's reminders are paused. */
    nextReminderOn: string | null;
  }[];
}

export interface TaxReport {
  period: { from: string; to: string };
  currency: Currency;
  rows: {
    jurisdiction: string;
    taxCode: TaxCode;
    category?: string;
    ratePpm: number;
    invoicedBase: Money;
    collected: Money;
    creditedBase: Money;
    credited: Money;
    netBase: Money;
    netTax: Money;
    invoiceIds: string[];
    creditNoteIds: string[];
  }[];
  netByTaxCode: Partial<Record<TaxCode, Money>>;
}

export const invoiceKeys = {
  all: ["invoices"] as const,
  list: (filters: Record<string, unknown>) => ["invoices", "list", filters] as const,
  detail: (id: string) => ["invoices", "detail", id] as const,
  sources: (clientId: string) => ["invoices", "sources", clientId] as const,
  reminders: (id: string) => ["invoices", "reminders", id] as const,
  interest: (id: string) => ["invoices", "interest", id] as const,
  receivables: (filters: Record<string, unknown>) => ["invoices", "receivables", filters] as const,
  taxReport: (from: string, to: string) => ["invoices", "tax-report", from, to] as const,
};

export const invoicesApi = {
  list: (q: { clientId?: string; status?: string; page?: number; pageSize?: number }) =>
    api<Page<InvoiceListItem>>("GET", `/invoices${query(q)}`),
  get: (id: string) => api<Invoice>("GET", `/invoices/${id}`),
  sources: (clientId: string) => api<InvoiceSources>("GET", `/invoice-sources${query({ clientId })}`),
  create: (body: CreateInvoiceInput) => api<{ invoice: Invoice }>("POST", "/invoices", body),
  update: (
    id: string,
    body: {
      lines?: LineInput[];
      paymentDays?: number;
      reference?: string;
      buyer?: InvoiceDetails["buyer"];
      operationCategory?: OperationCategory;
      deliveryAddress?: string;
    },
  ) => api<{ invoice: Invoice }>("PATCH", `/invoices/${id}`, body),
  remove: (id: string) => api<undefined>("DELETE", `/invoices/${id}`),
  issue: (id: string) => api<Invoice>("POST", `/invoices/${id}/issue`, {}),
  payClient: (
    clientId: string,
    body: {
      date: string;
      amount: number;
      method: PaymentMethod;
      reference?: string;
      allocations?: { invoiceId: string; amount: number }[];
    },
  ) =>
    api<{
      clientId: string;
      payments: { invoiceId: string; number: string; amount: number; paymentId: string; status: string }[];
      credit: Money;
    }>("POST", `/clients/${clientId}/payments`, body),
  pay: (id: string, body: { date: string; amount: number; method: PaymentMethod; reference?: string }) =>
    api<{ invoice: Invoice; clientCredit: Money }>("POST", `/invoices/${id}/payments`, body),
  creditNote: (id: string, body: { reason: string; lines?: { lineIndex: number; amount: number }[] }) =>
    api<{ creditNote: CreditNoteRecord; invoice: Invoice; clientCredit: Money }>(
      "POST",
      `/invoices/${id}/credit-note`,
      body,
    ),
  writeOff: (id: string, reason: string) => api<Invoice>("POST", `/invoices/${id}/write-off`, { reason }),
  reminders: (id: string) => api<ReminderPlan>("GET", `/invoices/${id}/reminders`),
  pauseReminders: (clientId: string, paused: boolean) =>
    api<{ clientId: string; remindersPaused: boolean }>("PUT", `/clients/${clientId}/reminders-pause`, { paused }),
  sendReminder: (id: string, tone?: ReminderTone) =>
    api<{ message: OutboxMessage }>("POST", `/invoices/${id}/reminders`, tone ? { tone } : {}),
  interest: (id: string, q: DemeureQuery = {}) => api<LateInterest>("GET", `/invoices/${id}/interest${query(q)}`),
  invoiceInterest: (id: string, q: DemeureQuery = {}) =>
    api<{ invoice: Invoice }>("POST", `/invoices/${id}/interest-invoice`, q),
  receivables: (q: { clientId?: string; asOf?: string } = {}) => api<Receivables>("GET", `/receivables${query(q)}`),
  taxReport: (from: string, to: string) => api<TaxReport>("GET", `/reports/taxes${query({ from, to })}`),
  pdfUrl: (id: string) => `/api/v1/invoices/${id}/pdf`,
  creditNotePdfUrl: (id: string) => `/api/v1/credit-notes/${id}/pdf`,
  csvUrl: (kind: "invoices" | "payments", period: { from?: string; to?: string }) =>
    `/api/v1/exports/${kind}.csv${query(period)}`,
};

/** Whether the invoice can still change (only a draft can). */
export function isDraft(invoice: Pick<Invoice, "status">): boolean {
  return invoice.status === "draft";
}

/** Whether payments, credit notes, reminders and write-offs still apply. */
export function isOpen(status: InvoiceStatus): boolean {
  return status === "issued" || status === "partially_paid";
}

/** a × b / c rounded half-up, exact for the amounts an invoice holds. */
function mulDivHalfUp(a: number, b: number, c: number): number {
  const n = BigInt(a) * BigInt(b);
  const d = BigInt(c);
  return Number((n * 2n + d) / (2n * d));
}

/** Totals of a draft, computed as the server computes them at issue. */
export function computeTotals(lines: readonly InvoiceLine[], taxes: readonly InvoiceTax[], currency: Currency) {
  const lineAmounts = lines.map((line) => {
    const gross = mulDivHalfUp(line.quantityMilli, line.unitPrice, 1000);
    const discount =
      line.discount?.kind === "percent"
        ? mulDivHalfUp(gross, line.discount.ratePpm, 1_000_000)
        : line.discount?.kind === "amount"
          ? Math.min(line.discount.amount, gross)
          : 0;
    return { gross, discount, amount: gross - discount, taxIds: line.taxIds ?? taxes.map((t) => t.id) };
  });
  const subtotal = lineAmounts.reduce((s, l) => s + l.amount, 0);
  const taxTotals = taxes
    .map((tax) => {
      const used = lineAmounts.filter((l) => l.taxIds.includes(tax.id));
      const base = used.reduce((s, l) => s + l.amount, 0);
      return { tax, used: used.length > 0, base, amount: mulDivHalfUp(base, tax.ratePpm, 1_000_000) };
    })
    .filter((t) => t.used);
  const taxTotal = taxTotals.reduce((s, t) => s + t.amount, 0);
  return { currency, lines: lineAmounts, subtotal, taxes: taxTotals, taxTotal, total: subtotal + taxTotal };
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

/** Today as `YYYY-MM-DD` in the browser's time zone. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The value of a Mantine NumberInput as a number: it hands over a plain string ("150.00") instead of a number while
 * the text has trailing zeros, which a fixed two-decimal money field always has.
 */
export function numberOrEmpty(value: string | number): number | "" {
  if (typeof value === "number") return value;
  const n = Number(value);
  return value.trim() !== "" && Number.isFinite(n) ? n : "";
}

/** One sending of an invoice or a credit note, with its attached PDF (`POST /invoices/{id}/send`). */
export interface InvoiceSendings {
  messages: (OutboxMessage & { attachments?: { filename: string; entity: string; entityId: string }[] })[];
  firstOpenedAt: string | null;
}

export const invoiceSendingApi = {
  send: (id: string, body: { contactIds?: string[]; creditNoteId?: string }) =>
    api<{ portalUrl: string; message: OutboxMessage }>("POST", `/invoices/${id}/send`, body),
  sendings: (id: string) => api<InvoiceSendings>("GET", `/invoices/${id}/sendings`),
  revokeLinks: (id: string) => api<{ revoked: number }>("POST", `/invoices/${id}/revoke-links`),
  portalPdfUrl: (token: string, creditNoteId?: string) =>
    `/api/v1/portal/${encodeURIComponent(token)}/pdf${creditNoteId ? `?creditNote=${encodeURIComponent(creditNoteId)}` : ""}`,
};
