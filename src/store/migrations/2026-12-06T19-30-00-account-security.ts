/**
 * Account security: a second factor (TOTP secret encrypted at rest, the last time step used so a code works once,
 * single-use recovery codes stored as keyed hashes), sessions a person can see and end (a public id that is not the
 * cookie's hash, when each was last seen), and single-use password reset links (stored as keyed hashes). Frozen once
 * shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable("users").addColumn("totp_secret_enc", "text").execute();
  await db.schema.alterTable("users").addColumn("totp_pending_enc", "text").execute();
  await db.schema.alterTable("users").addColumn("totp_enabled_at", "text").execute();
  await db.schema.alterTable("users").addColumn("totp_last_step", "bigint").execute();
  await db.schema
    .createTable("recovery_codes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("code_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("recovery_codes_user").on("recovery_codes").columns(["user_id", "code_hash"]).execute();

  await db.schema.alterTable("sessions").addColumn("public_id", "text").execute();
  await db.schema.alterTable("sessions").addColumn("last_seen_at", "text").execute();
  const sessions = await db.selectFrom("sessions").select(["id", "created_at"]).execute();
  for (const s of sessions) {
    await db
      .updateTable("sessions")
      .set({ public_id: crypto.randomUUID(), last_seen_at: s.created_at })
      .where("id", "=", s.id)
      .execute();
  }
  await db.schema.createIndex("sessions_user").on("sessions").columns(["user_id", "created_at"]).execute();
  await db.schema.createIndex("sessions_public_id").on("sessions").column("public_id").unique().execute();

  await db.schema
    .createTable("password_resets")
    .addColumn("id", "text", (c) => c.primaryKey()) // HMAC of the link's token
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema
    .createIndex("password_resets_user")
    .on("password_resets")
    .columns(["user_id", "created_at"])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable("password_resets").execute();
  await db.schema.dropIndex("sessions_public_id").execute();
  await db.schema.dropIndex("sessions_user").execute();
  await db.schema.alterTable("sessions").dropColumn("last_seen_at").execute();
  await db.schema.alterTable("sessions").dropColumn("public_id").execute();
  await db.schema.dropTable("recovery_codes").execute();
  for (const column of ["totp_last_step", "totp_enabled_at", "totp_pending_enc", "totp_secret_enc"]) {
    await db.schema.alterTable("users").dropColumn(column).execute();
  }
}
