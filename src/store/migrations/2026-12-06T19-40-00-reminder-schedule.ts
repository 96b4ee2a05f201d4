/**
 * Reminders that go out by themselves: one row per invoice and step (unique), claimed by the scheduler of whichever
 * server process gets it first; the outbox gains a unique message key (the record that a message was written, so a
 * crashed batch never writes or sends it twice); a client's reminders can be paused. Frozen once shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable("reminder_schedule")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("invoice_id", "text", (c) => c.notNull().references("invoices.id"))
    .addColumn("step", "text", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text")
    .addColumn("last_attempt_at", "text")
    .addColumn("last_error", "text")
    .addColumn("outbox_id", "text")
    .addColumn("sent_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("reminder_schedule_ws_invoice_step", ["workspace_id", "invoice_id", "step"])
    .execute();
  await db.schema
    .createIndex("reminder_schedule_status_due")
    .on("reminder_schedule")
    .columns(["status", "due_on"])
    .execute();
  await db.schema.alterTable("outbox").addColumn("message_key", "text").execute();
  await db.schema
    .createIndex("outbox_ws_message_key")
    .unique()
    .on("outbox")
    .columns(["workspace_id", "message_key"])
    .execute();
  await db.schema
    .alterTable("clients")
    .addColumn("reminders_paused", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable("clients").dropColumn("reminders_paused").execute();
  await db.schema.dropIndex("outbox_ws_message_key").execute();
  await db.schema.alterTable("outbox").dropColumn("message_key").execute();
  await db.schema.dropTable("reminder_schedule").execute();
}
