/**
 * Calendar dates as `YYYY-MM-DD` strings (no time, no zone). Pure arithmetic on the proleptic Gregorian calendar
 * through UTC epoch days, so a date never shifts with the server's time zone. The clock is never read here.
 */
import { fieldError } from "./errors.ts";

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Valid dates already converted, bounded: a report over a long history (aging and DSO of 20,000 open invoices) converts
 * the same few thousand days again and again, and the check and the `Date` were most of its time.
 */
const EPOCH_DAYS = new Map<string, number>();

/** True when `value` is a real calendar date written `YYYY-MM-DD` (2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` date. Throws a `validation` DomainError naming `path` when the string is
 * not a real date.
 */
export function epochDay(value: string, path = "date"): number {
  const known = EPOCH_DAYS.get(value);
  if (known !== undefined) return known;
  if (!isCalendarDate(value)) throw fieldError(path, "invalid_date", `${path} must be a date YYYY-MM-DD: ${value}`);
  const day = Math.round(new Date(`${value}T00:00:00Z`).getTime() / MS_PER_DAY);
  if (EPOCH_DAYS.size >= 20_000) EPOCH_DAYS.clear();
  EPOCH_DAYS.set(value, day);
  return day;
}

/** The `YYYY-MM-DD` date of an epoch day. */
export function fromEpochDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `date` plus `days` (negative to go back). */
/** The first day of the calendar quarter `date` falls in (January, April, July, October). */
export function quarterStart(date: string): string {
  epochDay(date);
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, "0")}-01`;
}

export function addDays(date: string, days: number): string {
  return fromEpochDay(epochDay(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return epochDay(to, "to") - epochDay(from, "from");
}

/** The earlier of two dates (e.g. the tax point: the earlier of the invoice date and the payment date). */
export function earlierDate(a: string, b: string): string {
  return epochDay(a) <= epochDay(b) ? a : b;
}
