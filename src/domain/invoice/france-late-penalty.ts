/**
 * France B2B late-payment penalties (C. com. L441-10 II, D441-5): due from the day after the due date without any
 * reminder, at the agreed rate or by default the ECB main refinancing rate of the half-year (value on 1 January or
 * 1 July) + 10 points; plus a fixed 40 € recovery indemnity per late invoice (never for consumers; no VAT on it).
 * Simple interest, actual/365, split by half-year, rounded half-up once on the sum.
 */

import { addDays, epochDay, fromEpochDay } from "../calendar-date.ts";
import { DomainError, fieldError } from "../errors.ts";
import { type Money, money } from "../money.ts";
import { SOURCES } from "../tax/rule-sources.ts";
import type { RuleSource } from "../tax/tax-rate.ts";
import {
  ECB_REFI_RATES,
  FR_LEGAL_RATES_PROFESSIONAL,
  type HalfYear,
  type HalfYearRate,
  halfYearOf,
} from "./interest-rate-table.ts";
import { divHalfUp } from "./mul-div-half-up.ts";

/** D441-5: 40 € per late invoice. */
export const RECOVERY_INDEMNITY_EUR_CENTS = 4_000;
/** L441-10 II: ECB refi + 10 percentage points. */
export const ECB_MARGIN_PPM = 100_000;

/** The options of `franceLatePenalty`. */
export interface FranceLatePenaltyInput {
  principal: Money;
  dueDate: string;
  asOf: string;
  isConsumer: boolean;
  /** The penalty rate written in the terms, yearly, ppm (must be ≥ 3 × the legal interest rate). */
  contractRatePpm?: number;
  /** ECB refi rates by half-year; defaults to ECB_REFI_RATES. Missing half-years are a validation error. */
  ecbRefiRates?: readonly HalfYearRate[];
  /** Legal interest rates (professional creditors) by half-year, for the 3× floor check. */
  legalRates?: readonly HalfYearRate[];
}

export interface PenaltySegment {
  halfYear: HalfYear;
  from: string;
  to: string;
  days: number;
  ratePpm: number;
}

export interface FranceLatePenalty {
  penalty: Money;
  indemnity: Money;
  total: Money;
  days: number;
  segments: PenaltySegment[];
  warnings: { code: "consumer" | "contract_rate_below_floor"; message: string; source: RuleSource }[];
  sources: RuleSource[];
}

function halfYearEnd(date: string): string {
  const year = date.slice(0, 4);
  return halfYearOf(date).endsWith("H1") ? `${year}-06-30` : `${year}-12-31`;
}

/** Computes the L441-10 penalty and the D441-5 indemnity on an unpaid `principal` (EUR) up to `asOf` included. */
export function franceLatePenalty(input: FranceLatePenaltyInput): FranceLatePenalty {
  const { principal } = input;
  if (principal.currency !== "EUR") {
    throw fieldError("principal.currency", "currency", "French late penalties are computed on a EUR amount");
  }
  if (!Number.isSafeInteger(principal.amount) || principal.amount < 0) {
    throw fieldError("principal", "out_of_range", "the principal must be a non-negative amount");
  }
  const first = epochDay(input.dueDate, "dueDate") + 1;
  const last = epochDay(input.asOf, "asOf");
  const sources = [SOURCES.comL441_10, SOURCES.comD441_5];
  const zero = money(0, "EUR");
  if (input.isConsumer) {
    return {
      penalty: zero,
      indemnity: zero,
      total: zero,
      days: Math.max(0, last - first + 1),
      segments: [],
      warnings: [
        {
          code: "consumer",
          message:
            "Consumer client: L441-10 penalties and the 40 € indemnity do not apply; only legal interest after a mise en demeure (C. civ. 1344-1, 1231-6), not computed here.",
          source: SOURCES.comD441_5,
        },
      ],
      sources,
    };
  }

  const ecb = input.ecbRefiRates ?? ECB_REFI_RATES;
  const segments: PenaltySegment[] = [];
  let numerator = 0n;
  for (let start = first; start <= last; ) {
    const from = fromEpochDay(start);
    const end = Math.min(epochDay(halfYearEnd(from)), last);
    const halfYear = halfYearOf(from);
    let ratePpm = input.contractRatePpm;
    if (ratePpm === undefined) {
      const refi = ecb.find((r) => r.halfYear === halfYear);
      if (!refi) {
        throw new DomainError("validation", `no ECB refinancing rate for ${halfYear}: add it to the rate settings`, {
          fields: [{ path: "ecbRefiRates", issue: "missing_half_year", message: `ECB rate for ${halfYear} missing` }],
        });
      }
      ratePpm = refi.ratePpm + ECB_MARGIN_PPM;
    }
    const days = end - start + 1;
    segments.push({ halfYear, from, to: fromEpochDay(end), days, ratePpm });
    numerator += BigInt(principal.amount) * BigInt(ratePpm) * BigInt(days);
    start = end + 1;
  }
  const penaltyCents = Number(divHalfUp(numerator, 365_000_000n));
  const late = last >= first;
  const indemnity = money(late ? RECOVERY_INDEMNITY_EUR_CENTS : 0, "EUR");

  const warnings: FranceLatePenalty["warnings"] = [];
  if (input.contractRatePpm !== undefined) {
    const legal = (input.legalRates ?? FR_LEGAL_RATES_PROFESSIONAL).find(
      (r) => r.halfYear === halfYearOf(late ? addDays(input.dueDate, 1) : input.asOf),
    );
    if (legal && input.contractRatePpm < 3 * legal.ratePpm) {
      warnings.push({
        code: "contract_rate_below_floor",
        message: `The contractual penalty rate is below three times the legal interest rate (${(3 * legal.ratePpm) / 10_000}%), which L441-10 forbids.`,
        source: SOURCES.comL441_10,
      });
    }
  }
  const penalty = money(penaltyCents, "EUR");
  return {
    penalty,
    indemnity,
    total: money(penaltyCents + indemnity.amount, "EUR"),
    days: segments.reduce((s, x) => s + x.days, 0),
    segments,
    warnings,
    sources,
  };
}
