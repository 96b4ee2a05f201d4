/**
 * Formal notices (mise en demeure / notice of breach) as records of their own: the client, the exit they prepare
 * (if any), the date sent, the cure delay, how it was sent, and the generated letter. Frozen once shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable("formal_notices")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("exit_id", "text")
    .addColumn("sent_on", "text", (c) => c.notNull())
    .addColumn("cure_days", "integer", (c) => c.notNull())
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("state_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("formal_notices_ws_client")
    .on("formal_notices")
    .columns(["workspace_id", "client_id", "sent_on"])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable("formal_notices").execute();
}
