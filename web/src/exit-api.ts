/**
 * Shapes and calls of client health, the continue / renegotiate / stop worksheet and the exit
 * (`/api/v1/clients/{id}/health`, `/health/*`, `/clients/{id}/values-alignment`, `/decisions`, `/exits`,
 * `/clients/{id}/evidence`), plus the links from a metric's source record to its page.
 */
import type {
  DepositExitAction,
  ExitPlan as DomainExitPlan,
  PlannedDeposit,
} from "../../src/domain/exit/prepare-exit-plan.ts";
import { call, client, type Schema } from "./api/client.ts";
import { api, query } from "./api.ts";
import type { Currency } from "./api-types.ts";

export interface Localized {
  fr: string;
  en: string;
}

/** The text of a bilingual sentence in the UI language. */
export function inLanguage(text: Localized, language: string): string {
  return language.startsWith("en") ? text.en : text.fr;
}

export const HEALTH_METRIC_KEYS = [
  "effective_hourly_rate",
  "goodwill_hours",
  "goodwill_value",
  "scope_creep_index",
  "feedback_rounds_per_mandate",
  "change_order_acceptance",
  "payment_delay",
  "overdue_amount",
  "revenue_concentration",
  "warning_signals",
  "values_alignment",
] as const;
export type HealthMetricKey = (typeof HEALTH_METRIC_KEYS)[number];
export type MetricStatus = "good" | "watch" | "bad" | "unknown";
export type MetricUnit =
  | "money_per_hour"
  | "hours"
  | "money"
  | "ratio"
  | "rounds"
  | "days"
  | "points"
  | "hours_per_week";
export type SourceEntity =
  | "time_entry"
  | "invoice"
  | "claim"
  | "offer"
  | "mandate"
  | "change_order"
  | "signal"
  | "value"
  | "round";

export interface MetricSource {
  entity: SourceEntity;
  id: string;
}

export interface HealthMetric {
  key: HealthMetricKey;
  value: number | null;
  unit: MetricUnit;
  currency?: Currency;
  status: MetricStatus;
  explanation: Localized;
  sources: MetricSource[];
}

export type WarningLevel = "none" | "warning" | "critical";

export interface HealthSettings {
  weights: Record<HealthMetricKey, number>;
  threshold: number;
  criticalThreshold: number;
  signalHalfLifeDays: number;
}

export interface ClientHealth {
  clientId: string;
  asOf: string;
  metrics: HealthMetric[];
  /** `value: null` while fewer than `required` weighted metrics are known ("not enough data yet"). */
  score: {
    value: number | null;
    parts: { key: HealthMetricKey; points: number; weight: number }[];
    known: number;
    required: number;
  };
  warning: { level: WarningLevel; reasons: Localized[] };
  settings: HealthSettings;
}

export interface HealthTrendPoint {
  month: string;
  from: string;
  to: string;
  health: ClientHealth;
}

export type ClientHealthWithTrend = ClientHealth & { trend: HealthTrendPoint[] };

export const DECISION_OPTIONS = ["continue", "renegotiate", "stop"] as const;
export type DecisionOption = (typeof DECISION_OPTIONS)[number];

export interface FactLine {
  key: string;
  label: Localized;
  value: number | null;
  unit: MetricUnit;
  effect: "pro" | "con" | "neutral";
  sources: MetricSource[];
}

export interface DecisionCriterion {
  id: string;
  statement: string;
  weight: number;
  ratings: Partial<Record<DecisionOption, number>>;
}

export interface DecisionArgument {
  id: string;
  option: DecisionOption;
  side: "pro" | "con";
  text: Localized;
  weight: number;
  origin: "fact" | "user";
}

export interface OptionScore {
  option: DecisionOption;
  /** Absent on worksheets decided before it existed: read a `null` total as not enough information. */
  status?: "scored" | "not_enough_information";
  values: number | null;
  arguments: number | null;
  total: number | null;
  pros: number;
  cons: number;
}

export interface Decision {
  id: string;
  clientId: string;
  currency: Currency;
  createdOn: string;
  supersedes?: string;
  status: "draft" | "decided";
  facts: Record<DecisionOption, FactLine[]>;
  criteria: DecisionCriterion[];
  ratingsCarriedOver?: boolean;
  arguments: DecisionArgument[];
  scores: { options: OptionScore[]; leading: DecisionOption | null };
  verdict?: DecisionOption;
  rationale?: string;
  decidedOn?: string;
}

/** A row of a client's decisions, as the document describes it. */
export type DecisionListItem = Schema<"DecisionRow">;

export interface DecisionChanges {
  ratings?: { criterionId: string; option: DecisionOption; rating: number }[];
  addArguments?: { option: DecisionOption; side: "pro" | "con"; text: string; weight: number }[];
  weights?: { argumentId: string; weight: number }[];
  removeArguments?: string[];
  verdict?: { verdict: DecisionOption; rationale: string };
  revise?: boolean;
}

export const SERIOUS_REASONS = [
  "clientNonPaymentOfDueSums",
  "repeatedInterference",
  "unilateralChangeOfTerms",
  "clientBadFaith",
  "majorScopeChangeUnderFixedPrice",
  "other",
] as const;
export const INSUFFICIENT_REASONS = [
  "scheduleConflict",
  "betterOffer",
  "personalityClash",
  "fearOfNonPayment",
  "minorLatePayment",
] as const;
export type ReasonCategory = (typeof SERIOUS_REASONS)[number] | (typeof INSUFFICIENT_REASONS)[number];
export const HANDOVER_KEYS = [
  "files",
  "repository",
  "credentials",
  "dns_hosting",
  "backups",
  "successor_notes",
] as const;
export type HandoverKey = (typeof HANDOVER_KEYS)[number];
export type MandateAction = "stop_now" | "finish_milestone" | "hand_over";
export type InvoiceAction = "collect" | "payment_plan" | "write_off";
/** What the plan does with an invoice: the user's choice, or `credit` when it only bills a deposit the exit credits. */
export type PlannedInvoiceAction = InvoiceAction | "credit";
export type { DepositExitAction, PlannedDeposit };
export const DEPOSIT_ACTIONS: readonly DepositExitAction[] = ["credit", "keep_against_costs"];
export const MANDATE_ACTIONS: readonly MandateAction[] = ["stop_now", "finish_milestone", "hand_over"];
export const INVOICE_ACTIONS: readonly InvoiceAction[] = ["collect", "payment_plan", "write_off"];

export interface Settlement {
  workValue: number;
  expenses: number;
  usablePropertyValue: number;
  earned: number;
  invoicedToDate: number;
  receivedToDate: number;
  finalInvoiceAmount: number;
  creditNoteAmount: number;
  refundAmount: number;
}

export interface HandoverItem {
  key: HandoverKey;
  label: Localized;
  applicable: boolean;
  dueDate: string;
  doneOn: string | null;
  notes?: string;
}

export interface ExitPlan {
  jurisdiction: string;
  currency: Currency;
  noticeDate: string;
  effectiveDate: string;
  noticeDays: number;
  offers: {
    id: string;
    reference: string;
    title: string;
    status: string;
    signedOn?: string;
    amount: number;
    /** The deposit invoiced for a cancelled offer and what happens to it. */
    deposit?: PlannedDeposit;
  }[];
  mandates: {
    mandateId: string;
    reference: string;
    title: string;
    signedOn: string;
    action: MandateAction;
    delivered: string[];
    toDeliver: string[];
    notDelivered: string[];
    nextMilestone?: { title: string; date: string };
    settlement: Settlement;
  }[];
  invoices: {
    id: string;
    number: string;
    issueDate: string;
    dueDate: string;
    total: number;
    balance: number;
    action: PlannedInvoiceAction;
  }[];
  handover: HandoverItem[];
  /** `outstanding` is what stays payable after the exit, taxes included (invoices the exit credits are not). */
  totals: DomainExitPlan["totals"];
}

export type CheckSeverity = "advice" | "warning" | "blocking";

export interface ExitCheck {
  code: string;
  severity: CheckSeverity;
  passed: boolean;
  message: Localized;
  source: { title: string; article: string; url: string };
  /** What the user can do to satisfy a failing check. */
  fix?:
    | { kind: "effective_date"; date: string; finishMandates: string[] }
    | { kind: "prepare_formal_notice" }
    | { kind: "longer_notice_or_acknowledge"; date: string }
    | { kind: "write_reasons"; lang: "fr" | "en" }
    | { kind: "link_evidence" };
}

export type EvidenceKind = "signal" | "round" | "change_order" | "invoice" | "formal_notice";
/** A record of the client linked as evidence of the reason. */
export interface EvidenceLink {
  kind: EvidenceKind;
  id: string;
  label: Localized;
}

export interface ExitOptions {
  initiatedBy: "provider" | "client" | "mutual";
  basis: "convenience" | "cause";
  reason?: { category: ReasonCategory; description?: string; evidence: EvidenceLink[] };
  tone: "cordial" | "firm";
  includeReasons: boolean;
  reasons?: Localized;
  referral?: { name: string; contact?: string };
  contract: { duration: "indefinite" | "fixed_term" | "project"; [key: string]: unknown };
  choices: {
    mandates?: Record<string, MandateAction>;
    invoices?: Record<string, InvoiceAction>;
    expenses?: Record<string, number>;
    deposits?: Record<string, DepositExitAction>;
  };
  handover?: { key: HandoverKey; applicable?: boolean; dueDate?: string; notes?: string }[];
}

export type ExitStatus = "draft" | "ready" | "executed" | "abandoned";

/** A mandate's milestone: the offer's delivery date, an approved change order's, or one the user added. */
export interface Milestone {
  id: string;
  title: string;
  date: string;
  source: "offer" | "change_order" | "user";
}

export interface Exit {
  id: string;
  clientId: string;
  decisionId?: string;
  status: ExitStatus;
  createdOn: string;
  readyOn?: string;
  executedOn?: string;
  abandonedOn?: string;
  reason?: string;
  lesson?: string;
  doNotReengage?: boolean;
  plan: ExitPlan;
  checks: { ruleSet: string; checks: ExitCheck[]; blocking: boolean; disclaimer: Localized };
  options: ExitOptions;
  letter: { subject: string; paragraphs: string[]; lang: "fr" | "en"; frozen?: boolean } | null;
  /** The termination letters sent or kept in the outbox for this exit, oldest first. */
  sentLetters: { id: string; to: string; status: string; createdAt: string; sentAt: string | null }[];
  governingLaw: { jurisdiction: string; basis: "choice_of_law" | "provider_residence"; consumerProtections?: string };
}

/** A row of a client's exits, as the document describes it. */
export type ExitListItem = Schema<"ExitRow">;

export interface ExitLetter {
  subject: string;
  paragraphs: string[];
  lang: "fr" | "en";
  generated: boolean;
}

/** Options as sent: the evidence by kind and id. */
export type ExitOptionsChange = Partial<Omit<ExitOptions, "reason">> & {
  reason?: { category: ReasonCategory; description?: string; evidence: { kind: EvidenceKind; id: string }[] };
};

export interface ExitChanges {
  noticeDate?: string;
  effectiveDate?: string;
  options?: ExitOptionsChange;
  status?: "ready" | "draft" | "abandoned";
  abandonReason?: string;
  letter?: { subject: string; paragraphs: string[]; lang: "fr" | "en" } | null;
}

export const exitKeys = {
  health: (clientId: string, months = 12) => ["health", clientId, months] as const,
  warnings: ["health", "warnings"] as const,
  settings: ["health", "settings"] as const,
  decisions: (clientId: string) => ["decisions", clientId] as const,
  decision: (id: string) => ["decision", id] as const,
  exits: (clientId: string) => ["exits", clientId] as const,
  exit: (id: string) => ["exit", id] as const,
  letter: (id: string, lang: string) => ["exit-letter", id, lang] as const,
  evidence: (clientId: string) => ["exit-evidence", clientId] as const,
  milestones: (mandateId: string) => ["milestones", mandateId] as const,
};

export const exitApi = {
  health: (clientId: string, months = 12) =>
    api<ClientHealthWithTrend>("GET", `/clients/${clientId}/health${query({ months })}`),
  warnings: () => api<{ items: (ClientHealth & { clientName: string })[] }>("GET", "/health/warnings"),
  settings: () => api<HealthSettings>("GET", "/health/settings"),
  saveSettings: (body: Partial<HealthSettings>) => api<HealthSettings>("PUT", "/health/settings", body),
  rateValues: (clientId: string, ratings: { valueId: string; rating: number }[]) =>
    api<undefined>("PUT", `/clients/${clientId}/values-alignment`, { ratings }),
  openDecision: (
    clientId: string,
    body: { expectedFutureWork?: { description: string; amount: number; probabilityPercent?: number }[] },
  ) => api<Decision>("POST", `/clients/${clientId}/decisions`, body),
  decisions: (clientId: string) =>
    call(client.GET("/api/v1/clients/{id}/decisions", { params: { path: { id: clientId } } })),
  decision: (id: string) => api<Decision>("GET", `/decisions/${id}`),
  updateDecision: (id: string, body: DecisionChanges) => api<Decision>("PATCH", `/decisions/${id}`, body),
  prepareExit: (clientId: string, body: { decisionId?: string; noticeDate?: string; effectiveDate?: string }) =>
    api<Exit>("POST", `/clients/${clientId}/exits`, body),
  exits: (clientId: string) => call(client.GET("/api/v1/clients/{id}/exits", { params: { path: { id: clientId } } })),
  exit: (id: string) => api<Exit>("GET", `/exits/${id}`),
  updateExit: (id: string, body: ExitChanges) => api<Exit>("PATCH", `/exits/${id}`, body),
  letter: (id: string, lang: "fr" | "en") => api<ExitLetter>("GET", `/exits/${id}/letter${query({ lang })}`),
  sendLetter: (id: string, lang: "fr" | "en") =>
    api<{ id: string; status: "sent" | "failed" | "kept" | "pending"; to: string; subject: string }>(
      "POST",
      `/exits/${id}/letter/send`,
      { lang },
    ),
  letterPdfUrl: (id: string, lang: "fr" | "en") => `/api/v1/exits/${id}/letter${query({ lang, format: "pdf" })}`,
  execute: (id: string, body: { doNotReengage: boolean; lesson: string; sendLetter?: boolean }) =>
    api<{
      exit: Exit;
      alreadyExecuted: boolean;
      finalInvoiceIds: string[];
      letterMessage: { id: string; status: string; to: string } | null;
    }>("POST", `/exits/${id}/execute`, body),
  evidenceCandidates: (clientId: string) => api<{ items: EvidenceLink[] }>("GET", `/clients/${clientId}/exit-evidence`),
  milestones: (mandateId: string) => api<{ items: Milestone[] }>("GET", `/mandates/${mandateId}/milestones`),
  addMilestone: (mandateId: string, body: { title: string; date: string }) =>
    api<{ items: Milestone[] }>("POST", `/mandates/${mandateId}/milestones`, body),
  removeMilestone: (mandateId: string, milestoneId: string) =>
    api<{ items: Milestone[] }>("DELETE", `/mandates/${mandateId}/milestones/${milestoneId}`),
  evidenceUrl: (clientId: string) => `/api/v1/clients/${clientId}/evidence`,
};

/** The page of a metric's source record, when it has one (claims, time entries and values are shown elsewhere). */
export function sourceHref(source: MetricSource, clientId: string): string | undefined {
  switch (source.entity) {
    case "offer":
      return `/offers/${source.id}`;
    case "mandate":
      return `/mandates/${source.id}`;
    case "round":
      return `/rounds/${source.id}`;
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
