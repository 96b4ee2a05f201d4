/**
 * Scheduled work inside the server process (no second program to run): every `SCHEDULER_INTERVAL_SECONDS` the server
 * runs what is due at its clock's time — recurring invoices, payment reminders, notifications, mailbox polling,
 * the dashboard's health lists it keeps brought up to date (its hourly health scan grades every workspace's, from the
 * first tick), and deletes PostgreSQL's change marks past their use. Ticks never overlap within a process; several
 * processes on one database share the work through row claims (`due-recurring.ts`, `due-reminders.ts`). Tests call
 * `runDueWork` with the time they choose instead of waiting. See docs/decisions/0004-scheduler.md and
 * 0005-recurring-invoices.md.
 */

import { pruneChangeMarks } from "../../store/change-marks.ts";
import { prepareHealthWarnings } from "../health/client-health.ts";
import { type DueRecurringOptions, type DueRecurringResult, runDueRecurring } from "../invoices/due-recurring.ts";
import { type DueRemindersOptions, type DueRemindersResult, runDueReminders } from "../invoices/due-reminders.ts";
import { type DueMailboxesResult, type PollOptions, pollDueMailboxes } from "../mail/poll-mailboxes.ts";
import { type NotificationWorkResult, runNotificationWork } from "../notifications/notification-scan.ts";
import type { AppContext } from "./context.ts";

export interface DueWorkResult {
  /** PostgreSQL: change marks (health, receivables) older than a day deleted (`pruneChangeMarks`). */
  changeMarksPruned: number;
  recurring: DueRecurringResult;
  reminders: DueRemindersResult;
  mailboxes: DueMailboxesResult;
  notifications: NotificationWorkResult;
}

/** Runs everything due at `now` once, to completion. */
export async function runDueWork(
  ctx: AppContext,
  at?: Date,
  options: { recurring?: DueRecurringOptions; reminders?: DueRemindersOptions; mailboxes?: PollOptions } = {},
): Promise<DueWorkResult> {
  // No time given: the app's own clock (the server's tick), whose health reads warm the lists readers are served.
  const now = at ?? ctx.now();
  // Recurring invoices first: an invoice issued now gets its reminder schedule in the same tick.
  const recurring = await runDueRecurring(ctx, now, options.recurring);
  const reminders = await runDueReminders(ctx, now, options.reminders);
  const mailboxes = await pollDueMailboxes(ctx, now, options.mailboxes);
  // Notifications last: what this tick made overdue or imported is told in the same tick.
  const notifications = await runNotificationWork(ctx, now, { onAppClock: at === undefined });
  // The dashboard's lists this process keeps, graded for a new studio day or a write every client reads off any GET.
  await prepareHealthWarnings(ctx);
  return { changeMarksPruned: await pruneChangeMarks(ctx.db), recurring, reminders, mailboxes, notifications };
}

export interface Scheduler {
  /** Runs one tick now (waits for a tick in progress first). */
  tick(): Promise<void>;
  /** Stops ticking and waits for the tick in progress. */
  stop(): Promise<void>;
}

/**
 * Ticks every `intervalMs` at `ctx.now()`. A failing tick is reported to `onError` (the database may be away for a
 * while) and the next one tries again.
 */
export function startScheduler(
  ctx: AppContext,
  options: { intervalMs: number; onError: (err: unknown) => void },
): Scheduler {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        await runDueWork(ctx);
      } catch (err) {
        options.onError(err);
      }
    });
    return running;
  };
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return; // a long tick is not queued behind itself
    busy = true;
    void tick().finally(() => {
      busy = false;
    });
  }, options.intervalMs);
  timer.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
