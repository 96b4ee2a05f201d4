/**
 * Client lists in alphabetical order whatever the accents (`sort_name`, folded like the search text), indexes that
 * serve the ordered status/kind pages without a sort, and the per-page tag look-up by client.
 * Frozen once shipped.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable("clients")
    .addColumn("sort_name", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  // Existing rows: lower-case names (accents are folded on the next save; the app writes the folded form).
  await db.updateTable("clients").set({ sort_name: sql`lower(name)` }).execute();
  await db.schema.dropIndex("clients_ws_name").execute();
  await db.schema.dropIndex("clients_ws_status").execute();
  await db.schema.dropIndex("clients_ws_kind").execute();
  await db.schema.createIndex("clients_ws_sort").on("clients").columns(["workspace_id", "sort_name", "id"]).execute();
  await db.schema
    .createIndex("clients_ws_status")
    .on("clients")
    .columns(["workspace_id", "status", "sort_name", "id"])
    .execute();
  await db.schema
    .createIndex("clients_ws_kind")
    .on("clients")
    .columns(["workspace_id", "kind", "sort_name", "id"])
    .execute();
  await db.schema
    .createIndex("client_tags_ws_client")
    .on("client_tags")
    .columns(["workspace_id", "client_id", "tag"])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex("client_tags_ws_client").execute();
  await db.schema.dropIndex("clients_ws_kind").execute();
  await db.schema.dropIndex("clients_ws_status").execute();
  await db.schema.dropIndex("clients_ws_sort").execute();
  await db.schema.createIndex("clients_ws_name").on("clients").columns(["workspace_id", "name", "id"]).execute();
  await db.schema.createIndex("clients_ws_status").on("clients").columns(["workspace_id", "status", "name"]).execute();
  await db.schema.createIndex("clients_ws_kind").on("clients").columns(["workspace_id", "kind", "name"]).execute();
  await db.schema.alterTable("clients").dropColumn("sort_name").execute();
}
