/**
 * Dated interest-rate data for late payments (RULES-SOURCES.md §§2.4, 3.1, 7). Rates in parts per million.
 * Half-years are written `YYYY-H1` / `YYYY-H2`. Values marked `unverified` must be checked before relying on them;
 * half-years not listed here are configurable: pass your own rows to the functions that read these tables.
 */
import { SOURCES } from "../tax/rule-sources.ts";
import type { RuleSource } from "../tax/tax-rate.ts";

export type HalfYear = `${number}-H1` | `${number}-H2`;

/** A rate that applies to a whole half-year (France: the value in force on 1 January or 1 July). */
export interface HalfYearRate {
  halfYear: HalfYear;
  ratePpm: number;
  source: RuleSource;
  note?: string;
}

/**
 * ECB main refinancing rate in force on 1 January (H1) or 1 July (H2): the base of the French B2B late-penalty rate
 * (C. com. L441-10 II: + 10 points). [U] values from RULES-SOURCES.md §2.4.
 */
export const ECB_REFI_RATES: readonly HalfYearRate[] = [
  { halfYear: "2025-H1", ratePpm: 31_500, source: SOURCES.ecbKeyRates, note: "≈3.15% on 2025-01-01 [U]" },
  { halfYear: "2025-H2", ratePpm: 21_500, source: SOURCES.ecbKeyRates, note: "≈2.15% on 2025-07-01 [U]" },
];

/**
 * French « taux de l'intérêt légal » for creditors other than individuals (a contractual penalty rate may not be below
 * three times it). [S] KSCA / Lefebvre Dalloz via RULES-SOURCES.md §7.2.
 */
export const FR_LEGAL_RATES_PROFESSIONAL: readonly HalfYearRate[] = [
  { halfYear: "2025-H1", ratePpm: 37_100, source: SOURCES.comL441_10, note: "3.71% for H1 2025 [S]" },
];

/** A dated cap (Criminal Code s. 347). */
export interface DatedCap {
  effectiveFrom: string;
  effectiveTo?: string;
  ratePpm: number;
  basis: "effective_annual_rate" | "annual_percentage_rate";
  source: RuleSource;
}

/** Criminal interest rate: 60% effective annual rate historically, reportedly 35% APR from 2025-01-01 [U]. */
export const CRIMINAL_RATE_CAPS: readonly DatedCap[] = [
  {
    effectiveFrom: "1900-01-01",
    effectiveTo: "2024-12-31",
    ratePpm: 600_000,
    basis: "effective_annual_rate",
    source: SOURCES.criminalCode347,
  },
  { effectiveFrom: "2025-01-01", ratePpm: 350_000, basis: "annual_percentage_rate", source: SOURCES.criminalCode347 },
];

/** Québec and federal legal rate when no rate is agreed: 5% per annum (Interest Act s. 3). */
export const LEGAL_RATE_CA_PPM = 50_000;

/** The half-year a date falls in. */
export function halfYearOf(date: string): HalfYear {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) <= 6 ? `${year}-H1` : `${year}-H2`;
}
