/**
 * The running timer: a member starts it on a mandate (and optional claim) and stops it; stopping turns it into a
 * time entry. One running timer per member (starting a second one is a `conflict`). The elapsed time is rounded to
 * the nearest minute, then the workspace's rounding rule applies (`createTimeEntry`). The entry is dated on the
 * member's local day when the timer started (a timer over midnight counts on its first day). Under 30 seconds is
 * refused (`too_short`: discard the timer) and so is more than 24 hours (`too_long`: a forgotten timer; enter the
 * time by hand).
 */
import { DomainError, fieldError } from "../errors.ts";
import { localDate } from "./local-date.ts";
import type { RoundingRule } from "./rounding-rule.ts";
import { createTimeEntry, MAX_ENTRY_MINUTES, type TimeCategory, type TimeEntry } from "./time-entry.ts";

/** A timer that is running. */
export interface RunningTimer {
  id: string;
  memberId: string;
  mandateId: string | undefined;
  claimId: string | undefined;
  category: TimeCategory;
  note: string;
  /** ISO-8601 instant. */
  startedAt: string;
}

/** Input of {@link startTimer}. */
export interface StartTimerInput {
  id: string;
  memberId: string;
  mandateId?: string | null | undefined;
  claimId?: string | null | undefined;
  category: TimeCategory;
  note?: string | null | undefined;
  /** ISO-8601 instant. */
  at: string;
  /** The timers running now (any member). */
  running: readonly RunningTimer[];
}

function instant(value: string, path: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw fieldError(path, "invalid_instant", `${path} must be an ISO-8601 instant`);
  return ms;
}

/**
 * Starts a timer. The same checks as a time entry apply (category, mandate, claim only with mandate); a member who
 * already has a running timer gets a `conflict` naming it.
 */
export function startTimer(input: StartTimerInput): RunningTimer {
  instant(input.at, "at");
  const current = input.running.find((t) => t.memberId === input.memberId);
  if (current) {
    throw new DomainError("conflict", `a timer is already running for ${input.memberId}`, { timerId: current.id });
  }
  // Validate as the entry it will become (date and minutes are placeholders, checked again at stop).
  const entry = createTimeEntry({ ...input, date: "2000-01-01", minutes: 1, rounding: "none" });
  return {
    id: input.id,
    memberId: entry.memberId,
    mandateId: entry.mandateId,
    claimId: entry.claimId,
    category: entry.category,
    note: entry.note,
    startedAt: input.at,
  };
}

/** Input of {@link stopTimer}. */
export interface StopTimerOptions {
  /** ISO-8601 instant. */
  at: string;
  /** Id of the entry created. */
  entryId: string;
  rounding: RoundingRule;
  /** The member's IANA time zone, for the entry's date (`America/Toronto`). */
  timeZone: string;
}

/** Stops a timer and returns its time entry (see the module comment for the rules). */
export function stopTimer(timer: RunningTimer, options: StopTimerOptions): TimeEntry {
  const start = instant(timer.startedAt, "startedAt");
  const stop = instant(options.at, "at");
  if (stop < start) throw fieldError("at", "before_start", "the timer cannot stop before it started");
  const minutes = Math.round((stop - start) / 60_000);
  if (minutes < 1) throw fieldError("at", "too_short", "less than 30 seconds: discard the timer instead");
  if (minutes > MAX_ENTRY_MINUTES) {
    throw fieldError("at", "too_long", "the timer ran more than 24 hours; enter the time by hand");
  }
  return createTimeEntry({
    id: options.entryId,
    memberId: timer.memberId,
    mandateId: timer.mandateId,
    claimId: timer.claimId,
    date: localDate({ instant: timer.startedAt, timeZone: options.timeZone }),
    minutes,
    category: timer.category,
    note: timer.note,
    rounding: options.rounding,
  });
}
