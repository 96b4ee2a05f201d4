/**
 * The outbox pattern: a use-case writes its messages in its own transaction (so a message exists if and only if what
 * caused it was committed); after commit they are handed to SMTP when configured, else kept for the user to copy.
 */
import type { Kysely } from "kysely";
import type { OutgoingMail } from "../../mail/mailer.ts";
import {
  insertOutboxMessage,
  markOutboxMessage,
  type OutboxAttachment,
  type OutboxMessage,
} from "../../store/outbox-store.ts";
import type { Database } from "../../store/schema.ts";
import type { AppContext } from "./context.ts";

export interface QueueMessageInput {
  workspaceId: string;
  kind: string;
  to: string;
  subject: string;
  body: string;
  entity: string;
  entityId: string;
  attachments?: OutboxAttachment[];
  /** Unique per workspace: writing a second message with the same key fails (the first one stands). */
  messageKey?: string | undefined;
}

/** Writes a message in the caller's transaction; returns it so it can be delivered after commit. */
export async function queueMessage(
  ctx: AppContext,
  trx: Kysely<Database>,
  input: QueueMessageInput,
): Promise<OutboxMessage> {
  const message: OutboxMessage = {
    id: ctx.newId(),
    kind: input.kind,
    to: input.to,
    subject: input.subject,
    body: input.body,
    entity: input.entity,
    entityId: input.entityId,
    status: ctx.mailer && input.to ? "pending" : "kept",
    error: null,
    createdAt: ctx.now().toISOString(),
    sentAt: null,
    ...(input.attachments?.length ? { attachments: input.attachments } : {}),
    ...(input.messageKey ? { messageKey: input.messageKey } : {}),
  };
  await insertOutboxMessage(trx, input.workspaceId, message);
  return message;
}

/** The bytes of each message's attachments, by message id (messages without any are sent as text only). */
export type AttachmentFiles = ReadonlyMap<string, NonNullable<OutgoingMail["attachments"]>>;

/** Delivers pending messages after commit; a failure is recorded on the message, never thrown at the user. */
export async function deliverMessages(
  ctx: AppContext,
  messages: readonly OutboxMessage[],
  files?: AttachmentFiles,
): Promise<OutboxMessage[]> {
  const out: OutboxMessage[] = [];
  for (const m of messages) {
    if (m.status !== "pending" || !ctx.mailer) {
      out.push(m);
      continue;
    }
    try {
      const attachments = files?.get(m.id);
      await ctx.mailer.send({ to: m.to, subject: m.subject, text: m.body, ...(attachments ? { attachments } : {}) });
      const sentAt = ctx.now().toISOString();
      await markOutboxMessage(ctx.db, m.id, { status: "sent", error: null, sentAt });
      out.push({ ...m, status: "sent", sentAt });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      await markOutboxMessage(ctx.db, m.id, { status: "failed", error, sentAt: null });
      out.push({ ...m, status: "failed", error });
    }
  }
  return out;
}
