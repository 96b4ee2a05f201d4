/**
 * Calls of client health, the continue / renegotiate / stop worksheet and the exit (`/api/v1/clients/{id}/health`,
 * `/health/*`, `/clients/{id}/values-alignment`, `/decisions`, `/exits`, `/clients/{id}/evidence`) through the
 * generated client, plus the links from a metric's source record to its page. The shapes are the OpenAPI document's,
 * the enums src/domain's.
 */
import type { CheckSeverity } from "../../../src/domain/exit/exit-check.ts";
import {
  CHOSEN_INVOICE_EXIT_ACTIONS,
  DEPOSIT_EXIT_ACTIONS,
  type DepositExitAction,
  MANDATE_EXIT_ACTIONS,
} from "../../../src/domain/exit/prepare-exit-plan.ts";
import type { HealthMetricKey, MetricStatus } from "../../../src/domain/health/health-metric.ts";
import type { Localized } from "../../../src/domain/health/localized.ts";
import { ApiError, call, client, type operations, query, type Schema } from "../api/client.ts";

export type { DecisionOption } from "../../../src/domain/decision/decision-worksheet.ts";
export { DECISION_OPTIONS } from "../../../src/domain/decision/decision-worksheet.ts";
export type {
  CheckSeverity,
  EvidenceKind,
  TerminationReasonCategory as ReasonCategory,
} from "../../../src/domain/exit/exit-check.ts";
export { INSUFFICIENT_REASONS, SERIOUS_REASONS } from "../../../src/domain/exit/exit-check.ts";
export type { HandoverKey } from "../../../src/domain/exit/handover-checklist.ts";
export { HEALTH_METRIC_KEYS } from "../../../src/domain/health/health-metric.ts";
export type { DepositExitAction, HealthMetricKey, Localized, MetricStatus };

/** The text of a bilingual sentence in the UI language. */
export function inLanguage(text: Localized, language: string): string {
  return language.startsWith("en") ? text.en : text.fr;
}

export type ClientHealth = Schema<"ClientHealth">;
export type HealthMetric = Schema<"HealthMetric">;
export type MetricSource = HealthMetric["sources"][number];
export type WarningLevel = ClientHealth["warning"]["level"];
export type HealthSettings = Schema<"HealthSettingsResolved">;
export type HealthTrendPoint = Schema<"HealthTrendPoint">;
export type HealthWarning = Schema<"HealthWarning">;

type DecidedDecision = Extract<Schema<"Decision">, { status: "decided" }>;
/** A worksheet: the document's shape for each status, plus the verdict only a decided one carries, read with `?.`. */
export type Decision = Schema<"Decision"> & Partial<Pick<DecidedDecision, "verdict" | "rationale" | "decidedOn">>;
export type DecisionListItem = Schema<"DecisionRow">;
export type DecisionChanges = Schema<"UpdateDecision">;

type ExitOptionChoices = NonNullable<Schema<"ExitOptionsView">["choices"]>;
export type MandateAction = NonNullable<ExitOptionChoices["mandates"]>[string];
export type InvoiceAction = NonNullable<ExitOptionChoices["invoices"]>[string];
export const DEPOSIT_ACTIONS = DEPOSIT_EXIT_ACTIONS;
export const MANDATE_ACTIONS = MANDATE_EXIT_ACTIONS;
export const INVOICE_ACTIONS = CHOSEN_INVOICE_EXIT_ACTIONS;

type ReadyExit = Extract<Schema<"Exit">, { status: "ready" }>;
type ExecutedExit = Extract<Schema<"Exit">, { status: "executed" }>;
type AbandonedExit = Extract<Schema<"Exit">, { status: "abandoned" }>;
/**
 * An exit: the document's shape for each status, plus what only some statuses carry made optional (the dates it was
 * marked ready, executed or abandoned, the reason and lesson), to read with `?.`.
 */
export type Exit = Schema<"Exit"> &
  Partial<
    Pick<ReadyExit, "readyOn"> &
      Pick<ExecutedExit, "executedOn" | "lesson" | "doNotReengage"> &
      Pick<AbandonedExit, "abandonedOn" | "reason">
  >;
export type ExitStatus = Exit["status"];
/** A row of a client's exits, as the document describes it. */
export type ExitListItem = Schema<"ExitRow">;
export type ExitLetter = Awaited<ReturnType<typeof exitApi.letter>>;
export type ExitChanges = NonNullable<operations["patchExitsById"]["requestBody"]>["content"]["application/json"];
/** Options as sent: the evidence by kind and id. */
export type ExitOptionsChange = NonNullable<ExitChanges["options"]>;

const path = (id: string) => ({ params: { path: { id } } });

export const exitApi = {
  health: (clientId: string, months = 12) =>
    call(client.GET("/api/v1/clients/{id}/health", { params: { path: { id: clientId }, query: { months } } })),
  /** A page of the clients below the health threshold, worst first (or, with `clientId`, that client's item if any). */
  warnings: (q: NonNullable<operations["getHealthWarnings"]["parameters"]["query"]> = {}) =>
    call(client.GET("/api/v1/health/warnings", { params: { query: q } })),
  settings: () => call(client.GET("/api/v1/health/settings")),
  saveSettings: (body: Schema<"HealthSettings">) => call(client.PUT("/api/v1/health/settings", { body })),
  rateValues: (clientId: string, ratings: { valueId: string; rating: number }[]) =>
    call(client.PUT("/api/v1/clients/{id}/values-alignment", { ...path(clientId), body: { ratings } })),
  openDecision: (clientId: string, body: Schema<"OpenDecision">) =>
    call(client.POST("/api/v1/clients/{id}/decisions", { ...path(clientId), body })),
  decisions: (clientId: string) => call(client.GET("/api/v1/clients/{id}/decisions", path(clientId))),
  decision: (id: string): Promise<Decision> => call(client.GET("/api/v1/decisions/{id}", path(id))),
  updateDecision: (id: string, body: DecisionChanges) =>
    call(client.PATCH("/api/v1/decisions/{id}", { ...path(id), body })),
  prepareExit: (clientId: string, body: { decisionId?: string; noticeDate?: string; effectiveDate?: string }) =>
    call(client.POST("/api/v1/clients/{id}/exits", { ...path(clientId), body })),
  exits: (clientId: string) => call(client.GET("/api/v1/clients/{id}/exits", path(clientId))),
  exit: (id: string): Promise<Exit> => call(client.GET("/api/v1/exits/{id}", path(id))),
  updateExit: (id: string, body: ExitChanges): Promise<Exit> =>
    call(client.PATCH("/api/v1/exits/{id}", { ...path(id), body })),
  letter: async (id: string, lang: "fr" | "en") => {
    const letter = await call(client.GET("/api/v1/exits/{id}/letter", { params: { path: { id }, query: { lang } } }));
    // The same path answers the PDF itself with `format=pdf`; without it, the letter's JSON.
    if (typeof letter === "string") throw new ApiError({ status: 200, code: "unexpected_pdf" });
    return letter;
  },
  sendLetter: (id: string, lang: "fr" | "en") =>
    call(client.POST("/api/v1/exits/{id}/letter/send", { ...path(id), body: { lang } })),
  letterPdfUrl: (id: string, lang: "fr" | "en") => `/api/v1/exits/${id}/letter${query({ lang, format: "pdf" })}`,
  execute: (id: string, body: Schema<"ExecuteExit">) =>
    call(client.POST("/api/v1/exits/{id}/execute", { ...path(id), body })),
  evidenceCandidates: (clientId: string) => call(client.GET("/api/v1/clients/{id}/exit-evidence", path(clientId))),
  milestones: (mandateId: string) => call(client.GET("/api/v1/mandates/{id}/milestones", path(mandateId))),
  addMilestone: (mandateId: string, body: Schema<"NewMilestone">) =>
    call(client.POST("/api/v1/mandates/{id}/milestones", { ...path(mandateId), body })),
  removeMilestone: (mandateId: string, milestoneId: string) =>
    call(
      client.DELETE("/api/v1/mandates/{id}/milestones/{milestoneId}", {
        params: { path: { id: mandateId, milestoneId } },
      }),
    ),
  evidenceUrl: (clientId: string) => `/api/v1/clients/${clientId}/evidence`,
};

/** The page of a metric's source record, when it has one (claims, time entries and values are shown elsewhere). */
export function sourceHref(source: MetricSource, clientId: string): string | undefined {
  switch (source.entity) {
    case "offer":
      return `/offers/${source.id}`;
    case "mandate":
      return `/mandates/${source.id}`;
    case "invoice":
      return `/invoices/${source.id}`;
    case "change_order":
      return `/change-orders/${source.id}`;
    case "signal":
      return `/clients/${clientId}#signals-title`;
    case "value":
      return "/settings";
    default:
      return undefined;
  }
}

/** Colour and word of a status: the colour is never the only cue. */
export const statusColors: Record<MetricStatus, string> = {
  good: "teal.9",
  watch: "orange.9",
  bad: "red.9",
  unknown: "gray.7",
};
export const levelColors: Record<WarningLevel, string> = { none: "teal.9", warning: "orange.9", critical: "red.9" };
export const severityColors: Record<CheckSeverity, string> = {
  advice: "blue.9",
  warning: "orange.9",
  blocking: "red.9",
};
