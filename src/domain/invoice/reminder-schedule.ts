/**
 * Planned payment reminders around a due date. Default offsets: 3 days before, on the due date, 7 and 30 days after;
 * courteous until `firmFromDaysLate` (30 by default), firm from then on. The app drops reminders once paid.
 */

import { addDays, epochDay } from "../calendar-date.ts";
import { fieldError } from "../errors.ts";

export const DEFAULT_REMINDER_OFFSETS: readonly number[] = [-3, 0, 7, 30];

export type ReminderTone = "courteous" | "firm";

export interface PlannedReminder {
  date: string;
  /** Days relative to the due date (negative = before). */
  offsetDays: number;
  tone: ReminderTone;
}

/** The options of `planReminders`. */
export interface PlanRemindersInput {
  dueDate: string;
  offsets?: readonly number[];
  firmFromDaysLate?: number;
}

/** The reminders of one invoice, in date order, without duplicates. */
export function planReminders(input: PlanRemindersInput): PlannedReminder[] {
  epochDay(input.dueDate, "dueDate");
  const offsets = input.offsets ?? DEFAULT_REMINDER_OFFSETS;
  const firmFrom = input.firmFromDaysLate ?? 30;
  offsets.forEach((o, i) => {
    if (!Number.isInteger(o) || Math.abs(o) > 365) {
      throw fieldError(`offsets.${i}`, "out_of_range", "an offset is a whole number of days within a year");
    }
  });
  return [...new Set(offsets)]
    .sort((a, b) => a - b)
    .map((offsetDays) => ({
      date: addDays(input.dueDate, offsetDays),
      offsetDays,
      tone: offsetDays >= firmFrom ? "firm" : "courteous",
    }));
}
