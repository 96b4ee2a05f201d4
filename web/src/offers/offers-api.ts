/**
 * Calls of the offer, portal, mandate and outbox endpoints (`/api/v1/offers`, `/portal`, `/mandates`, `/outbox`)
 * through the generated client; the shapes are the OpenAPI document's, the rules (totals, PERT, the document's
 * language) src/domain's. What stays here is the editor's own: amounts typed in major units as minor units.
 */
import { defaultDocumentLanguage } from "../../../src/domain/offer/document-language.ts";
import { deliverableAmount, offerTotals } from "../../../src/domain/offer/offer-totals.ts";
import { OFFER_DOCUMENT_FORMAT } from "../../../src/domain/offer/signed-document.ts";
import { call, client, type operations, type Schema } from "../api/client.ts";

export { CHARTER_LANGUAGE_SOURCE as CHARTER_SOURCE } from "../../../src/domain/offer/document-language.ts";
export type { OfferStatus } from "../../../src/domain/offer/offer.ts";
export { OFFER_STATUSES as offerStatuses } from "../../../src/domain/offer/offer.ts";
export type { ContractKind, Language, PricingModel } from "../../../src/domain/offer/offer-content.ts";

export type Offer = Schema<"Offer">;
export type OfferContent = Offer["content"];
export type Deliverable = OfferContent["deliverables"][number];
export type Clause = OfferContent["exclusions"][number];
export type OfferDetail = Schema<"OfferDetail">;
export type OfferDocument = Schema<"OfferDocument">;
export type DocumentParty = Schema<"DocumentParty">;
export type OutboxMessage = Schema<"OutboxMessage">;
export type MessageStatus = OutboxMessage["status"];
export type SendResult = Schema<"SendOfferResult">;
export type Mandate = Schema<"Mandate">;
export type MandateStatus = Mandate["status"];
export type PortalView = Schema<"PortalView">;

/** The editor's content, complete, as POST /offers and PATCH /offers/{id} take it: new items have no id yet. */
export type OfferInput = Omit<OfferContent, "clientId" | "currency" | "deliverables" | "exclusions" | "assumptions"> & {
  deliverables: (Omit<Deliverable, "id"> & { id?: string })[];
  exclusions: { id?: string; text: string }[];
  assumptions: { id?: string; text: string }[];
};

type ListQuery<Op extends "getOffers" | "getMandates"> = NonNullable<operations[Op]["parameters"]["query"]>;
const path = (id: string) => ({ params: { path: { id } } });
const portal = (token: string) => ({ params: { path: { token } } });

export const offersApi = {
  list: (query: ListQuery<"getOffers">) => call(client.GET("/api/v1/offers", { params: { query } })),
  get: (id: string) => call(client.GET("/api/v1/offers/{id}", path(id))),
  create: (body: Schema<"CreateOffer">) => call(client.POST("/api/v1/offers", { body })),
  update: (id: string, body: Schema<"UpdateOffer">) => call(client.PATCH("/api/v1/offers/{id}", { ...path(id), body })),
  estimate: (id: string, items: Schema<"EstimateOffer">["items"]) =>
    call(client.POST("/api/v1/offers/{id}/estimates", { ...path(id), body: { items } })),
  send: (id: string) => call(client.POST("/api/v1/offers/{id}/send", path(id))),
  cancel: (id: string, reason: string) =>
    call(client.POST("/api/v1/offers/{id}/cancel", { ...path(id), body: { reason } })),
  verify: (id: string) => call(client.GET("/api/v1/offers/{id}/verify", path(id))),
  revokeLinks: (id: string) => call(client.POST("/api/v1/offers/{id}/revoke-links", path(id))),
  pdfUrl: (id: string) => `/api/v1/offers/${id}/pdf`,
  mandates: (query: ListQuery<"getMandates">) => call(client.GET("/api/v1/mandates", { params: { query } })),
  mandate: (id: string) => call(client.GET("/api/v1/mandates/{id}", path(id))),
  updateMandate: (id: string, body: Schema<"UpdateMandate">) =>
    call(client.PATCH("/api/v1/mandates/{id}", { ...path(id), body })),
  deliver: (id: string, body: Schema<"RecordDelivery">) =>
    call(client.POST("/api/v1/mandates/{id}/deliveries", { ...path(id), body })),
  outbox: (page: number, pageSize: number) =>
    call(client.GET("/api/v1/outbox", { params: { query: { page, pageSize } } })),
  portal: (token: string) => call(client.GET("/api/v1/portal/{token}", portal(token))),
  sign: (token: string, body: Schema<"PortalSign">) =>
    call(client.POST("/api/v1/portal/{token}/sign", { ...portal(token), body })),
  approve: (token: string, body: Schema<"PortalSign">) =>
    call(client.POST("/api/v1/portal/{token}/approve", { ...portal(token), body })),
  reject: (token: string, reason: string) =>
    call(
      client.POST("/api/v1/portal/{token}/reject", {
        ...portal(token),
        body: reason.trim() ? { reason: reason.trim() } : {},
      }),
    ),
};

/** A number typed in major units (12.5) as integer minor units (1250). */
export function toMinor(major: number, perMajor: number): number {
  return Math.round(major * perMajor);
}

/** Whether the offer can still change (a draft, or sent and not yet signed). */
export function isEditable(status: Offer["status"]): boolean {
  return status === "draft" || status === "sent";
}

/** Whether a Québec address makes French the default document language (Charter art. 55): src/domain's rule. */
export function isQuebecAddress(address: { country: string; region: string }, language: "fr" | "en" = "en"): boolean {
  const client = { country: address.country, province: address.region, documentLanguage: language };
  return defaultDocumentLanguage({ client }).reason !== "client_preference";
}

/**
 * The document of an offer rebuilt from its content, for reading a signed (or otherwise closed) offer in the studio
 * the way the client read it. The parties are given by the caller; the frozen text itself stays on the server.
 */
export function documentFromOffer(
  offer: Offer,
  parties: { issuer: DocumentParty; client: DocumentParty },
): OfferDocument {
  const c = offer.content;
  const totals = offerTotals(c);
  return {
    format: OFFER_DOCUMENT_FORMAT,
    kind: "offer",
    number: offer.number,
    version: offer.version,
    language: c.language,
    currency: c.currency,
    ...parties,
    ...(c.endClient ? { endClient: c.endClient } : {}),
    title: c.title,
    summary: c.summary,
    contractKind: c.contractKind,
    deliverables: [...c.deliverables]
      .sort((a, b) => a.position - b.position)
      .map((d) => ({
        id: d.id,
        position: d.position,
        title: d.title,
        description: d.description,
        quantity: d.quantity,
        unit: d.unit,
        ...(d.price.kind === "unit" ? { unitPrice: d.price.unitPrice } : {}),
        amount: deliverableAmount(d),
      })),
    exclusions: c.exclusions,
    assumptions: c.assumptions,
    pricing: { model: c.pricing.model, ...(c.pricing.model === "capped" ? { capAmount: c.pricing.capAmount } : {}) },
    totals: {
      subtotal: totals.subtotal,
      total: totals.total,
      isEstimate: totals.isEstimate,
      depositBps: c.depositBps,
      depositAmount: totals.depositAmount,
    },
    schedule: { startDate: c.startDate, deliveryDate: c.deliveryDate },
    terms: c.terms,
    consentText: offer.signature?.consentText ?? "",
  };
}
