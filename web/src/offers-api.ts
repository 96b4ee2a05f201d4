/**
 * Shapes and calls of the offer, portal, mandate and outbox endpoints (`/api/v1/offers`, `/portal`, `/mandates`,
 * `/outbox`), plus the pure helpers the editor needs: minor units ⇄ amounts typed in major units, thousandths ⇄
 * quantities, basis points ⇄ percentages, and live totals computed exactly as the server does (half-up per line).
 */
import { api, query } from "./api.ts";
import type { Currency, Page } from "./api-types.ts";

export type Language = "fr" | "en";
export type OfferStatus = "draft" | "sent" | "signed" | "declined" | "superseded" | "cancelled";
export const offerStatuses: readonly OfferStatus[] = ["draft", "sent", "signed", "declined", "superseded", "cancelled"];
export type PricingModel = "fixed" | "hourly" | "capped";
export type ContractKind = "enterprise" | "service" | "mixed";
export type DeliverablePrice = { kind: "unit"; unitPrice: number } | { kind: "fixed"; amount: number };
export type Pricing = { model: "fixed" } | { model: "hourly" } | { model: "capped"; capAmount: number };

export interface Deliverable {
  id: string;
  position: number;
  title: string;
  description: string;
  /** Thousandths of a unit: 1500 = 1.5. */
  quantity: number;
  unit: string;
  price: DeliverablePrice;
  estimatedHours?: number;
}

export interface Clause {
  id: string;
  text: string;
}

export interface OfferTerms {
  paymentDays: number;
  lateInterestAnnualBps: number;
  noticeDays: number;
  terminationClause: string;
  cancellationConditions: string;
}

export interface EndClientRef {
  id?: string;
  name: string;
  reference?: string;
}

export interface OfferContent {
  title: string;
  summary: string;
  clientId: string;
  endClient?: EndClientRef;
  deliverables: Deliverable[];
  exclusions: Clause[];
  assumptions: Clause[];
  pricing: Pricing;
  depositBps: number;
  startDate: string;
  deliveryDate: string;
  terms: OfferTerms;
  contractKind: ContractKind;
  language: Language;
  currency: Currency;
}

export interface SignatureEvidence {
  signerName: string;
  consentText: string;
  signedAt: string;
  ip: string;
  userAgent: string;
  sha256: string;
}

export interface Offer {
  id: string;
  number: string;
  version: number;
  status: OfferStatus;
  content: OfferContent;
  createdAt: string;
  supersedesId?: string;
  sentAt?: string;
  sha256?: string;
  signature?: SignatureEvidence;
  declinedAt?: string;
  declineReason?: string;
  supersededAt?: string;
  supersededById?: string;
  cancelledAt?: string;
  cancelReason?: string;
}

export interface MemberEstimate {
  memberId: string;
  memberName: string;
  deliverableId: string;
  optimistic: number;
  likely: number;
  pessimistic: number;
}

export interface ItemEstimate {
  deliverableId: string;
  members: { memberId: string; expected: number; standardDeviation: number }[];
  expected: number;
  standardDeviation: number;
  spreadRatio?: number | null;
  disagreement: boolean;
}

export interface TeamEstimate {
  items: ItemEstimate[];
  unestimatedDeliverableIds: string[];
  expected: number;
  standardDeviation: number;
  low: number;
  high: number;
}

export type ImpliedRate =
  | { ok: true; rate: { amount: number; currency: string }; differenceBps: number; status: "below" | "at" | "above" }
  | { ok: false; reason: "no_hours" | "no_target_rate" };

export interface OfferDetail {
  offer: Offer;
  totals: { subtotal: number; total: number; depositAmount: number; isEstimate: boolean };
  estimates: MemberEstimate[];
  teamEstimate: TeamEstimate;
  impliedRate: ImpliedRate;
  targetHourlyRate: number;
  sha256: string | null;
  /** The frozen document the client received and signed; null for an offer never sent. */
  document: OfferDocument | null;
  mandateId: string | null;
}

export interface OfferListItem {
  id: string;
  clientId: string;
  clientName: string;
  number: string;
  version: number;
  status: OfferStatus;
  title: string;
  currency: Currency;
  total: number;
  sentAt: string | null;
  signedAt: string | null;
  createdAt: string;
}

export type MessageStatus = "pending" | "sent" | "failed" | "kept";

export interface OutboxMessage {
  id: string;
  kind: string;
  to: string;
  subject: string;
  body: string;
  entity: string;
  entityId: string;
  status: MessageStatus;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface SendResult {
  offer: Offer;
  portalUrl: string;
  message: Pick<OutboxMessage, "id" | "to" | "subject" | "body" | "status"> & { error?: string | null };
}

export type MandateStatus = "active" | "delivered" | "accepted" | "stopped" | "closed";

export interface ChecklistItem {
  id: string;
  source: "offer" | "change_order";
  title: string;
  done: boolean;
}

export interface Mandate {
  id: string;
  offerId: string;
  offerNumber: string;
  clientId: string;
  title: string;
  status: MandateStatus;
  checklist: ChecklistItem[];
  deliveries: { id: string; date: string; note: string; checklist: ChecklistItem[] }[];
  createdAt: string;
  acceptedAt?: string;
  stoppedAt?: string;
  stopReason?: string;
  closedAt?: string;
}

export interface MandateListItem {
  id: string;
  clientId: string;
  offerId: string;
  status: MandateStatus;
  title: string;
  createdAt: string;
}

/** A party as printed on a document. */
export interface DocumentParty {
  name: string;
  addressLines: string[];
  email?: string;
  registrations: { label: string; value: string }[];
}

/** The frozen offer document the client reads and signs. */
export interface OfferDocument {
  kind: "offer";
  number: string;
  version: number;
  language: Language;
  currency: Currency;
  issuer: DocumentParty;
  client: DocumentParty;
  endClient?: EndClientRef;
  title: string;
  summary: string;
  contractKind: ContractKind;
  deliverables: {
    id: string;
    position: number;
    title: string;
    description: string;
    quantity: number;
    unit: string;
    unitPrice?: number;
    amount: number;
    estimatedHours?: number;
  }[];
  exclusions: Clause[];
  assumptions: Clause[];
  pricing: { model: PricingModel; capAmount?: number };
  totals: { subtotal: number; total: number; isEstimate: boolean; depositBps: number; depositAmount: number };
  schedule: { startDate: string; deliveryDate: string };
  terms: OfferTerms;
  consentText: string;
}

/** The frozen change-order document (approved in the portal). */
export interface ChangeOrderDocument {
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
  items: { id: string; title: string; description: string; hours: number; hourlyRate?: number; amount: number }[];
  total: number;
  hours: number;
  scheduleImpactDays: number;
  proposedDeliveryDate: string;
  consentText: string;
}

export type PortalView =
  | { kind: "offer"; state: "replaced"; replacedByVersion: number }
  | {
      kind: "offer";
      state: "sent" | "signed" | "declined" | "cancelled";
      document: OfferDocument;
      sha256: string;
      signature: { signerName: string; signedAt: string } | null;
      declinedAt: string | null;
    }
  | {
      kind: "change_order";
      state: "sent" | "approved" | "rejected";
      document: ChangeOrderDocument;
      sha256: string;
      approval: { signerName: string; signedAt: string } | null;
    };

/** The body of POST /offers and PATCH /offers/{id}: content where new items have no id yet. */
export interface OfferInput {
  title: string;
  summary: string;
  endClient?: EndClientRef;
  deliverables: (Omit<Deliverable, "id"> & { id?: string })[];
  exclusions: { id?: string; text: string }[];
  assumptions: { id?: string; text: string }[];
  pricing: Pricing;
  depositBps: number;
  startDate: string;
  deliveryDate: string;
  terms: OfferTerms;
  contractKind: ContractKind;
  language: Language;
}

export const offerKeys = {
  list: (filters: Record<string, unknown>) => ["offers", filters] as const,
  detail: (id: string) => ["offer", id] as const,
  mandate: (id: string) => ["mandate", id] as const,
  mandates: (filters: Record<string, unknown>) => ["mandates", filters] as const,
  outbox: (page: number) => ["outbox", page] as const,
};

export const offersApi = {
  list: (q: { clientId?: string; status?: string; page?: number; pageSize?: number }) =>
    api<Page<OfferListItem>>("GET", `/offers${query(q)}`),
  get: (id: string) => api<OfferDetail>("GET", `/offers/${id}`),
  create: (body: OfferInput & { clientId: string; fromOfferId?: string }) => api<Offer>("POST", "/offers", body),
  update: (id: string, body: Partial<OfferInput>) => api<Offer>("PATCH", `/offers/${id}`, body),
  estimate: (id: string, items: { deliverableId: string; optimistic: number; likely: number; pessimistic: number }[]) =>
    api<OfferDetail>("POST", `/offers/${id}/estimates`, { items }),
  send: (id: string) => api<SendResult>("POST", `/offers/${id}/send`),
  cancel: (id: string, reason: string) => api<Offer>("POST", `/offers/${id}/cancel`, { reason }),
  verify: (id: string) => api<{ sha256: string | null; valid: boolean }>("GET", `/offers/${id}/verify`),
  revokeLinks: (id: string) => api<{ revoked: number }>("POST", `/offers/${id}/revoke-links`),
  pdfUrl: (id: string) => `/api/v1/offers/${id}/pdf`,
  mandates: (q: { clientId?: string; status?: string; page?: number; pageSize?: number }) =>
    api<Page<MandateListItem>>("GET", `/mandates${query(q)}`),
  mandate: (id: string) => api<Mandate>("GET", `/mandates/${id}`),
  updateMandate: (
    id: string,
    body: { checklist?: { id: string; done: boolean }[]; status?: "accepted" | "stopped" | "closed"; reason?: string },
  ) => api<Mandate>("PATCH", `/mandates/${id}`, body),
  deliver: (id: string, body: { date: string; note: string }) =>
    api<Mandate>("POST", `/mandates/${id}/deliveries`, body),
  outbox: (page: number, pageSize: number) => api<Page<OutboxMessage>>("GET", `/outbox${query({ page, pageSize })}`),
  portal: (token: string) => api<PortalView>("GET", `/portal/${encodeURIComponent(token)}`),
  sign: (token: string, body: { signerName: string; consent: boolean; consentText: string }) =>
    api<{ offerId: string; mandateId: string }>("POST", `/portal/${encodeURIComponent(token)}/sign`, body),
  approve: (token: string, body: { signerName: string; consent: boolean; consentText: string }) =>
    api<unknown>("POST", `/portal/${encodeURIComponent(token)}/approve`, body),
  reject: (token: string, reason: string) =>
    api<void>("POST", `/portal/${encodeURIComponent(token)}/reject`, reason.trim() ? { reason: reason.trim() } : {}),
};

/** Half-up division of non-negative integers (the server's per-line rounding). */
export function divideHalfUp(numerator: number, divisor: number): number {
  return Math.floor((numerator * 2 + divisor) / (2 * divisor));
}

/** Amount of one deliverable in minor units: a fixed amount, or unit price × quantity / 1000, half-up. */
export function deliverableAmount(d: Pick<Deliverable, "quantity" | "price">): number {
  return d.price.kind === "fixed" ? d.price.amount : divideHalfUp(d.price.unitPrice * d.quantity, 1000);
}

/** Live totals of the content being edited, as the server computes them. */
export function offerTotals(c: {
  deliverables: Pick<Deliverable, "quantity" | "price" | "estimatedHours">[];
  pricing: Pricing;
  depositBps: number;
}) {
  const subtotal = c.deliverables.reduce((sum, d) => sum + deliverableAmount(d), 0);
  const total = c.pricing.model === "capped" ? Math.min(subtotal, c.pricing.capAmount) : subtotal;
  const depositAmount = divideHalfUp(total * c.depositBps, 10_000);
  const estimatedHours = c.deliverables.reduce((sum, d) => sum + (d.estimatedHours ?? 0), 0);
  return { subtotal, total, depositAmount, isEstimate: c.pricing.model !== "fixed", estimatedHours };
}

/** A number typed in major units (12.5) as integer minor units (1250). */
export function toMinor(major: number, perMajor: number): number {
  return Math.round(major * perMajor);
}

/** The status an offer's portal link leads to, and whether the offer can still change. */
export function isEditable(status: OfferStatus): boolean {
  return status === "draft" || status === "sent";
}

/** PERT expectation of one three-point estimate. */
export function pertExpected(o: number, m: number, p: number): number {
  return (o + 4 * m + p) / 6;
}

/** Whether a Québec address makes French the default document language (Charter art. 55). */
export function isQuebecAddress(address: { country: string; region: string }): boolean {
  const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").trim().toUpperCase();
  return (
    ["CA", "CAN", "CANADA"].includes(fold(address.country)) && ["QC", "QUEBEC", "PQ"].includes(fold(address.region))
  );
}

export const CHARTER_SOURCE = "Charte de la langue française (RLRQ c. C-11), art. 55 et 57";

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
