/**
 * A workspace may require a second factor of every member (0/1, off by default): a member without one is limited to
 * setting it up until they do. Frozen once shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable("workspaces")
    .addColumn("require_two_factor", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable("workspaces").dropColumn("require_two_factor").execute();
}
