/**
 * An offer and its frozen document as stored (decision 0006): the shapes the store reads back through
 * (`parseStoredJson`) and the HTTP layer documents. Built from the content's own schemas; the types stay the
 * lifecycle's (`Offer`, `OfferDocument`) and the compiler checks that each schema reads exactly into them.
 */
import { z } from "zod";
import type { Same } from "../same-type.ts";
import type { Offer } from "./offer.ts";
import {
  ClauseSchema,
  ContractKindSchema,
  CurrencySchema,
  EndClientSchema,
  LanguageSchema,
  OfferContentSchema,
  OfferTermsSchema,
} from "./offer-content.ts";
import { SignatureEvidenceSchema } from "./signature.ts";
import { DocumentPartySchema, OFFER_DOCUMENT_FORMAT, type OfferDocument } from "./signed-document.ts";

const base = {
  id: z.string(),
  number: z.string(),
  version: z.int(),
  content: OfferContentSchema,
  createdAt: z.string(),
  supersedesId: z.string().optional(),
};
const sent = { sentAt: z.string(), sha256: z.string() };

export const OfferSchema = z.discriminatedUnion("status", [
  z.object({ ...base, status: z.literal("draft") }),
  z.object({ ...base, ...sent, status: z.literal("sent") }),
  z.object({ ...base, ...sent, status: z.literal("signed"), signature: SignatureEvidenceSchema }),
  z.object({
    ...base,
    ...sent,
    status: z.literal("declined"),
    declinedAt: z.string(),
    declineReason: z.string().optional(),
  }),
  z.object({ ...base, ...sent, status: z.literal("superseded"), supersededAt: z.string(), supersededById: z.string() }),
  z.object({
    ...base,
    sentAt: sent.sentAt.optional(),
    sha256: sent.sha256.optional(),
    status: z.literal("cancelled"),
    cancelledAt: z.string(),
    cancelReason: z.string(),
    cancelledFrom: z.enum(["draft", "sent", "signed"]),
    signature: SignatureEvidenceSchema.optional(),
  }),
]);

/** A deliverable as the client reads it. */
export const SignedDeliverableSchema = z.object({
  id: z.string(),
  position: z.int(),
  title: z.string(),
  description: z.string(),
  quantity: z.number(),
  unit: z.string(),
  unitPrice: z.int().optional(),
  amount: z.int(),
  /** Only in documents frozen as `mandat.offer.v1`; never printed. */
  estimatedHours: z.number().optional(),
});

/** What the client sees and signs (the exact text is kept beside it, for the hash). */
export const OfferDocumentSchema = z.object({
  format: z.enum([OFFER_DOCUMENT_FORMAT, "mandat.offer.v1"]),
  kind: z.literal("offer"),
  number: z.string(),
  version: z.int(),
  language: LanguageSchema,
  currency: CurrencySchema,
  issuer: DocumentPartySchema,
  client: DocumentPartySchema,
  endClient: EndClientSchema.optional(),
  title: z.string(),
  summary: z.string(),
  contractKind: ContractKindSchema,
  deliverables: z.array(SignedDeliverableSchema),
  exclusions: z.array(ClauseSchema),
  assumptions: z.array(ClauseSchema),
  pricing: z.object({ model: z.enum(["fixed", "hourly", "capped"]), capAmount: z.int().optional() }),
  totals: z.object({
    subtotal: z.int(),
    total: z.int(),
    isEstimate: z.boolean(),
    depositBps: z.int(),
    depositAmount: z.int(),
  }),
  schedule: z.object({ startDate: z.string(), deliveryDate: z.string() }),
  terms: OfferTermsSchema,
  consentText: z.string(),
});

true satisfies Same<z.output<typeof OfferSchema>, Offer>;
true satisfies Same<z.output<typeof OfferDocumentSchema>, OfferDocument>;
