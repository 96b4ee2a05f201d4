/**
 * Delivering notification e-mails after commit: each one is taken by a single conditional update (`pending` →
 * `sending`, the attempt counted), so two processes never hand the same message to SMTP at once. A transient failure
 * (4xx, no connection) puts it back to `pending` with the reminders' backoff; a permanent one (5xx) fails it with its
 * error (the notification itself stays in the app). A row left `sending` longer than the lease (its process died inside
 * the SMTP exchange) is taken back and sent again under the same Message-ID, which a receiving server can de-duplicate.
 * Called after each event's commit for its workspace, and by the scheduler for whatever is left (every workspace).
 */

import { nextDeliveryAttempt } from "../../domain/invoice/reminder-schedule.ts";
import {
  deliverableNotificationMails,
  setNotificationEmail,
  takeNotificationMail,
} from "../../store/notification-store.ts";
import { findOutboxMessage, markOutboxMessage } from "../../store/outbox-store.ts";
import type { AppContext } from "../shared/context.ts";
import { isTransient, SENDING_LEASE_MS, stableMessageId } from "../shared/mail-delivery.ts";

/** Delivers the e-mails due at `ctx.now()` (a workspace's, or every one); answers how many were sent. */
export async function deliverNotificationMails(
  ctx: AppContext,
  options: { workspaceId?: string; limit?: number } = {},
): Promise<number> {
  if (ctx.db.isTransaction) return 0; // inside someone's transaction: after its commit, or the scheduler, delivers
  const now = ctx.now();
  const window = { now: now.toISOString(), staleBefore: new Date(now.getTime() - SENDING_LEASE_MS).toISOString() };
  let sent = 0;
  const due = await deliverableNotificationMails(ctx.db, {
    ...window,
    limit: options.limit ?? 50,
    ...(options.workspaceId ? { workspaceId: options.workspaceId } : {}),
  });
  for (const row of due) {
    if (!(await takeNotificationMail(ctx.db, row.id, window))) continue; // another process has it
    const message = await findOutboxMessage(ctx.db, row.outboxId);
    if (!message || !ctx.mailer) {
      await setNotificationEmail(ctx.db, row.id, { status: "kept" });
      continue;
    }
    try {
      await ctx.mailer.send({
        to: message.to,
        subject: message.subject,
        text: message.body,
        messageId: stableMessageId(ctx, `notification.${row.id}`),
      });
      const sentAt = ctx.now().toISOString();
      await markOutboxMessage(ctx.db, message.id, { status: "sent", error: null, sentAt });
      await setNotificationEmail(ctx.db, row.id, { status: "sent", error: null, nextAttemptAt: null });
      sent += 1;
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const retryAt = isTransient(err) ? nextDeliveryAttempt(now, row.attempts + 1) : null;
      await markOutboxMessage(ctx.db, message.id, { status: retryAt ? "pending" : "failed", error, sentAt: null });
      await setNotificationEmail(ctx.db, row.id, {
        status: retryAt ? "pending" : "failed",
        error,
        nextAttemptAt: retryAt ? retryAt.toISOString() : null,
      });
    }
  }
  return sent;
}
