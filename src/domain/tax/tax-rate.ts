/**
 * Dated tax-rate rows and their lookup. The rows themselves live in `tax-rate-table.ts` (data, not code); a caller may
 * pass its own table (e.g. rows loaded from the database) to every function that reads rates.
 */

import { epochDay } from "../calendar-date.ts";
import { DomainError } from "../errors.ts";
import { TAX_RATE_TABLE } from "./tax-rate-table.ts";

/** Where a rate applies: `CA` is the federal GST, `CA-XX` a province, `FR` France. */
export type TaxJurisdiction = "CA" | "CA-QC" | "CA-ON" | "CA-NB" | "CA-NL" | "CA-NS" | "CA-PE" | "FR";
export const TAX_CODES = ["GST", "QST", "HST", "TVA"] as const;
export type TaxCode = (typeof TAX_CODES)[number];
/** `standard` for the ordinary rate; France has reduced rates for manual lines; `zero_rated` for exports. */
export const TAX_RATE_CATEGORIES = ["standard", "intermediate", "reduced", "super_reduced", "zero_rated"] as const;
export type TaxRateCategory = (typeof TAX_RATE_CATEGORIES)[number];

/** Where a rule or a rate comes from, printed beside it in the UI (RULES.md). */
export interface RuleSource {
  readonly title: string;
  readonly url: string;
  /** [V] read in the cited source, [S] secondary source, [U] unverified (RULES-SOURCES.md legend). */
  readonly status?: "verified" | "secondary" | "unverified";
}

/** One dated rate. `effectiveTo` is inclusive; absent means "still in force". */
export interface TaxRateRow {
  readonly id: string;
  readonly jurisdiction: TaxJurisdiction;
  readonly taxCode: TaxCode;
  readonly category: TaxRateCategory;
  /** Parts per million: 5% = 50_000, 9.975% = 99_750. */
  readonly ratePpm: number;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly source: RuleSource;
  readonly note?: string;
}

/** What to look up: a tax of a jurisdiction, in force on `date` (YYYY-MM-DD, the tax point). */
export interface FindTaxRateInput {
  jurisdiction: TaxJurisdiction;
  taxCode: TaxCode;
  date: string;
  category?: TaxRateCategory;
  table?: readonly TaxRateRow[];
}

/** True when `row` is in force on `date`. */
export function isRateInForce(row: TaxRateRow, date: string): boolean {
  const day = epochDay(date, "taxDate");
  if (day < epochDay(row.effectiveFrom)) return false;
  return row.effectiveTo === undefined || day <= epochDay(row.effectiveTo);
}

/** The row in force, or `undefined` when the table has none for that date. */
export function findTaxRate(input: FindTaxRateInput): TaxRateRow | undefined {
  const category = input.category ?? "standard";
  const rows = (input.table ?? TAX_RATE_TABLE).filter(
    (r) =>
      r.jurisdiction === input.jurisdiction &&
      r.taxCode === input.taxCode &&
      r.category === category &&
      isRateInForce(r, input.date),
  );
  if (rows.length > 1) {
    throw new DomainError(
      "validation",
      `overlapping ${input.taxCode} rates for ${input.jurisdiction} on ${input.date}`,
    );
  }
  return rows[0];
}

/** Like `findTaxRate`, but a missing rate is a `validation` error naming `taxDate`. */
export function getTaxRate(input: FindTaxRateInput): TaxRateRow {
  const row = findTaxRate(input);
  if (!row) {
    const message = `no ${input.category ?? "standard"} ${input.taxCode} rate for ${input.jurisdiction} on ${input.date}`;
    throw new DomainError("validation", message, {
      fields: [{ path: "taxDate", issue: "no_rate", message }],
    });
  }
  return row;
}

/** Rows of a table whose date ranges overlap for the same tax (a data error; the table test asserts none). */
export function overlappingRates(table: readonly TaxRateRow[]): [TaxRateRow, TaxRateRow][] {
  const out: [TaxRateRow, TaxRateRow][] = [];
  table.forEach((a, i) => {
    for (const b of table.slice(i + 1)) {
      if (a.jurisdiction !== b.jurisdiction || a.taxCode !== b.taxCode || a.category !== b.category) continue;
      const aEnd = a.effectiveTo ?? "9999-12-31";
      const bEnd = b.effectiveTo ?? "9999-12-31";
      if (a.effectiveFrom <= bEnd && b.effectiveFrom <= aEnd) out.push([a, b]);
    }
  });
  return out;
}

/** Tax names as printed on invoices: TPS/TVQ/TVH in French, GST/QST/HST in English; TVA is "VAT" in English. */
export function taxLabel(taxCode: TaxCode, locale: "fr-CA" | "fr-FR" | "en"): string {
  const fr = locale !== "en";
  switch (taxCode) {
    case "GST":
      return fr ? "TPS" : "GST";
    case "QST":
      return fr ? "TVQ" : "QST";
    case "HST":
      return fr ? "TVH" : "HST";
    case "TVA":
      return fr ? "TVA" : "VAT";
  }
}

/** A rate as printed: 9.975% → "9,975 %" (fr) or "9.975%" (en); never a combined rate (RQ forbids 14.975%). */
export function formatRate(ratePpm: number, locale: "fr-CA" | "fr-FR" | "en"): string {
  const pct = new Intl.NumberFormat(locale === "en" ? "en-CA" : locale, { maximumFractionDigits: 4 }).format(
    ratePpm / 10_000,
  );
  return locale === "en" ? `${pct}%` : `${pct}\u00a0%`;
}
