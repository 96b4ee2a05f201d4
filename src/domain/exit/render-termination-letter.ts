/**
 * The termination letter (RULES.md practice rule "Termination letter generator"): every required section, in the
 * client's language (Québec French written as such, not translated), cordial by default — thank them, say briefly
 * why if wanted, wish them well — or firm. Amounts and dates go through Intl (fr-CA / en-CA).
 */
import { fieldError } from "../errors.ts";
import type { IsoDate } from "../health/calendar-date.ts";
import type { Lang, Localized } from "../health/localized.ts";
import { type ExitRuleSet, exitRuleSet } from "./check-exit.ts";
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
  client: { name: string; contactName?: string };
  /** `cause` after a mise en demeure / breach notice (`formalNoticeOn`); `clause` names the contract clause relied on. */
  basis: {
    kind: "convenience" | "cause";
    clause?: string;
    formalNoticeOn?: IsoDate;
    establishedRelationship?: boolean;
  };
  /** Short and factual, in both languages; required when `includeReasons`. */
  reasons?: Localized;
  /** Defaults to both confidentiality and IP on payment. */
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
}

/** What a language module returns. */
export interface LetterParts {
  subject: string;
  greeting: string;
  sections: Record<SectionKey, string>;
  signOff: string;
}

/** Renders the letter in `input.lang`. */
export function renderTerminationLetter(input: TerminationLetterInput): TerminationLetter {
  if (input.includeReasons && !input.reasons?.[input.lang]?.trim()) {
    throw fieldError("reasons", "required", "reasons are included but none were written");
  }
  const { plan } = input;
  const context: LetterContext = {
    input,
    ruleSet: exitRuleSet(plan.jurisdiction),
    contracts: [
      ...plan.mandates.map((m) => ({ reference: m.reference, title: m.title, signedOn: m.signedOn })),
      ...plan.offers.flatMap((o) =>
        o.status === "signed" && o.signedOn ? [{ reference: o.reference, title: o.title, signedOn: o.signedOn }] : [],
      ),
    ],
    payable: plan.invoices.filter((i) => i.action === "collect" || i.action === "payment_plan"),
    writtenOff: plan.invoices.filter((i) => i.action === "write_off"),
    surviving: input.survivingClauses ?? ["confidentiality", "ip_on_payment"],
    handover: plan.handover
      .filter((h) => h.applicable)
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0)),
    received: plan.mandates.reduce((s, m) => s + m.settlement.receivedToDate, 0),
  };
  const parts = input.lang === "fr" ? frenchLetter(context) : englishLetter(context);
  const body = LETTER_SECTION_KEYS.map((k) => parts.sections[k]).filter((text) => text !== "");
  return { subject: parts.subject, paragraphs: [parts.greeting, ...body, parts.signOff], sections: parts.sections };
}
