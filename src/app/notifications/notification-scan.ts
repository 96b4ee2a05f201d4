/**
 * The notifications the scheduler finds by looking rather than by being told: invoices that became overdue (once per
 * invoice) and clients whose health crossed the warning threshold (once per crossing: the level last seen per client is
 * kept in `notification_health_levels` and moved by one conditional update, so of two processes only one notifies).
 * Health is read through the public `healthWarnings` of client-health.ts, as every screen reads it.
 */

import { addDays } from "../../domain/calendar-date.ts";
import type { Actor } from "../../domain/permissions.ts";
import {
  allWorkspaceIds,
  healthLevelsSeen,
  moveHealthLevel,
  overdueWithoutNotification,
} from "../../store/notification-source-store.ts";
import { healthWarnings } from "../health/client-health.ts";
import type { AppContext } from "../shared/context.ts";
import { schedulerToday } from "../shared/studio-day.ts";
import { transact } from "../shared/transact.ts";
import { notifyEvent } from "./notification-events.ts";
import { deliverNotificationMails } from "./notification-mails.ts";

export interface NotificationWorkResult {
  overdue: number;
  health: number;
  mailed: number;
}

/**
 * Everything the scheduler does for notifications at `now`: overdue invoices, health crossings, pending e-mails.
 * `onAppClock`: `now` is the app's own clock (the server's tick), so health is read through `base` itself and the lists
 * it grades are the ones this process keeps for its readers (`keptWarnings`): a process's first tick prepares every
 * workspace's dashboard, which a reader would otherwise wait for on its first GET. A `now` of a caller's choosing (tests
 * moving time) reads through a context of its own, never kept under the app's.
 */
export async function runNotificationWork(
  base: AppContext,
  now: Date,
  options: { onAppClock?: boolean } = {},
): Promise<NotificationWorkResult> {
  const ctx: AppContext = { ...base, now: () => now };
  const overdue = await notifyOverdueInvoices(ctx);
  let health = 0;
  if (healthScanDue(base, now)) {
    const reader = options.onAppClock ? base : ctx;
    for (const workspaceId of await allWorkspaceIds(ctx.db))
      health += await notifyHealthCrossings(ctx, workspaceId, reader);
  }
  const mailed = await deliverNotificationMails(ctx, { limit: 500 });
  return { overdue, health, mailed };
}

/**
 * Health moves with days, not seconds, and reading every client's health is the heaviest read there is (about a second
 * for a ten-year studio on SQLite, whose single connection serves every request meanwhile): each process reads it at most
 * once an hour of its clock — the first tick, then hourly. Two processes may both read it in one hour; the crossing itself
 * is still told once (the conditional update above). A clock moved backwards (tests) reads it again.
 */
const HEALTH_SCAN_EVERY_MS = 60 * 60 * 1000;
const lastHealthScan = new WeakMap<object, number>();

function healthScanDue(ctx: AppContext, now: Date): boolean {
  const last = lastHealthScan.get(ctx.db);
  const at = now.getTime();
  if (last !== undefined && at >= last && at - last < HEALTH_SCAN_EVERY_MS) return false;
  lastHealthScan.set(ctx.db, at);
  return true;
}

/**
 * An invoice that became overdue longer ago than this (before notifications existed, or while no scheduler ran) is not
 * news: it is not told, so a first tick on an old database sends no burst of e-mails about last year's invoices.
 */
const OVERDUE_NEWS_DAYS = 14;

async function notifyOverdueInvoices(ctx: AppContext): Promise<number> {
  const today = schedulerToday(ctx);
  const since = addDays(today, -OVERDUE_NEWS_DAYS);
  let created = 0;
  // One look per tick: an invoice nobody can be told about (no active owner) is looked at again next tick, never looped on.
  for (const invoice of await overdueWithoutNotification(ctx.db, { today, since, limit: 1000 })) {
    created += await transact(ctx, (trx) =>
      notifyEvent(ctx, trx, { workspaceId: invoice.workspaceId, kind: "invoice_overdue", entityId: invoice.id }),
    );
  }
  return created;
}

/** The scheduler reads health for no member, with no one's permissions beyond reading. */
function schedulerReader(workspaceId: string): Actor {
  return { userId: "scheduler", memberId: "scheduler", workspaceId, role: "viewer" };
}

async function notifyHealthCrossings(ctx: AppContext, workspaceId: string, reader: AppContext): Promise<number> {
  const [warnings, seen] = await Promise.all([
    healthWarnings(reader, schedulerReader(workspaceId)),
    healthLevelsSeen(ctx.db, workspaceId),
  ]);
  const levels = new Map<string, string>(warnings.map((w) => [w.clientId, w.warning.level]));
  for (const clientId of seen.keys()) if (!levels.has(clientId)) levels.set(clientId, "none");
  const at = ctx.now().toISOString();
  let created = 0;
  for (const [clientId, level] of levels) {
    const before = seen.get(clientId);
    const was = before?.level ?? "none";
    if (was === level) continue;
    const crossed = was === "none";
    const crossings = (before?.crossings ?? 0) + (crossed ? 1 : 0);
    created += await transact(ctx, async (trx) => {
      const moved = await moveHealthLevel(trx, { workspaceId, clientId, from: before, to: level, crossings, at });
      if (!moved || !crossed) return 0;
      return notifyEvent(ctx, trx, { workspaceId, kind: "client_health", entityId: clientId, occurrence: crossings });
    });
  }
  return created;
}
