/** The invoice API's input schemas (the OpenAPI document is generated from them). */
import { z } from "@hono/zod-openapi";
import { OPERATION_CATEGORIES } from "../../domain/invoice/france-operation-mentions.ts";
import { INVOICE_STATUSES, PAYMENT_METHODS } from "../../domain/invoice/invoice-lifecycle.ts";
import { REMINDER_STEP_STATES, REMINDER_STEPS } from "../../domain/invoice/reminder-schedule.ts";
import { IdSchema, IsoDateSchema, MinorUnitsSchema, PageQuerySchema, RequiredText, Text } from "./common-schemas.ts";

const Amount = MinorUnitsSchema.max(9_000_000_000);

export const InvoiceLineSchema = z
  .strictObject({
    description: RequiredText(500),
    quantityMilli: z.int().min(0).max(1_000_000_000).openapi({ description: "thousandths: 1500 = 1.5" }),
    unitPrice: Amount,
    unit: Text(20).optional(),
    detail: Text(500).optional(),
    taxable: z.boolean().optional().openapi({ description: "default true" }),
    mandateId: IdSchema.optional().openapi({
      description: "the mandate a manual line bills for (its ledger counts it)",
    }),
    sourceIndex: z
      .int()
      .min(0)
      .max(499)
      .optional()
      .openapi({ description: "editing a draft: the index of the line billed from a source that this line keeps" }),
    discount: z
      .discriminatedUnion("kind", [
        z.strictObject({ kind: z.literal("percent"), ratePpm: z.int().min(0).max(1_000_000) }),
        z.strictObject({ kind: z.literal("amount"), amount: Amount }),
      ])
      .optional(),
  })
  .openapi("InvoiceLineInput");

const BuyerSchema = z.strictObject({
  vatNumber: Text(40).optional().openapi({ description: "EU VAT number (reverse charge)" }),
  siren: Text(20).optional(),
  purchaseOrder: Text(100).optional(),
});

const SupplyDateSchema = z
  .strictObject({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((p) => p.to >= p.from, { message: "the period ends before it starts", path: ["to"] });

const terms = {
  buyer: BuyerSchema.optional(),
  paymentDays: z.int().min(0).max(365).optional(),
  lateInterestBps: z.int().min(0).max(3_500).optional().openapi({ description: "annual, basis points (12% = 1200)" }),
  reference: Text(200).optional(),
  supplyDate: SupplyDateSchema.optional(),
  operationCategory: z
    .enum(OPERATION_CATEGORIES)
    .optional()
    .openapi({ description: "France: the category of the operation printed on the invoice (default services)" }),
  deliveryAddress: Text(300)
    .optional()
    .openapi({ description: "France: the delivery address, printed when it differs from the client's address" }),
};

export const CreateInvoiceSchema = z
  .strictObject({
    clientId: IdSchema,
    sources: z
      .strictObject({
        depositOfferIds: z.array(IdSchema).max(50).optional(),
        costIds: z
          .array(IdSchema)
          .max(500)
          .optional()
          .openapi({ description: "costs recorded on the client's mandates" }),
        offers: z
          .array(
            z.strictObject({
              offerId: IdSchema,
              target: z.enum(["progress", "balance"]).openapi({
                description: "progress: up to a cumulative share of the fixed price; balance: what remains",
              }),
              percent: z
                .number()
                .min(0.01)
                .max(100)
                .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, { message: "at most two decimals" })
                .optional()
                .openapi({ description: "cumulative % of the price for progress (default: the mandate's % complete)" }),
            }),
          )
          .max(50)
          .optional()
          .openapi({ description: "bill a signed fixed price from the offer, less what was already billed for it" }),
        changeOrderIds: z.array(IdSchema).max(200).optional(),
        time: z
          .strictObject({
            entryIds: z.array(IdSchema).max(20_000).optional().openapi({ description: "default: all un-invoiced" }),
            to: IsoDateSchema.optional(),
            groupBy: z.enum(["mandate_member", "day"]).optional(),
          })
          .optional(),
      })
      .optional(),
    lines: z.array(InvoiceLineSchema).max(500).optional(),
    ...terms,
  })
  .openapi("CreateInvoice");

export const PatchInvoiceSchema = z
  .strictObject({ lines: z.array(InvoiceLineSchema).min(1).max(500).optional(), ...terms })
  .openapi("PatchInvoice");

export const IssueInvoiceSchema = z
  .strictObject({ issueDate: IsoDateSchema.optional(), taxDate: IsoDateSchema.optional() })
  .openapi("IssueInvoice");

export const PaymentSchema = z
  .strictObject({
    date: IsoDateSchema,
    amount: Amount.min(1),
    method: z.enum(PAYMENT_METHODS),
    reference: Text(200).optional(),
  })
  .openapi("RecordPayment");

export const ClientPaymentSchema = PaymentSchema.extend({
  allocations: z
    .array(z.strictObject({ invoiceId: IdSchema, amount: Amount.min(1) }))
    .max(200)
    .optional()
    .openapi({ description: "how much goes to which open invoice; omitted: the earliest due first" }),
}).openapi("RecordClientPayment");

export const ClientPaymentResultSchema = z
  .object({
    clientId: IdSchema,
    payments: z.array(
      z.object({
        invoiceId: IdSchema,
        number: z.string(),
        amount: z.int(),
        paymentId: IdSchema,
        status: z.string(),
      }),
    ),
    credit: z.object({ amount: z.int(), currency: z.string() }),
  })
  .openapi("ClientPaymentRecorded");

export const CreditNoteSchema = z
  .strictObject({
    date: IsoDateSchema.optional(),
    reason: RequiredText(1_000),
    lines: z
      .array(z.strictObject({ lineIndex: z.int().min(0).max(499), amount: Amount.min(1) }))
      .min(1)
      .max(500)
      .optional()
      .openapi({ description: "omitted: credit everything still creditable" }),
  })
  .openapi("CreateCreditNote");

export const WriteOffSchema = z
  .strictObject({ date: IsoDateSchema.optional(), reason: RequiredText(1_000) })
  .openapi("WriteOff");

export const ReminderSchema = z
  .strictObject({ tone: z.enum(["courteous", "firm"]).optional() })
  .openapi("SendReminder");

export const ReminderStepSchema = z
  .object({
    step: z.enum(REMINDER_STEPS),
    date: IsoDateSchema,
    offsetDays: z.int(),
    kind: z.enum(["email", "proposal"]).openapi({ description: "proposal: a formal notice shown, never sent" }),
    tone: z.enum(["courteous", "firm"]),
    state: z.enum(REMINDER_STEP_STATES),
    sentAt: z.string().nullable(),
    attempts: z.int(),
    error: z.string().nullable(),
  })
  .openapi("ReminderStep");

export const RemindersSchema = z
  .object({
    clientId: IdSchema,
    paused: z.boolean(),
    nextReminderOn: IsoDateSchema.nullable(),
    planned: z.array(ReminderStepSchema),
    sent: z.array(
      z.object({
        id: z.string(),
        invoiceId: z.string(),
        date: IsoDateSchema,
        offsetDays: z.int(),
        tone: z.string(),
        outboxId: z.string(),
      }),
    ),
  })
  .openapi("Reminders");

export const PauseRemindersSchema = z.strictObject({ paused: z.boolean() }).openapi("PauseReminders");

export const RemindersPausedSchema = z
  .object({ clientId: z.string(), remindersPaused: z.boolean() })
  .openapi("RemindersPaused");

export const InterestQuerySchema = z.object({
  asOf: IsoDateSchema.optional(),
  demeure: z.enum(["none", "lapse_of_time", "formal_notice"]).optional(),
  noticeDate: IsoDateSchema.optional(),
  deadline: IsoDateSchema.optional(),
});

export const ListInvoicesQuerySchema = PageQuerySchema.extend({
  clientId: IdSchema.optional(),
  status: z.enum(INVOICE_STATUSES).optional(),
});

export const PeriodQuerySchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((p) => p.to >= p.from, { message: "the period ends before it starts", path: ["to"] });

export const OptionalPeriodQuerySchema = z.object({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional() });
