/** A workspace's IMAP account and the messages imported from it as rounds. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";
import { readMailAttachments } from "./stored-aggregates.ts";

export type MailboxSecurity = "tls" | "starttls" | "none";

export interface StoredMailbox {
  host: string;
  port: number;
  security: MailboxSecurity;
  username: string;
  /** Encrypted; only app/mail-import-credentials.ts reads it. */
  passwordEnc: string;
  folder: string;
  updatedAt: string;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  size: number;
}

export interface MailImport {
  id: string;
  messageKey: string;
  roundId: string;
  mandateId: string;
  folder: string;
  uid: number;
  subject: string;
  sender: string;
  sentAt: string | null;
  attachments: MailAttachment[];
  createdAt: string;
}

export async function findMailbox(db: Kysely<Database>, workspaceId: string): Promise<StoredMailbox | undefined> {
  const r = await db.selectFrom("mailboxes").selectAll().where("workspace_id", "=", workspaceId).executeTakeFirst();
  return r
    ? {
        host: r.host,
        port: Number(r.port),
        security: r.security as MailboxSecurity,
        username: r.username,
        passwordEnc: r.password_enc,
        folder: r.folder,
        updatedAt: r.updated_at,
      }
    : undefined;
}

/** Saving settings makes the mailbox due for a poll and clears its last error; `resetCursor`: another folder or account. */
export async function saveMailbox(
  trx: Kysely<Database>,
  input: { workspaceId: string; mailbox: StoredMailbox; memberId: string; resetCursor: boolean },
): Promise<void> {
  const m = input.mailbox;
  const values = {
    host: m.host,
    port: m.port,
    security: m.security,
    username: m.username,
    password_enc: m.passwordEnc,
    folder: m.folder,
    updated_by: input.memberId,
    updated_at: m.updatedAt,
    poll_due_at: null,
    last_error: null,
    last_error_at: null,
    ...(input.resetCursor ? { poll_uidvalidity: null, poll_last_uid: 0 } : {}),
  };
  await trx
    .insertInto("mailboxes")
    .values({ workspace_id: input.workspaceId, ...values })
    .onConflict((oc) => oc.column("workspace_id").doUpdateSet(values))
    .execute();
}

export async function deleteMailbox(trx: Kysely<Database>, workspaceId: string): Promise<boolean> {
  const r = await trx.deleteFrom("mailboxes").where("workspace_id", "=", workspaceId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

function toImport(r: Database["mail_imports"]): MailImport {
  return {
    id: r.id,
    messageKey: r.message_key,
    roundId: r.round_id,
    mandateId: r.mandate_id,
    folder: r.folder,
    uid: Number(r.uid),
    subject: r.subject,
    sender: r.sender,
    sentAt: r.sent_at,
    attachments: readMailAttachments("mail_imports")(r.attachments_json, r.id),
    createdAt: r.created_at,
  };
}

/** The imports of these message keys (Message-IDs), to mark messages already imported. */
export async function findImportsByKeys(
  db: Kysely<Database>,
  workspaceId: string,
  keys: readonly string[],
): Promise<MailImport[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom("mail_imports")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("message_key", "in", keys)
    .execute();
  return rows.map(toImport);
}

export async function findImportOfRound(
  db: Kysely<Database>,
  workspaceId: string,
  roundId: string,
): Promise<MailImport | undefined> {
  const r = await db
    .selectFrom("mail_imports")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("round_id", "=", roundId)
    .executeTakeFirst();
  return r ? toImport(r) : undefined;
}

export async function insertMailImport(
  trx: Kysely<Database>,
  input: { workspaceId: string; memberId: string; mailImport: MailImport },
): Promise<void> {
  const m = input.mailImport;
  await trx
    .insertInto("mail_imports")
    .values({
      id: m.id,
      workspace_id: input.workspaceId,
      message_key: m.messageKey,
      round_id: m.roundId,
      mandate_id: m.mandateId,
      folder: m.folder,
      uid: m.uid,
      subject: m.subject,
      sender: m.sender,
      sent_at: m.sentAt,
      attachments_json: JSON.stringify(m.attachments),
      created_by: input.memberId,
      created_at: m.createdAt,
    })
    .execute();
}
