/**
 * The messages the server received by polling a workspace's mailbox (kept once each, as received), and the poll's
 * bookkeeping on the mailbox row: when it is next due (claimed by a conditional update, so one process polls a
 * mailbox at a time), its cursor (UIDVALIDITY and the last UID seen) and its last error.
 */
import type { Kysely } from "kysely";
import type { MailAttachment } from "./mailbox-store.ts";
import type { Database } from "./schema.ts";
import { readMailAttachments } from "./stored-aggregates.ts";

export type MailProblem = "no_text" | "too_large" | "broken_mime" | "no_claims";

export interface ReceivedMail {
  id: string;
  messageKey: string;
  folder: string;
  uidvalidity: string;
  uid: number;
  messageId: string | null;
  subject: string;
  sender: string;
  senderAddress: string;
  sentAt: string | null;
  receivedOn: string;
  size: number;
  text: string;
  attachments: MailAttachment[];
  /** The raw message, base64; null when it was too large to download. */
  sourceBase64: string | null;
  problem: MailProblem | null;
  problemDetail: string | null;
  clientId: string | null;
  clientMatch: "address" | "domain" | null;
  createdAt: string;
}

export interface MailboxPollState {
  workspaceId: string;
  uidvalidity: string | null;
  lastUid: number;
  polledAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
}

/** Every mailbox whose poll is due at `now`, across workspaces (the scheduler's work list). */
export async function mailboxesDueForPoll(db: Kysely<Database>, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom("mailboxes")
    .select("workspace_id")
    .where((eb) => eb.or([eb("poll_due_at", "is", null), eb("poll_due_at", "<=", now)]))
    .orderBy("workspace_id")
    .limit(limit)
    .execute();
  return rows.map((r) => r.workspace_id);
}

/** Takes a due mailbox's poll for this process: true for exactly one of the processes that ask at once. */
export async function claimMailboxPoll(
  db: Kysely<Database>,
  input: { workspaceId: string; now: string; nextDueAt: string },
): Promise<boolean> {
  const r = await db
    .updateTable("mailboxes")
    .set({ poll_due_at: input.nextDueAt })
    .where("workspace_id", "=", input.workspaceId)
    .where((eb) => eb.or([eb("poll_due_at", "is", null), eb("poll_due_at", "<=", input.now)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findMailboxPollState(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<MailboxPollState | undefined> {
  const r = await db
    .selectFrom("mailboxes")
    .select(["workspace_id", "poll_uidvalidity", "poll_last_uid", "polled_at", "last_error", "last_error_at"])
    .where("workspace_id", "=", workspaceId)
    .executeTakeFirst();
  return r
    ? {
        workspaceId: r.workspace_id,
        uidvalidity: r.poll_uidvalidity,
        lastUid: Number(r.poll_last_uid),
        polledAt: r.polled_at,
        lastError: r.last_error,
        lastErrorAt: r.last_error_at,
      }
    : undefined;
}

/** A poll that succeeded: the cursor moves forward (never back within one UIDVALIDITY), the last error clears. */
export async function recordMailboxPolled(
  db: Kysely<Database>,
  input: { workspaceId: string; uidvalidity: string; lastUid: number; at: string },
): Promise<void> {
  await db
    .updateTable("mailboxes")
    .set({ poll_uidvalidity: input.uidvalidity, poll_last_uid: input.lastUid })
    .where("workspace_id", "=", input.workspaceId)
    .where((eb) =>
      eb.or([
        eb("poll_uidvalidity", "is", null),
        eb("poll_uidvalidity", "<>", input.uidvalidity),
        eb("poll_last_uid", "<", input.lastUid),
      ]),
    )
    .execute();
  await db
    .updateTable("mailboxes")
    .set({ polled_at: input.at, last_error: null, last_error_at: null })
    .where("workspace_id", "=", input.workspaceId)
    .execute();
}

export async function recordMailboxPollError(
  db: Kysely<Database>,
  input: { workspaceId: string; error: string; at: string },
): Promise<void> {
  await db
    .updateTable("mailboxes")
    .set({ polled_at: input.at, last_error: input.error.slice(0, 1000), last_error_at: input.at })
    .where("workspace_id", "=", input.workspaceId)
    .execute();
}

/** Keeps a received message unless its key is already kept; true when this call kept it. */
export async function insertReceivedMail(
  db: Kysely<Database>,
  input: { workspaceId: string; mail: ReceivedMail },
): Promise<boolean> {
  const m = input.mail;
  const r = await db
    .insertInto("mail_messages")
    .values({
      id: m.id,
      workspace_id: input.workspaceId,
      message_key: m.messageKey,
      folder: m.folder,
      uidvalidity: m.uidvalidity,
      uid: m.uid,
      message_id: m.messageId,
      subject: m.subject,
      sender: m.sender,
      sender_address: m.senderAddress,
      sent_at: m.sentAt,
      received_on: m.receivedOn,
      size: m.size,
      text: m.text,
      attachments_json: JSON.stringify(m.attachments),
      source_base64: m.sourceBase64,
      problem: m.problem,
      problem_detail: m.problemDetail,
      client_id: m.clientId,
      client_match: m.clientMatch,
      created_at: m.createdAt,
    })
    .onConflict((oc) => oc.columns(["workspace_id", "message_key"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return r !== undefined;
}

function toReceived(r: Database["mail_messages"]): ReceivedMail {
  return {
    id: r.id,
    messageKey: r.message_key,
    folder: r.folder,
    uidvalidity: r.uidvalidity,
    uid: Number(r.uid),
    messageId: r.message_id,
    subject: r.subject,
    sender: r.sender,
    senderAddress: r.sender_address,
    sentAt: r.sent_at,
    receivedOn: r.received_on,
    size: Number(r.size),
    text: r.text,
    attachments: readMailAttachments("mail_messages")(r.attachments_json, r.id),
    sourceBase64: r.source_base64,
    problem: r.problem as MailProblem | null,
    problemDetail: r.problem_detail,
    clientId: r.client_id,
    clientMatch: r.client_match as ReceivedMail["clientMatch"],
    createdAt: r.created_at,
  };
}

/** The received messages, newest first (without their source). */
export async function listReceivedMail(
  db: Kysely<Database>,
  input: { workspaceId: string; limit: number; offset: number },
): Promise<{ items: ReceivedMail[]; total: number }> {
  const q = db.selectFrom("mail_messages").where("workspace_id", "=", input.workspaceId);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy("created_at", "desc").orderBy("id", "desc").limit(input.limit).offset(input.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => ({ ...toReceived(r), sourceBase64: null })), total: Number(count.n) };
}

export async function findReceivedMail(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<ReceivedMail | undefined> {
  const r = await db
    .selectFrom("mail_messages")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r ? toReceived(r) : undefined;
}

/** The clients whose contacts write from this address, or from its domain. */
export async function clientsWritingFrom(
  db: Kysely<Database>,
  workspaceId: string,
  address: string,
): Promise<{ clientId: string; email: string }[]> {
  const domain = address.split("@")[1] ?? "";
  if (!domain) return [];
  const rows = await db
    .selectFrom("client_contacts")
    .select(["client_id", "email"])
    .where("workspace_id", "=", workspaceId)
    .where((eb) =>
      eb.or([eb(eb.fn("lower", ["email"]), "=", address), eb(eb.fn("lower", ["email"]), "like", `%@${domain}`)]),
    )
    .execute();
  return rows.map((r) => ({ clientId: r.client_id, email: r.email.toLowerCase() }));
}
