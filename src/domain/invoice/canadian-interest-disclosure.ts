/**
 * Interest Act s. 4: a rate stated per month, per day or for any period under a year must also state its yearly
 * equivalent, otherwise no more than 5% a year is recoverable. Criminal Code s. 347: never exceed the criminal rate.
 */
import { epochDay } from "../calendar-date.ts";
import { CRIMINAL_RATE_CAPS, type DatedCap, LEGAL_RATE_CA_PPM } from "./interest-rate-table.ts";

/** A contractual late-interest rate as the contract states it. */
export interface StatedRate {
  period: "year" | "month" | "day";
  ratePpm: number;
  /** Whether the contract (or invoice) also states the equivalent yearly rate. */
  annualEquivalentStated: boolean;
}

/** Yearly equivalents of a periodic rate: nominal (simple, × periods) and effective (compounded). */
export interface AnnualEquivalent {
  nominalPpm: number;
  effectivePpm: number;
}

const PERIODS: Record<StatedRate["period"], number> = { year: 1, month: 12, day: 365 };

/** 2% per month → nominal 24% (240_000 ppm), effective ≈ 26.82% (268_242 ppm). */
export function annualEquivalent(rate: Pick<StatedRate, "period" | "ratePpm">): AnnualEquivalent {
  const n = PERIODS[rate.period];
  const effective = ((1 + rate.ratePpm / 1_000_000) ** n - 1) * 1_000_000;
  return { nominalPpm: rate.ratePpm * n, effectivePpm: Math.round(effective) };
}

/** The yearly rate actually recoverable: the stated one, or 5% when a sub-annual rate hides its yearly equivalent. */
export function recoverableAnnualRate(rate: StatedRate): { ratePpm: number; cappedByInterestActS4: boolean } {
  const { nominalPpm } = annualEquivalent(rate);
  if (rate.period !== "year" && !rate.annualEquivalentStated) {
    return { ratePpm: Math.min(nominalPpm, LEGAL_RATE_CA_PPM), cappedByInterestActS4: nominalPpm > LEGAL_RATE_CA_PPM };
  }
  return { ratePpm: nominalPpm, cappedByInterestActS4: false };
}

/** The options of `criminalRateCheck`. */
export interface CriminalRateCheckInput {
  /** Effective annual rate, ppm (the stricter reading for both historical and current caps). */
  effectiveAnnualPpm: number;
  date: string;
  caps?: readonly DatedCap[];
}

/** Whether a rate exceeds the criminal rate in force on `date`; `cap` is undefined when the table has none. */
export function criminalRateCheck(input: CriminalRateCheckInput): { exceeds: boolean; cap?: DatedCap } {
  const day = epochDay(input.date, "date");
  const cap = (input.caps ?? CRIMINAL_RATE_CAPS).find(
    (c) => epochDay(c.effectiveFrom) <= day && (c.effectiveTo === undefined || day <= epochDay(c.effectiveTo)),
  );
  return { exceeds: cap !== undefined && input.effectiveAnnualPpm > cap.ratePpm, cap };
}
