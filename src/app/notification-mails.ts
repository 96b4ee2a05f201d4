/**
 * Delivering notification e-mails after commit: each one is taken by a single conditional update (`pending` →
 * `sending`), so two processes never hand the same message to SMTP; a failure is recorded on the message and the
 * notification (the notification itself stays in the app). Called after each event's commit for its workspace, and by
 * the scheduler for whatever is left (every workspace).
 */

import { pendingNotificationMails, setNotificationEmail } from "../store/notification-store.ts";
import { findOutboxMessage, markOutboxMessage } from "../store/outbox-store.ts";
import type { AppContext } from "./context.ts";

/** Delivers pending notification e-mails (a workspace's, or every one); answers how many were sent. */
export async function deliverNotificationMails(
  ctx: AppContext,
  options: { workspaceId?: string; limit?: number } = {},
): Promise<number> {
  if (ctx.db.isTransaction) return 0; // inside someone's transaction: after its commit, or the scheduler, delivers
  let sent = 0;
  for (const pending of await pendingNotificationMails(ctx.db, options.limit ?? 50, options.workspaceId)) {
    if (!(await setNotificationEmail(ctx.db, pending.id, { status: "sending", from: "pending" }))) continue;
    const message = await findOutboxMessage(ctx.db, pending.outboxId);
    if (!message || !ctx.mailer) {
      await setNotificationEmail(ctx.db, pending.id, { status: "kept" });
      continue;
    }
    try {
      await ctx.mailer.send({ to: message.to, subject: message.subject, text: message.body });
      const sentAt = ctx.now().toISOString();
      await markOutboxMessage(ctx.db, message.id, { status: "sent", error: null, sentAt });
      await setNotificationEmail(ctx.db, pending.id, { status: "sent" });
      sent += 1;
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      await markOutboxMessage(ctx.db, message.id, { status: "failed", error, sentAt: null });
      await setNotificationEmail(ctx.db, pending.id, { status: "failed" });
    }
  }
  return sent;
}
