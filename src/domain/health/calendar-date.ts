/**
 * Calendar months over `YYYY-MM-DD` dates, for the health trend and the exit notices. Day arithmetic (`addDays`,
 * `daysBetween`, `epochDay`) comes from `../invoice/calendar-date.ts`; this file adds months.
 */
import { epochDay, fromEpochDay } from "../calendar-date.ts";

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** The same day `months` calendar months later, clamped to the month's last day (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  epochDay(date);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromEpochDay(Date.UTC(year, month, Math.min(d, last)) / 86_400_000);
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
    months.push({ key: from.slice(0, 7), from, to: fromEpochDay(epochDay(addMonths(from, 1)) - 1) });
  }
  return months;
}

/** True when `date` lies in the closed interval [from, to] (string comparison is exact for `YYYY-MM-DD`). */
export function isWithin(date: IsoDate, range: { from?: IsoDate | undefined; to: IsoDate }): boolean {
  return (range.from === undefined || date >= range.from) && date <= range.to;
}

// Health counts days between the same few thousand dates for every invoice and signal of every client: each date is
// checked and converted once (a bounded cache; a bad date still throws as `epochDay` does).
const dayNumbers = new Map<string, number>();

/** Whole days from `from` to `to`, as `daysBetween` of `../calendar-date.ts`, each date converted once. */
export function daysFromTo(from: IsoDate, to: IsoDate): number {
  return dayNumber(to, "to") - dayNumber(from, "from");
}

/** `epochDay(date, path)` of `../calendar-date.ts` (it throws alike on a bad date), each date converted once. */
export function dayNumber(date: IsoDate, path = "date"): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = epochDay(date, path);
    if (dayNumbers.size >= 50_000) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}
