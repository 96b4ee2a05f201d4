/**
 * A notification's e-mail is retried like an automatic reminder: the attempts made, when the next one may be made (after
 * a transient SMTP failure), when the last one began (a row left `sending` longer than the lease is taken back) and the
 * last error. Frozen once shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable("notifications")
    .addColumn("email_attempts", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("notifications").addColumn("email_next_attempt_at", "text").execute();
  await db.schema.alterTable("notifications").addColumn("email_last_attempt_at", "text").execute();
  await db.schema.alterTable("notifications").addColumn("email_error", "text").execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable("notifications").dropColumn("email_error").execute();
  await db.schema.alterTable("notifications").dropColumn("email_last_attempt_at").execute();
  await db.schema.alterTable("notifications").dropColumn("email_next_attempt_at").execute();
  await db.schema.alterTable("notifications").dropColumn("email_attempts").execute();
}
