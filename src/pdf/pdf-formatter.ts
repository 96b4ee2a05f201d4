/**
 * Locale-aware formatting for PDFs, through Intl only: money from integer minor units and an ISO 4217 code,
 * calendar dates (`YYYY-MM-DD`, read as UTC so no time zone shifts the day), instants in a named time zone, rates
 * in basis points or parts per million, and quantities in thousandths. French keeps its typography: `1 300,00 $`,
 * `5 %`, `1er mars 2026`.
 */
import type { Currency } from "../domain/money.ts";
import type { Language } from "../domain/offer/offer-content.ts";

/** The locales documents are printed in: Québec French, Canadian English, and French of France. */
export type PdfLocale = "fr-CA" | "en-CA" | "fr-FR";

/** Formatting functions bound to one locale. */
export interface PdfFormatter {
  locale: PdfLocale;
  language: Language;
  /** Integer minor units → `1 300,00 $` / `$1,300.00` / `1 300,00 €`. */
  money(amount: number, currency: Currency): string;
  /** `2026-03-01` → `1er mars 2026` / `March 1, 2026`. */
  date(isoDate: string): string;
  /** An ISO instant in the formatter's time zone, with the zone's short name: `2 mars 2026 à 09 h 05 HNE`. */
  dateTime(isoInstant: string): string;
  /** The calendar day of an ISO instant in the formatter's time zone, in long form. */
  dayOf(isoInstant: string): string;
  /** Basis points → `30 %` / `30%` (up to two decimals). */
  percentBps(bps: number): string;
  /** Parts per million → `9,975 %` / `9.975%` (up to three decimals). */
  percentPpm(ppm: number): string;
  /** Thousandths → `1,5` / `1.5` (up to three decimals). */
  quantity(milli: number): string;
  /** A plain number with up to `digits` decimals. */
  number(value: number, digits?: number): string;
}

/** The options of `pdfFormatter`. */
export interface PdfFormatterInput {
  locale: PdfLocale;
  /** IANA zone for instants; defaults to `America/Toronto` (Québec, Ontario) or `Europe/Paris` for fr-FR. */
  timeZone?: string;
}

/** The language of a locale. */
export function localeLanguage(locale: PdfLocale): Language {
  return locale === "en-CA" ? "en" : "fr";
}

/** Default locale of a document: French of France for euros, else Canadian French or English. */
export function defaultPdfLocale(language: Language, currency: Currency): PdfLocale {
  if (language === "en") return "en-CA";
  return currency === "EUR" ? "fr-FR" : "fr-CA";
}

function calendarDate(isoDate: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`not a calendar date: ${isoDate}`);
  return new Date(`${isoDate}T00:00:00Z`);
}

/**
 * Intl formatters are immutable and costly to build (a sizeable share of a PDF's render when built per call): each
 * (kind, locale, options) is built once per process and shared by every document.
 */
const intlCache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cachedIntl<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => T): T {
  let format = intlCache.get(key) as T | undefined;
  if (format === undefined) {
    format = build();
    intlCache.set(key, format);
  }
  return format;
}

const numberFormat = (locale: PdfLocale, options: Intl.NumberFormatOptions) =>
  cachedIntl(`n ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

const dateTimeFormat = (locale: PdfLocale, options: Intl.DateTimeFormatOptions) =>
  cachedIntl(`d ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

/** Formatters built so far, by locale and time zone (a handful: the locales times the zones workspaces use). */
const formatters = new Map<string, PdfFormatter>();
const MAX_FORMATTERS = 64;

/** Builds the formatters of one locale (once per locale and time zone: they hold no state). */
export function pdfFormatter(input: PdfFormatterInput): PdfFormatter {
  const timeZone = input.timeZone ?? (input.locale === "fr-FR" ? "Europe/Paris" : "America/Toronto");
  const key = `${input.locale} ${timeZone}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = buildFormatter(input.locale, timeZone);
    if (formatters.size >= MAX_FORMATTERS) formatters.delete(formatters.keys().next().value!);
    formatters.set(key, formatter);
  }
  return formatter;
}

function buildFormatter(locale: PdfLocale, timeZone: string): PdfFormatter {
  const language = localeLanguage(locale);
  const longDate = dateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const instant = dateTimeFormat(locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  });
  const day = dateTimeFormat(locale, { dateStyle: "long", timeZone });
  const firstOfMonth = (text: string) => (language === "fr" ? text.replace(/^1 /, "1er ") : text);
  const toInstant = (iso: string) => {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) throw new RangeError(`not an instant: ${iso}`);
    return date;
  };
  const money = new Map<Currency, { format: Intl.NumberFormat; digits: number }>();
  const percentBps = numberFormat(locale, { style: "percent", maximumFractionDigits: 2 });
  const percentPpm = numberFormat(locale, { style: "percent", maximumFractionDigits: 3 });
  const quantity = numberFormat(locale, { maximumFractionDigits: 3 });
  return {
    locale,
    language,
    money(amount, currency) {
      let entry = money.get(currency);
      if (entry === undefined) {
        const format = numberFormat(locale, { style: "currency", currency });
        entry = { format, digits: format.resolvedOptions().maximumFractionDigits ?? 2 };
        money.set(currency, entry);
      }
      return entry.format.format(amount / 10 ** entry.digits);
    },
    date(isoDate) {
      return firstOfMonth(longDate.format(calendarDate(isoDate)));
    },
    dateTime(isoInstant) {
      return firstOfMonth(instant.format(toInstant(isoInstant)));
    },
    dayOf(isoInstant) {
      return firstOfMonth(day.format(toInstant(isoInstant)));
    },
    percentBps(bps) {
      return percentBps.format(bps / 10_000);
    },
    percentPpm(ppm) {
      return percentPpm.format(ppm / 1_000_000);
    },
    quantity(milli) {
      return quantity.format(milli / 1000);
    },
    number(value, digits = 2) {
      return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
    },
  };
}
