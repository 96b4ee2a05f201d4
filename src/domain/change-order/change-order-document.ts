/**
 * The canonical document of a change order: what the portal shows and what the client approves. Hashed exactly like
 * an offer (`fingerprint`: RFC 8785 canonical JSON, NFC strings, undefined dropped, integer money). It names the
 * signed offer it amends by number, version and SHA-256, so the approval is tied to that exact baseline.
 */
import type { Currency } from "../money.ts";
import { consentText } from "../offer/consent-text.ts";
import type { SignedOffer } from "../offer/offer.ts";
import type { Language } from "../offer/offer-content.ts";
import type { DocumentParty } from "../offer/signed-document.ts";
import { printedParty } from "../offer/signed-document.ts";
import type { ChangeOrder } from "./change-order.ts";
import { changeOrderItemAmount, changeOrderTotals } from "./change-order-totals.ts";

/** Version tag of the change-order document shape. */
export const CHANGE_ORDER_DOCUMENT_FORMAT = "mandat.change-order.v1";

/** Everything the client sees and approves for a change order. */
export interface ChangeOrderDocument {
  format: typeof CHANGE_ORDER_DOCUMENT_FORMAT;
  kind: "change_order";
  number: string;
  amends: { number: string; version: number; sha256: string };
  language: Language;
  currency: Currency;
  issuer: DocumentParty;
  client: DocumentParty;
  title: string;
  reason: string;
  requester: string;
  items: {
    id: string;
    title: string;
    description: string;
    hours: number;
    hourlyRate: number | undefined;
    amount: number;
  }[];
  total: number;
  hours: number;
  scheduleImpactDays: number;
  proposedDeliveryDate: string;
  consentText: string;
}

export interface ChangeOrderDocumentInput {
  changeOrder: Pick<ChangeOrder, "number" | "content">;
  offer: Pick<SignedOffer, "number" | "version" | "sha256">;
  issuer: DocumentParty;
  client: DocumentParty;
}

/** Builds the canonical change-order document (hash it with `fingerprint`). */
export function changeOrderDocument(input: ChangeOrderDocumentInput): ChangeOrderDocument {
  const { changeOrder, offer } = input;
  const issuer = printedParty(input.issuer, "issuer");
  const client = printedParty(input.client, "client");
  const c = changeOrder.content;
  const totals = changeOrderTotals(c);
  return {
    format: CHANGE_ORDER_DOCUMENT_FORMAT,
    kind: "change_order",
    number: changeOrder.number,
    amends: { number: offer.number, version: offer.version, sha256: offer.sha256 },
    language: c.language,
    currency: c.currency,
    issuer,
    client,
    title: c.title,
    reason: c.reason,
    requester: c.requester,
    items: c.items.map((i) => ({
      id: i.id,
      title: i.title,
      description: i.description,
      hours: i.hours,
      hourlyRate: i.price.kind === "hourly" ? i.price.hourlyRate : undefined,
      amount: changeOrderItemAmount(i),
    })),
    total: totals.total,
    hours: totals.hours,
    scheduleImpactDays: c.scheduleImpactDays,
    proposedDeliveryDate: c.proposedDeliveryDate,
    consentText: consentText({
      language: c.language,
      subject: { kind: "change_order", number: changeOrder.number, offerNumber: offer.number },
    }),
  };
}
