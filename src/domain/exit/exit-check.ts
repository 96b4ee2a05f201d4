/**
 * The shape of an exit check and the input every jurisdiction's checks read.
 */
import { addDays } from "../calendar-date.ts";
import type { IsoDate } from "../health/calendar-date.ts";
import type { Lang, Localized } from "../health/localized.ts";
import type { LegalSource } from "./legal-sources.ts";
import type { ExitPlan } from "./prepare-exit-plan.ts";

export type CheckSeverity = "advice" | "warning" | "blocking";

/** What the user can do to satisfy a failing check, offered beside it. */
export type ExitCheckFix =
  /** Move the effective date (and finish these mandates' milestones before it). */
  | { kind: "effective_date"; date: IsoDate; finishMandates: string[] }
  /** Prepare and send a formal notice (mise en demeure / breach notice) first. */
  | { kind: "prepare_formal_notice" }
  /** Give the longer notice, or record an explicit acknowledgement of the shorter one. */
  | { kind: "longer_notice_or_acknowledge"; date: IsoDate }
  /** Write the reasons in this language. */
  | { kind: "write_reasons"; lang: Lang }
  /** Link the records that show the reason, or describe it. */
  | { kind: "link_evidence" };

/** One check. `severity` is the weight of the rule; `passed` says whether the plan satisfies it. */
export interface ExitCheck {
  code: string;
  severity: CheckSeverity;
  passed: boolean;
  message: Localized;
  source: LegalSource;
  fix?: ExitCheckFix;
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

/** The records that can show a reason: warning signals, rounds (with their triage), change orders, invoices, notices. */
export const EVIDENCE_KINDS = ["signal", "round", "change_order", "invoice", "formal_notice"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A record of the workspace linked as evidence; `label` names it as the app found it (number, date, status). */
export interface EvidenceLink {
  kind: EvidenceKind;
  id: string;
  label: Localized;
}

export interface TerminationReason {
  category: TerminationReasonCategory;
  /** Short factual description, e.g. "the client refused every change order and demands unpaid work". */
  description?: string;
  /** The records that show it (rounds, refused change orders, overdue invoices, signals, formal notices). */
  evidence: readonly EvidenceLink[];
}

/** A formal notice (mise en demeure / notice of breach) as recorded. */
export interface RecordedFormalNotice {
  id: string;
  sentOn: IsoDate;
  cureDays: number;
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
    /** France: the user knowingly gives a notice shorter than L442-1 suggests (recorded, with the date). */
    shortNoticeAcknowledged?: { on: IsoDate; text: string };
  };
  /** The recorded mise en demeure / breach notice the exit relies on. */
  formalNotice?: RecordedFormalNotice;
  /** What the letter will say about the reasons (French résolution must state them, C. civ. 1226). */
  letter?: { lang: Lang; includeReasons: boolean; reasons?: Localized };
  /** The final invoice for work in progress has been issued. */
  finalInvoiceIssued: boolean;
}

/** Builds a check (helper for the jurisdiction modules). */
export function exitCheck(
  code: string,
  rule: { severity: CheckSeverity; source: LegalSource },
  passed: boolean,
  message: Localized,
  fix?: ExitCheckFix,
): ExitCheck {
  const check: ExitCheck = { code, severity: rule.severity, passed, message, source: rule.source };
  return fix && !passed ? { ...check, fix } : check;
}

/** The day a formal notice's delay runs out; the letter may rely on it from that day. */
export function formalNoticeElapsed(notice: RecordedFormalNotice | undefined, asOf: IsoDate): boolean {
  if (!notice || notice.cureDays <= 0) return false;
  return asOf >= formalNoticeExpiry(notice);
}

export function formalNoticeExpiry(notice: RecordedFormalNotice): IsoDate {
  return addDays(notice.sentOn, notice.cureDays);
}
