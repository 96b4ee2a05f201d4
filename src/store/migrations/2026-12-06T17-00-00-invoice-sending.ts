/**
 * Invoices reach the client: the workspace's payment instructions (JSON), the documents attached to an outgoing
 * message (JSON references, rendered again when delivered), and when a portal link was first opened. Frozen once
 * shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable("workspaces").addColumn("payment_instructions_json", "text").execute();
  await db.schema.alterTable("outbox").addColumn("attachments_json", "text").execute();
  await db.schema.alterTable("portal_links").addColumn("first_opened_at", "text").execute();
  await db.schema
    .createIndex("outbox_ws_entity")
    .on("outbox")
    .columns(["workspace_id", "entity", "entity_id", "created_at"])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex("outbox_ws_entity").execute();
  await db.schema.alterTable("portal_links").dropColumn("first_opened_at").execute();
  await db.schema.alterTable("outbox").dropColumn("attachments_json").execute();
  await db.schema.alterTable("workspaces").dropColumn("payment_instructions_json").execute();
}
