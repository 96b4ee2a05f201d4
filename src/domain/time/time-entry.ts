/**
 * A time entry (temps): who worked, on which mandate and optional claim, which day, how long, and in which category.
 * `billable` is invoiced by the hour; `included` is work inside a fixed price; `goodwill` is free extra work, done on
 * purpose and counted (valued at the billable rate); `internal` is the studio's own time. Every category but
 * `internal` belongs to a mandate (someone's work is being counted), and a claim is only given with its mandate.
 */

import { isCalendarDate } from "../calendar-date.ts";
import { DomainError, type FieldIssue } from "../errors.ts";
import { ROUNDING_RULES, type RoundingRule, roundMinutes } from "./rounding-rule.ts";

/** Every time category. */
export const TIME_CATEGORIES = ["billable", "included", "goodwill", "internal"] as const;
/** Category of a time entry. */
export type TimeCategory = (typeof TIME_CATEGORIES)[number];

/** Most minutes one entry can hold (24 h). */
export const MAX_ENTRY_MINUTES = 1_440;

/** A validated time entry. */
export interface TimeEntry {
  id: string;
  memberId: string;
  mandateId: string | undefined;
  claimId: string | undefined;
  /** Calendar date `YYYY-MM-DD` the work was done (the member's local day). */
  date: string;
  /** Minutes after the workspace's rounding rule: what is counted and valued. */
  minutes: number;
  /** Minutes as typed or measured, before rounding (kept as evidence). */
  recordedMinutes: number;
  category: TimeCategory;
  note: string;
}

/** Input of {@link createTimeEntry}. */
export interface CreateTimeEntryInput {
  id: string;
  memberId: string;
  mandateId?: string | null | undefined;
  claimId?: string | null | undefined;
  date: string;
  /** Whole minutes, 1 to 1,440, before rounding. */
  minutes: number;
  category: TimeCategory;
  note?: string | null | undefined;
  /** The workspace's rounding rule. */
  rounding: RoundingRule;
}

function present(value: string | null | undefined): string | undefined {
  const t = value?.trim();
  return t ? t : undefined;
}

/** Longest note kept on an entry. */
export const MAX_NOTE = 2_000;

/**
 * Validates an entry and applies the rounding rule to it. Throws `validation` listing every field at fault: date not
 * a real `YYYY-MM-DD`, minutes not a whole number from 1 to 1,440, unknown category, claim without mandate, a
 * non-internal entry without mandate, unknown rounding rule, note too long.
 */
export function createTimeEntry(input: CreateTimeEntryInput): TimeEntry {
  const issues: FieldIssue[] = [];
  const fail = (path: string, issue: string, message: string) => issues.push({ path, issue, message });
  const mandateId = present(input.mandateId);
  const claimId = present(input.claimId);
  const note = input.note?.trim() ?? "";
  if (!present(input.memberId)) fail("memberId", "required", "the member is required");
  if (!isCalendarDate(input.date)) fail("date", "invalid_date", "date must be a date YYYY-MM-DD");
  if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > MAX_ENTRY_MINUTES) {
    fail("minutes", "out_of_range", `minutes must be a whole number from 1 to ${MAX_ENTRY_MINUTES}`);
  }
  if (!(TIME_CATEGORIES as readonly string[]).includes(input.category)) {
    fail("category", "invalid", `category must be one of ${TIME_CATEGORIES.join(", ")}`);
  } else if (input.category !== "internal" && mandateId === undefined) {
    fail("mandateId", "required", `${input.category} time belongs to a mandate`);
  }
  if (claimId !== undefined && mandateId === undefined) {
    fail("claimId", "needs_mandate", "time on a claim must name the claim's mandate");
  }
  if (!(ROUNDING_RULES as readonly string[]).includes(input.rounding)) {
    fail("rounding", "invalid", `rounding must be one of ${ROUNDING_RULES.join(", ")}`);
  }
  if (note.length > MAX_NOTE) fail("note", "too_long", `note is longer than ${MAX_NOTE} characters`);
  if (issues.length > 0) {
    throw new DomainError("validation", issues.map((i) => `${i.path}: ${i.message}`).join("; "), { fields: issues });
  }
  return {
    id: input.id,
    memberId: input.memberId.trim(),
    mandateId,
    claimId,
    date: input.date,
    minutes: roundMinutes(input.minutes, input.rounding),
    recordedMinutes: input.minutes,
    category: input.category,
    note,
  };
}
