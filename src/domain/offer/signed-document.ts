/**
 * The canonical signed document: the exact object rendered on the portal (and in the PDF) and signed by the client.
 * Its fingerprint is `sha256Hex(canonicalText(doc))`, where `canonicalText` is RFC 8785 (JSON Canonicalization
 * Scheme): object keys sorted by UTF-16 code units, no insignificant white space, numbers in shortest form; every
 * string (keys and values) NFC-normalised first so the same visible text gives the same bytes; properties whose
 * value is `undefined` dropped (so an absent optional field and an undefined one hash alike); money is integer minor
 * units, quantities integer thousandths and rates integer basis points, so no float is ever hashed. Arrays keep
 * their order: deliverables are sorted by position before hashing, exclusions and assumptions keep the offer's order.
 * Any change of one byte of what the client sees changes the fingerprint.
 */
import { z } from "zod";
import { canonicalText, sha256Hex } from "../canonical.ts";
import { DomainError } from "../errors.ts";
import type { Currency } from "../money.ts";
import { consentText } from "./consent-text.ts";
import type { Offer } from "./offer.ts";
import type { ContractKind, EndClient, Language, OfferTerms, PricingModel } from "./offer-content.ts";
import { sortedDeliverables } from "./offer-content.ts";
import { deliverableAmount, offerTotals } from "./offer-totals.ts";
import { zodToDomainError } from "./parse-offer-content.ts";

/** Version tag of the document shape; bump it if the shape changes (old hashes stay verifiable from stored text). */
/**
 * v2 (from 2026-12-06): a deliverable no longer carries the team's internal estimate of hours — what the client signs
 * is what the client reads, and the portal and the PDF never showed it. Documents frozen as v1 keep it (they are never
 * rewritten: their fingerprint covers it), and nothing prints it.
 */
export const OFFER_DOCUMENT_FORMAT = "mandat.offer.v2";

/** A party as printed on a document: the workspace (issuer) or the client. */
export const DocumentPartySchema = z.object({
  name: z.string().trim().min(1).max(200),
  addressLines: z.array(z.string().max(200)).max(8),
  email: z.string().max(200).optional(),
  /** Printed registrations: `{ label: "TPS/GST", value: "123456789 RT0001" }`, NEQ, SIREN… */
  registrations: z.array(z.object({ label: z.string().max(40), value: z.string().max(60) })).max(8),
});
export type DocumentParty = z.infer<typeof DocumentPartySchema>;

/** One deliverable as the client reads it (the id is carried, not printed, so a triage can cite the signed item). */
export interface SignedDeliverable {
  id: string;
  position: number;
  title: string;
  description: string;
  quantity: number;
  unit: string;
  unitPrice: number | undefined;
  amount: number;
  /** Only in documents frozen as `mandat.offer.v1`; never printed. */
  estimatedHours?: number | undefined;
}

/** Everything the client sees and signs for an offer. */
export interface OfferDocument {
  format: typeof OFFER_DOCUMENT_FORMAT | "mandat.offer.v1";
  kind: "offer";
  number: string;
  version: number;
  language: Language;
  currency: Currency;
  issuer: DocumentParty;
  client: DocumentParty;
  endClient: EndClient | undefined;
  title: string;
  summary: string;
  contractKind: ContractKind;
  deliverables: SignedDeliverable[];
  /** Exclusions and assumptions in the offer's order; ids are carried (not printed) so a triage can cite them. */
  exclusions: { id: string; text: string }[];
  assumptions: { id: string; text: string }[];
  pricing: { model: PricingModel; capAmount: number | undefined };
  totals: { subtotal: number; total: number; isEstimate: boolean; depositBps: number; depositAmount: number };
  schedule: { startDate: string; deliveryDate: string };
  terms: OfferTerms;
  consentText: string;
}

export interface SignedDocumentInput {
  offer: Pick<Offer, "number" | "version" | "content">;
  issuer: DocumentParty;
  client: DocumentParty;
}

/** Builds the canonical document of an offer: what the portal renders and what the signature covers. */
export function signedDocument(input: SignedDocumentInput): OfferDocument {
  const { offer } = input;
  const issuer = printedParty(input.issuer, "issuer");
  const client = printedParty(input.client, "client");
  const c = offer.content;
  const totals = offerTotals(c);
  return {
    format: OFFER_DOCUMENT_FORMAT,
    kind: "offer",
    number: offer.number,
    version: offer.version,
    language: c.language,
    currency: c.currency,
    issuer,
    client,
    endClient: c.endClient && { id: c.endClient.id, name: c.endClient.name, reference: c.endClient.reference },
    title: c.title,
    summary: c.summary,
    contractKind: c.contractKind,
    deliverables: sortedDeliverables(c).map((d) => ({
      id: d.id,
      position: d.position,
      title: d.title,
      description: d.description,
      quantity: d.quantity,
      unit: d.unit,
      unitPrice: d.price.kind === "unit" ? d.price.unitPrice : undefined,
      amount: deliverableAmount(d),
    })),
    exclusions: c.exclusions.map((x) => ({ id: x.id, text: x.text })),
    assumptions: c.assumptions.map((x) => ({ id: x.id, text: x.text })),
    pricing: { model: c.pricing.model, capAmount: totals.capAmount },
    totals: {
      subtotal: totals.subtotal,
      total: totals.total,
      isEstimate: totals.isEstimate,
      depositBps: totals.depositBps,
      depositAmount: totals.depositAmount,
    },
    schedule: { startDate: c.startDate, deliveryDate: c.deliveryDate },
    terms: {
      paymentDays: c.terms.paymentDays,
      lateInterestAnnualBps: c.terms.lateInterestAnnualBps,
      noticeDays: c.terms.noticeDays,
      terminationClause: c.terms.terminationClause,
      cancellationConditions: c.terms.cancellationConditions,
    },
    consentText: consentText({
      language: c.language,
      subject: { kind: "offer", number: offer.number, version: offer.version },
    }),
  };
}

/**
 * A party validated and reduced to the printed fields (unknown keys dropped so nothing unseen is hashed); throws
 * `validation` with paths under `path`.
 */
export function printedParty(value: DocumentParty, path: string): DocumentParty {
  const parsed = DocumentPartySchema.safeParse(value);
  if (!parsed.success) {
    const error = zodToDomainError(parsed.error);
    throw new DomainError("validation", `${path}: ${error.message}`, {
      fields: (error.details?.fields ?? []).map((f) => ({ ...f, path: `${path}.${f.path}` })),
    });
  }
  return parsed.data;
}

/**
 * Fingerprint of a document: lower-case hex SHA-256 of its canonical text (see the module comment for the
 * normalisation). Works for any document (offer or change order).
 */
export function fingerprint(doc: unknown): string {
  return sha256Hex(canonicalText(doc));
}

export interface VerifyFingerprintInput {
  /** The stored canonical text, exactly as hashed at signature. */
  text: string;
  sha256: string;
}

/** Re-verifies stored signed text against its recorded hash (the "verify" button and the evidence pack). */
export function verifyFingerprint(input: VerifyFingerprintInput): boolean {
  return sha256Hex(input.text) === input.sha256;
}
