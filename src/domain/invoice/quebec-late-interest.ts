/**
 * Québec late interest (C.c.Q. 1617): the agreed rate, or failing any agreement the legal rate of 5% a year
 * (Interest Act s. 3), from the moment the debtor is in default (*demeure*): after a written *mise en demeure* and the
 * reasonable time it gave, or by the mere lapse of time when the contract says so (C.c.Q. 1594-1595).
 * Simple interest, day count actual/365, rounded half-up once on the result.
 */

import { addDays, daysBetween, epochDay } from "../calendar-date.ts";
import { fieldError } from "../errors.ts";
import { type Money, money } from "../money.ts";
import { SOURCES } from "../tax/rule-sources.ts";
import type { RuleSource } from "../tax/tax-rate.ts";
import { assertNever } from "./assert-never.ts";
import {
  type AnnualEquivalent,
  annualEquivalent,
  criminalRateCheck,
  recoverableAnnualRate,
  type StatedRate,
} from "./canadian-interest-disclosure.ts";
import { LEGAL_RATE_CA_PPM } from "./interest-rate-table.ts";
import { mulDivHalfUp } from "./mul-div-half-up.ts";

/** How the debtor was put in default. */
export type Demeure =
  /** The contract says the mere lapse of time puts the debtor in default: interest runs from the day after due. */
  | { kind: "lapse_of_time" }
  /** A written *mise en demeure*; `deadline` is the last day of the reasonable time it gave. */
  | { kind: "formal_notice"; noticeDate: string; deadline: string }
  /** Not yet in default: no interest is owed yet. */
  | { kind: "none" };

/** The options of `quebecLateInterest`. */
export interface QuebecLateInterestInput {
  principal: Money;
  dueDate: string;
  asOf: string;
  demeure: Demeure;
  /** The rate written in the signed offer or terms, if any. */
  contractRate?: StatedRate;
}

export type QuebecInterestBasis = "contract_rate" | "legal_rate" | "interest_act_s4_cap";

export interface InterestWarning {
  code: "no_demeure_yet" | "interest_act_s4_cap" | "criminal_rate" | "prescription_soon";
  message: string;
  source: RuleSource;
}

export interface QuebecLateInterest {
  interest: Money;
  /** First day that bears interest (undefined when not in default). */
  from?: string;
  days: number;
  annualRatePpm: number;
  basis: QuebecInterestBasis;
  /** Yearly equivalents of a monthly or daily contract rate, to print beside it (Interest Act s. 4). */
  annualEquivalent?: AnnualEquivalent;
  /** Last day to sue: 3 years from the due date (C.c.Q. 2925); a *mise en demeure* does not interrupt it. */
  prescriptionDate: string;
  warnings: InterestWarning[];
  sources: RuleSource[];
}

function threeYearsAfter(date: string): string {
  const [y, m, d] = date.split("-");
  const target = `${Number(y) + 3}-${m}-${d}`;
  return m === "02" && d === "29" ? `${Number(y) + 3}-02-28` : target;
}

/** Computes Québec late interest on `principal` up to and including `asOf`. */
export function quebecLateInterest(input: QuebecLateInterestInput): QuebecLateInterest {
  const due = epochDay(input.dueDate, "dueDate");
  epochDay(input.asOf, "asOf");
  const c = input.principal.currency;
  if (!Number.isSafeInteger(input.principal.amount) || input.principal.amount < 0) {
    throw fieldError("principal", "out_of_range", "the principal must be a non-negative amount");
  }
  const warnings: InterestWarning[] = [];
  const sources: RuleSource[] = [SOURCES.ccq1617, SOURCES.ccq1594, SOURCES.interestActS3];

  let basis: QuebecInterestBasis = "legal_rate";
  let annualRatePpm = LEGAL_RATE_CA_PPM;
  let equivalent: AnnualEquivalent | undefined;
  if (input.contractRate) {
    const recoverable = recoverableAnnualRate(input.contractRate);
    annualRatePpm = recoverable.ratePpm;
    basis = recoverable.cappedByInterestActS4 ? "interest_act_s4_cap" : "contract_rate";
    if (input.contractRate.period !== "year") equivalent = annualEquivalent(input.contractRate);
    sources.push(SOURCES.interestActS4);
    if (recoverable.cappedByInterestActS4) {
      warnings.push({
        code: "interest_act_s4_cap",
        message:
          "The contract states a monthly or daily rate without its yearly equivalent: at most 5% a year is recoverable. State the annual rate in the terms.",
        source: SOURCES.interestActS4,
      });
    }
    const effective = annualEquivalent(input.contractRate).effectivePpm;
    const check = criminalRateCheck({ effectiveAnnualPpm: effective, date: input.asOf });
    if (check.exceeds && check.cap) {
      warnings.push({
        code: "criminal_rate",
        message: `The contract rate (${(effective / 10_000).toFixed(2)}% a year) exceeds the criminal interest rate (${check.cap.ratePpm / 10_000}%).`,
        source: check.cap.source,
      });
    }
  }

  let from: string | undefined;
  switch (input.demeure.kind) {
    case "lapse_of_time":
      from = addDays(input.dueDate, 1);
      break;
    case "formal_notice": {
      const deadline = epochDay(input.demeure.deadline, "demeure.deadline");
      if (deadline < epochDay(input.demeure.noticeDate, "demeure.noticeDate")) {
        throw fieldError("demeure.deadline", "before_notice", "the deadline cannot precede the notice");
      }
      from = addDays(input.demeure.deadline, 1);
      if (deadline < due) from = addDays(input.dueDate, 1);
      break;
    }
    case "none":
      warnings.push({
        code: "no_demeure_yet",
        message:
          "No interest until the client is in default: send a written mise en demeure giving a reasonable time, unless the contract says the lapse of time suffices.",
        source: SOURCES.ccq1594,
      });
      break;
    default:
      return assertNever(input.demeure, "demeure kind");
  }

  const days = from === undefined ? 0 : Math.max(0, daysBetween(from, input.asOf) + 1);
  const interest = mulDivHalfUp(input.principal.amount, { times: annualRatePpm * days, over: 365_000_000 });
  const prescriptionDate = threeYearsAfter(input.dueDate);
  const left = daysBetween(input.asOf, prescriptionDate);
  if (left <= 183) {
    warnings.push({
      code: "prescription_soon",
      message:
        left < 0
          ? `The claim was prescribed on ${prescriptionDate} (3 years from the due date).`
          : `The claim is prescribed on ${prescriptionDate}: only filing suit interrupts prescription, not a mise en demeure.`,
      source: {
        title: "Code civil du Québec art. 2925 (prescription de 3 ans)",
        url: SOURCES.ccq1617.url,
        status: "verified",
      },
    });
  }
  return {
    interest: money(interest, c),
    from: days > 0 ? from : undefined,
    days,
    annualRatePpm,
    basis,
    annualEquivalent: equivalent,
    prescriptionDate,
    warnings,
    sources,
  };
}
