/**
 * Clients' lists received by e-mail: a workspace connects its mailbox (IMAP), sees the recent messages of a folder,
 * and imports one as a feedback round of a mandate — the message's text split like a pasted list, its date as the
 * day received, its attachments listed. A message is imported once per workspace (its Message-ID is unique, on
 * both engines, even when two imports race); a second import answers 409 naming the round.
 */
import { isIP } from "node:net";
import { DomainError, fieldError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import {
  fetchImapMessage,
  type ImapAccount,
  type ImapMessageSummary,
  listImapFolders,
  listImapMessages,
} from "../../mail/imap-mailbox.ts";
import { findMailboxPollState, type MailboxPollState } from "../../store/mail-message-store.ts";
import {
  deleteMailbox,
  findImportOfRound,
  findImportsByKeys,
  findMailbox,
  insertMailImport,
  type MailboxSecurity,
  type MailImport,
  type StoredMailbox,
  saveMailbox,
} from "../../store/mailbox-store.ts";
import { findRound } from "../../store/round-store.ts";
import { isUniqueViolation } from "../../store/store-errors.ts";
import { notifyEvent } from "../notifications/notification-events.ts";
import { receiveRound } from "../scope/receive-round.ts";
import type { RoundView } from "../scope/round-view.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getMandateRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { inTransaction, transact } from "../shared/transact.ts";
import { decryptMailboxPassword, encryptMailboxPassword } from "./mail-import-credentials.ts";
import { type ParsedMailMessage, parseMailMessage } from "./mail-import-message.ts";

export interface MailboxSettingsView {
  configured: boolean;
  host: string;
  port: number;
  security: MailboxSecurity;
  username: string;
  folder: string;
  updatedAt: string | null;
  /** When the server last polled it, and why that failed (null once a poll succeeds). */
  polledAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
}

export interface MailboxInput {
  host: string;
  port: number;
  security: MailboxSecurity;
  username: string;
  /** Absent: keep the stored one. */
  password?: string | undefined;
  folder: string;
}

function view(m: StoredMailbox | undefined, poll?: MailboxPollState): MailboxSettingsView {
  const polled = {
    polledAt: poll?.polledAt ?? null,
    lastError: poll?.lastError ?? null,
    lastErrorAt: poll?.lastErrorAt ?? null,
  };
  if (!m)
    return {
      configured: false,
      host: "",
      port: 993,
      security: "tls",
      username: "",
      folder: "INBOX",
      updatedAt: null,
      ...polled,
    };
  return {
    ...polled,
    configured: true,
    host: m.host,
    port: m.port,
    security: m.security,
    username: m.username,
    folder: m.folder,
    updatedAt: m.updatedAt,
  };
}

const LOOPBACK_NAMES = new Set(["localhost", "localhost.localdomain", "ip6-localhost"]);

/** Only a server on this machine may be spoken to without TLS (the password would cross the network in clear). */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  if (LOOPBACK_NAMES.has(h)) return true;
  if (isIP(h) === 4) return h.startsWith("127.");
  return h === "::1";
}

export async function getMailboxSettings(ctx: AppContext, actor: Actor): Promise<MailboxSettingsView> {
  requirePermission(actor, "read");
  const mailbox = await findMailbox(ctx.db, actor.workspaceId);
  return view(mailbox, mailbox && (await findMailboxPollState(ctx.db, actor.workspaceId)));
}

export async function setMailbox(ctx: AppContext, actor: Actor, input: MailboxInput): Promise<MailboxSettingsView> {
  requirePermission(actor, "admin");
  if (input.security === "none" && !isLoopbackHost(input.host)) {
    throw fieldError("security", "tls_required", "use TLS or STARTTLS: only a server on this machine may go without");
  }
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    const before = await findMailbox(trx, actor.workspaceId);
    if (!input.password && !before) throw fieldError("password", "required", "the mailbox password is required");
    const mailbox: StoredMailbox = {
      host: input.host,
      port: input.port,
      security: input.security,
      username: input.username,
      passwordEnc: input.password ? encryptMailboxPassword(ctx.secret, input.password) : before!.passwordEnc,
      folder: input.folder,
      updatedAt: at,
    };
    const resetCursor = !before || before.host !== mailbox.host || before.username !== mailbox.username;
    await saveMailbox(trx, {
      workspaceId: actor.workspaceId,
      mailbox,
      memberId: actor.memberId,
      resetCursor: resetCursor || before.folder !== mailbox.folder,
    });
    const audited = (m: StoredMailbox | undefined) =>
      m && { host: m.host, port: m.port, security: m.security, username: m.username, folder: m.folder };
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: before ? "mailbox.updated" : "mailbox.connected",
      entity: "mailbox",
      entityId: actor.workspaceId,
      before: audited(before),
      after: { ...audited(mailbox), passwordChanged: Boolean(input.password) },
    });
    return view(mailbox, await findMailboxPollState(trx, actor.workspaceId));
  });
}

export async function removeMailbox(ctx: AppContext, actor: Actor): Promise<void> {
  requirePermission(actor, "admin");
  await transact(ctx, async (trx) => {
    if (!(await deleteMailbox(trx, actor.workspaceId))) throw new DomainError("not_found", "no mailbox is connected");
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "mailbox.disconnected",
      entity: "mailbox",
      entityId: actor.workspaceId,
    });
  });
}

async function account(ctx: AppContext, actor: Actor): Promise<{ account: ImapAccount; folder: string }> {
  const m = await findMailbox(ctx.db, actor.workspaceId);
  if (!m) throw new DomainError("not_found", "no mailbox is connected: set one up in the workspace settings");
  return {
    account: {
      host: m.host,
      port: m.port,
      security: m.security,
      username: m.username,
      password: decryptMailboxPassword(ctx.secret, m.passwordEnc),
    },
    folder: m.folder,
  };
}

export async function listMailboxFolders(ctx: AppContext, actor: Actor) {
  requirePermission(actor, "write");
  return listImapFolders((await account(ctx, actor)).account);
}

export interface MailboxMessageView extends ImapMessageSummary {
  /** How the sender matches the mandate's client: one of its contacts' addresses, or their domain. */
  clientMatch: "address" | "domain" | null;
  imported: { roundId: string; mandateId: string; importedAt: string } | null;
}

const domainOf = (address: string) => address.toLowerCase().split("@")[1] ?? "";

/** The recent messages of a folder (default: the mailbox's), each marked when already imported or from the client. */
export async function listMailboxMessages(
  ctx: AppContext,
  actor: Actor,
  input: { folder?: string | undefined; limit: number; mandateId?: string | undefined },
): Promise<{ folder: string; items: MailboxMessageView[] }> {
  requirePermission(actor, "write");
  const contacts = new Set<string>();
  if (input.mandateId) {
    const { mandate } = await getMandateRecord(ctx.db, actor.workspaceId, input.mandateId);
    const client = await getClientRecord(ctx.db, actor.workspaceId, mandate.clientId);
    for (const c of client.contacts) if (c.email) contacts.add(c.email.toLowerCase());
  }
  const domains = new Set([...contacts].map(domainOf).filter(Boolean));
  const mailbox = await account(ctx, actor);
  const folder = input.folder ?? mailbox.folder;
  const messages = await listImapMessages(mailbox.account, folder, input.limit);
  const keys = messages.flatMap((m) => (m.messageId ? [m.messageId] : []));
  const imports = new Map((await findImportsByKeys(ctx.db, actor.workspaceId, keys)).map((i) => [i.messageKey, i]));
  return {
    folder,
    items: messages.map((m) => {
      const address = m.from?.address.toLowerCase() ?? "";
      const done = m.messageId ? imports.get(m.messageId) : undefined;
      return {
        ...m,
        clientMatch: contacts.has(address) ? "address" : address && domains.has(domainOf(address)) ? "domain" : null,
        imported: done ? { roundId: done.roundId, mandateId: done.mandateId, importedAt: done.createdAt } : null,
      };
    }),
  };
}

function alreadyImported(found: MailImport): DomainError {
  return new DomainError(
    "conflict",
    `this message was already imported on ${found.createdAt.slice(0, 10)} as round ${found.roundId}`,
    {
      roundId: found.roundId,
      mandateId: found.mandateId,
      importedAt: found.createdAt,
      fields: [{ path: "uid", issue: "already_imported", message: `already imported as round ${found.roundId}` }],
    },
  );
}

async function requireNotImported(ctx: AppContext, actor: Actor, key: string): Promise<void> {
  const [found] = await findImportsByKeys(ctx.db, actor.workspaceId, [key]);
  if (found) throw alreadyImported(found);
}

export interface ImportedRound extends RoundView {
  message: Omit<ParsedMailMessage, "text" | "messageKey" | "senderAddress"> & { folder: string; uid: number };
}

/** Imports one message of the mailbox as a new round of the mandate. */
export async function importMailMessage(
  ctx: AppContext,
  actor: Actor,
  mandateId: string,
  input: { folder?: string | undefined; uid: number },
): Promise<ImportedRound> {
  requirePermission(actor, "write");
  await getMandateRecord(ctx.db, actor.workspaceId, mandateId);
  const mailbox = await account(ctx, actor);
  const folder = input.folder ?? mailbox.folder;
  const fetched = await fetchImapMessage(mailbox.account, folder, input.uid);
  if (!fetched) throw new DomainError("not_found", "no message with this UID in the folder (moved or deleted?)");
  const parsed = await parseMailMessage(fetched.source, fetched.internalDate ?? ctx.now().toISOString());
  return importAsRound(ctx, actor, mandateId, { ...parsed, folder, uid: input.uid });
}

/** What a message brings to the round it becomes (read from the mail server, or kept by a poll). */
export type MailForRound = Omit<ParsedMailMessage, "senderAddress"> & { folder: string; uid: number };

/**
 * Makes a message a round of the mandate, once per workspace: its key is claimed in the round's transaction (a
 * second import, even at the same moment, answers 409 naming the first round). A text without any request answers
 * 400 naming `field`.
 */
export async function importAsRound(
  ctx: AppContext,
  actor: Actor,
  mandateId: string,
  mail: MailForRound,
  field = "uid",
): Promise<ImportedRound> {
  await requireNotImported(ctx, actor, mail.messageKey);
  try {
    return await transact(ctx, async (trx) => {
      await requireNotImported(inTransaction(ctx, trx), actor, mail.messageKey);
      const round = await receiveRound(inTransaction(ctx, trx), actor, mandateId, {
        text: mail.text,
        receivedOn: mail.receivedOn,
      }).catch((err: unknown) => {
        if (err instanceof DomainError && err.details?.fields?.[0]?.issue === "no_claims") {
          throw fieldError(field, "no_claims", "no request was found in this message's text");
        }
        throw err;
      });
      const createdAt = ctx.now().toISOString();
      await insertMailImport(trx, {
        workspaceId: actor.workspaceId,
        memberId: actor.memberId,
        mailImport: {
          id: ctx.newId(),
          messageKey: mail.messageKey,
          roundId: round.round.id,
          mandateId,
          folder: mail.folder,
          uid: mail.uid,
          subject: mail.subject,
          sender: mail.sender,
          sentAt: mail.sentAt,
          attachments: mail.attachments,
          createdAt,
        },
      });
      await recordAudit(ctx, trx, {
        workspaceId: actor.workspaceId,
        actorMemberId: actor.memberId,
        action: "round.imported",
        entity: "round",
        entityId: round.round.id,
        after: {
          messageId: mail.messageId,
          subject: mail.subject,
          sender: mail.sender,
          sentAt: mail.sentAt,
          attachments: mail.attachments.map((a) => a.filename),
        },
      });
      const notified = { workspaceId: actor.workspaceId, actorMemberId: actor.memberId };
      await notifyEvent(ctx, trx, { ...notified, kind: "list_received", entityId: round.round.id });
      const message = {
        messageId: mail.messageId,
        subject: mail.subject,
        sender: mail.sender,
        sentAt: mail.sentAt,
        receivedOn: mail.receivedOn,
        attachments: mail.attachments,
        folder: mail.folder,
        uid: mail.uid,
      };
      return { ...round, message };
    });
  } catch (err) {
    // Two imports of the same message at once: the loser's insert meets the unique key; name the winner's round.
    if (isUniqueViolation(err)) {
      const [found] = await findImportsByKeys(ctx.db, actor.workspaceId, [mail.messageKey]);
      if (found) throw alreadyImported(found);
    }
    throw err;
  }
}

/** The e-mail a round was imported from (subject, sender, date, attachments), or null for a pasted list. */
export async function getRoundMailSource(
  ctx: AppContext,
  actor: Actor,
  roundId: string,
): Promise<{ mail: Omit<MailImport, "id" | "messageKey"> & { messageId: string | null } } | { mail: null }> {
  requirePermission(actor, "read");
  if (!(await findRound(ctx.db, actor.workspaceId, roundId))) throw new DomainError("not_found", "round not found");
  const found = await findImportOfRound(ctx.db, actor.workspaceId, roundId);
  if (!found) return { mail: null };
  const { id: _id, messageKey, ...mail } = found;
  return { mail: { ...mail, messageId: messageKey.startsWith("sha256:") ? null : messageKey } };
}
