/**
 * What the invoice operations answer, field by field: an invoice in any state of its lifecycle (a discriminated union on
 * `status`), its details (language, lines' sources, tax regime and mentions, buyer, terms), its balance, and the
 * payments and credit notes recorded against it. Amounts are integers in minor units (cents) with their currency.
 */
import { z } from "@hono/zod-openapi";
import { OPERATION_CATEGORIES } from "../../domain/invoice/france-operation-mentions.ts";
import { LanguageSchema } from "../../domain/offer/offer-content.ts";
import type { TaxRegime } from "../../domain/tax/tax-determination.ts";
import type { TaxCode, TaxRateCategory } from "../../domain/tax/tax-rate.ts";
import { SOURCE_KINDS } from "../../store/invoice-store.ts";
import { CurrencySchema } from "./common-schemas.ts";

const TAX_REGIMES = [
  "ca_domestic",
  "ca_zero_rated_export",
  "ca_unregistered",
  "fr_domestic",
  "fr_franchise",
  "fr_reverse_charge_eu",
  "fr_outside_scope",
] as const satisfies readonly TaxRegime[];
const TAX_CODES = ["GST", "QST", "HST", "TVA"] as const satisfies readonly TaxCode[];
const TAX_CATEGORIES = [
  "standard",
  "intermediate",
  "reduced",
  "super_reduced",
  "zero_rated",
] as const satisfies readonly TaxRateCategory[];

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

export const InvoiceTotalsSchema = z
  .object({
    currency: CurrencySchema,
    lines: z.array(
      z.object({
        index: z.int(),
        gross: MoneySchema,
        discount: MoneySchema,
        amount: MoneySchema,
        taxIds: z.array(z.string()),
      }),
    ),
    subtotal: MoneySchema,
    taxes: z.array(TaxTotalSchema),
    taxTotal: MoneySchema,
    total: MoneySchema,
  })
  .openapi("InvoiceTotals");

export const CreditNoteTotalsSchema = z
  .object({
    currency: CurrencySchema,
    lines: z.array(z.object({ lineIndex: z.int(), amount: MoneySchema })),
    taxes: z.array(TaxTotalSchema),
    subtotal: MoneySchema,
    taxTotal: MoneySchema,
    total: MoneySchema,
  })
  .openapi("CreditNoteTotals");

export const InvoiceDetailsSchema = z
  .object({
    language: LanguageSchema,
    lines: z.array(
      z.object({
        unit: z.string().optional(),
        detail: z.string().optional(),
        source: z.object({ kind: z.enum(SOURCE_KINDS), id: z.string() }).optional(),
        mandateId: z.string().optional(),
        offerId: z.string().optional(),
      }),
    ),
    regime: z.enum(TAX_REGIMES),
    placeOfSupply: z.string(),
    mentions: z.array(z.object({ code: z.string(), text: z.object({ fr: z.string(), en: z.string() }) })),
    warnings: z.array(z.object({ code: z.string(), message: z.string() })),
    evidence: z.array(z.object({ code: z.string(), description: z.string() })),
    buyer: z.object({
      vatNumber: z.string().optional(),
      siren: z.string().optional(),
      purchaseOrder: z.string().optional(),
    }),
    supplyDate: z.object({ from: IsoDate, to: IsoDate }).optional(),
    paymentDays: z.int(),
    lateInterestBps: z
      .int()
      .openapi({ description: "annual rate in basis points written in the terms (0: legal rate)" }),
    reference: z.string().optional(),
    operationCategory: z.enum(OPERATION_CATEGORIES).optional(),
    deliveryAddress: z.string().optional(),
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
