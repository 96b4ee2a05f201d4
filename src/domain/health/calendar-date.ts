/**
 * Calendar dates as `YYYY-MM-DD` strings, the only date form the health, decision and exit domains accept.
 * Arithmetic is done on UTC day numbers so that no time zone or clock is ever involved.
 */
import { fieldError } from "../errors.ts";

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a `YYYY-MM-DD` date; throws `validation` on a malformed or impossible date. */
export function dayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw fieldError("date", "format", `expected YYYY-MM-DD, got ${date}`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  if (fromDayNumber(ms / DAY_MS) !== date) throw fieldError("date", "range", `not a calendar date: ${date}`);
  return ms / DAY_MS;
}

/** The `YYYY-MM-DD` date of a day number. */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The same day `months` calendar months later, clamped to the month's last day (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  dayNumber(date);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(year, month, Math.min(d, last)) / DAY_MS);
}

/** A calendar month `{ key: "YYYY-MM", from, to }` with its first and last days. */
export interface CalendarMonth {
  key: string;
  from: IsoDate;
  to: IsoDate;
}

/** The `count` calendar months ending with the month of `asOf`, oldest first. */
export function monthsEnding(options: { asOf: IsoDate; count: number }): CalendarMonth[] {
  const first = `${options.asOf.slice(0, 7)}-01`;
  const months: CalendarMonth[] = [];
  for (let i = options.count - 1; i >= 0; i--) {
    const from = addMonths(first, -i);
    months.push({ key: from.slice(0, 7), from, to: addDays(addMonths(from, 1), -1) });
  }
  return months;
}

/** True when `date` lies in the closed interval [from, to] (string comparison is exact for `YYYY-MM-DD`). */
export function isWithin(date: IsoDate, range: { from?: IsoDate | undefined; to: IsoDate }): boolean {
  return (range.from === undefined || date >= range.from) && date <= range.to;
}
