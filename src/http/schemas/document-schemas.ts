/**
 * The frozen documents a client reads and signs (an offer, a change order) as the portal and the studio serve them,
 * built from the domain's own schemas (the same the store reads them back through), and what each portal link answers.
 */
import { z } from "@hono/zod-openapi";
import { ChangeOrderDocumentSchema as DomainChangeOrderDocumentSchema } from "../../domain/change-order/change-order-schema.ts";
import { LanguageSchema } from "../../domain/offer/offer-content.ts";
import { OfferDocumentSchema as DomainOfferDocumentSchema } from "../../domain/offer/offer-schema.ts";
import { SignatureEvidenceSchema } from "../../domain/offer/signature.ts";
import { DocumentPartySchema } from "../../domain/offer/signed-document.ts";
import { PaymentInstructionsSchema } from "./auth-schemas.ts";
import { CurrencySchema } from "./common-schemas.ts";

const Cents = z.int().openapi({ description: "minor units (cents)" });
const IsoDate = z.string().openapi({ format: "date" });

const PartySchema = z.object(DocumentPartySchema.shape).openapi("DocumentParty");

/** The domain's shapes (what the store reads back), the parties named as one component. */
export const OfferDocumentSchema = z
  .object({ ...DomainOfferDocumentSchema.shape, issuer: PartySchema, client: PartySchema })
  .openapi("OfferDocument");

export const ChangeOrderDocumentSchema = z
  .object({ ...DomainChangeOrderDocumentSchema.shape, issuer: PartySchema, client: PartySchema })
  .openapi("ChangeOrderDocument");

export const SignatureSchema = z.object(SignatureEvidenceSchema.shape).openapi("SignatureEvidence");

const Signed = z.object({ signerName: z.string(), signedAt: z.string() }).nullable();

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
