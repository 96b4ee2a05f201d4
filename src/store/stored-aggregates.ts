/**
 * Readers of the stored JSON columns (decision 0006): each parses one column of one table through its schema — the
 * domain's where the domain owns the shape, else the store's — and hands back the domain type, or throws
 * `corrupt_record` naming the table, the row's id and the column (`parseStoredJson`). `true` as the last argument of
 * `reader` compiles only when the schema reads exactly into the type (`Same`), so the conversion below is checked.
 */
import { z } from "zod";
import type { ChangeOrder } from "../domain/change-order/change-order.ts";
import type { ChangeOrderDocument } from "../domain/change-order/change-order-document.ts";
import { ChangeOrderDocumentSchema, ChangeOrderSchema } from "../domain/change-order/change-order-schema.ts";
import type { Claim } from "../domain/claim/claim.ts";
import { ClaimSchema } from "../domain/claim/claim-schema.ts";
import type { DecisionWorksheet } from "../domain/decision/decision-worksheet.ts";
import { DecisionWorksheetSchema } from "../domain/decision/decision-worksheet-schema.ts";
import type { FormalNotice } from "../domain/exit/formal-notice.ts";
import { FormalNoticeSchema } from "../domain/exit/formal-notice-schema.ts";
import type { CreditNoteTotals } from "../domain/invoice/credit-note.ts";
import { OPERATION_CATEGORIES } from "../domain/invoice/france-operation-mentions.ts";
import type { Invoice } from "../domain/invoice/invoice-lifecycle.ts";
import { CreditNoteTotalsSchema, InvoiceSchema } from "../domain/invoice/invoice-schema.ts";
import type { Mandate } from "../domain/mandate/mandate.ts";
import { MandateSchema } from "../domain/mandate/mandate-schema.ts";
import type { NotificationSubject } from "../domain/notification.ts";
import type { Offer } from "../domain/offer/offer.ts";
import { LanguageSchema } from "../domain/offer/offer-content.ts";
import { OfferDocumentSchema, OfferSchema } from "../domain/offer/offer-schema.ts";
import type { OfferDocument } from "../domain/offer/signed-document.ts";
import type { PaymentInstructions } from "../domain/payment-instructions.ts";
import type { Same } from "../domain/same-type.ts";
import type { InvoiceDetails } from "./invoice-store.ts";
import type { MailAttachment } from "./mailbox-store.ts";
import type { TemplateContent } from "./recurring-store.ts";
import { corrupt, parseStoredJson, storedInStatus } from "./stored-json.ts";

/** Reads one row's column; a column left empty (null) where a value is needed is damage too. */
type Reader<T> = (text: string | null, id: string) => T;

function reader<S extends z.ZodType, T>(
  schema: S,
  table: string,
  column: string,
  // biome-ignore lint/correctness/noUnusedFunctionParameters: the proof is the argument's type, checked by the compiler
  same: Same<z.output<S>, T>,
): Reader<T> {
  // `Same` holds: the schema's output and T have the same fields and types; a field T says may be undefined the
  // output leaves absent, as JSON does — the only difference this conversion bridges.
  return (text, id) => {
    const row = { table, id, column };
    if (text === null) throw corrupt(row, "is missing");
    return parseStoredJson(schema, text, row) as T;
  };
}

const SOURCE_KINDS = ["deposit", "offer", "change_order", "time", "cost", "interest", "manual"] as const;

/** An invoice's details as stored beside it (`invoices.details_json`); the API answers them as they are. */
export const InvoiceDetailsSchema = z.object({
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
  regime: z.enum([
    "ca_domestic",
    "ca_zero_rated_export",
    "ca_unregistered",
    "fr_domestic",
    "fr_franchise",
    "fr_reverse_charge_eu",
    "fr_outside_scope",
  ]),
  placeOfSupply: z.string(),
  mentions: z.array(
    z.object({
      code: z.enum(["vat_franchise_293b", "reverse_charge", "zero_rated_export", "fr_outside_scope_259_1"]),
      text: z.object({ fr: z.string(), en: z.string() }),
    }),
  ),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  evidence: z.array(z.object({ code: z.string(), description: z.string() })),
  buyer: z.object({
    vatNumber: z.string().optional(),
    siren: z.string().optional(),
    purchaseOrder: z.string().optional(),
  }),
  supplyDate: z.object({ from: z.string(), to: z.string() }).optional(),
  paymentDays: z.int(),
  lateInterestBps: z.int(),
  reference: z.string().optional(),
  operationCategory: z.enum(OPERATION_CATEGORIES).optional(),
  deliveryAddress: z.string().optional(),
});

const TemplateContentSchema = z.object({
  lines: z.array(
    z.object({
      description: z.string(),
      quantityMilli: z.int(),
      unitPrice: z.int(),
      unit: z.string().optional(),
      detail: z.string().optional(),
      taxable: z.boolean().optional(),
    }),
  ),
  paymentDays: z.int().optional(),
  reference: z.string().optional(),
  contactIds: z.array(z.string()).optional(),
});

/** Every part a string; `checkPaymentInstructions` then trims and normalises them as on a write. */
const PaymentInstructionsSchema = z.object({
  accountHolder: z.string().optional(),
  institutionNumber: z.string().optional(),
  transitNumber: z.string().optional(),
  accountNumber: z.string().optional(),
  iban: z.string().optional(),
  bic: z.string().optional(),
  interacEmail: z.string().optional(),
  chequePayableTo: z.string().optional(),
});

const NotificationSubjectSchema = z.object({ reference: z.string(), clientName: z.string() });

const MailAttachmentsSchema = z.array(z.object({ filename: z.string(), contentType: z.string(), size: z.int() }));

export const readOffer = reader<typeof OfferSchema, Offer>(OfferSchema, "offers", "state_json", true);
export const readOfferDocument = reader<typeof OfferDocumentSchema, OfferDocument>(
  OfferDocumentSchema,
  "offers",
  "document_text",
  true,
);
export const readMandate = reader<typeof MandateSchema, Mandate>(MandateSchema, "mandates", "state_json", true);
export const readChangeOrder = reader<typeof ChangeOrderSchema, ChangeOrder>(
  ChangeOrderSchema,
  "change_orders",
  "state_json",
  true,
);
export const readChangeOrderDocument = reader<typeof ChangeOrderDocumentSchema, ChangeOrderDocument>(
  ChangeOrderDocumentSchema,
  "change_orders",
  "document_text",
  true,
);
export const readInvoice = reader<typeof InvoiceSchema, Invoice>(InvoiceSchema, "invoices", "state_json", true);
export const readInvoiceDetails = reader<typeof InvoiceDetailsSchema, InvoiceDetails>(
  InvoiceDetailsSchema,
  "invoices",
  "details_json",
  true,
);
export const readCreditNoteTotals = reader<typeof CreditNoteTotalsSchema, CreditNoteTotals>(
  CreditNoteTotalsSchema,
  "credit_notes",
  "totals_json",
  true,
);
export const readClaim = reader<typeof ClaimSchema, Claim>(ClaimSchema, "claims", "state_json", true);
export const readDecision = reader<typeof DecisionWorksheetSchema, DecisionWorksheet>(
  DecisionWorksheetSchema,
  "decisions",
  "state_json",
  true,
);
export const readFormalNotice = reader<typeof FormalNoticeSchema, FormalNotice>(
  FormalNoticeSchema,
  "formal_notices",
  "state_json",
  true,
);
export const readTemplateContent = reader<typeof TemplateContentSchema, TemplateContent>(
  TemplateContentSchema,
  "recurring_invoices",
  "template_json",
  true,
);
export const readPaymentInstructions = reader<typeof PaymentInstructionsSchema, Partial<PaymentInstructions>>(
  PaymentInstructionsSchema,
  "workspaces",
  "payment_instructions_json",
  true,
);
export const readNotificationSubject = reader<typeof NotificationSubjectSchema, NotificationSubject>(
  NotificationSubjectSchema,
  "notifications",
  "subject_json",
  true,
);
/** Attachments of a received message (`mail_messages`) or of an imported one (`mail_imports`). */
export const readMailAttachments = (table: "mail_messages" | "mail_imports") =>
  reader<typeof MailAttachmentsSchema, MailAttachment[]>(MailAttachmentsSchema, table, "attachments_json", true);

const NUMBERED = ["issued", "partially_paid", "paid", "credited", "written_off"] as const satisfies readonly Exclude<
  Invoice["status"],
  "draft"
>[];

/** An invoice that has a number (the query chose it by its status column). */
export function readNumberedInvoice(text: string, id: string): Exclude<Invoice, { status: "draft" }> {
  return storedInStatus(readInvoice(text, id), NUMBERED, { table: "invoices", id, column: "state_json" });
}
