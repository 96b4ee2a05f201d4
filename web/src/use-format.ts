/** Locale-aware formatting of money, numbers and dates with Intl, following the UI language. */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { toUiLocale } from "./i18n/i18n.ts";

/** Number of minor units in one major unit of a currency (100 for CAD, EUR, USD). */
export function minorUnitsPerMajor(currency: string): number {
  const digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits;
  return 10 ** (digits ?? 2);
}

/** Formats integer minor units: 1234567 CAD → `12 345,67 $` (fr-CA) or `$12,345.67` (en-CA). */
export function formatMoney(minor: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(minor / minorUnitsPerMajor(currency));
}

/** Formats a calendar date `YYYY-MM-DD` (no time zone shift) in the locale's long form. */
export function formatCalendarDate(date: string, locale: string): string {
  const [y, m, d] = date.split("-").map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(Date.UTC(y, m - 1, d));
}

/** Formats an instant (ISO-8601 text or epoch milliseconds) as a local date and time. */
export function formatInstant(at: string | number, locale: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return String(at);
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** Formatters bound to the current UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = toUiLocale(i18n.language);
  return useMemo(
    () => ({
      locale,
      money: (minor: number, currency: string) => formatMoney(minor, currency, locale),
      number: (value: number) => new Intl.NumberFormat(locale).format(value),
      date: (date: string) => formatCalendarDate(date, locale),
      instant: (at: string | number) => formatInstant(at, locale),
      /** Separators for Mantine's NumberInput, so typed numbers look like formatted ones. */
      separators:
        locale === "fr-CA"
          ? { decimalSeparator: ",", thousandSeparator: " " }
          : { decimalSeparator: ".", thousandSeparator: "," },
    }),
    [locale],
  );
}
