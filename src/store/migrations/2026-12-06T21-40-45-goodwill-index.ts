/**
 * Goodwill read from an index: the goodwill page (time on mandates) and the dashboard's goodwill of the quarter sum
 * goodwill entries per client, mandate, member and rate; this index holds every column they read, goodwill entries
 * together, so neither reads the other categories' rows nor any table row. Frozen once shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createIndex("time_ws_category_mandate")
    .on("time_entries")
    .columns(["workspace_id", "category", "mandate_id", "date", "client_id", "member_id", "billable_rate", "minutes"])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex("time_ws_category_mandate").execute();
}
