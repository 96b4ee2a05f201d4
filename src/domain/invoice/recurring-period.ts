/**
 * The periods of a recurring invoice: from an anchor date, every week, month, quarter or year, optionally until an end
 * date. Period `k` starts `k` steps after the anchor, counted from the anchor itself (never from the previous period),
 * so a monthly anchor on January 31 gives February 28 (29 in a leap year), then March 31 — the day never drifts. A
 * period ends the day before the next one starts. The invoice of a period is made on its first day (billed in advance).
 */
import { addDays, epochDay, isCalendarDate } from "../calendar-date.ts";
import type { DocLanguage } from "../client.ts";
import { DomainError, type FieldIssue } from "../errors.ts";

export const RECURRING_FREQUENCIES = ["weekly", "monthly", "quarterly", "yearly"] as const;
export type RecurringFrequency = (typeof RECURRING_FREQUENCIES)[number];

export interface RecurringPeriod {
  /** 0 for the period that starts on the anchor. */
  index: number;
  /** First day, `YYYY-MM-DD`: the invoice's date. */
  start: string;
  /** Last day, inclusive. */
  end: string;
}

export interface RecurrenceRule {
  anchor: string;
  frequency: RecurringFrequency;
  /** No period starts after this day (inclusive); absent: no end. */
  endDate?: string | null | undefined;
}

const MONTHS: Record<Exclude<RecurringFrequency, "weekly">, number> = { monthly: 1, quarterly: 3, yearly: 12 };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day of period `index`, the anchor's day of the month clamped to shorter months. */
export function periodStart(rule: Pick<RecurrenceRule, "anchor" | "frequency">, index: number): string {
  epochDay(rule.anchor, "anchor");
  if (!Number.isInteger(index) || index < 0) throw new DomainError("validation", `period index ${index}`);
  if (rule.frequency === "weekly") return addDays(rule.anchor, 7 * index);
  const y = Number(rule.anchor.slice(0, 4));
  const m = Number(rule.anchor.slice(5, 7)) - 1 + index * MONTHS[rule.frequency];
  const year = y + Math.floor(m / 12);
  const month = (m % 12) + 1;
  const day = Math.min(Number(rule.anchor.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Period `index` with its last day. */
export function recurringPeriod(rule: RecurrenceRule, index: number): RecurringPeriod {
  return { index, start: periodStart(rule, index), end: addDays(periodStart(rule, index + 1), -1) };
}

/** Whether period `index` exists (it starts on or before the end date, when there is one). */
export function periodExists(rule: RecurrenceRule, index: number): boolean {
  return !rule.endDate || periodStart(rule, index) <= rule.endDate;
}

/** The first period starting on or after `date` (resuming skips the periods that began while paused). */
export function firstPeriodFrom(rule: RecurrenceRule, date: string): number {
  if (date <= rule.anchor) return 0;
  // An estimate from the average length, then corrected: at most a step or two either way.
  const step = rule.frequency === "weekly" ? 7 : 30.436875 * MONTHS[rule.frequency];
  let index = Math.max(0, Math.floor((epochDay(date) - epochDay(rule.anchor)) / step) - 1);
  while (index > 0 && periodStart(rule, index - 1) >= date) index -= 1;
  while (periodStart(rule, index) < date) index += 1;
  return index;
}

/** The period containing `date` (undefined before the anchor). */
export function periodContaining(rule: RecurrenceRule, date: string): RecurringPeriod | undefined {
  if (date < rule.anchor) return undefined;
  const next = firstPeriodFrom(rule, addDays(date, 1));
  return recurringPeriod(rule, next - 1);
}

/**
 * Periods from `fromIndex` whose first day has come by `today`, in order, at most `limit`: after a downtime every
 * missed period is there, each once.
 */
export function periodsDue(rule: RecurrenceRule, input: { fromIndex: number; today: string; limit?: number }) {
  const out: RecurringPeriod[] = [];
  const limit = input.limit ?? 1000;
  for (let i = input.fromIndex; out.length < limit && periodExists(rule, i); i++) {
    const p = recurringPeriod(rule, i);
    if (p.start > input.today) break;
    out.push(p);
  }
  return out;
}

/** Checks a rule as typed: real dates, a known frequency, an end not before the anchor. */
export function checkRecurrenceRule(rule: {
  anchor: string;
  frequency: string;
  endDate?: string | null | undefined;
}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isCalendarDate(rule.anchor))
    issues.push({ path: "anchorDate", issue: "invalid_date", message: "anchorDate must be a date YYYY-MM-DD" });
  if (!(RECURRING_FREQUENCIES as readonly string[]).includes(rule.frequency))
    issues.push({ path: "frequency", issue: "invalid", message: `one of ${RECURRING_FREQUENCIES.join(", ")}` });
  if (rule.endDate && !isCalendarDate(rule.endDate))
    issues.push({ path: "endDate", issue: "invalid_date", message: "endDate must be a date YYYY-MM-DD" });
  else if (rule.endDate && isCalendarDate(rule.anchor) && rule.endDate < rule.anchor)
    issues.push({ path: "endDate", issue: "before_anchor", message: "the end comes before the first period" });
  return issues;
}

const MONTH_NAMES: Record<DocLanguage, readonly string[]> = {
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

function parts(date: string) {
  return { y: date.slice(0, 4), m: Number(date.slice(5, 7)) - 1, d: Number(date.slice(8, 10)) };
}

/**
 * The period as printed on the invoice's lines, in the client's language: « Période du 1er au 31 janvier 2027 »,
 * "Period: January 1–31, 2027"; the month and year are repeated only when they change.
 */
export function periodLabel(period: Pick<RecurringPeriod, "start" | "end">, language: DocLanguage): string {
  const a = parts(period.start);
  const b = parts(period.end);
  if (language === "fr") {
    const day = (d: number) => (d === 1 ? "1er" : String(d));
    const to = `${day(b.d)} ${MONTH_NAMES.fr[b.m]} ${b.y}`;
    if (a.y !== b.y) return `Période du ${day(a.d)} ${MONTH_NAMES.fr[a.m]} ${a.y} au ${to}`;
    if (a.m !== b.m) return `Période du ${day(a.d)} ${MONTH_NAMES.fr[a.m]} au ${to}`;
    return `Période du ${day(a.d)} au ${to}`;
  }
  const to = `${MONTH_NAMES.en[b.m]} ${b.d}, ${b.y}`;
  if (a.y !== b.y) return `Period: ${MONTH_NAMES.en[a.m]} ${a.d}, ${a.y} – ${to}`;
  if (a.m !== b.m) return `Period: ${MONTH_NAMES.en[a.m]} ${a.d} – ${to}`;
  return `Period: ${MONTH_NAMES.en[a.m]} ${a.d}–${b.d}, ${b.y}`;
}

/**
 * The first period to invoice when a template starts (or resumes) on `today`: the one running today — its invoice is
 * still useful — or the first one when the anchor is ahead; periods that ended before are never invoiced.
 */
export function firstIndexToInvoice(rule: RecurrenceRule, today: string): number {
  return periodContaining(rule, today)?.index ?? 0;
}
