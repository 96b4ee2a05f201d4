/**
 * Bilingual text and the fr-CA / en-CA formatting of amounts, numbers and dates used by health explanations,
 * decision facts, exit checks and letters. Formatting goes through Intl only.
 */

import { epochDay } from "../calendar-date.ts";
import type { Money } from "../money.ts";
import type { IsoDate } from "./calendar-date.ts";

/** A sentence in both first-class languages. */
export interface Localized {
  fr: string;
  en: string;
}

/** A document or UI language. */
export type Lang = "fr" | "en";

const LOCALE: Record<Lang, string> = { fr: "fr-CA", en: "en-CA" };

// Building an Intl formatter costs far more than formatting with it (a list of every client's health formats tens of
// thousands of figures): each one is built once per language and options, then reused.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${name}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], options);
    numberFormats.set(key, format);
  }
  return format;
}

/** Formats minor units as currency, e.g. `1 234,50 $` (fr) or `$1,234.50` (en). */
export function formatMoney(value: Money, lang: Lang): string {
  return numberFormat(lang, value.currency, { style: "currency", currency: value.currency }).format(value.amount / 100);
}

/** Formats a number with at most `digits` decimals in the language's convention (`1,5` / `1.5`). */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return numberFormat(lang, `n${digits}`, { maximumFractionDigits: digits }).format(value);
}

/** Formats a ratio as a percentage, e.g. 0.375 → `37,5 %` / `37.5%`. */
export function formatPercent(ratio: number, lang: Lang): string {
  return numberFormat(lang, "%", { style: "percent", maximumFractionDigits: 1 }).format(ratio);
}

/** Formats a `YYYY-MM-DD` date in long form: `5 janvier 2026`, `1er mars 2026` / `January 5, 2026`. */
export function formatDate(date: IsoDate, lang: Lang): string {
  const text = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "long", timeZone: "UTC" }).format(
    epochDay(date) * 86_400_000,
  );
  // French writes the first day of a month as an ordinal: « 1er octobre 2026 ».
  return lang === "fr" && date.endsWith("-01") ? text.replace(/^1 /, "1er ") : text;
}

/** Builds a `Localized` by running the same template once per language. */
export function bilingual(template: (lang: Lang) => string): Localized {
  return { fr: template("fr"), en: template("en") };
}

/** `count` followed by the singular or plural noun (French treats 0 and 1 as singular). */
export function countOf(count: number, lang: Lang, nouns: { fr: [string, string]; en: [string, string] }): string {
  const singular = lang === "fr" ? count < 2 : count === 1;
  return `${formatNumber(count, lang, 2)} ${nouns[lang][singular ? 0 : 1]}`;
}

/** Joins items as a natural list: `a, b et c` / `a, b and c`. */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALE[lang], { type: "conjunction" }).format(items);
}
