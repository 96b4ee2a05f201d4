/**
 * The reminders that go out by themselves, in three phases any number of server processes may run at once:
 * 1. plan: every open invoice without a schedule gets one row per step (unique per invoice and step); steps whose date
 *    passed before the invoice was planned (issued backdated, or before this feature) are skipped, never sent late;
 * 2. claim: due rows are claimed in one transaction (`FOR UPDATE SKIP LOCKED` on PostgreSQL, SQLite's single writer)
 *    that also writes the message into the outbox under a unique key `reminder:<invoice>:<step>` — the outbox row is
 *    the record that the reminder exists, so a crash before commit leaves nothing and one after leaves it queued;
 * 3. deliver: a queued row is taken by one conditional update (queued → sending, the attempt counted) and handed to
 *    SMTP; a transient failure (4xx, connection) is retried with backoff, a permanent one (5xx) is recorded. A row left
 *    `sending` by a process that died inside the SMTP exchange is marked failed for a person to check, not resent.
 * A paid, credited or written-off invoice stops its schedule; a paused client's due steps are skipped; a formal notice
 * is only proposed; late interest is stated in firm letters, never invoiced.
 */

import {
  automaticReminderPlan,
  dueStepOutcome,
  initialStepStatus,
  nextDeliveryAttempt,
} from "../../domain/invoice/reminder-schedule.ts";
import type { Actor } from "../../domain/permissions.ts";
import { findOutboxMessage, markOutboxMessage } from "../../store/outbox-store.ts";
import {
  claimDueSteps,
  deliverableSteps,
  failInterruptedSendings,
  insertScheduleRows,
  invoicesWithoutSchedule,
  remindersPaused,
  type ScheduleRow,
  takeForDelivery,
  updateStep,
} from "../../store/schedule-store.ts";
import type { AppContext } from "../shared/context.ts";
import { isTransient, SENDING_LEASE_MS, stableMessageId } from "../shared/mail-delivery.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { schedulerToday } from "../shared/studio-day.ts";
import { transact } from "../shared/transact.ts";
import { getStoredInvoice } from "./invoice-queries.ts";
import { queueReminder } from "./reminders.ts";

export interface DueRemindersOptions {
  /** Rows claimed per transaction (several processes share the work batch by batch). */
  batchSize?: number;
  /** Called after each claimed batch is committed, before delivery (tests simulate a crash here). */
  afterClaim?: (claimed: readonly ScheduleRow[]) => void | Promise<void>;
}

export interface DueRemindersResult {
  planned: number;
  queued: number;
  sent: number;
  failed: number;
}

/** Plans, claims and delivers what is due at `now`; `ctx.now` is replaced by `now` for everything written. */
export async function runDueReminders(
  base: AppContext,
  now: Date,
  options: DueRemindersOptions = {},
): Promise<DueRemindersResult> {
  const ctx: AppContext = { ...base, now: () => now };
  const result: DueRemindersResult = { planned: 0, queued: 0, sent: 0, failed: 0 };
  result.planned = await planSchedules(ctx);
  const batchSize = options.batchSize ?? 50;
  for (;;) {
    const claimed = await claimBatch(ctx, batchSize);
    if (claimed.rows.length === 0) break;
    result.queued += claimed.queued;
    await options.afterClaim?.(claimed.rows);
    const d = await deliverDue(ctx, batchSize);
    result.sent += d.sent;
    result.failed += d.failed;
  }
  // Retries whose backoff has run, and messages a crashed process queued but never delivered.
  const d = await deliverDue(ctx, batchSize);
  result.sent += d.sent;
  result.failed += d.failed;
  return result;
}

async function planSchedules(ctx: AppContext): Promise<number> {
  const at = ctx.now().toISOString();
  const today = schedulerToday(ctx);
  let planned = 0;
  for (let round = 0; round < 100; round++) {
    const invoices = await invoicesWithoutSchedule(ctx.db, 200);
    if (invoices.length === 0) break;
    const rows = invoices.flatMap((inv) =>
      automaticReminderPlan(inv.dueDate).map((s) => ({
        id: ctx.newId(),
        workspaceId: inv.workspaceId,
        invoiceId: inv.id,
        step: s.step,
        dueOn: s.date,
        status: initialStepStatus(s, today),
      })),
    );
    await insertScheduleRows(ctx.db, rows, at);
    planned += invoices.length;
  }
  return planned;
}

/** The scheduler acts for no member: it reads what it needs to write a reminder, with no one's permissions. */
function schedulerActor(workspaceId: string): Actor {
  return { userId: "scheduler", memberId: "scheduler", workspaceId, role: "viewer" };
}

async function claimBatch(ctx: AppContext, limit: number): Promise<{ rows: ScheduleRow[]; queued: number }> {
  const at = ctx.now().toISOString();
  const today = schedulerToday(ctx);
  return transact(ctx, async (trx) => {
    const rows = await claimDueSteps(trx, ctx.engine, { today, limit });
    let queued = 0;
    for (const row of rows) {
      const stored = await getStoredInvoice(trx, row.workspaceId, row.invoiceId);
      const invoice = stored.invoice;
      const open = invoice.status === "issued" || invoice.status === "partially_paid";
      const step = open ? automaticReminderPlan(invoice.dueDate).find((s) => s.step === row.step) : undefined;
      const paused = open ? await remindersPaused(trx, row.workspaceId, invoice.clientId) : false;
      const outcome = step ? dueStepOutcome({ step, today, invoiceOpen: open, paused }) : "stop";
      if (outcome === "stop") {
        await updateStep(trx, row.id, { status: "stopped" }, at);
        continue;
      }
      if (outcome === "propose") {
        await updateStep(trx, row.id, { status: "proposed" }, at);
        continue;
      }
      if (outcome === "paused" || outcome === "superseded") {
        await updateStep(trx, row.id, { status: "skipped", lastError: outcome }, at);
        continue;
      }
      const messageKey = `reminder:${row.invoiceId}:${row.step}`;
      const { message, subject } = await queueReminder(ctx, trx, {
        actor: schedulerActor(row.workspaceId),
        invoiceId: row.invoiceId,
        today,
        tone: step!.tone,
        messageKey,
      });
      const kept = message.status === "kept";
      await updateStep(
        trx,
        row.id,
        { status: kept ? "kept" : "queued", outboxId: message.id, ...(kept ? { sentAt: at } : {}) },
        at,
      );
      await recordAudit(ctx, trx, {
        workspaceId: row.workspaceId,
        actorMemberId: null,
        action: "invoice.reminder_sent",
        entity: "invoice",
        entityId: row.invoiceId,
        after: { step: row.step, automatic: true, messageId: message.id, subject, status: message.status },
      });
      queued += 1;
    }
    return { rows, queued };
  });
}

async function deliverDue(ctx: AppContext, limit: number): Promise<{ sent: number; failed: number }> {
  const now = ctx.now();
  const at = now.toISOString();
  await failInterruptedSendings(ctx.db, new Date(now.getTime() - SENDING_LEASE_MS).toISOString(), at);
  let sent = 0;
  let failed = 0;
  for (const row of await deliverableSteps(ctx.db, at, limit)) {
    if (!(await takeForDelivery(ctx.db, row.id, at))) continue; // another process has it
    const message = row.outboxId ? await findOutboxMessage(ctx.db, row.outboxId) : undefined;
    if (!message || !ctx.mailer) {
      await updateStep(ctx.db, row.id, { status: "kept", sentAt: at }, at);
      continue;
    }
    try {
      await ctx.mailer.send({
        to: message.to,
        subject: message.subject,
        text: message.body,
        messageId: stableMessageId(ctx, `reminder.${row.invoiceId}.${row.step}`),
      });
      const sentAt = ctx.now().toISOString();
      await markOutboxMessage(ctx.db, message.id, { status: "sent", error: null, sentAt });
      await updateStep(ctx.db, row.id, { status: "sent", sentAt, lastError: null }, sentAt);
      sent += 1;
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const retryAt = isTransient(err) ? nextDeliveryAttempt(now, row.attempts + 1) : null;
      await markOutboxMessage(ctx.db, message.id, { status: retryAt ? "pending" : "failed", error, sentAt: null });
      await updateStep(
        ctx.db,
        row.id,
        retryAt
          ? { status: "queued", lastError: error, nextAttemptAt: retryAt.toISOString() }
          : { status: "failed", lastError: error },
        at,
      );
      if (!retryAt) failed += 1;
    }
  }
  return { sent, failed };
}
