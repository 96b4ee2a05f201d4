/**
 * Calls of the scope guard through the generated client: feedback rounds and their claims, triage, replies, change
 * orders, time, goodwill and capacity (`/api/v1/mandates/{id}/rounds`, `/rounds`, `/claims`, `/change-orders`,
 * `/time-entries`, `/timers`, `/timesheet`, `/goodwill`, `/capacity`, and the change-order side of `/portal/{token}`).
 * Shapes are the OpenAPI document's; the enums src/domain's.
 */

import type { ChangeOrderStatus } from "../../../src/domain/change-order/change-order.ts";
import type { BASELINE_REFERENCE_KINDS, BaselineReferenceKind } from "../../../src/domain/claim/claim.ts";
import type { MandateStatus } from "../../../src/domain/mandate/mandate.ts";
import { ApiError, call, client, type operations, type Schema } from "../api/client.ts";

export type { BaselineReferenceKind as BaselineKind, TriageOutcome } from "../../../src/domain/claim/claim.ts";
export { TRIAGE_OUTCOMES } from "../../../src/domain/claim/claim.ts";
export type { TimeCategory } from "../../../src/domain/time/time-entry.ts";
export { TIME_CATEGORIES } from "../../../src/domain/time/time-entry.ts";
export type { ChangeOrderStatus };

/** The kinds of clauses, in the order an offer lists them (the triage form groups the scope by them). */
export const BASELINE_KINDS = [
  "deliverable",
  "change_order_item",
  "exclusion",
  "assumption",
] as const satisfies readonly (typeof BASELINE_REFERENCE_KINDS)[number][];

/** Which fields each outcome asks for: what the domain requires of it. */
export { TRIAGE_REQUIREMENTS as OUTCOME_FIELDS } from "../../../src/domain/claim/triage-claim.ts";

export type RoundView = Schema<"RoundView">;
export type ClaimWithSuggestions = RoundView["claims"][number];
export type Claim = Schema<"Claim">;
export type ClaimTriage = NonNullable<Claim["triage"]>;
export type SettledPoint = Schema<"SettledPoint">;
export type Suggestion = ClaimWithSuggestions["suggestions"][number];
/** One clause of the current scope (any of them can be cited). */
export type BaselineClause = RoundView["baseline"][number];
export type RoundSummary = RoundView["summary"];
export type RoundLetter = Schema<"RoundLetter">;
export type OutboxMessage = Schema<"OutboxMessage">;
export type TriageInput = NonNullable<Schema<"UpdateClaim">["triage"]>;
export type MandateSummary = Schema<"Mandate">;
/** A change order as its page reads it (`GET /change-orders/{id}`: with its totals and the suggested rate). */
export type ChangeOrder = Schema<"ChangeOrderDetail">;
/** A change order as a write answers it (edit, send, withdraw). */
export type ChangeOrderRecord = Schema<"ChangeOrder">;
/** What a decision may carry, whatever its outcome (each outcome carries only its own fields). */
export interface TriageDetails {
  baseline?: { kind: BaselineReferenceKind; id: string };
  rationale?: string;
  alternative?: string;
  duplicateOfClaimId?: string;
  estimatedHours?: number;
  repeat?: SettledPoint;
}
/** What the studio can change on a draft change order (`PUT /change-orders/{id}`). */
export type ChangeOrderUpdate = Schema<"UpdateChangeOrder">;
/** The date and delay the team's capacity gives for a number of added hours. */
export type DeliveryProposal = Schema<"ChangeOrderDeliveryProposal">;
export type ChangeOrderDocument = Schema<"ChangeOrderDocument">;
/** `GET /portal/{token}` when the link leads to a change order. */
export type ChangeOrderPortalView = Extract<Schema<"PortalView">, { kind: "change_order" }>;
export type TimeEntry = Schema<"TimeEntry">;

export type RunningTimer = Schema<"RunningTimer">;
export type Timesheet = Schema<"Timesheet">;
export type GoodwillSummary = Schema<"GoodwillSummary">;
export type GoodwillTotal = GoodwillSummary["clients"][number];
export type TeamCapacity = Schema<"TeamCapacity">;
export type MemberWeek = TeamCapacity["members"][number]["weeks"][number];
export type CapacityStatus = MemberWeek["status"];
export type BudgetStatus = NonNullable<GoodwillTotal["budget"]>["status"];
export type Money = Schema<"Money">;
export interface Localized {
  fr: string;
  en: string;
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

export { today } from "../components/today.ts";

/**
 * Runs a portal write; when the visitor also has a studio session in this browser, the API asks for that session's
 * CSRF token, so load it once (GET /me) and try again.
 */
async function withCsrfRetry<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== "csrf") throw error;
    await call(client.GET("/api/v1/me"));
    return write();
  }
}

const path = (id: string) => ({ params: { path: { id } } });
const portal = (token: string) => ({ params: { path: { token } } });

export const scopeApi = {
  mandate: (id: string) => call(client.GET("/api/v1/mandates/{id}", path(id))),
  /** The 200 newest mandates, or the 200 newest of one status. */
  mandates: (status?: MandateStatus) =>
    call(client.GET("/api/v1/mandates", { params: { query: { pageSize: 200, ...(status ? { status } : {}) } } })),
  rounds: (mandateId: string) => call(client.GET("/api/v1/mandates/{id}/rounds", path(mandateId))),
  receiveRound: (mandateId: string, body: Schema<"ReceiveRound">) =>
    call(client.POST("/api/v1/mandates/{id}/rounds", { ...path(mandateId), body })),
  round: (id: string) => call(client.GET("/api/v1/rounds/{id}", path(id))),
  updateClaim: (id: string, body: Schema<"UpdateClaim">) =>
    call(client.PATCH("/api/v1/claims/{id}", { ...path(id), body })),
  deleteClaim: (id: string) => call(client.DELETE("/api/v1/claims/{id}", path(id))),
  confirmRepeat: (id: string) => call(client.POST("/api/v1/claims/{id}/confirm-repeat", path(id))),
  mergeClaims: (roundId: string, claimIds: string[]) =>
    call(client.POST("/api/v1/rounds/{id}/merge", { ...path(roundId), body: { claimIds } })),
  splitClaim: (id: string, atOffset: number) =>
    call(client.POST("/api/v1/claims/{id}/split", { ...path(id), body: { atOffset } })),
  reply: (roundId: string, body: Schema<"RoundReply">) =>
    call(client.POST("/api/v1/rounds/{id}/reply", { ...path(roundId), body })),
  changeOrders: (mandateId: string) => call(client.GET("/api/v1/mandates/{id}/change-orders", path(mandateId))),
  createChangeOrder: (mandateId: string, body: Schema<"CreateChangeOrder">) =>
    call(client.POST("/api/v1/mandates/{id}/change-orders", { ...path(mandateId), body })),
  changeOrder: (id: string) => call(client.GET("/api/v1/change-orders/{id}", path(id))),
  sendChangeOrder: (id: string) => call(client.POST("/api/v1/change-orders/{id}/send", path(id))),
  withdrawChangeOrder: (id: string) => call(client.POST("/api/v1/change-orders/{id}/withdraw", path(id))),
  updateChangeOrder: (id: string, body: ChangeOrderUpdate) =>
    call(client.PUT("/api/v1/change-orders/{id}", { ...path(id), body })),
  deliveryProposal: (id: string, hours: number) =>
    call(client.GET("/api/v1/change-orders/{id}/delivery-proposal", { params: { path: { id }, query: { hours } } })),
  approve: (token: string, body: Schema<"PortalSign">) =>
    withCsrfRetry(() => call(client.POST("/api/v1/portal/{token}/approve", { ...portal(token), body }))),
  reject: (token: string, reason: string) =>
    withCsrfRetry(() =>
      call(client.POST("/api/v1/portal/{token}/reject", { ...portal(token), body: reason ? { reason } : {} })),
    ),
  timeEntries: (filters: NonNullable<operations["getTimeEntries"]["parameters"]["query"]>) =>
    call(client.GET("/api/v1/time-entries", { params: { query: filters } })),
  logTime: (body: Schema<"LogTime">) => call(client.POST("/api/v1/time-entries", { body })),
  deleteTime: (id: string) => call(client.DELETE("/api/v1/time-entries/{id}", path(id))),
  timers: () => call(client.GET("/api/v1/timers")),
  startTimer: (body: Schema<"StartTimer">) => call(client.POST("/api/v1/timers/start", { body })),
  stopTimer: () => call(client.POST("/api/v1/timers/stop", { body: {} })),
  timesheet: (date: string) => call(client.GET("/api/v1/timesheet", { params: { query: { date } } })),
  goodwill: (filter: { clientId?: string; mandateId?: string } = {}) =>
    call(client.GET("/api/v1/goodwill", { params: { query: filter } })),
  setGoodwillBudget: (body: Schema<"GoodwillBudget">) => call(client.PUT("/api/v1/goodwill-budgets", { body })),
  capacity: (weeks = 12) => call(client.GET("/api/v1/capacity", { params: { query: { weeks } } })),
};

/** An absolute portal address (the API answers a relative one when no public URL is configured). */
export function absoluteUrl(url: string): string {
  return url.startsWith("/") ? `${window.location.origin}${url}` : url;
}
