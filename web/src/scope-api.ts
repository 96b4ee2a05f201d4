/**
 * Shapes and calls of the scope guard: feedback rounds and their claims, triage, replies, change orders, time,
 * goodwill and capacity (`/api/v1/mandates/{id}/rounds`, `/rounds`, `/claims`, `/change-orders`, `/time-entries`,
 * `/timers`, `/timesheet`, `/goodwill`, `/capacity`, and the change-order side of `/portal/{token}`).
 */
import type { ChangeOrderItem } from "../../src/domain/change-order/change-order-content.ts";
import type { Schema } from "./api/client.ts";
import { ApiError, api, query } from "./api.ts";
import type { Currency } from "./api-types.ts";

export const TRIAGE_OUTCOMES = [
  "in_scope",
  "change_order",
  "goodwill",
  "alternative",
  "declined",
  "duplicate",
] as const;
export type TriageOutcome = (typeof TRIAGE_OUTCOMES)[number];
export type BaselineKind = "deliverable" | "exclusion" | "assumption" | "change_order_item";
/** The kinds of clauses, in the order an offer lists them (the triage form groups the scope by them). */
export const BASELINE_KINDS: readonly BaselineKind[] = ["deliverable", "change_order_item", "exclusion", "assumption"];
export type ChangeOrderStatus = "draft" | "sent" | "approved" | "rejected" | "withdrawn";
export const TIME_CATEGORIES = ["billable", "included", "goodwill", "internal"] as const;
export type TimeCategory = (typeof TIME_CATEGORIES)[number];

/** Which fields each outcome asks for (the API refuses a decision without them). */
export const OUTCOME_FIELDS: Record<
  TriageOutcome,
  { baseline: boolean; rationale: boolean; alternative: boolean; duplicate: boolean; hours: boolean }
> = {
  in_scope: { baseline: true, rationale: false, alternative: false, duplicate: false, hours: true },
  change_order: { baseline: false, rationale: false, alternative: false, duplicate: false, hours: true },
  goodwill: { baseline: false, rationale: true, alternative: false, duplicate: false, hours: true },
  alternative: { baseline: false, rationale: true, alternative: true, duplicate: false, hours: true },
  declined: { baseline: true, rationale: true, alternative: false, duplicate: false, hours: false },
  duplicate: { baseline: false, rationale: false, alternative: false, duplicate: true, hours: false },
};

export interface Localized {
  fr: string;
  en: string;
}

export interface Money {
  amount: number;
  currency: Currency;
}

export interface BaselineRef {
  kind: BaselineKind;
  id: string;
}

export interface ClaimTriage {
  outcome: TriageOutcome;
  decidedAt: string;
  decidedBy: string;
  baseline?: BaselineRef;
  rationale?: string;
  alternative?: string;
  duplicateOfClaimId?: string;
  estimatedHours?: number;
  /** A confirmed repeat: the earlier answer the reply restates. */
  repeat?: SettledPoint;
}

/** What the client already had answered (or delivered) that a claim repeats. */
export interface SettledPoint {
  ref: { kind: "claim" | "delivered"; id: string };
  mandateId: string;
  text: string;
  answer: "declined" | "alternative" | "goodwill" | "change_order_rejected" | "change_order_approved" | "delivered";
  on: string;
  clause?: { kind: BaselineKind; text: string };
  rationale?: string;
  alternative?: string;
  changeOrderNumber?: string;
}

export interface Suggestion {
  id: string;
  kind: BaselineKind;
  title: string;
  score: number;
  matchedTerms: string[];
}

export interface Claim {
  id: string;
  roundId: string;
  mandateId: string;
  position: number;
  text: string;
  context?: string;
  source: { start: number; end: number };
  triage?: ClaimTriage;
  changeOrder?: { id: string; number: string; status: ChangeOrderStatus };
}

export type ClaimWithSuggestions = Claim & {
  suggestions: Suggestion[];
  /** The earlier answer this claim likely repeats, until a person decides. */
  likelyRepeat?: { point: SettledPoint; score: number };
};

/** One clause of the current scope (any of them can be cited). */
export interface BaselineClause {
  id: string;
  kind: BaselineKind;
  title: string;
}

export interface RoundLetter {
  subject: string;
  body: string;
  language: string;
  updatedAt: string;
}

export interface OutboxMessage {
  id: string;
  to: string | null;
  subject: string;
  status: "pending" | "sent" | "kept" | "failed";
  error: string | null;
}

export interface RoundSummary {
  total: number;
  untriaged: number;
  counts: Record<TriageOutcome, number>;
  hours: Record<TriageOutcome, number>;
  /** Claims confirmed as repeats, and claims flagged as likely repeats not yet decided. */
  repeats: number;
  likelyRepeats: number;
}

export interface RoundView {
  round: {
    id: string;
    mandateId: string;
    clientId: string;
    receivedOn: string;
    text: string;
    reply: RoundLetter | null;
    createdAt: string;
  };
  claims: ClaimWithSuggestions[];
  summary: RoundSummary;
  baseline: BaselineClause[];
  offer: { id: string; number: string; signedAt: string; sha256: string };
}

export interface RoundListItem {
  id: string;
  receivedOn: string;
  createdAt: string;
  claims: number;
  triaged: number;
}

export interface TriageInput {
  outcome: TriageOutcome;
  baseline?: BaselineRef | null;
  rationale?: string | null;
  alternative?: string | null;
  duplicateOfClaimId?: string | null;
  estimatedHours?: number | null;
}

export interface MandateSummary {
  id: string;
  clientId: string;
  offerId: string;
  offerNumber?: string;
  status: string;
  title: string;
  createdAt: string;
}

export interface ChangeOrder {
  id: string;
  mandateId: string;
  offerId: string;
  number: string;
  status: ChangeOrderStatus;
  content: {
    title: string;
    reason: string;
    requester: string;
    items: ChangeOrderItem[];
    scheduleImpactDays: number;
    proposedDeliveryDate: string;
    language: "fr" | "en";
    currency: Currency;
  };
  createdAt: string;
  sentAt?: string;
  sha256?: string;
  approval?: { signerName: string; signedAt: string; consentText: string };
  rejectedAt?: string;
  rejectReason?: string;
  withdrawnAt?: string;
  /** The default rate of hours (the signed offer's agreed rate, else the target rate); 0 when none is known. */
  suggestedRate?: { hourlyRate: number; source: "offer" | "workspace" };
}

/** What the studio can change on a draft change order (`PUT /change-orders/{id}`). */
export interface ChangeOrderUpdate {
  title: string;
  reason: string;
  requester: string;
  items: Omit<ChangeOrderItem, "claimId">[];
  proposedDeliveryDate: string;
  scheduleImpactDays: number;
}

/** The date and delay the team's capacity gives for a number of added hours. */
export interface DeliveryProposal {
  proposedDeliveryDate: string;
  scheduleImpactDays: number;
  workingDaysNeeded: number;
}

export interface DocumentParty {
  name: string;
  addressLines: string[];
  email?: string;
  registrations: { label: string; value: string }[];
}

export interface ChangeOrderDocument {
  kind: "change_order";
  number: string;
  amends: { number: string; version: number; sha256: string };
  language: "fr" | "en";
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

/** `GET /portal/{token}` when the link leads to a change order. */
export type ChangeOrderPortalView = Extract<Schema<"PortalView">, { kind: "change_order" }>;

export interface TimeEntry {
  id: string;
  memberId: string;
  mandateId?: string;
  claimId?: string;
  date: string;
  minutes: number;
  recordedMinutes: number;
  category: TimeCategory;
  note: string;
  onUnapprovedChangeOrder?: boolean;
  /** Why it can no longer be deleted: on an invoice, or its client ended. */
  readOnly?: "invoiced" | "client_ended";
}

export interface RunningTimer {
  id: string;
  memberId: string;
  mandateId?: string;
  claimId?: string;
  category: TimeCategory;
  note: string;
  startedAt: string;
}

export interface IsoWeek {
  key: string;
  year: number;
  week: number;
  monday: string;
  sunday: string;
}

export interface Timesheet {
  week: IsoWeek;
  dates: string[];
  rows: { memberId: string; mandateId: string | null; days: number[]; total: number }[];
  members: { memberId: string; days: number[]; total: number; byCategory: Record<TimeCategory, number> }[];
  days: number[];
  total: number;
  byCategory: Record<TimeCategory, number>;
}

export type BudgetStatus = "ok" | "warning" | "exceeded";

export interface GoodwillTotal {
  id: string;
  name: string;
  minutes: number;
  hours: number;
  value: Money;
  /** Hours by members whose billable rate is not set: their value is unknown, not 0 $. */
  unratedHours: number;
  budget?: { status: BudgetStatus; budgetHours: number; usedHours: number; ratio?: number; message: Localized };
}

export interface GoodwillSummary {
  clients: GoodwillTotal[];
  mandates: (GoodwillTotal & { clientId: string })[];
  total: { minutes: number; hours: number; value: Money; unratedHours: number };
}

export type CapacityStatus = "ok" | "approaching" | "over";

export interface MemberWeek {
  week: IsoWeek;
  capacityHours: number;
  loggedHours: number;
  plannedHours: number;
  planned: { workId: string; label: string; hours: number }[];
  bookedHours: number;
  utilisation?: number;
  status: CapacityStatus;
  message?: Localized;
}

export interface TeamCapacity {
  weeks: IsoWeek[];
  members: { memberId: string; name: string; weeks: MemberWeek[] }[];
  warnings: { memberId: string; week: IsoWeek; status: Exclude<CapacityStatus, "ok">; message: Localized }[];
  unallocated: { week: IsoWeek; hours: number }[];
}

/** The text of a bilingual server message in the UI language. */
export function localized(message: Localized | undefined, language: string): string {
  if (!message) return "";
  return language.startsWith("en") ? message.en : message.fr;
}

/** Minutes as `h:mm` (`90` → `1:30`). */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? "-" : "";
  const m = Math.abs(Math.round(minutes));
  return `${sign}${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}`;
}

/** Reads `1:30`, `1h30`, `1,5` / `1.5` (hours) or `90m` as minutes; undefined when it is none of them. */
export function parseDuration(text: string): number | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, "");
  if (!s) return undefined;
  const hm = /^(\d{1,2})(?::|h)(\d{1,2})?$/.exec(s);
  if (hm) {
    const minutes = Number(hm[2] ?? 0);
    return minutes < 60 ? Number(hm[1]) * 60 + minutes : undefined;
  }
  const m = /^(\d{1,4})m(in)?$/.exec(s);
  if (m) return Number(m[1]);
  const h = /^(\d{1,2}(?:[.,]\d{1,2})?)$/.exec(s);
  if (h) return Math.round(Number(h[1]!.replace(",", ".")) * 60);
  return undefined;
}

/** Today as `YYYY-MM-DD` in the browser's time zone. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const scopeKeys = {
  mandate: (id: string) => ["mandate", id] as const,
  rounds: (mandateId: string) => ["rounds", mandateId] as const,
  round: (id: string) => ["round", id] as const,
  changeOrders: (mandateId: string) => ["change-orders", mandateId] as const,
  changeOrder: (id: string) => ["change-order", id] as const,
  mandates: ["mandates", "all"] as const,
  timers: ["timers"] as const,
  timeEntries: ["time-entries"] as const,
  timesheet: (date: string) => ["timesheet", date] as const,
  goodwill: ["goodwill"] as const,
  capacity: ["capacity"] as const,
};

/**
 * Runs a portal write; when the visitor also has a studio session in this browser, the API asks for that session's
 * CSRF token, so load it once (GET /me) and try again.
 */
async function withCsrfRetry<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== "csrf") throw error;
    await api("GET", "/me");
    return write();
  }
}

export const scopeApi = {
  mandate: (id: string) => api<MandateSummary>("GET", `/mandates/${id}`),
  mandates: () => api<{ items: MandateSummary[]; total: number }>("GET", `/mandates${query({ pageSize: 200 })}`),
  rounds: (mandateId: string) => api<{ items: RoundListItem[] }>("GET", `/mandates/${mandateId}/rounds`),
  receiveRound: (mandateId: string, body: { text: string; receivedAt: string }) =>
    api<RoundView>("POST", `/mandates/${mandateId}/rounds`, body),
  round: (id: string) => api<RoundView>("GET", `/rounds/${id}`),
  updateClaim: (id: string, body: { text?: string; triage?: TriageInput | null }) =>
    api<Claim>("PATCH", `/claims/${id}`, body),
  deleteClaim: (id: string) => api<undefined>("DELETE", `/claims/${id}`),
  confirmRepeat: (id: string) => api<Claim>("POST", `/claims/${id}/confirm-repeat`),
  mergeClaims: (roundId: string, claimIds: string[]) => api<Claim>("POST", `/rounds/${roundId}/merge`, { claimIds }),
  splitClaim: (id: string, atOffset: number) => api<{ items: Claim[] }>("POST", `/claims/${id}/split`, { atOffset }),
  reply: (roundId: string, body: { subject?: string; body?: string; send?: boolean }) =>
    api<RoundLetter & { message: OutboxMessage | null }>("POST", `/rounds/${roundId}/reply`, body),
  changeOrders: (mandateId: string) => api<{ items: ChangeOrder[] }>("GET", `/mandates/${mandateId}/change-orders`),
  createChangeOrder: (
    mandateId: string,
    body: { claimIds: string[]; title: string; reason: string; requester: string; hourlyRate?: number },
  ) => api<ChangeOrder>("POST", `/mandates/${mandateId}/change-orders`, body),
  changeOrder: (id: string) => api<ChangeOrder>("GET", `/change-orders/${id}`),
  sendChangeOrder: (id: string) =>
    api<{ changeOrder: ChangeOrder; portalUrl: string; message: OutboxMessage | null }>(
      "POST",
      `/change-orders/${id}/send`,
    ),
  withdrawChangeOrder: (id: string) => api<ChangeOrder>("POST", `/change-orders/${id}/withdraw`),
  updateChangeOrder: (id: string, body: ChangeOrderUpdate) => api<ChangeOrder>("PUT", `/change-orders/${id}`, body),
  deliveryProposal: (id: string, hours: number) =>
    api<DeliveryProposal>("GET", `/change-orders/${id}/delivery-proposal?hours=${encodeURIComponent(hours)}`),
  approve: (token: string, body: { signerName: string; consent: boolean; consentText: string }) =>
    withCsrfRetry(() => api<{ changeOrderId: string }>("POST", `/portal/${encodeURIComponent(token)}/approve`, body)),
  reject: (token: string, reason: string) =>
    withCsrfRetry(() =>
      api<undefined>("POST", `/portal/${encodeURIComponent(token)}/reject`, reason ? { reason } : {}),
    ),
  timeEntries: (filters: { mandateId?: string; memberId?: string; page?: number; pageSize?: number }) =>
    api<{ items: TimeEntry[]; total: number; totalMinutes: number }>("GET", `/time-entries${query(filters)}`),
  logTime: (body: {
    memberId?: string;
    mandateId?: string;
    claimId?: string;
    date: string;
    minutes: number;
    category: TimeCategory;
    note?: string;
  }) => api<TimeEntry>("POST", "/time-entries", body),
  deleteTime: (id: string) => api<undefined>("DELETE", `/time-entries/${id}`),
  timers: () => api<{ items: RunningTimer[] }>("GET", "/timers"),
  startTimer: (body: { mandateId?: string; claimId?: string; category: TimeCategory; note?: string }) =>
    api<RunningTimer>("POST", "/timers/start", body),
  stopTimer: () => api<TimeEntry>("POST", "/timers/stop", {}),
  timesheet: (date: string) => api<Timesheet>("GET", `/timesheet${query({ date })}`),
  goodwill: (filter: { clientId?: string; mandateId?: string } = {}) =>
    api<GoodwillSummary>("GET", `/goodwill${query(filter)}`),
  setGoodwillBudget: (body: { scope: "client" | "mandate"; id: string; hours: number | null }) =>
    api<undefined>("PUT", "/goodwill-budgets", body),
  capacity: (weeks = 12) => api<TeamCapacity>("GET", `/capacity${query({ weeks })}`),
};

/** An absolute portal address (the API answers a relative one when no public URL is configured). */
export function absoluteUrl(url: string): string {
  return url.startsWith("/") ? `${window.location.origin}${url}` : url;
}
