/**
 * The shape of an exit check and the input every jurisdiction's checks read.
 */
import type { IsoDate } from "../health/calendar-date.ts";
import type { Localized } from "../health/localized.ts";
import type { LegalSource } from "./legal-sources.ts";
import type { ExitPlan } from "./prepare-exit-plan.ts";

export type CheckSeverity = "advice" | "warning" | "blocking";

/** One check. `severity` is the weight of the rule; `passed` says whether the plan satisfies it. */
export interface ExitCheck {
  code: string;
  severity: CheckSeverity;
  passed: boolean;
  message: Localized;
  source: LegalSource;
}

/** Serious reasons courts have accepted for a provider's resiliation (C.c.Q. 2126; ACQ; Loffredo [S/U]). */
export const SERIOUS_REASONS = [
  "clientNonPaymentOfDueSums",
  "repeatedInterference",
  "unilateralChangeOfTerms",
  "clientBadFaith",
  "majorScopeChangeUnderFixedPrice",
  "other",
] as const;
/** Reasons courts have held not serious (ACQ; Covexco; Lamothe 2015 QCCS 2720). */
export const INSUFFICIENT_REASONS = [
  "scheduleConflict",
  "betterOffer",
  "personalityClash",
  "fearOfNonPayment",
  "minorLatePayment",
] as const;
export type TerminationReasonCategory = (typeof SERIOUS_REASONS)[number] | (typeof INSUFFICIENT_REASONS)[number];

export interface TerminationReason {
  category: TerminationReasonCategory;
  /** Short factual description, e.g. "the client refused every change order and demands unpaid work". */
  description?: string;
  /** References to the evidence (rounds, refused change orders, e-mails, overdue invoices). */
  evidence: readonly string[];
}

export interface CheckExitInput {
  jurisdiction: string;
  plan: ExitPlan;
  /** The day the checks run (normally the day the letter would be sent). */
  asOf: IsoDate;
  initiatedBy: "provider" | "client" | "mutual";
  /** `convenience`: on notice; `cause`: for the other party's non-performance (FR résolution, CL for cause). */
  basis: "convenience" | "cause";
  reason?: TerminationReason;
  client: { isConsumer: boolean };
  contract: {
    terminationClause?: { reference: string; noticeDays: number };
    /** Québec: the signed offer contains a clear, express waiver of art. 2125. */
    clientWaived2125?: boolean;
    duration: "indefinite" | "fixed_term" | "project";
    /** Cure period the contract gives after a breach notice (common law). */
    cureDays?: number;
    /** France: first invoice of the relationship, for L442-1 II seniority. */
    relationshipStart?: IsoDate;
    /** France: recurring work forming an established commercial relationship. */
    establishedRelationship?: boolean;
  };
  /** Mise en demeure / breach notice already sent. */
  formalNotice?: { sentOn: IsoDate; cureDays: number };
  /** The final invoice for work in progress has been issued. */
  finalInvoiceIssued: boolean;
}

/** Builds a check (helper for the jurisdiction modules). */
export function exitCheck(
  code: string,
  rule: { severity: CheckSeverity; source: LegalSource },
  passed: boolean,
  message: Localized,
): ExitCheck {
  return { code, severity: rule.severity, passed, message, source: rule.source };
}
