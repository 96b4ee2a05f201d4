/**
 * The mailbox polled by the server: each message of the watched folder is kept once as received (`mail_messages`,
 * unique per workspace on its Message-ID, else on the mailbox's `UIDVALIDITY:UID`), with its text, its attachments
 * listed, the raw source when it is not too large, the client its sender matches, and — when it cannot become a list —
 * the reason. The mailbox row keeps the poll's cursor (UIDVALIDITY and the last UID seen), when it is next due, and
 * its last error. Frozen once shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable("mailboxes").addColumn("poll_due_at", "text").execute();
  await db.schema.alterTable("mailboxes").addColumn("poll_uidvalidity", "text").execute();
  await db.schema
    .alterTable("mailboxes")
    .addColumn("poll_last_uid", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("mailboxes").addColumn("polled_at", "text").execute();
  await db.schema.alterTable("mailboxes").addColumn("last_error", "text").execute();
  await db.schema.alterTable("mailboxes").addColumn("last_error_at", "text").execute();
  await db.schema
    .createTable("mail_messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("message_key", "text", (c) => c.notNull())
    .addColumn("folder", "text", (c) => c.notNull())
    .addColumn("uidvalidity", "text", (c) => c.notNull())
    .addColumn("uid", "integer", (c) => c.notNull())
    .addColumn("message_id", "text")
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("sender", "text", (c) => c.notNull())
    .addColumn("sender_address", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addColumn("received_on", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("attachments_json", "text", (c) => c.notNull())
    .addColumn("source_base64", "text")
    .addColumn("problem", "text")
    .addColumn("problem_detail", "text")
    .addColumn("client_id", "text")
    .addColumn("client_match", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("mail_messages_ws_key", ["workspace_id", "message_key"])
    .execute();
  await db.schema
    .createIndex("mail_messages_ws_created")
    .on("mail_messages")
    .columns(["workspace_id", "created_at"])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable("mail_messages").execute();
  for (const column of ["last_error_at", "last_error", "polled_at", "poll_last_uid", "poll_uidvalidity", "poll_due_at"])
    await db.schema.alterTable("mailboxes").dropColumn(column).execute();
}
