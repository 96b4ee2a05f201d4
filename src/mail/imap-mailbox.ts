/**
 * The IMAP adapter (imapflow): folders, the recent messages of a folder and one message's source, always read-only
 * (EXAMINE, no flag changes). Whatever the mail server or the network does becomes a DomainError: a refused login
 * `mail_login_refused`, anything else `mail_server_unreachable` (with a reason), an unknown folder a validation error
 * naming `folder`; never an unexpected fault.
 */
import type { FetchMessageObject, ImapFlow, MessageStructureObject } from "imapflow";
import { DomainError, fieldError } from "../domain/errors.ts";

export interface ImapAccount {
  host: string;
  port: number;
  security: "tls" | "starttls" | "none";
  username: string;
  password: string;
}

export interface ImapAttachmentName {
  filename: string;
  contentType: string;
  size: number;
}

export interface ImapMessageSummary {
  uid: number;
  messageId: string | null;
  subject: string;
  from: { name: string; address: string } | null;
  /** The Date header (ISO), else the server's arrival time. */
  date: string | null;
  size: number;
  attachments: ImapAttachmentName[];
}

/** Largest message Mandat downloads to import (the rest of the mailbox may hold anything). */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "unknown host",
  EAI_AGAIN: "host name lookup failed",
  ETIMEDOUT: "timed out",
  ECONNRESET: "connection reset",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  CONNECT_TIMEOUT: "timed out",
  GREETING_TIMEOUT: "no greeting from the server",
  UPGRADE_TIMEOUT: "STARTTLS timed out",
  ETIMEOUT: "timed out",
  NoConnection: "connection closed",
  EConnectionClosed: "connection closed",
  ClosedAfterConnectText: "connection closed",
  ClosedAfterConnectTLS: "connection closed",
};

type ImapError = Error & {
  code?: string;
  authenticationFailed?: boolean;
  tlsFailed?: boolean;
  mailboxMissing?: boolean;
  responseText?: string;
};

/** Maps anything the connection throws to a DomainError (DomainErrors pass through). */
export function imapProblem(err: unknown, account: Pick<ImapAccount, "host" | "port">): DomainError {
  if (err instanceof DomainError) return err;
  const e = (err ?? {}) as ImapError;
  const where = `${account.host}:${account.port}`;
  if (e.authenticationFailed) {
    return new DomainError("mail_login_refused", `the mail server ${where} refused the user name or password`, {
      fields: [
        { path: "username", issue: "login_refused", message: "refused by the mail server" },
        { path: "password", issue: "login_refused", message: "refused by the mail server" },
      ],
    });
  }
  if (e.mailboxMissing) return fieldError("folder", "unknown_folder", "no such folder on the mail server");
  const reason = e.tlsFailed
    ? "TLS negotiation failed"
    : (NETWORK_REASONS[e.code ?? ""] ??
      (e.code?.startsWith("ERR_TLS") || /certificate|ssl|tls/i.test(e.message ?? "")
        ? "TLS negotiation failed"
        : "unexpected answer"));
  return new DomainError("mail_server_unreachable", `the mail server ${where} could not be used: ${reason}`, {
    reason,
  });
}

/** Opens a session, runs `work` on it, always logs out; every failure is a DomainError. */
export async function withImap<T>(account: ImapAccount, work: (client: ImapFlow) => Promise<T>): Promise<T> {
  // imapflow is loaded on the first mailbox opened, not when the server starts.
  const { ImapFlow } = await import("imapflow");
  const client = new ImapFlow({
    host: account.host,
    port: account.port,
    secure: account.security === "tls",
    doSTARTTLS: account.security === "starttls" ? true : account.security === "none" ? false : undefined,
    auth: { user: account.username, pass: account.password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    maxLiteralSize: MAX_IMPORT_BYTES + 1024 * 1024,
  });
  // A socket error after a command failed arrives as an event too: it is already answered through the rejection.
  client.on("error", () => {});
  try {
    await client.connect();
    return await work(client);
  } catch (err) {
    throw imapProblem(err, account);
  } finally {
    if (client.usable) await client.logout().catch(() => client.close());
    else client.close();
  }
}

export async function listImapFolders(account: ImapAccount): Promise<{ path: string; name: string }[]> {
  return withImap(account, async (client) => {
    const list = await client.list();
    return list
      .filter((m) => !m.flags?.has("\\Noselect"))
      .map((m) => ({ path: m.path, name: m.name }))
      .sort((a, b) => (a.path === "INBOX" ? -1 : b.path === "INBOX" ? 1 : a.path.localeCompare(b.path)));
  });
}

function attachmentsOf(node: MessageStructureObject | undefined): ImapAttachmentName[] {
  if (!node) return [];
  if (node.childNodes?.length) return node.childNodes.flatMap(attachmentsOf);
  const filename = node.dispositionParameters?.filename ?? node.parameters?.name;
  if (node.disposition !== "attachment" && !filename) return [];
  return [{ filename: filename ?? "", contentType: node.type, size: node.size ?? 0 }];
}

function isoOrNull(value: Date | string | undefined): string | null {
  if (value === undefined) return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

const SUMMARY_QUERY = { uid: true, envelope: true, internalDate: true, size: true, bodyStructure: true } as const;

/** A message as listed: read from its envelope and structure, never from its body. */
function summaryOf(m: FetchMessageObject): ImapMessageSummary {
  const from = m.envelope?.from?.[0];
  return {
    uid: m.uid,
    messageId: m.envelope?.messageId ?? null,
    subject: m.envelope?.subject ?? "",
    from: from ? { name: from.name ?? "", address: from.address ?? "" } : null,
    date: isoOrNull(m.envelope?.date) ?? isoOrNull(m.internalDate),
    size: m.size ?? 0,
    attachments: attachmentsOf(m.bodyStructure),
  };
}

/** The newest `limit` messages of a folder, newest first. */
export async function listImapMessages(
  account: ImapAccount,
  folder: string,
  limit: number,
): Promise<ImapMessageSummary[]> {
  return withImap(account, async (client) => {
    const lock = await client.getMailboxLock(folder, { readOnly: true });
    try {
      const exists = client.mailbox ? client.mailbox.exists : 0;
      if (exists === 0) return [];
      const first = Math.max(1, exists - limit + 1);
      const found: ImapMessageSummary[] = [];
      for await (const m of client.fetch(`${first}:*`, SUMMARY_QUERY)) found.push(summaryOf(m));
      return found.sort((a, b) => b.uid - a.uid);
    } finally {
      lock.release();
    }
  });
}

/** One message's full source by UID, with the server's arrival time; undefined when the UID is not in the folder. */
export async function fetchImapMessage(
  account: ImapAccount,
  folder: string,
  uid: number,
): Promise<{ source: Buffer; internalDate: string | null; size: number } | undefined> {
  return withImap(account, async (client) => {
    const lock = await client.getMailboxLock(folder, { readOnly: true });
    try {
      const head = await client.fetchOne(String(uid), { uid: true, size: true }, { uid: true });
      if (!head) return undefined;
      if ((head.size ?? 0) > MAX_IMPORT_BYTES) {
        throw new DomainError("payload_too_large", "this message is larger than 25 MB: import its text by pasting it");
      }
      const m = await client.fetchOne(String(uid), { uid: true, source: true, internalDate: true }, { uid: true });
      const source = m ? m.source : undefined;
      if (!m || !source) return undefined;
      return { source, internalDate: isoOrNull(m.internalDate), size: source.length };
    } finally {
      lock.release();
    }
  });
}

/** A message found by a poll: its summary, the server's arrival time, and its source unless larger than allowed. */
export interface PolledImapMessage extends ImapMessageSummary {
  internalDate: string | null;
  /** Null: larger than `maxBytes`, not downloaded. */
  source: Buffer | null;
}

/**
 * Reads the messages of a folder after a cursor, oldest first, at most `limit`: those with a UID above `lastUid`
 * when the folder's UIDVALIDITY is still `uidvalidity`, else (first poll, or the folder was rebuilt) the newest
 * `limit`. Each is handed to `keep` before the next is read; the answer is the folder's UIDVALIDITY, the last UID
 * kept, and whether more messages wait.
 */
export async function pollImapFolder(input: {
  account: ImapAccount;
  folder: string;
  cursor: { uidvalidity: string | null; lastUid: number };
  limit: number;
  maxBytes: number;
  keep: (message: PolledImapMessage, uidvalidity: string) => Promise<void>;
}): Promise<{ uidvalidity: string; lastUid: number; more: boolean }> {
  // What `keep` throws (the database's faults) is no mail server problem: carried out of the session as it is.
  let kept: { error: unknown } | undefined;
  const read = await withImap(input.account, async (client) => {
    const lock = await client.getMailboxLock(input.folder, { readOnly: true });
    try {
      const box = client.mailbox;
      const exists = box ? box.exists : 0;
      const uidvalidity = String(box ? box.uidValidity : "");
      const resume = input.cursor.uidvalidity === uidvalidity;
      const after = resume ? input.cursor.lastUid : 0;
      if (exists === 0) return { uidvalidity, lastUid: after, more: false };
      const range = resume ? `${after + 1}:*` : `${Math.max(1, exists - input.limit + 1)}:*`;
      const found: { summary: ImapMessageSummary; internalDate: string | null }[] = [];
      for await (const m of client.fetch(range, SUMMARY_QUERY, { uid: resume })) {
        if (m.uid <= after) continue; // `N:*` names the last message even when no UID reaches N
        found.push({ summary: summaryOf(m), internalDate: isoOrNull(m.internalDate) });
      }
      found.sort((a, b) => a.summary.uid - b.summary.uid);
      const batch = found.slice(0, input.limit);
      let lastUid = after;
      for (const { summary, internalDate } of batch) {
        let source: Buffer | null = null;
        if (summary.size <= input.maxBytes) {
          const m = await client.fetchOne(String(summary.uid), { uid: true, source: true }, { uid: true });
          source = (m ? m.source : undefined) ?? Buffer.alloc(0);
        }
        try {
          await input.keep({ ...summary, internalDate, source }, uidvalidity);
        } catch (error) {
          kept = { error };
          break;
        }
        lastUid = summary.uid;
      }
      return { uidvalidity, lastUid, more: found.length > batch.length };
    } finally {
      lock.release();
    }
  });
  if (kept) throw kept.error;
  return read;
}
