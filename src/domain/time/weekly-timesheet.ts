/**
 * The weekly timesheet: one ISO week (Monday to Sunday), minutes per member × mandate × day, with totals per day,
 * per member and per category. Minutes are the entries' rounded minutes; nothing is rounded again here.
 */
import { DomainError } from "../errors.ts";
import { daysOfWeek, type IsoWeek, isoWeek } from "./iso-week.ts";
import { TIME_CATEGORIES, type TimeCategory, type TimeEntry } from "./time-entry.ts";

/** The part of an entry a timesheet reads. */
export type TimesheetEntry = Pick<TimeEntry, "memberId" | "mandateId" | "date" | "minutes" | "category">;

/** One line: a member's minutes on one mandate (or on no mandate: internal time), day by day. */
export interface TimesheetRow {
  memberId: string;
  /** `null` for time without a mandate. */
  mandateId: string | null;
  /** Minutes Monday … Sunday. */
  days: number[];
  total: number;
}

/** A member's week. */
export interface TimesheetMember {
  memberId: string;
  days: number[];
  total: number;
  byCategory: Record<TimeCategory, number>;
}

/** The whole week. */
export interface WeeklyTimesheet {
  week: IsoWeek;
  /** The seven dates, Monday first. */
  dates: string[];
  /** Sorted by member, then mandate (time without a mandate last). */
  rows: TimesheetRow[];
  members: TimesheetMember[];
  /** Minutes per day, all members. */
  days: number[];
  total: number;
  byCategory: Record<TimeCategory, number>;
}

const emptyCategories = () => Object.fromEntries(TIME_CATEGORIES.map((c) => [c, 0])) as Record<TimeCategory, number>;

/** Builds the timesheet of the ISO week holding `date`; entries of other weeks are ignored. */
export function weeklyTimesheet(input: { date: string; entries: readonly TimesheetEntry[] }): WeeklyTimesheet {
  const week = isoWeek(input.date);
  const dates = daysOfWeek(week);
  const rows = new Map<string, TimesheetRow>();
  const members = new Map<string, TimesheetMember>();
  const days = [0, 0, 0, 0, 0, 0, 0];
  const byCategory = emptyCategories();
  let total = 0;
  for (const [i, entry] of input.entries.entries()) {
    const d = dates.indexOf(entry.date);
    if (d < 0) continue;
    if (!Number.isSafeInteger(entry.minutes) || entry.minutes < 0) {
      throw new DomainError("validation", `entry ${i} has invalid minutes`, {
        fields: [{ path: `entries.${i}.minutes`, issue: "invalid", message: "minutes must be a whole number ≥ 0" }],
      });
    }
    const mandateId = entry.mandateId ?? null;
    const key = JSON.stringify([entry.memberId, mandateId]);
    const row = rows.get(key) ?? { memberId: entry.memberId, mandateId, days: [0, 0, 0, 0, 0, 0, 0], total: 0 };
    rows.set(key, row);
    const member = members.get(entry.memberId) ?? {
      memberId: entry.memberId,
      days: [0, 0, 0, 0, 0, 0, 0],
      total: 0,
      byCategory: emptyCategories(),
    };
    members.set(entry.memberId, member);
    row.days[d]! += entry.minutes;
    row.total += entry.minutes;
    member.days[d]! += entry.minutes;
    member.total += entry.minutes;
    member.byCategory[entry.category] += entry.minutes;
    days[d]! += entry.minutes;
    byCategory[entry.category] += entry.minutes;
    total += entry.minutes;
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    week,
    dates,
    rows: [...rows.values()].sort(
      (a, b) =>
        cmp(a.memberId, b.memberId) ||
        (a.mandateId === null ? 1 : 0) - (b.mandateId === null ? 1 : 0) ||
        cmp(a.mandateId ?? "", b.mandateId ?? ""),
    ),
    members: [...members.values()].sort((a, b) => cmp(a.memberId, b.memberId)),
    days,
    total,
    byCategory,
  };
}
