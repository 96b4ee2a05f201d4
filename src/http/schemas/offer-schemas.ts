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
import { IdSchema, IsoDateSchema, PageQuerySchema, RequiredText, Text } from "./common-schemas.ts";

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

export const OfferDetailSchema = z
  .object({
    offer: OfferSchema,
    totals: z
      .object({ subtotal: z.int(), total: z.int(), depositAmount: z.int(), isEstimate: z.boolean() })
      .passthrough(),
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
    teamEstimate: z
      .object({ expected: z.number(), standardDeviation: z.number(), low: z.number(), high: z.number() })
      .passthrough(),
    impliedRate: z.unknown(),
    targetHourlyRate: z.int(),
    sha256: z.string().nullable(),
    document: z.unknown().nullable().openapi({
      description:
        "the frozen document the client received and signed (mandat.offer.v1 or v2, as the portal serves it); null for an offer never sent",
    }),
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
  .object({
    offer: OfferSchema,
    portalUrl: z.string(),
    message: z
      .object({ id: z.string(), to: z.string(), subject: z.string(), body: z.string(), status: z.string() })
      .passthrough(),
  })
  .openapi("SendOfferResult");

export const MandateSchema = z
  .object({
    id: z.string(),
    offerId: z.string(),
    offerNumber: z.string(),
    clientId: z.string(),
    title: z.string(),
    status: z.enum(MANDATE_STATUSES),
    checklist: z.array(
      z.object({ id: z.string(), source: z.string(), title: z.string(), done: z.boolean() }).passthrough(),
    ),
    deliveries: z.array(
      z.object({ id: z.string(), date: z.string(), note: z.string(), checklist: z.array(z.unknown()) }),
    ),
    createdAt: z.string(),
  })
  .passthrough()
  .openapi("Mandate");

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
