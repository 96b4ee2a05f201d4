/**
 * ISO 8601 weeks over `YYYY-MM-DD` dates: weeks start on Monday, and week 1 is the week holding the year's first
 * Thursday (so 2026-12-31 is in 2026-W53 and 2027-01-01 too). Day arithmetic comes from `../invoice/calendar-date.ts`.
 */
import { epochDay, fromEpochDay } from "../calendar-date.ts";

/** One ISO week. */
export interface IsoWeek {
  /** `2026-W09`. */
  key: string;
  year: number;
  week: number;
  /** First day (Monday) and last day (Sunday), `YYYY-MM-DD`. */
  monday: string;
  sunday: string;
}

/** Monday = 0 … Sunday = 6 for a `YYYY-MM-DD` date (1970-01-01 was a Thursday). */
export function isoWeekday(date: string): number {
  return weekdayOfEpochDay(epochDay(date));
}

/** Monday = 0 … Sunday = 6 for an epoch day. */
export function weekdayOfEpochDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** True for Monday to Friday. */
export function isWorkingDay(date: string): boolean {
  return isoWeekday(date) < 5;
}

/** The ISO week holding `date`. Throws `validation` when `date` is not a real date. */
export function isoWeek(date: string): IsoWeek {
  const day = epochDay(date);
  const monday = day - weekdayOfEpochDay(day);
  const thursday = fromEpochDay(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((monday + 3 - epochDay(`${year}-01-01`)) / 7) + 1;
  return {
    key: `${year}-W${String(week).padStart(2, "0")}`,
    year,
    week,
    monday: fromEpochDay(monday),
    sunday: fromEpochDay(monday + 6),
  };
}

/** The `count` consecutive ISO weeks starting with the week of `from`. */
export function isoWeeksFrom(options: { from: string; count: number }): IsoWeek[] {
  const first = epochDay(isoWeek(options.from).monday);
  return Array.from({ length: options.count }, (_, i) => isoWeek(fromEpochDay(first + 7 * i)));
}

/** The seven dates of an ISO week, Monday first. */
export function daysOfWeek(week: IsoWeek): string[] {
  const monday = epochDay(week.monday);
  return Array.from({ length: 7 }, (_, i) => fromEpochDay(monday + i));
}
