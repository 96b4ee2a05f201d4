/**
 * Foundation: workspaces, people, sessions, clients, signals, audit. Frozen: never edit a migration that has shipped;
 * add a new one. Types are the portable subset both engines store identically (text, integer, bigint).
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

const ADDRESS = ["address_line1", "address_line2", "city", "region", "postal_code", "country"] as const;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable("instance")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();

  let ws = db.schema
    .createTable("workspaces")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("legal_name", "text", (c) => c.notNull().defaultTo(""));
  for (const col of ADDRESS) ws = ws.addColumn(col, "text", (c) => c.notNull().defaultTo(""));
  await ws
    .addColumn("jurisdiction", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("gst_number", "text")
    .addColumn("qst_number", "text")
    .addColumn("siren", "text")
    .addColumn("vat_number", "text")
    .addColumn("target_hourly_rate", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("payment_days", "integer", (c) => c.notNull().defaultTo(30))
    .addColumn("late_interest_bp", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("notice_days", "integer", (c) => c.notNull().defaultTo(30))
    .addColumn("audit_seq", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("audit_head", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("workspace_values")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("statement", "text", (c) => c.notNull())
    .addColumn("weight", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("workspace_values_ws")
    .on("workspace_values")
    .columns(["workspace_id", "position"])
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("members")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("user_id", "text", (c) => c.references("users.id"))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("weekly_capacity_minutes", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("cost_rate", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("billable_rate", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("members_ws_email", ["workspace_id", "email"])
    .execute();
  await db.schema.createIndex("members_user").on("members").column("user_id").execute();

  await db.schema
    .createTable("invites")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("ip", "text")
    .addColumn("user_agent", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_member").on("sessions").column("member_id").execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("api_tokens_ws").on("api_tokens").columns(["workspace_id", "created_at"]).execute();

  await db.schema
    .createTable("login_attempts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("login_attempts_key_at").on("login_attempts").columns(["key", "at"]).execute();

  let clients = db.schema
    .createTable("clients")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("legal_name", "text", (c) => c.notNull().defaultTo(""));
  for (const col of ADDRESS) clients = clients.addColumn(col, "text", (c) => c.notNull().defaultTo(""));
  await clients
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("is_consumer", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("do_not_reengage", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("search_text", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("clients_ws_name").on("clients").columns(["workspace_id", "name", "id"]).execute();
  await db.schema.createIndex("clients_ws_status").on("clients").columns(["workspace_id", "status", "name"]).execute();
  await db.schema.createIndex("clients_ws_kind").on("clients").columns(["workspace_id", "kind", "name"]).execute();

  await db.schema
    .createTable("client_tags")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("tag", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("client_tags_pk", ["client_id", "tag"])
    .execute();
  await db.schema
    .createIndex("client_tags_ws_tag")
    .on("client_tags")
    .columns(["workspace_id", "tag", "client_id"])
    .execute();

  await db.schema
    .createTable("client_contacts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("phone", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("role", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .createIndex("client_contacts_client")
    .on("client_contacts")
    .columns(["client_id", "position"])
    .execute();

  await db.schema
    .createTable("end_clients")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("end_clients_client").on("end_clients").columns(["client_id", "position"]).execute();

  await db.schema
    .createTable("signals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("severity", "integer", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("occurred_on", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("author_member_id", "text", (c) => c.references("members.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("signals_client_date")
    .on("signals")
    .columns(["workspace_id", "client_id", "occurred_on", "created_at"])
    .execute();

  await db.schema
    .createTable("audit_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("seq", "bigint", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_member_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("before_json", "text")
    .addColumn("after_json", "text")
    .addColumn("prev_hash", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .addUniqueConstraint("audit_events_ws_seq", ["workspace_id", "seq"])
    .execute();
  await db.schema
    .createIndex("audit_events_entity")
    .on("audit_events")
    .columns(["workspace_id", "entity", "entity_id", "seq"])
    .execute();
}

export async function down(db: Db): Promise<void> {
  for (const t of [
    "audit_events",
    "signals",
    "end_clients",
    "client_contacts",
    "client_tags",
    "clients",
    "login_attempts",
    "api_tokens",
    "sessions",
    "invites",
    "members",
    "users",
    "workspace_values",
    "workspaces",
    "instance",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
