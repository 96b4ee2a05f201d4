/**
 * A workspace's mailbox (IMAP account; the password encrypted with a key derived from the instance secret) and the
 * messages imported from it as feedback rounds, one row per message so a message is imported once (unique per
 * workspace on its Message-ID, or on the SHA-256 of its source when it has none). Frozen once shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable("mailboxes")
    .addColumn("workspace_id", "text", (c) => c.primaryKey().references("workspaces.id"))
    .addColumn("host", "text", (c) => c.notNull())
    .addColumn("port", "integer", (c) => c.notNull())
    .addColumn("security", "text", (c) => c.notNull())
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("password_enc", "text", (c) => c.notNull())
    .addColumn("folder", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("mail_imports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("message_key", "text", (c) => c.notNull())
    .addColumn("round_id", "text", (c) => c.notNull().references("rounds.id"))
    .addColumn("mandate_id", "text", (c) => c.notNull())
    .addColumn("folder", "text", (c) => c.notNull())
    .addColumn("uid", "integer", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("sender", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addColumn("attachments_json", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("mail_imports_ws_key", ["workspace_id", "message_key"])
    .execute();
  await db.schema
    .createIndex("mail_imports_ws_round")
    .on("mail_imports")
    .columns(["workspace_id", "round_id"])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable("mail_imports").execute();
  await db.schema.dropTable("mailboxes").execute();
}
