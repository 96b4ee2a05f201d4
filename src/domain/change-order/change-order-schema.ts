/**
 * A change order and its frozen document as stored (decision 0006): the shapes the store reads back through
 * (`parseStoredJson`) and the HTTP layer documents, built from the content's own schema. The compiler checks that each
 * reads exactly into the lifecycle's types.
 */
import { z } from "zod";
import { CurrencySchema, LanguageSchema } from "../offer/offer-content.ts";
import { SignatureEvidenceSchema } from "../offer/signature.ts";
import { DocumentPartySchema } from "../offer/signed-document.ts";
import type { Same } from "../same-type.ts";
import type { ChangeOrder } from "./change-order.ts";
import { ChangeOrderContentSchema } from "./change-order-content.ts";
import { CHANGE_ORDER_DOCUMENT_FORMAT, type ChangeOrderDocument } from "./change-order-document.ts";

const base = {
  id: z.string(),
  mandateId: z.string(),
  offerId: z.string(),
  number: z.string(),
  content: ChangeOrderContentSchema,
  createdAt: z.string(),
};
const sent = { sentAt: z.string(), sha256: z.string() };

export const ChangeOrderSchema = z.discriminatedUnion("status", [
  z.object({ ...base, status: z.literal("draft") }),
  z.object({ ...base, ...sent, status: z.literal("sent") }),
  z.object({ ...base, ...sent, status: z.literal("approved"), approval: SignatureEvidenceSchema }),
  z.object({
    ...base,
    ...sent,
    status: z.literal("rejected"),
    rejectedAt: z.string(),
    rejectReason: z.string().optional(),
  }),
  z.object({
    ...base,
    sentAt: sent.sentAt.optional(),
    sha256: sent.sha256.optional(),
    status: z.literal("withdrawn"),
    withdrawnAt: z.string(),
    withdrawnFrom: z.enum(["draft", "sent"]),
  }),
]);

/** What the client sees and approves (the exact text is kept beside it, for the hash). */
export const ChangeOrderDocumentSchema = z.object({
  format: z.literal(CHANGE_ORDER_DOCUMENT_FORMAT),
  kind: z.literal("change_order"),
  number: z.string(),
  amends: z.object({ number: z.string(), version: z.int(), sha256: z.string() }),
  language: LanguageSchema,
  currency: CurrencySchema,
  issuer: DocumentPartySchema,
  client: DocumentPartySchema,
  title: z.string(),
  reason: z.string(),
  requester: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      hours: z.number(),
      hourlyRate: z.int().optional(),
      amount: z.int(),
    }),
  ),
  total: z.int(),
  hours: z.number(),
  scheduleImpactDays: z.int(),
  proposedDeliveryDate: z.string(),
  consentText: z.string(),
});

true satisfies Same<z.output<typeof ChangeOrderSchema>, ChangeOrder>;
true satisfies Same<z.output<typeof ChangeOrderDocumentSchema>, ChangeOrderDocument>;
