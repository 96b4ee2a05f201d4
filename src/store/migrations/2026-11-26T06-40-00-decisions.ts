/**
 * Client health, decisions and exits: the team's ratings of each client against the studio's values, the
 * continue / renegotiate / stop worksheets, exit plans and their execution, and the workspace's health settings.
 * Frozen once shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable("workspaces").addColumn("health_settings_json", "text").execute();

  await db.schema
    .createTable("value_ratings")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("value_id", "text", (c) => c.notNull())
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("rating", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("value_ratings_pk", ["client_id", "value_id", "member_id"])
    .execute();
  await db.schema
    .createIndex("value_ratings_ws_client")
    .on("value_ratings")
    .columns(["workspace_id", "client_id"])
    .execute();

  // The latest computed health of each client: what the client list shows and sorts by.
  await db.schema
    .createTable("client_health")
    .addColumn("client_id", "text", (c) => c.primaryKey().references("clients.id"))
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("score", "integer")
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("computed_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("client_health_ws_score")
    .on("client_health")
    .columns(["workspace_id", "score"])
    .execute();

  await db.schema
    .createTable("decisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("verdict", "text")
    .addColumn("state_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("decisions_ws_client")
    .on("decisions")
    .columns(["workspace_id", "client_id", "created_at"])
    .execute();

  await db.schema
    .createTable("exits")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("decision_id", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("state_json", "text", (c) => c.notNull())
    .addColumn("letter_json", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("exits_ws_client")
    .on("exits")
    .columns(["workspace_id", "client_id", "created_at"])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex("audit_events_ws_entity_id").execute();
  for (const t of ["exits", "decisions", "client_health", "value_ratings"]) await db.schema.dropTable(t).execute();
  await db.schema.alterTable("workspaces").dropColumn("health_settings_json").execute();
}
