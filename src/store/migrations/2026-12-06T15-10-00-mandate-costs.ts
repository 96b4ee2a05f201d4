/**
 * Costs and disbursements incurred for a client on a mandate (licences, stock photos, hosting bought for them): part
 * of what the work earned (C.c.Q. art. 2129, « les frais et dépenses actuelles ») and a source to invoice, once.
 * Frozen once shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable("mandate_costs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("mandate_id", "text", (c) => c.notNull().references("mandates.id"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("amount", "bigint", (c) => c.notNull())
    .addColumn("taxable", "integer", (c) => c.notNull())
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("mandate_costs_ws_mandate")
    .on("mandate_costs")
    .columns(["workspace_id", "mandate_id", "date"])
    .execute();
  await db.schema
    .createIndex("mandate_costs_ws_client")
    .on("mandate_costs")
    .columns(["workspace_id", "client_id", "date"])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable("mandate_costs").execute();
}
