/**
 * The messages the server received by polling the workspace's mailbox: listed newest first with the client their
 * sender writes for and that client's current mandate, each marked when it became a round or why it cannot; one
 * becomes a round in one action (on the client's current mandate, or a chosen one), once. A person may also ask for
 * a poll now instead of waiting for the scheduler.
 */
import { DomainError, fieldError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import {
  findReceivedMail,
  listReceivedMail,
  type MailProblem,
  type ReceivedMail,
} from "../../store/mail-message-store.ts";
import type { MailAttachment } from "../../store/mailbox-store.ts";
import { findImportsByKeys, findMailbox } from "../../store/mailbox-store.ts";
import { listMandates } from "../../store/mandate-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord } from "../shared/load-records.ts";
import { type ImportedRound, importAsRound } from "./mail-import.ts";
import { readMailAttachments } from "./mail-import-message.ts";
import { type MailboxPollOutcome, pollMailbox } from "./poll-mailboxes.ts";

export interface ReceivedMailView {
  id: string;
  messageId: string | null;
  subject: string;
  sender: string;
  sentAt: string | null;
  receivedOn: string;
  size: number;
  attachments: MailAttachment[];
  /** Why it cannot become a list (kept all the same); null when it reads as one. */
  problem: MailProblem | null;
  problemDetail: string | null;
  client: { id: string; name: string; match: "address" | "domain" } | null;
  /** The client's current mandate, where one click puts the list. */
  mandate: { id: string; title: string } | null;
  imported: { roundId: string; mandateId: string; importedAt: string } | null;
  createdAt: string;
}

async function views(ctx: AppContext, actor: Actor, mails: ReceivedMail[]): Promise<ReceivedMailView[]> {
  const imports = new Map(
    (
      await findImportsByKeys(
        ctx.db,
        actor.workspaceId,
        mails.map((m) => m.messageKey),
      )
    ).map((i) => [i.messageKey, i]),
  );
  const clients = new Map<string, { name: string; mandate: { id: string; title: string } | null }>();
  for (const clientId of new Set(mails.flatMap((m) => (m.clientId ? [m.clientId] : [])))) {
    const client = await getClientRecord(ctx.db, actor.workspaceId, clientId).catch(() => undefined);
    if (!client) continue;
    const [current] = (
      await listMandates(ctx.db, { workspaceId: actor.workspaceId, clientId, status: "active", limit: 1, offset: 0 })
    ).items;
    clients.set(clientId, { name: client.name, mandate: current ? { id: current.id, title: current.title } : null });
  }
  return mails.map((m) => {
    const done = imports.get(m.messageKey);
    const client = m.clientId ? clients.get(m.clientId) : undefined;
    return {
      id: m.id,
      messageId: m.messageId,
      subject: m.subject,
      sender: m.sender,
      sentAt: m.sentAt,
      receivedOn: m.receivedOn,
      size: m.size,
      attachments: m.attachments,
      problem: m.problem,
      problemDetail: m.problemDetail,
      client:
        client && m.clientId && m.clientMatch ? { id: m.clientId, name: client.name, match: m.clientMatch } : null,
      mandate: client?.mandate ?? null,
      imported: done ? { roundId: done.roundId, mandateId: done.mandateId, importedAt: done.createdAt } : null,
      createdAt: m.createdAt,
    };
  });
}

export async function listReceivedMessages(
  ctx: AppContext,
  actor: Actor,
  input: { limit: number; offset: number },
): Promise<{ items: ReceivedMailView[]; total: number }> {
  requirePermission(actor, "write");
  const page = await listReceivedMail(ctx.db, { workspaceId: actor.workspaceId, ...input });
  return { items: await views(ctx, actor, page.items), total: page.total };
}

async function getReceived(ctx: AppContext, actor: Actor, id: string): Promise<ReceivedMail> {
  const found = await findReceivedMail(ctx.db, actor.workspaceId, id);
  if (!found) throw new DomainError("not_found", "no such received message");
  return found;
}

/** One received message with its text as kept. */
export async function getReceivedMessage(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<ReceivedMailView & { text: string }> {
  requirePermission(actor, "write");
  const mail = await getReceived(ctx, actor, id);
  const [view] = await views(ctx, actor, [mail]);
  return { ...view!, text: mail.text };
}

const PROBLEM_TEXT: Record<MailProblem, string> = {
  no_text: "this message has no text to split into requests",
  too_large: "this message was too large to download: paste its text instead",
  broken_mime: "this message cannot be read (broken MIME structure)",
  no_claims: "no request was found in this message's text",
};

/** Makes a received message a round: of `mandateId`, else of its client's current mandate. */
export async function roundFromReceivedMessage(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { mandateId?: string | undefined },
): Promise<ImportedRound> {
  requirePermission(actor, "write");
  const mail = await getReceived(ctx, actor, id);
  if (mail.problem) throw fieldError("id", mail.problem, PROBLEM_TEXT[mail.problem]);
  const [view] = await views(ctx, actor, [mail]);
  const mandateId = input.mandateId ?? view?.mandate?.id;
  if (!mandateId) throw fieldError("mandateId", "required", "choose the mandate this list belongs to");
  return importAsRound(ctx, actor, mandateId, { ...mail, folder: mail.folder, uid: mail.uid }, "id");
}

/**
 * One attachment of a received message, read back from the message as it was received (`index` in the order listed).
 * Not found when the message was too large to keep or has no such attachment.
 */
export async function getReceivedAttachment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  index: number,
): Promise<{ bytes: Uint8Array; filename: string }> {
  requirePermission(actor, "write");
  const mail = await getReceived(ctx, actor, id);
  const attachments = mail.sourceBase64
    ? (await readMailAttachments(Buffer.from(mail.sourceBase64, "base64"))).slice(index, index + 1)
    : [];
  const [found] = attachments;
  if (!found) throw new DomainError("not_found", "no such attachment in this message as it was kept");
  return found;
}

/** Polls the workspace's mailbox now (the scheduler does it every few minutes by itself). */
export async function pollMailboxNow(ctx: AppContext, actor: Actor): Promise<MailboxPollOutcome> {
  requirePermission(actor, "write");
  if (!(await findMailbox(ctx.db, actor.workspaceId))) {
    throw new DomainError("not_found", "no mailbox is connected: set one up in the workspace settings");
  }
  return pollMailbox(ctx, actor.workspaceId);
}
