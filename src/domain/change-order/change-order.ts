/**
 * Change-order lifecycle: `draft` → `sent` → `approved` | `rejected`; `withdrawn` from draft or sent. Only a draft
 * can be edited; to change a sent change order, withdraw it and write a new one. Approval carries the same evidence
 * as an offer signature (typed name, consent text, instant, IP, user agent, SHA-256 of the canonical content).
 */
import { DomainError, fieldError } from "../errors.ts";
import { zodToDomainError } from "../offer/parse-offer-content.ts";
import type { SignatureEvidence } from "../offer/signature.ts";
import type { ChangeOrderContent } from "./change-order-content.ts";
import { ChangeOrderContentSchema } from "./change-order-content.ts";
import { lacksRate } from "./change-order-totals.ts";

interface ChangeOrderBase {
  id: string;
  mandateId: string;
  /** The signed offer it amends. */
  offerId: string;
  /** `OFF-2026-0007-A1` (`formatChangeOrderNumber`). */
  number: string;
  content: ChangeOrderContent;
  createdAt: string;
}

interface SentFields {
  sentAt: string;
  /** SHA-256 of the canonical document shown on the portal (`fingerprint(changeOrderDocument(…))`). */
  sha256: string;
}

/** Being written; editable. */
export interface DraftChangeOrder extends ChangeOrderBase {
  status: "draft";
}
/** Shown to the client; its document is fixed by `sha256`. */
export interface SentChangeOrder extends ChangeOrderBase, SentFields {
  status: "sent";
}
/** Approved by the client with signature-grade evidence; part of the current scope. */
export interface ApprovedChangeOrder extends ChangeOrderBase, SentFields {
  status: "approved";
  approval: SignatureEvidence;
}
/** Rejected by the client (terminal). */
export interface RejectedChangeOrder extends ChangeOrderBase, SentFields {
  status: "rejected";
  rejectedAt: string;
  rejectReason: string | undefined;
}
/** Withdrawn by the studio before an answer (terminal). */
export interface WithdrawnChangeOrder extends ChangeOrderBase, Partial<SentFields> {
  status: "withdrawn";
  withdrawnAt: string;
  withdrawnFrom: "draft" | "sent";
}

/** A change order in one of its lifecycle states (discriminated by `status`). */
export type ChangeOrder =
  | DraftChangeOrder
  | SentChangeOrder
  | ApprovedChangeOrder
  | RejectedChangeOrder
  | WithdrawnChangeOrder;
/** Status of a change order. */
export type ChangeOrderStatus = ChangeOrder["status"];
/** Every change-order status, in lifecycle order. */
export const CHANGE_ORDER_STATUSES = ["draft", "sent", "approved", "rejected", "withdrawn"] as const;

function refuse(co: ChangeOrder, action: string): DomainError {
  return new DomainError("invalid_state", `a ${co.status} change order cannot be ${action}`, {
    status: co.status,
    action,
  });
}

/** Parses unknown input as change-order content; throws `validation` naming the fields at fault. */
export function parseChangeOrderContent(input: unknown): ChangeOrderContent {
  const parsed = ChangeOrderContentSchema.safeParse(input);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  return parsed.data;
}

export interface CreateChangeOrderInput {
  id: string;
  mandateId: string;
  offerId: string;
  number: string;
  content: unknown;
  createdAt: string;
}

/** A new change order in draft; the content is validated. */
export function createChangeOrder(input: CreateChangeOrderInput): DraftChangeOrder {
  return {
    id: input.id,
    mandateId: input.mandateId,
    offerId: input.offerId,
    number: input.number,
    content: parseChangeOrderContent(input.content),
    createdAt: input.createdAt,
    status: "draft",
  };
}

/** Replaces the content of a draft. Any other status: `invalid_state`. */
export function editChangeOrder(co: ChangeOrder, content: unknown): DraftChangeOrder {
  switch (co.status) {
    case "draft":
      return { ...co, content: parseChangeOrderContent(content) };
    case "sent":
    case "approved":
    case "rejected":
    case "withdrawn":
      throw refuse(co, "edited");
    default:
      return assertNever(co);
  }
}

/** When a change order is sent, and the fingerprint of the document shown. */
export type SendChangeOrderInput = SentFields;

/**
 * Sends a draft to the client; the document shown is fixed by its fingerprint. An hourly line without a rate is
 * refused (`validation` on `items.N.price.hourlyRate`): the client never receives a line priced 0 $ by omission.
 */
export function sendChangeOrder(co: ChangeOrder, input: SendChangeOrderInput): SentChangeOrder {
  switch (co.status) {
    case "draft": {
      const unpriced = co.content.items.findIndex(lacksRate);
      if (unpriced >= 0) {
        throw fieldError(`items.${unpriced}.price.hourlyRate`, "required", "set the hourly rate of this line");
      }
      return { ...co, status: "sent", sentAt: input.sentAt, sha256: input.sha256 };
    }
    case "sent":
    case "approved":
    case "rejected":
    case "withdrawn":
      throw refuse(co, "sent");
    default:
      return assertNever(co);
  }
}

/** The client approves a sent change order; the evidence must cover the very document sent (`conflict` otherwise). */
export function approveChangeOrder(co: ChangeOrder, approval: SignatureEvidence): ApprovedChangeOrder {
  switch (co.status) {
    case "sent":
      if (approval.sha256 !== co.sha256) {
        throw new DomainError("conflict", "the approved content is not the content that was sent", {
          expected: co.sha256,
          received: approval.sha256,
        });
      }
      return { ...co, status: "approved", approval };
    case "draft":
    case "approved":
    case "rejected":
    case "withdrawn":
      throw refuse(co, "approved");
    default:
      return assertNever(co);
  }
}

export interface RejectChangeOrderInput {
  at: string;
  reason?: string | undefined;
}

/** The client rejects a sent change order (optionally saying why). */
export function rejectChangeOrder(co: ChangeOrder, input: RejectChangeOrderInput): RejectedChangeOrder {
  switch (co.status) {
    case "sent": {
      const reason = input.reason?.trim();
      return { ...co, status: "rejected", rejectedAt: input.at, rejectReason: reason ? reason : undefined };
    }
    case "draft":
    case "approved":
    case "rejected":
    case "withdrawn":
      throw refuse(co, "rejected");
    default:
      return assertNever(co);
  }
}

/** The studio withdraws a draft or a sent change order (before the client answers). */
export function withdrawChangeOrder(co: ChangeOrder, input: { at: string }): WithdrawnChangeOrder {
  switch (co.status) {
    case "draft":
    case "sent":
      return { ...co, status: "withdrawn", withdrawnAt: input.at, withdrawnFrom: co.status };
    case "approved":
    case "rejected":
    case "withdrawn":
      throw refuse(co, "withdrawn");
    default:
      return assertNever(co);
  }
}

function assertNever(value: never): never {
  throw new DomainError("invalid_state", `unknown change order status ${JSON.stringify(value)}`);
}
