/**
 * The server polls each workspace's mailbox by itself (from the scheduler, or when a person asks): every message of
 * the watched folder after the cursor is kept once, as received — its text (the text part, else the HTML as text),
 * its attachments listed, its raw source unless larger than allowed, the client its sender writes for — even when it
 * cannot become a list: a message without text, too large or with a broken MIME structure is kept with its reason,
 * never lost, and the poll goes on. "Once" holds with any number of processes polling at the same time and after a
 * restart: each message is claimed in the database by a unique key per workspace (its Message-ID, else the SHA-256 of
 * its source, else the folder's UIDVALIDITY and its UID), and a due mailbox is taken by one process at a time by a
 * conditional update. A mailbox that fails (refused login, server down) records its last error; the others go on.
 */
import { DomainError } from "../../domain/errors.ts";
import { matchSender } from "../../domain/mail/match-sender.ts";
import { splitClaims } from "../../domain/triage/split-claims.ts";
import { MAX_IMPORT_BYTES, type PolledImapMessage, pollImapFolder } from "../../mail/imap-mailbox.ts";
import {
  claimMailboxPoll,
  clientsWritingFrom,
  findMailboxPollState,
  insertReceivedMail,
  type MailProblem,
  mailboxesDueForPoll,
  type ReceivedMail,
  recordMailboxPollError,
  recordMailboxPolled,
} from "../../store/mail-message-store.ts";
import { findMailbox } from "../../store/mailbox-store.ts";
import { isUnavailable } from "../../store/store-errors.ts";
import type { AppContext } from "../shared/context.ts";
import { decryptMailboxPassword } from "./mail-import-credentials.ts";
import { readMailMessage } from "./mail-import-message.ts";

/** How often a mailbox is polled by the scheduler. */
export const MAILBOX_POLL_INTERVAL_MS = 2 * 60_000;

export interface PollOptions {
  /** Messages read per IMAP session (the first poll keeps the newest this many). */
  batchSize?: number;
  /** Larger messages are kept without downloading them (reason `too_large`). */
  maxMessageBytes?: number;
}

export interface MailboxPollOutcome {
  /** Messages kept by this poll (another process may have kept the rest). */
  received: number;
  /** Of them, kept with a reason they cannot become a list. */
  withProblem: number;
  /** Why the mailbox could not be polled; null when it was. */
  error: string | null;
}

export interface DueMailboxesResult {
  polled: number;
  received: number;
  failed: number;
}

/** Polls every mailbox due at `now` that this process can claim; one failing mailbox never stops the others. */
export async function pollDueMailboxes(
  base: AppContext,
  now: Date,
  options: PollOptions = {},
): Promise<DueMailboxesResult> {
  const ctx: AppContext = { ...base, now: () => now };
  const at = now.toISOString();
  const nextDueAt = new Date(now.getTime() + MAILBOX_POLL_INTERVAL_MS).toISOString();
  const result: DueMailboxesResult = { polled: 0, received: 0, failed: 0 };
  for (const workspaceId of await mailboxesDueForPoll(ctx.db, at, 500)) {
    if (!(await claimMailboxPoll(ctx.db, { workspaceId, now: at, nextDueAt }))) continue;
    const outcome = await pollMailbox(ctx, workspaceId, options).catch(async (err: unknown) => {
      // The database away stops the tick (the scheduler retries); any other fault stops this mailbox only.
      if (isUnavailable(err)) throw err;
      const error = `an unexpected error stopped the poll (${err instanceof Error ? err.message : String(err)})`;
      await recordMailboxPollError(ctx.db, { workspaceId, error, at });
      return { received: 0, withProblem: 0, error };
    });
    result.polled += 1;
    result.received += outcome.received;
    if (outcome.error) result.failed += 1;
  }
  return result;
}

/** One poll of one workspace's mailbox, to the end of its folder; its failure is recorded and answered, not thrown. */
export async function pollMailbox(
  ctx: AppContext,
  workspaceId: string,
  options: PollOptions = {},
): Promise<MailboxPollOutcome> {
  const mailbox = await findMailbox(ctx.db, workspaceId);
  if (!mailbox) return { received: 0, withProblem: 0, error: null };
  const outcome: MailboxPollOutcome = { received: 0, withProblem: 0, error: null };
  const maxBytes = options.maxMessageBytes ?? MAX_IMPORT_BYTES;
  try {
    const account = {
      host: mailbox.host,
      port: mailbox.port,
      security: mailbox.security,
      username: mailbox.username,
      password: decryptMailboxPassword(ctx.secret, mailbox.passwordEnc),
    };
    for (let session = 0; session < 20; session++) {
      const state = await findMailboxPollState(ctx.db, workspaceId);
      const read = await pollImapFolder({
        account,
        folder: mailbox.folder,
        cursor: { uidvalidity: state?.uidvalidity ?? null, lastUid: state?.lastUid ?? 0 },
        limit: options.batchSize ?? 50,
        maxBytes,
        keep: async (message, uidvalidity) => {
          const mail = await receivedMail(ctx, workspaceId, { folder: mailbox.folder, uidvalidity, message, maxBytes });
          const kept = await insertReceivedMail(ctx.db, { workspaceId, mail }).catch((err: unknown) => {
            if (isUnavailable(err)) throw err;
            // What the database refuses of one message must not stop the polling: it is kept bare, with the reason.
            return insertReceivedMail(ctx.db, { workspaceId, mail: bareMail(mail, err) });
          });
          if (kept) {
            outcome.received += 1;
            if (mail.problem) outcome.withProblem += 1;
          }
        },
      });
      await recordMailboxPolled(ctx.db, { workspaceId, ...read, at: ctx.now().toISOString() });
      if (!read.more) break;
    }
  } catch (err) {
    // A mail server problem (or an unreadable password) is the mailbox's state; anything else is the server's fault.
    if (!(err instanceof DomainError)) throw err;
    outcome.error = err.message;
    await recordMailboxPollError(ctx.db, { workspaceId, error: err.message, at: ctx.now().toISOString() });
  }
  return outcome;
}

/** A message whose full record the database refused: its envelope only, as a broken message with the reason. */
function bareMail(mail: ReceivedMail, err: unknown): ReceivedMail {
  const ascii = (text: string) => text.replace(/[^\x20-\x7e]/g, "?");
  return {
    ...mail,
    subject: ascii(mail.subject),
    sender: ascii(mail.sender),
    senderAddress: ascii(mail.senderAddress),
    text: "",
    attachments: [],
    sourceBase64: null,
    problem: "broken_mime",
    problemDetail: `could not be stored: ${err instanceof Error ? err.message.slice(0, 300) : "refused by the database"}`,
  };
}

/** A polled message as Mandat keeps it: read when it was downloaded, else its envelope and the reason. */
async function receivedMail(
  ctx: AppContext,
  workspaceId: string,
  input: { folder: string; uidvalidity: string; message: PolledImapMessage; maxBytes: number },
): Promise<ReceivedMail> {
  const m = input.message;
  const arrivedAt = m.internalDate ?? ctx.now().toISOString();
  const read = m.source ? await readMailMessage(m.source, arrivedAt) : undefined;
  const senderAddress = read?.senderAddress ?? m.from?.address.toLowerCase() ?? "";
  const match = matchSender(senderAddress, await clientsWritingFrom(ctx.db, workspaceId, senderAddress));
  let problem: MailProblem | null = read ? read.problem : "too_large";
  let problemDetail = read ? read.problemDetail : `${m.size} bytes, above the ${input.maxBytes} allowed`;
  if (read && !problem && splitClaims(read.text).length === 0) {
    problem = "no_claims";
    problemDetail = null;
  }
  // PostgreSQL text holds no NUL: a message carrying one is kept without it rather than refused by the database.
  const clean = (text: string) => text.replaceAll("\u0000", "");
  const envelopeSender = m.from ? (m.from.name ? `${m.from.name} <${m.from.address}>` : m.from.address) : "";
  return {
    id: ctx.newId(),
    messageKey: clean(m.messageId ?? read?.messageKey ?? `imap:${input.folder}:${input.uidvalidity}:${m.uid}`),
    folder: input.folder,
    uidvalidity: input.uidvalidity,
    uid: m.uid,
    messageId: m.messageId ?? read?.messageId ?? null,
    subject: clean(read?.subject ?? m.subject.slice(0, 500)),
    sender: clean(read?.sender ?? envelopeSender.slice(0, 500)),
    senderAddress: clean(senderAddress),
    sentAt: read?.sentAt ?? m.date,
    receivedOn: read?.receivedOn ?? (m.date ?? arrivedAt).slice(0, 10),
    size: m.size,
    text: clean(read?.text ?? ""),
    attachments: (read?.attachments ?? m.attachments).map((a) => ({ ...a, filename: clean(a.filename) })),
    sourceBase64: m.source ? m.source.toString("base64") : null,
    problem,
    problemDetail,
    clientId: match?.clientId ?? null,
    clientMatch: match?.by ?? null,
    createdAt: ctx.now().toISOString(),
  };
}
