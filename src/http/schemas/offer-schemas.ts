import { z } from "@hono/zod-openapi";
import { MANDATE_STATUSES } from "../../domain/mandate/mandate.ts";
import { OFFER_STATUSES } from "../../domain/offer/offer.ts";
import {
  CalendarDateSchema,
  ContractKindSchema,
  DeliverablePriceSchema,
  EndClientSchema,
  HoursSchema,
  LanguageSchema,
  OfferContentSchema,
  OfferTermsSchema,
  PricingSchema,
} from "../../domain/offer/offer-content.ts";
import { SignatureEvidenceSchema } from "../../domain/offer/signature.ts";
import { CurrencySchema, IdSchema, IsoDateSchema, PageQuerySchema, RequiredText, Text } from "./common-schemas.ts";
import { OfferDocumentSchema } from "./document-schemas.ts";
import { MoneySchema } from "./invoice-view-schemas.ts";
import { OutboxMessageSchema } from "./outbox-schemas.ts";

const ClauseInputSchema = z.union([
  z.string().trim().min(1).max(2_000),
  z.strictObject({ id: IdSchema.optional(), text: z.string().trim().min(1).max(2_000) }),
]);

const DeliverableInputSchema = z.strictObject({
  id: IdSchema.optional(),
  position: z.int().min(0).optional(),
  title: RequiredText(200),
  description: Text(5_000).optional(),
  quantity: z.int().min(1).max(1_000_000_000).openapi({ description: "thousandths of a unit: 1500 = 1.5" }),
  unit: RequiredText(40),
  price: DeliverablePriceSchema,
  estimatedHours: HoursSchema.optional(),
});

const offerFields = {
  title: RequiredText(200),
  summary: Text(10_000),
  endClient: EndClientSchema,
  deliverables: z.array(DeliverableInputSchema).max(500),
  exclusions: z.array(ClauseInputSchema).max(500),
  assumptions: z.array(ClauseInputSchema).max(500),
  pricing: PricingSchema,
  depositBps: z.int().min(0).max(10_000).openapi({ description: "deposit, basis points of the total: 3000 = 30 %" }),
  startDate: CalendarDateSchema,
  deliveryDate: CalendarDateSchema,
  terms: OfferTermsSchema.partial(),
  contractKind: ContractKindSchema,
  language: LanguageSchema,
};

export const CreateOfferSchema = z
  .strictObject({
    clientId: IdSchema,
    fromOfferId: IdSchema.optional().openapi({ description: "start from a previous offer's content" }),
    ...offerFields,
    summary: offerFields.summary.optional(),
    endClient: offerFields.endClient.optional(),
    deliverables: offerFields.deliverables.optional(),
    exclusions: offerFields.exclusions.optional(),
    assumptions: offerFields.assumptions.optional(),
    pricing: offerFields.pricing.optional(),
    depositBps: offerFields.depositBps.optional(),
    startDate: offerFields.startDate.optional(),
    deliveryDate: offerFields.deliveryDate.optional(),
    terms: offerFields.terms.optional(),
    contractKind: offerFields.contractKind.optional(),
    language: offerFields.language.optional(),
  })
  .openapi("CreateOffer");

export const UpdateOfferSchema = z.strictObject(offerFields).partial().openapi("UpdateOffer");

export const OfferSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    version: z.int(),
    status: z.enum(OFFER_STATUSES),
    content: OfferContentSchema,
    createdAt: z.string(),
    supersedesId: z.string().optional(),
    sentAt: z.string().optional(),
    sha256: z.string().optional(),
    signature: SignatureEvidenceSchema.optional(),
    declinedAt: z.string().optional(),
    declineReason: z.string().optional(),
    supersededAt: z.string().optional(),
    supersededById: z.string().optional(),
    cancelledAt: z.string().optional(),
    cancelReason: z.string().optional(),
    cancelledFrom: z
      .enum(["draft", "sent", "signed"])
      .optional()
      .openapi({ description: "the state a cancelled offer was in (a signed one's deposit may be credited)" }),
  })
  .openapi("Offer");

const OfferTotalsSchema = z
  .object({
    currency: CurrencySchema,
    lines: z.array(z.object({ deliverableId: z.string(), amount: z.int() })),
    subtotal: z.int(),
    capAmount: z.int().optional().openapi({ description: "the cap of a capped offer" }),
    total: z.int(),
    isEstimate: z.boolean(),
    depositBps: z.int(),
    depositAmount: z.int(),
    estimatedHours: z.number(),
  })
  .openapi("OfferTotals");

const Spread = { expected: z.number(), variance: z.number(), standardDeviation: z.number() };

const TeamEstimateSchema = z
  .object({
    items: z.array(
      z.object({
        deliverableId: z.string(),
        members: z.array(z.object({ memberId: z.string(), expected: z.number(), standardDeviation: z.number() })),
        ...Spread,
        spreadRatio: z.number().nullable().optional().openapi({
          description: "highest ÷ lowest member expectation; absent with one member, null when the lowest is 0",
        }),
        disagreement: z.boolean(),
      }),
    ),
    unestimatedDeliverableIds: z.array(z.string()),
    ...Spread,
    low: z.number(),
    high: z.number(),
  })
  .openapi("TeamEstimate");

export const OfferDetailSchema = z
  .object({
    offer: OfferSchema,
    totals: OfferTotalsSchema,
    estimates: z.array(
      z.object({
        memberId: z.string(),
        memberName: z.string(),
        deliverableId: z.string(),
        optimistic: z.number(),
        likely: z.number(),
        pessimistic: z.number(),
      }),
    ),
    teamEstimate: TeamEstimateSchema,
    impliedRate: z
      .union([
        z.object({
          ok: z.literal(true),
          rate: MoneySchema,
          differenceBps: z.int(),
          status: z.enum(["below", "at", "above"]),
        }),
        z.object({ ok: z.literal(false), reason: z.enum(["no_hours", "no_target_rate"]) }),
      ])
      .openapi({ description: "the hourly rate the price implies from the team's estimate, against the target" }),
    targetHourlyRate: z.int(),
    sha256: z.string().nullable(),
    // The frozen document the client received and signed (mandat.offer.v1 or v2, as the portal serves it); null for
    // an offer never sent. (A union with null: `.nullable()` of a named schema would make the component nullable.)
    document: z.union([OfferDocumentSchema, z.null()]),
    mandateId: z.string().nullable(),
  })
  .openapi("OfferDetail");

export const OfferListQuerySchema = PageQuerySchema.extend({
  clientId: IdSchema.optional(),
  status: z.enum(OFFER_STATUSES).optional(),
});

export const OfferListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        clientId: z.string(),
        clientName: z.string(),
        number: z.string(),
        version: z.int(),
        status: z.string(),
        title: z.string(),
        currency: z.string(),
        total: z.int(),
        sentAt: z.string().nullable(),
        signedAt: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
    total: z.int(),
    page: z.int(),
    pageSize: z.int(),
  })
  .openapi("OfferList");

const HoursInput = z.number().min(0).max(100_000);
export const EstimateOfferSchema = z
  .strictObject({
    memberId: IdSchema.optional(),
    items: z
      .array(
        z.strictObject({
          deliverableId: IdSchema,
          optimistic: HoursInput,
          likely: HoursInput,
          pessimistic: HoursInput,
        }),
      )
      .max(500),
  })
  .openapi("EstimateOffer");

export const CancelSchema = z.strictObject({ reason: RequiredText(2_000) }).openapi("Cancel");

export const SendOfferResultSchema = z
  .object({ offer: OfferSchema, portalUrl: z.string(), message: OutboxMessageSchema })
  .openapi("SendOfferResult");

const ChecklistItemSchema = z.object({
  id: z.string().openapi({ description: "the deliverable's or the change-order item's id" }),
  source: z.enum(["offer", "change_order"]),
  changeOrderId: z.string().optional().openapi({ description: "the change order that added the item" }),
  title: z.string(),
  done: z.boolean(),
});

const mandateFields = {
  id: z.string(),
  offerId: z.string(),
  offerNumber: z.string(),
  clientId: z.string(),
  title: z.string(),
  createdAt: z.string(),
  checklist: z.array(ChecklistItemSchema),
  deliveries: z.array(
    z.object({ id: z.string(), date: IsoDateSchema, note: z.string(), checklist: z.array(ChecklistItemSchema) }),
  ),
  progress: z
    .object({ doneBps: z.int(), note: z.string(), setAt: z.string() })
    .optional()
    .openapi({ description: "the % complete the studio set by hand, with its note" }),
  milestones: z
    .array(z.object({ id: z.string(), title: z.string(), date: IsoDateSchema }))
    .optional()
    .openapi({ description: "milestones the studio added (beside the offer's and change orders' dates)" }),
};

export const MandateSchema = z
  .discriminatedUnion("status", [
    z.object({ ...mandateFields, status: z.literal("active") }),
    z.object({ ...mandateFields, status: z.literal("delivered") }),
    z.object({ ...mandateFields, status: z.literal("accepted"), acceptedAt: z.string() }),
    z.object({
      ...mandateFields,
      status: z.literal("stopped"),
      stoppedAt: z.string(),
      stopReason: z.string(),
      stoppedFrom: z.enum(["active", "delivered"]),
    }),
    z.object({
      ...mandateFields,
      status: z.literal("closed"),
      closedAt: z.string(),
      closedFrom: z.enum(["accepted", "stopped"]),
    }),
  ])
  .openapi("Mandate");

export const MandatePageSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        clientId: z.string(),
        offerId: z.string(),
        status: z.enum(MANDATE_STATUSES),
        title: z.string(),
        createdAt: z.string(),
      }),
    ),
    total: z.int(),
    page: z.int(),
    pageSize: z.int(),
  })
  .openapi("MandatePage");

export const RecordDeliverySchema = z
  .strictObject({ date: IsoDateSchema, note: Text(5_000).default("") })
  .openapi("RecordDelivery");

export const UpdateMandateSchema = z
  .strictObject({
    checklist: z
      .array(z.strictObject({ id: IdSchema, done: z.boolean() }))
      .max(1_000)
      .optional(),
    status: z.enum(["accepted", "stopped", "closed"]).optional(),
    reason: Text(2_000).optional(),
  })
  .openapi("UpdateMandate");
