/**
 * The frozen documents a client reads and signs (an offer, a change order) as the portal and the studio serve them,
 * built from the domain's own schemas for their parts, and what each portal link answers.
 */
import { z } from "@hono/zod-openapi";
import { CHANGE_ORDER_DOCUMENT_FORMAT } from "../../domain/change-order/change-order-document.ts";
import {
  ContractKindSchema,
  EndClientSchema,
  LanguageSchema,
  OfferTermsSchema,
} from "../../domain/offer/offer-content.ts";
import { SignatureEvidenceSchema } from "../../domain/offer/signature.ts";
import { DocumentPartySchema, OFFER_DOCUMENT_FORMAT } from "../../domain/offer/signed-document.ts";
import { CurrencySchema } from "./common-schemas.ts";

const Cents = z.int().openapi({ description: "minor units (cents)" });
const IsoDate = z.string().openapi({ format: "date" });
const Clause = z.object({ id: z.string(), text: z.string() });

const PartySchema = z.object(DocumentPartySchema.shape).openapi("DocumentParty");

export const OfferDocumentSchema = z
  .object({
    format: z.enum([OFFER_DOCUMENT_FORMAT, "mandat.offer.v1"]),
    kind: z.literal("offer"),
    number: z.string(),
    version: z.int(),
    language: LanguageSchema,
    currency: CurrencySchema,
    issuer: PartySchema,
    client: PartySchema,
    endClient: EndClientSchema.optional(),
    title: z.string(),
    summary: z.string(),
    contractKind: ContractKindSchema,
    deliverables: z.array(
      z.object({
        id: z.string(),
        position: z.int(),
        title: z.string(),
        description: z.string(),
        quantity: z.number(),
        unit: z.string(),
        unitPrice: Cents.optional(),
        amount: Cents,
        estimatedHours: z
          .number()
          .optional()
          .openapi({ description: "only in documents frozen as mandat.offer.v1; never printed" }),
      }),
    ),
    exclusions: z.array(Clause),
    assumptions: z.array(Clause),
    pricing: z.object({ model: z.enum(["fixed", "hourly", "capped"]), capAmount: Cents.optional() }),
    totals: z.object({
      subtotal: Cents,
      total: Cents,
      isEstimate: z.boolean(),
      depositBps: z.int(),
      depositAmount: Cents,
    }),
    schedule: z.object({ startDate: IsoDate, deliveryDate: IsoDate }),
    terms: OfferTermsSchema,
    consentText: z.string(),
  })
  .openapi("OfferDocument");

export const ChangeOrderDocumentSchema = z
  .object({
    format: z.literal(CHANGE_ORDER_DOCUMENT_FORMAT),
    kind: z.literal("change_order"),
    number: z.string(),
    amends: z.object({ number: z.string(), version: z.int(), sha256: z.string() }),
    language: LanguageSchema,
    currency: CurrencySchema,
    issuer: PartySchema,
    client: PartySchema,
    title: z.string(),
    reason: z.string(),
    requester: z.string(),
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        description: z.string(),
        hours: z.number(),
        hourlyRate: Cents.optional(),
        amount: Cents,
      }),
    ),
    total: Cents,
    hours: z.number(),
    scheduleImpactDays: z.int(),
    proposedDeliveryDate: IsoDate,
    consentText: z.string(),
  })
  .openapi("ChangeOrderDocument");

export const SignatureSchema = z.object(SignatureEvidenceSchema.shape).openapi("SignatureEvidence");

const Signed = z.object({ signerName: z.string(), signedAt: z.string() }).nullable();

const PaymentInstructionsSchema = z
  .object({
    accountHolder: z.string(),
    institutionNumber: z.string(),
    transitNumber: z.string(),
    accountNumber: z.string(),
    iban: z.string(),
    bic: z.string(),
    interacEmail: z.string(),
    chequePayableTo: z.string(),
  })
  .openapi("PaymentInstructions");

/** `GET /portal/{token}`: the one document the link opens, in its state. */
export const PortalViewSchema = z
  .union([
    z.object({ kind: z.literal("offer"), state: z.literal("replaced"), replacedByVersion: z.int() }),
    z.object({
      kind: z.literal("offer"),
      state: z.enum(["sent", "signed", "declined", "cancelled"]),
      document: OfferDocumentSchema,
      sha256: z.string(),
      signature: Signed,
      declinedAt: z.string().nullable(),
    }),
    z.object({
      kind: z.literal("change_order"),
      state: z.enum(["sent", "approved", "rejected"]),
      document: ChangeOrderDocumentSchema,
      sha256: z.string(),
      approval: Signed,
    }),
    z.object({
      kind: z.literal("invoice"),
      language: LanguageSchema,
      issuer: z.object({ name: z.string() }),
      number: z.string(),
      status: z.enum(["issued", "partially_paid", "paid", "credited", "written_off"]),
      currency: CurrencySchema,
      issueDate: IsoDate,
      dueDate: IsoDate,
      total: Cents,
      paid: Cents,
      credited: Cents,
      balanceDue: Cents,
      paymentReference: z.string().openapi({ description: "ISO 11649 creditor reference (RF…)" }),
      paymentInstructions: PaymentInstructionsSchema,
      paymentInstructionLines: z.array(z.string()),
      payments: z.array(z.object({ id: z.string(), date: IsoDate, amount: Cents })),
      creditNotes: z.array(z.object({ id: z.string(), number: z.string(), date: IsoDate, total: Cents })),
    }),
  ])
  .openapi("PortalView");
