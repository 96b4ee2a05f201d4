/**
 * Planned payment reminders around a due date. Default offsets: 3 days before, on the due date, 7 and 30 days after;
 * courteous until `firmFromDaysLate` (30 by default), firm from then on. The app drops reminders once paid.
 */

import { addDays, epochDay, fromEpochDay } from "../calendar-date.ts";
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

/**
 * The reminders that go out by themselves, one row per invoice and step (the step names the row's unique key).
 *
 * Why these days (practice, not law — no statute sets reminder dates in Québec or France):
 * - `before_due` (3 days before) and `on_due`: courteous. Most late payments are forgotten or mislaid invoices; a
 *   friendly notice before the date is what Invoice Ninja, Harvest and FreshBooks send by default and gets paid
 *   without friction.
 * - `late_7` and `late_21`: firm. A week late the delay is no longer an oversight; three weeks late is the last e-mail
 *   before the matter turns formal. The firm letter states the late interest accrued so far with its yearly rate
 *   (Interest Act s. 4) but never bills it: interest is invoiced only by the user.
 * - `formal_notice` (30 days late): proposed, never sent. In Québec the debtor is put in default (*demeure*) by a
 *   written notice with a reasonable delay (C.c.Q. 1594–1595) and interest at the legal rate runs from it (C.c.Q.
 *   1617); in France a *mise en demeure* precedes most remedies (C. civ. 1344, 1225, 1226). Such a letter binds the
 *   studio and may end a relationship, so a person decides and sends it (`formal_notices`).
 */
export const REMINDER_STEPS = ["before_due", "on_due", "late_7", "late_21", "formal_notice"] as const;
export type ReminderStep = (typeof REMINDER_STEPS)[number];

/** A step as the studio sees it: what the scheduler did with it, or what it will do. */
export const REMINDER_STEP_STATES = [
  "upcoming",
  "due",
  "sending",
  "sent",
  "kept",
  "failed",
  "skipped",
  "cancelled",
  "paused",
  "proposed",
] as const;
export type ReminderStepState = (typeof REMINDER_STEP_STATES)[number];

export interface AutomaticReminderStep {
  step: ReminderStep;
  /** Days relative to the due date (negative = before). */
  offsetDays: number;
  /** `email`: sent by the scheduler; `proposal`: shown to the user when due, never sent. */
  kind: "email" | "proposal";
  tone: ReminderTone;
}

export const AUTOMATIC_REMINDER_STEPS: readonly AutomaticReminderStep[] = Object.freeze([
  { step: "before_due", offsetDays: -3, kind: "email", tone: "courteous" },
  { step: "on_due", offsetDays: 0, kind: "email", tone: "courteous" },
  { step: "late_7", offsetDays: 7, kind: "email", tone: "firm" },
  { step: "late_21", offsetDays: 21, kind: "email", tone: "firm" },
  { step: "formal_notice", offsetDays: 30, kind: "proposal", tone: "firm" },
]);

/** The automatic steps of an invoice due on `dueDate`, each with its date. */
export function automaticReminderPlan(dueDate: string): (AutomaticReminderStep & { date: string })[] {
  // The due date checked and converted once (the receivables page plans thousands of open invoices at a time).
  const due = epochDay(dueDate, "dueDate");
  return AUTOMATIC_REMINDER_STEPS.map((s) => ({ ...s, date: fromEpochDay(due + s.offsetDays) }));
}

/**
 * What happens to a step that has come due: it is sent, unless the invoice no longer asks for payment (`stop`), the
 * client's reminders are paused, or a later step is also due (`superseded`: after a pause or downtime only the most
 * recent reminder goes, never a burst). A formal notice is only proposed.
 */
export function dueStepOutcome(input: {
  step: AutomaticReminderStep & { date: string };
  today: string;
  invoiceOpen: boolean;
  paused: boolean;
}): "send" | "propose" | "stop" | "paused" | "superseded" {
  if (!input.invoiceOpen) return "stop";
  if (input.step.kind === "proposal") return "propose";
  if (input.paused) return "paused";
  const later = AUTOMATIC_REMINDER_STEPS.find(
    (s) =>
      s.kind === "email" &&
      s.offsetDays > input.step.offsetDays &&
      addDays(input.step.date, s.offsetDays - input.step.offsetDays) <= input.today,
  );
  return later ? "superseded" : "send";
}

/** Delay before retrying a delivery that failed for a transient reason: 1, 5, 30 minutes, 2 and 12 hours. */
export const DELIVERY_BACKOFF_MINUTES: readonly number[] = [1, 5, 30, 120, 720];

/** The next attempt after `attempts` failed ones, or null when retries are exhausted. */
export function nextDeliveryAttempt(failedAt: Date, attempts: number): Date | null {
  const minutes = DELIVERY_BACKOFF_MINUTES[attempts - 1];
  return minutes === undefined ? null : new Date(failedAt.getTime() + minutes * 60_000);
}

/**
 * How a step starts when its invoice is first planned: an e-mail whose date has already passed (an invoice issued
 * backdated, or issued before reminders went out by themselves) is skipped — a reminder is never sent late in a burst;
 * a formal notice is still proposed.
 */
export function initialStepStatus(
  step: { kind: "email" | "proposal"; date: string },
  today: string,
): "planned" | "skipped" {
  return step.kind === "email" && step.date < today ? "skipped" : "planned";
}
