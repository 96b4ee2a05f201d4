/**
 * Offer lifecycle: `draft` → `sent` → `signed` | `declined`. Editing a sent offer supersedes it by a new draft
 * version; `cancelled` from draft, sent, or signed while the work has not started. A signed offer never changes.
 */
import { DomainError, fieldError } from "../errors.ts";
import type { OfferContent } from "./offer-content.ts";
import { parseOfferContent } from "./parse-offer-content.ts";
import type { SignatureEvidence } from "./signature.ts";

/** Status of an offer. */
export type OfferStatus = Offer["status"];
/** Every offer status, in lifecycle order. */
export const OFFER_STATUSES = ["draft", "sent", "signed", "declined", "superseded", "cancelled"] as const;

interface OfferBase {
  id: string;
  /** `OFF-2026-0007`; kept by every version of the offer. */
  number: string;
  /** 1 for the first version, +1 each time a sent offer is revised. */
  version: number;
  content: OfferContent;
  createdAt: string;
  /** Id of the version this one replaces. */
  supersedesId?: string | undefined;
}

/** Fields fixed when an offer is sent: the instant and the fingerprint of the document shown to the client. */
interface SentFields {
  sentAt: string;
  /** SHA-256 of the canonical document shown on the portal (`fingerprint(signedDocument(…))`). */
  sha256: string;
}

/** Being written; freely editable. */
export interface DraftOffer extends OfferBase {
  status: "draft";
}
/** Shown to the client on the portal; its document is fixed by `sha256`. */
export interface SentOffer extends OfferBase, SentFields {
  status: "sent";
}
/** Signed by the client: frozen forever; its hash can be re-verified at any time. */
export interface SignedOffer extends OfferBase, SentFields {
  status: "signed";
  signature: SignatureEvidence;
}
/** Declined by the client (terminal). */
export interface DeclinedOffer extends OfferBase, SentFields {
  status: "declined";
  declinedAt: string;
  declineReason: string | undefined;
}
/** A sent version replaced by a newer draft version (terminal). */
export interface SupersededOffer extends OfferBase, SentFields {
  status: "superseded";
  supersededAt: string;
  supersededById: string;
}
/** Cancelled by the studio with a reason (terminal); keeps the signature of a signed offer. */
export interface CancelledOffer extends OfferBase, Partial<SentFields> {
  status: "cancelled";
  cancelledAt: string;
  cancelReason: string;
  cancelledFrom: "draft" | "sent" | "signed";
  signature?: SignatureEvidence | undefined;
}

/** An offer in one of its lifecycle states (discriminated by `status`). */
export type Offer = DraftOffer | SentOffer | SignedOffer | DeclinedOffer | SupersededOffer | CancelledOffer;

function refuse(offer: Offer, action: string): DomainError {
  return new DomainError("invalid_state", `a ${offer.status} offer cannot be ${action}`, {
    status: offer.status,
    action,
  });
}

export interface CreateOfferInput {
  id: string;
  number: string;
  content: unknown;
  createdAt: string;
}

/** A new offer, version 1, in draft. The content is validated. */
export function createOffer(input: CreateOfferInput): DraftOffer {
  return {
    id: input.id,
    number: input.number,
    version: 1,
    content: parseOfferContent(input.content),
    createdAt: input.createdAt,
    status: "draft",
  };
}

export interface EditOfferInput {
  content: unknown;
  at: string;
  /** Id of the new version when a sent offer is revised (unused for a draft). */
  newId: string;
}

/** A draft edited in place, or a sent offer replaced by a new draft version. */
export type EditOfferResult =
  | { kind: "updated"; offer: DraftOffer }
  | { kind: "revised"; superseded: SupersededOffer; offer: DraftOffer };

/**
 * Edits an offer. A draft is updated in place. A sent offer becomes `superseded` and a new draft (same number,
 * version + 1, `supersedesId`) carries the new content, to be sent again. Any other status is refused with
 * `invalid_state` (a signed offer never changes: changes go through change orders).
 */
export function editOffer(offer: Offer, input: EditOfferInput): EditOfferResult {
  switch (offer.status) {
    case "draft":
      return { kind: "updated", offer: { ...offer, content: parseOfferContent(input.content) } };
    case "sent": {
      const content = parseOfferContent(input.content);
      if (input.newId === offer.id) throw fieldError("newId", "duplicate_id", "the new version needs a new id");
      const superseded: SupersededOffer = {
        ...offer,
        status: "superseded",
        supersededAt: input.at,
        supersededById: input.newId,
      };
      const { sentAt: _sentAt, sha256: _sha256, ...base } = offer;
      const next: DraftOffer = {
        ...base,
        status: "draft",
        id: input.newId,
        version: offer.version + 1,
        content,
        createdAt: input.at,
        supersedesId: offer.id,
      };
      return { kind: "revised", superseded, offer: next };
    }
    case "signed":
    case "declined":
    case "superseded":
    case "cancelled":
      throw refuse(offer, "edited");
    default:
      return assertNever(offer);
  }
}

export interface SendOfferInput {
  sentAt: string;
  /** Fingerprint of the document that the portal will show. */
  sha256: string;
}

/** Sends a draft: the document shown to the client is now fixed by its fingerprint. */
export function sendOffer(offer: Offer, input: SendOfferInput): SentOffer {
  switch (offer.status) {
    case "draft":
      if (offer.content.deliverables.length === 0) {
        throw fieldError("content.deliverables", "empty", "an offer needs at least one deliverable to be sent");
      }
      return { ...offer, status: "sent", sentAt: input.sentAt, sha256: input.sha256 };
    case "sent":
    case "signed":
    case "declined":
    case "superseded":
    case "cancelled":
      throw refuse(offer, "sent");
    default:
      return assertNever(offer);
  }
}

/**
 * Records the client's signature on a sent offer. The evidence must be over the very document that was sent
 * (same SHA-256), else `conflict`.
 */
export function signOffer(offer: Offer, evidence: SignatureEvidence): SignedOffer {
  switch (offer.status) {
    case "sent":
      if (evidence.sha256 !== offer.sha256) {
        throw new DomainError("conflict", "the signed content is not the content that was sent", {
          expected: offer.sha256,
          received: evidence.sha256,
        });
      }
      return { ...offer, status: "signed", signature: evidence };
    case "draft":
    case "signed":
    case "declined":
    case "superseded":
    case "cancelled":
      throw refuse(offer, "signed");
    default:
      return assertNever(offer);
  }
}

export interface DeclineOfferInput {
  at: string;
  reason?: string | undefined;
}

/** The client declines a sent offer (optionally saying why). */
export function declineOffer(offer: Offer, input: DeclineOfferInput): DeclinedOffer {
  switch (offer.status) {
    case "sent": {
      const reason = input.reason?.trim();
      return { ...offer, status: "declined", declinedAt: input.at, declineReason: reason ? reason : undefined };
    }
    case "draft":
    case "signed":
    case "declined":
    case "superseded":
    case "cancelled":
      throw refuse(offer, "declined");
    default:
      return assertNever(offer);
  }
}

export interface CancelOfferInput {
  at: string;
  reason: string;
  /** True once the mandate of a signed offer has started (time logged or a delivery made): then it cannot be cancelled. */
  workStarted: boolean;
}

/**
 * Cancels an offer, with a reason: a draft, a sent offer, or a signed offer whose work has not started (the
 * founding story: the second signed offer is cancelled when the collaboration ends). Started work is ended through
 * the mandate (`stopMandate`), not here.
 */
export function cancelOffer(offer: Offer, input: CancelOfferInput): CancelledOffer {
  const reason = input.reason.trim();
  const cancel = (from: CancelledOffer["cancelledFrom"]): CancelledOffer => {
    if (reason.length === 0) throw fieldError("reason", "required", "a cancellation needs a reason");
    return { ...offer, status: "cancelled", cancelledAt: input.at, cancelReason: reason, cancelledFrom: from };
  };
  switch (offer.status) {
    case "draft":
    case "sent":
      return cancel(offer.status);
    case "signed":
      if (input.workStarted) throw refuse(offer, "cancelled once its work has started");
      return cancel("signed");
    case "declined":
    case "superseded":
    case "cancelled":
      throw refuse(offer, "cancelled");
    default:
      return assertNever(offer);
  }
}

function assertNever(value: never): never {
  throw new DomainError("invalid_state", `unknown offer status ${JSON.stringify(value)}`);
}
