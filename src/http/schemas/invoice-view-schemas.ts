/**
 * What the invoice operations answer, field by field: an invoice in any state of its lifecycle (a discriminated union on
 * `status`), its details (language, lines' sources, tax regime and mentions, buyer, terms), its balance, and the
 * payments and credit notes recorded against it. Amounts are integers in minor units (cents) with their currency.
 */
import { z } from "@hono/zod-openapi";
import { AGING_BUCKETS } from "../../domain/invoice/aging-buckets.ts";
import {
  CreditNoteTotalsSchema as DomainCreditNoteTotalsSchema,
  InvoiceTotalsSchema as DomainInvoiceTotalsSchema,
} from "../../domain/invoice/invoice-schema.ts";
import { TAX_RATE_CATEGORIES as TAX_CATEGORIES, TAX_CODES } from "../../domain/tax/tax-rate.ts";
import { InvoiceDetailsSchema as StoredInvoiceDetailsSchema } from "../../store/stored-aggregates.ts";
import { CurrencySchema } from "./common-schemas.ts";
import { OutboxMessageSchema } from "./outbox-schemas.ts";

const Cents = z.int().openapi({ description: "minor units (cents)" });
const IsoDate = z.string().openapi({ format: "date" });

const RuleSourceSchema = z
  .object({ title: z.string(), url: z.string(), status: z.enum(["verified", "secondary", "unverified"]).optional() })
  .openapi("RuleSource");

export const MoneySchema = z.object({ amount: Cents, currency: CurrencySchema }).openapi("Money");

export const InvoiceTaxSchema = z
  .object({
    id: z.string(),
    jurisdiction: z.string().openapi({ example: "CA-QC" }),
    taxCode: z.enum(TAX_CODES),
    category: z.enum(TAX_CATEGORIES).optional(),
    ratePpm: z.int().openapi({ description: "parts per million: 9.975 % = 99750" }),
    effectiveFrom: IsoDate.optional().openapi({ description: "a dated rate: in force from (inclusive)" }),
    effectiveTo: IsoDate.optional().openapi({ description: "a dated rate: in force until (inclusive)" }),
    source: RuleSourceSchema.optional().openapi({ description: "where the rate comes from" }),
    note: z.string().optional(),
  })
  .openapi("InvoiceTax");

export const InvoiceLineSchema = z
  .object({
    description: z.string(),
    quantityMilli: z.int().openapi({ description: "thousandths: 1500 = 1.5" }),
    unitPrice: Cents,
    discount: z
      .discriminatedUnion("kind", [
        z.object({ kind: z.literal("percent"), ratePpm: z.int() }),
        z.object({ kind: z.literal("amount"), amount: Cents }),
      ])
      .optional(),
    taxIds: z
      .array(z.string())
      .readonly()
      .optional()
      .openapi({ description: "omitted: every tax applies; []: not taxable" }),
  })
  .openapi("InvoiceLine");

const TaxTotalSchema = InvoiceTaxSchema.extend({ base: MoneySchema, amount: MoneySchema });

/** An invoice's and a credit note's totals as stored (the domain's schemas), their taxes described in full. */
export const InvoiceTotalsSchema = z
  .object({ ...DomainInvoiceTotalsSchema.shape, taxes: z.array(TaxTotalSchema) })
  .openapi("InvoiceTotals");

export const CreditNoteTotalsSchema = z
  .object({ ...DomainCreditNoteTotalsSchema.shape, taxes: z.array(TaxTotalSchema) })
  .openapi("CreditNoteTotals");

/** An invoice's details as stored beside it (the store reads them back through the same schema). */
export const InvoiceDetailsSchema = z
  .object({
    ...StoredInvoiceDetailsSchema.shape,
    lateInterestBps: z
      .int()
      .openapi({ description: "annual rate in basis points written in the terms (0: legal rate)" }),
  })
  .openapi("InvoiceDetails");

export const InvoiceBalanceSchema = z
  .object({
    total: MoneySchema,
    paid: MoneySchema,
    credited: MoneySchema,
    writtenOff: MoneySchema,
    balance: MoneySchema.openapi({ description: "negative when the client paid too much (client credit)" }),
  })
  .openapi("InvoiceBalance");

const content = {
  id: z.string(),
  clientId: z.string(),
  currency: CurrencySchema,
  lines: z.array(InvoiceLineSchema),
  taxes: z.array(InvoiceTaxSchema),
};
const issued = {
  ...content,
  number: z.string(),
  issueDate: IsoDate,
  dueDate: IsoDate,
  taxDate: IsoDate.openapi({ description: "the tax point that chose the rates" }),
  totals: InvoiceTotalsSchema,
  payments: z.array(z.object({ id: z.string(), date: IsoDate, amount: MoneySchema })),
  creditNotes: z.array(z.object({ id: z.string(), date: IsoDate, reason: z.string(), totals: CreditNoteTotalsSchema })),
};
const view = {
  details: InvoiceDetailsSchema,
  version: z.int().openapi({ description: "the stored version (optimistic concurrency)" }),
};

const DraftSchema = z.object({ status: z.literal("draft"), ...content });

/** What creating or editing a draft answers: the draft, its details, and what the tax rules warn about. */
export const DraftAnswerSchema = z
  .object({
    invoice: DraftSchema,
    details: InvoiceDetailsSchema,
    warnings: z.array(
      z.object({
        code: z.string(),
        message: z.string(),
        source: RuleSourceSchema,
      }),
    ),
  })
  .openapi("InvoiceDraftAnswer");

/** An invoice in any state, with its details; a numbered one with its balance. */
export const InvoiceViewSchema = z
  .discriminatedUnion("status", [
    DraftSchema.extend(view),
    ...(["issued", "partially_paid", "paid", "credited"] as const).map((status) =>
      z.object({ status: z.literal(status), ...issued, ...view, balance: InvoiceBalanceSchema }),
    ),
    z.object({
      status: z.literal("written_off"),
      ...issued,
      writeOff: z.object({ date: IsoDate, amount: MoneySchema, reason: z.string() }),
      ...view,
      balance: InvoiceBalanceSchema,
    }),
  ])
  .openapi("InvoiceView");

export const PaymentRecordSchema = z
  .object({
    id: z.string(),
    invoiceId: z.string(),
    clientId: z.string(),
    date: IsoDate,
    amount: Cents,
    currency: z.string(),
    method: z.string(),
    reference: z.string(),
  })
  .openapi("PaymentRecord");

export const CreditNoteRecordSchema = z
  .object({
    id: z.string(),
    invoiceId: z.string(),
    clientId: z.string(),
    number: z.string(),
    date: IsoDate,
    reason: z.string(),
    totals: CreditNoteTotalsSchema,
  })
  .openapi("CreditNoteRecord");

/** `GET /invoices/{id}`: the invoice with the payments and credit notes recorded against it. */
export const InvoiceDetailSchema = z
  .intersection(
    InvoiceViewSchema,
    z.object({ paymentRecords: z.array(PaymentRecordSchema), creditNoteRecords: z.array(CreditNoteRecordSchema) }),
  )
  .openapi("InvoiceDetail");

/** A row of `GET /invoices`: the list's columns, never the document. */
export const InvoiceRowSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    clientName: z.string().openapi({ description: "the client's name as it is now" }),
    status: z.enum(["draft", "issued", "partially_paid", "paid", "credited", "written_off"]),
    number: z.string().nullable(),
    currency: z.string(),
    issueDate: IsoDate.nullable(),
    dueDate: IsoDate.nullable(),
    subtotal: Cents,
    taxTotal: Cents,
    total: Cents,
    paid: Cents,
    credited: Cents,
    balance: Cents,
    createdAt: z.string(),
  })
  .openapi("InvoiceRow");

export const InvoicePageSchema = z
  .object({ items: z.array(InvoiceRowSchema), total: z.int(), page: z.int(), pageSize: z.int() })
  .openapi("InvoicePage");

/** `POST /invoices/{id}/payments`: the invoice after the payment, and what it left as the client's credit. */
export const PaymentAnswerSchema = z
  .object({ invoice: InvoiceViewSchema, paymentId: z.string(), clientCredit: MoneySchema })
  .openapi("InvoicePaymentAnswer");

/** `POST /invoices/{id}/credit-note`: the credit note, the invoice it credits, and what it left as the client's credit. */
export const CreditNoteAnswerSchema = z
  .object({
    creditNote: z.object({
      id: z.string(),
      number: z.string(),
      date: IsoDate,
      reason: z.string(),
      invoiceId: z.string(),
      totals: CreditNoteTotalsSchema,
    }),
    invoice: InvoiceViewSchema,
    clientCredit: MoneySchema,
  })
  .openapi("CreditNoteAnswer");

/** `GET /invoice-sources`: what can be invoiced for a client, each with the amount it would bill. */
export const InvoiceSourcesSchema = z
  .object({
    deposits: z.array(
      z.object({
        offerId: z.string(),
        mandateId: z.string().nullable(),
        number: z.string(),
        title: z.string(),
        depositBps: z.int(),
        amount: Cents,
        currency: CurrencySchema,
      }),
    ),
    offers: z.array(
      z.object({
        offerId: z.string(),
        mandateId: z.string(),
        number: z.string(),
        title: z.string(),
        mandateStatus: z.enum(["accepted", "active", "closed", "delivered", "stopped"]),
        currency: CurrencySchema,
        price: Cents,
        billedToDate: Cents,
        billedOn: z.array(z.string()).openapi({ description: "the invoices that billed it so far" }),
        progress: z.object({
          percent: z.number(),
          basis: z.enum(["price", "estimate", "count", "set_by_user"]),
          note: z.string().nullable(),
        }),
        progressAmount: Cents,
        balanceAmount: Cents,
      }),
    ),
    changeOrders: z.array(
      z.object({
        changeOrderId: z.string(),
        mandateId: z.string(),
        number: z.string(),
        title: z.string(),
        amount: Cents,
        currency: CurrencySchema,
      }),
    ),
    time: z.array(
      z.object({
        id: z.string(),
        memberId: z.string(),
        mandateId: z.string().nullable(),
        date: IsoDate,
        minutes: z.int(),
        note: z.string(),
        billableRate: Cents.openapi({ description: "per hour, minor units" }),
        amount: Cents,
      }),
    ),
    costs: z.array(
      z.object({
        costId: z.string(),
        mandateId: z.string(),
        date: IsoDate,
        description: z.string(),
        amount: Cents,
        taxable: z.boolean(),
      }),
    ),
    caps: z.array(z.object({ mandateId: z.string(), capLeft: Cents, uninvoiced: Cents, overCap: Cents })),
  })
  .openapi("InvoiceSources");

const InterestWarningSchema = z.object({ code: z.string(), message: z.string(), source: RuleSourceSchema });
const interestFacts = {
  invoiceId: z.string(),
  number: z.string(),
  dueDate: IsoDate,
  asOf: IsoDate,
  principal: MoneySchema,
  interest: MoneySchema,
  indemnity: MoneySchema.openapi({ description: "France: the fixed 40 € recovery indemnity; Québec: zero" }),
  total: MoneySchema,
  days: z.int(),
};

/** `GET /invoices/{id}/interest`: late interest owed so far, by the rules of the invoice's law. */
export const LateInterestSchema = z
  .discriminatedUnion("rules", [
    z.object({
      ...interestFacts,
      rules: z.literal("quebec"),
      quebec: z.object({
        interest: MoneySchema,
        from: IsoDate.optional().openapi({ description: "first day that bears interest (absent: not in default)" }),
        days: z.int(),
        annualRatePpm: z.int(),
        basis: z.enum(["contract_rate", "legal_rate", "interest_act_s4_cap"]),
        annualEquivalent: z.object({ nominalPpm: z.int(), effectivePpm: z.int() }).optional(),
        prescriptionDate: IsoDate,
        warnings: z.array(
          InterestWarningSchema.extend({
            code: z.enum(["no_demeure_yet", "interest_act_s4_cap", "criminal_rate", "prescription_soon"]),
          }),
        ),
        sources: z.array(RuleSourceSchema),
      }),
    }),
    z.object({
      ...interestFacts,
      rules: z.literal("france"),
      france: z.object({
        penalty: MoneySchema,
        indemnity: MoneySchema,
        total: MoneySchema,
        days: z.int(),
        segments: z.array(
          z.object({
            halfYear: z.string().openapi({ example: "2026-H1" }),
            from: IsoDate,
            to: IsoDate,
            days: z.int(),
            ratePpm: z.int(),
          }),
        ),
        warnings: z.array(InterestWarningSchema.extend({ code: z.enum(["consumer", "contract_rate_below_floor"]) })),
        sources: z.array(RuleSourceSchema),
      }),
    }),
  ])
  .openapi("LateInterest");

const AgingRowSchema = z
  .object({
    current: MoneySchema,
    days1to30: MoneySchema,
    days31to60: MoneySchema,
    days61to90: MoneySchema,
    over90: MoneySchema,
    total: MoneySchema,
  })
  .openapi("AgingRow");
const DsoSchema = z
  .union([
    z.object({ days: z.number(), receivables: MoneySchema, netCreditSales: MoneySchema, periodDays: z.int() }),
    z.object({ days: z.null(), reason: z.string().openapi({ description: "why there is no figure" }) }),
  ])
  .openapi("Dso");

/** How a list of the receivables page is paged: its size in all and the cursor of its next page. */
const ReceivablesPageInfoSchema = (rows: string) =>
  z.object({
    count: z.int().openapi({ description: `how many ${rows} there are in all (the client asked, if any), every page` }),
    limit: z.int().openapi({ description: "the most rows a page holds (the `limit` asked, else the default)" }),
    nextCursor: z
      .string()
      .nullable()
      .openapi({
        description: `pass as \`${rows === "clients" ? "clientsCursor" : "invoicesCursor"}\` for the next page of ${rows}; null after the last page`,
      }),
  });

/**
 * `GET /receivables`: aging and DSO in total (the whole workspace, or the client asked), and a page of the clients and
 * one of the open invoices behind them, each with its count and next page.
 */
export const ReceivablesSchema = z
  .object({
    asOf: IsoDate,
    currency: CurrencySchema,
    dsoPeriod: z.object({ from: IsoDate, to: IsoDate }),
    total: AgingRowSchema.openapi({ description: "every open invoice of the workspace (or the client asked)" }),
    dso: DsoSchema,
    clients: z
      .array(
        z.object({
          clientId: z.string(),
          name: z.string(),
          aging: z.union([AgingRowSchema, z.null()]).openapi({ description: "null: no open invoice (only a credit)" }),
          dso: DsoSchema,
          credit: MoneySchema,
        }),
      )
      .openapi({
        description:
          "a page of the clients with an open invoice, an invoice DSO reads or a credit: the largest total owed first, " +
          "then by name (code point order) and id",
      }),
    clientPage: ReceivablesPageInfoSchema("clients").openapi("ReceivablesClientPage"),
    invoices: z
      .array(
        z.object({
          id: z.string(),
          clientId: z.string(),
          clientName: z.string(),
          daysPastDue: z.int(),
          bucket: z.enum(AGING_BUCKETS),
          balanceDue: MoneySchema,
          number: z.string(),
          nextReminderOn: IsoDate.nullable(),
        }),
      )
      .openapi({
        description:
          "a page of the open invoices in the workspace's currency: the most days past due first, then by number and id",
      }),
    invoicePage: ReceivablesPageInfoSchema("open invoices").openapi("ReceivablesInvoicePage"),
  })
  .openapi("Receivables");

/** `GET /reports/taxes`: taxes collected per tax and rate over a period, net of credit notes. */
export const TaxReportSchema = z
  .object({
    period: z.object({ from: IsoDate, to: IsoDate }),
    currency: CurrencySchema,
    rows: z.array(
      z.object({
        jurisdiction: z.string(),
        taxCode: z.enum(TAX_CODES),
        category: z.enum(TAX_CATEGORIES),
        ratePpm: z.int(),
        invoicedBase: MoneySchema,
        collected: MoneySchema,
        creditedBase: MoneySchema,
        credited: MoneySchema,
        netBase: MoneySchema,
        netTax: MoneySchema,
        invoiceIds: z.array(z.string()),
        creditNoteIds: z.array(z.string()),
      }),
    ),
    netByTaxCode: z
      .object({
        GST: MoneySchema.optional(),
        QST: MoneySchema.optional(),
        HST: MoneySchema.optional(),
        TVA: MoneySchema.optional(),
      })
      .openapi({ description: "net tax per tax code present in the period" }),
  })
  .openapi("TaxReport");

/** `POST /invoices/{id}/reminders`: the reminder recorded and the message written to the outbox. */
export const ReminderSentSchema = z
  .object({
    reminder: z.object({
      id: z.string(),
      invoiceId: z.string(),
      date: IsoDate,
      offsetDays: z.int(),
      tone: z.enum(["courteous", "firm"]),
      outboxId: z.string(),
    }),
    message: OutboxMessageSchema,
  })
  .openapi("ReminderSent");
