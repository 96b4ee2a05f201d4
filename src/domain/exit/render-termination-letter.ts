/**
 * The termination letter (RULES.md practice rule "Termination letter generator"): every required section, in the
 * client's language (Québec French written as such, not translated), cordial by default — thank them, say briefly
 * why if wanted, wish them well — or firm. Amounts and dates go through Intl (fr-CA / en-CA).
 */
import { fieldError } from "../errors.ts";
import type { IsoDate } from "../health/calendar-date.ts";
import type { Lang, Localized } from "../health/localized.ts";
import { type ExitRuleSet, exitRuleSet } from "./check-exit.ts";
import { formalNoticeElapsed, type RecordedFormalNotice } from "./exit-check.ts";
import { relationshipNoticeEnd } from "./france-checks.ts";
import { lateInterestSentence } from "./letter-interest-terms.ts";
import type { ExitPlan } from "./prepare-exit-plan.ts";
import { englishLetter } from "./termination-letter-en.ts";
import { frenchLetter } from "./termination-letter-fr.ts";

/** Sections in reading order; `reasons` and `referral` are empty strings when left out. */
export const LETTER_SECTION_KEYS = [
  "parties",
  "basis",
  "reasons",
  "effectiveDate",
  "workStatus",
  "cancelled",
  "invoices",
  "refund",
  "handover",
  "surviving",
  "referral",
  "closing",
] as const;
export type SectionKey = (typeof LETTER_SECTION_KEYS)[number];

export type SurvivingClause = "confidentiality" | "ip_on_payment";

export interface TerminationLetterInput {
  lang: Lang;
  tone: "cordial" | "firm";
  includeReasons: boolean;
  plan: ExitPlan;
  provider: { name: string; signatory: string };
  /** `country` FR: French (France) wording (HT, TTC); `isConsumer`: no recovery indemnity. */
  client: { name: string; contactName?: string; country?: string; isConsumer?: boolean };
  /**
   * `cause`: for the other party's non-performance; `formalNotice` is the recorded mise en demeure / breach notice,
   * cited only when its delay has run by the letter's date. `clause` names the contract clause relied on.
   * `relationshipStart`: France, an established commercial relationship (L442-1 II).
   */
  basis: {
    kind: "convenience" | "cause";
    clause?: string;
    formalNotice?: RecordedFormalNotice;
    relationshipStart?: IsoDate;
  };
  /** Short and factual, per language; required when `includeReasons` (and for a French résolution, C. civ. 1226). */
  reasons?: Localized;
  /** The clauses the contracts hold that survive their end; none by default (the letter claims none). */
  survivingClauses?: readonly SurvivingClause[];
  referral?: { name: string; contact?: string };
}

export interface TerminationLetter {
  subject: string;
  /** Greeting, the non-empty sections in order, and the sign-off. */
  paragraphs: string[];
  sections: Record<SectionKey, string>;
}

/** What a language module receives: the input plus facts derived once. */
export interface LetterContext {
  input: TerminationLetterInput;
  ruleSet: ExitRuleSet;
  /** Contracts being ended: the mandates' offers and the signed offers cancelled. */
  contracts: { reference: string; title: string; signedOn: IsoDate }[];
  payable: ExitPlan["invoices"];
  writtenOff: ExitPlan["invoices"];
  surviving: readonly SurvivingClause[];
  /** Applicable handover items, earliest first. */
  handover: ExitPlan["handover"];
  /** Payments received across the mandates, before taxes. */
  received: number;
  /** Reasons are stated (asked, or required by a French résolution). */
  includeReasons: boolean;
  /** The recorded formal notice, when its delay has run by the letter's date; otherwise never mentioned. */
  citedNotice?: RecordedFormalNotice;
  /** L442-1: true only when the notice reaches the suggested length (the letter never claims it otherwise). */
  relationshipNoticeSufficient: boolean;
  /** French (France) wording for a client in France: HT, TTC, « pénalités de retard ». */
  france: boolean;
  /** The late-interest terms of the invoices that stay payable, in the letter's language. */
  interestTerms: string;
}

/** What a language module returns. */
export interface LetterParts {
  subject: string;
  greeting: string;
  sections: Record<SectionKey, string>;
  signOff: string;
}

/** Reasons are required by a French résolution (C. civ. 1226), else stated only when asked. */
export function letterIncludesReasons(
  input: Pick<TerminationLetterInput, "includeReasons" | "basis" | "plan">,
): boolean {
  return input.includeReasons || (exitRuleSet(input.plan.jurisdiction) === "FR" && input.basis.kind === "cause");
}

/** Renders the letter in `input.lang`; asks for the reasons in that language when they are stated but not written. */
export function renderTerminationLetter(input: TerminationLetterInput): TerminationLetter {
  const includeReasons = letterIncludesReasons(input);
  if (includeReasons && !input.reasons?.[input.lang]?.trim()) {
    throw fieldError(
      `reasons.${input.lang}`,
      "required",
      input.lang === "fr" ? "write the reasons in French" : "write the reasons in English",
    );
  }
  const { plan } = input;
  const ruleSet = exitRuleSet(plan.jurisdiction);
  const notice = input.basis.formalNotice;
  const relationshipEnd = input.basis.relationshipStart
    ? relationshipNoticeEnd({
        plan,
        contract: {
          duration: "indefinite",
          establishedRelationship: true,
          relationshipStart: input.basis.relationshipStart,
        },
      })
    : undefined;
  const payable = plan.invoices.filter((i) => i.action === "collect" || i.action === "payment_plan");
  const context: LetterContext = {
    input,
    ruleSet,
    includeReasons,
    ...(notice && formalNoticeElapsed(notice, plan.noticeDate) ? { citedNotice: notice } : {}),
    relationshipNoticeSufficient: relationshipEnd !== undefined && plan.effectiveDate >= relationshipEnd,
    france: input.client.country === "FR",
    interestTerms: lateInterestSentence({
      invoices: payable,
      ruleSet,
      lang: input.lang,
      isConsumer: input.client.isConsumer ?? false,
    }),
    contracts: [
      ...plan.mandates.map((m) => ({ reference: m.reference, title: m.title, signedOn: m.signedOn })),
      ...plan.offers.flatMap((o) =>
        o.status === "signed" && o.signedOn ? [{ reference: o.reference, title: o.title, signedOn: o.signedOn }] : [],
      ),
    ],
    payable,
    writtenOff: plan.invoices.filter((i) => i.action === "write_off"),
    // Only clauses the contracts hold: none is recorded on an offer, so none is claimed unless the caller says so.
    surviving: input.survivingClauses ?? [],
    handover: plan.handover
      .filter((h) => h.applicable)
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0)),
    received: plan.mandates.reduce((s, m) => s + m.settlement.receivedToDate, 0),
  };
  const parts = input.lang === "fr" ? frenchLetter(context) : englishLetter(context);
  const body = LETTER_SECTION_KEYS.map((k) => parts.sections[k]).filter((text) => text !== "");
  return { subject: parts.subject, paragraphs: [parts.greeting, ...body, parts.signOff], sections: parts.sections };
}
