/**
 * Notifications to the studio: one row per event and member (unique, so an event notifies each member once even when
 * two processes see it), with its e-mail's state; each member's e-mail choices; and the last health level the
 * scheduler saw per client, so crossing the threshold is noticed once per crossing. Frozen once shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable("notifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("event_key", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("subject_json", "text", (c) => c.notNull())
    .addColumn("email_status", "text", (c) => c.notNull())
    .addColumn("outbox_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    .addUniqueConstraint("notifications_ws_event_member", ["workspace_id", "event_key", "member_id"])
    .execute();
  await db.schema
    .createIndex("notifications_ws_member_created")
    .on("notifications")
    .columns(["workspace_id", "member_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("notifications_ws_entity")
    .on("notifications")
    .columns(["workspace_id", "entity_id", "kind"])
    .execute();
  await db.schema.createIndex("notifications_email_status").on("notifications").columns(["email_status"]).execute();
  await db.schema
    .createTable("notification_preferences")
    .addColumn("member_id", "text", (c) => c.primaryKey().references("members.id"))
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("email_kinds_json", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("notification_health_levels")
    .addColumn("client_id", "text", (c) => c.primaryKey().references("clients.id"))
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("crossings", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable("notification_health_levels").execute();
  await db.schema.dropTable("notification_preferences").execute();
  await db.schema.dropTable("notifications").execute();
}
