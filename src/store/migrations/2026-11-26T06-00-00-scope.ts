/**
 * The scope guard: feedback rounds and their claims, change orders, time entries, running timers and goodwill
 * budgets; the workspace's time-rounding rule. Frozen once shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable("workspaces")
    .addColumn("time_rounding_minutes", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("rounds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("mandate_id", "text", (c) => c.notNull().references("mandates.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("received_on", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("reply_json", "text")
    .addColumn("created_by", "text", (c) => c.references("members.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("rounds_ws_mandate")
    .on("rounds")
    .columns(["workspace_id", "mandate_id", "received_on"])
    .execute();
  await db.schema
    .createIndex("rounds_ws_client")
    .on("rounds")
    .columns(["workspace_id", "client_id", "received_on"])
    .execute();

  await db.schema
    .createTable("claims")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("round_id", "text", (c) => c.notNull().references("rounds.id"))
    .addColumn("mandate_id", "text", (c) => c.notNull().references("mandates.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("triage", "text")
    .addColumn("change_order_id", "text")
    .addColumn("state_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("claims_ws_round")
    .on("claims")
    .columns(["workspace_id", "round_id", "position"])
    .execute();
  await db.schema
    .createIndex("claims_ws_client_triage")
    .on("claims")
    .columns(["workspace_id", "client_id", "triage"])
    .execute();
  await db.schema
    .createIndex("claims_ws_mandate")
    .on("claims")
    .columns(["workspace_id", "mandate_id", "triage"])
    .execute();

  await db.schema
    .createTable("change_orders")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("mandate_id", "text", (c) => c.notNull().references("mandates.id"))
    .addColumn("offer_id", "text", (c) => c.notNull().references("offers.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("number", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("total", "bigint", (c) => c.notNull())
    .addColumn("state_json", "text", (c) => c.notNull())
    .addColumn("document_text", "text")
    .addColumn("sha256", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("change_orders_ws_mandate")
    .on("change_orders")
    .columns(["workspace_id", "mandate_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("change_orders_ws_client")
    .on("change_orders")
    .columns(["workspace_id", "client_id", "status"])
    .execute();

  await db.schema
    .createTable("time_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("client_id", "text", (c) => c.references("clients.id"))
    .addColumn("mandate_id", "text", (c) => c.references("mandates.id"))
    .addColumn("claim_id", "text", (c) => c.references("claims.id"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("minutes", "integer", (c) => c.notNull())
    .addColumn("recorded_minutes", "integer", (c) => c.notNull())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("billable_rate", "bigint", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("invoice_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  // Reports read these without touching the table: covering columns at the end.
  await db.schema
    .createIndex("time_ws_client_date")
    .on("time_entries")
    .columns(["workspace_id", "client_id", "date", "category", "minutes", "billable_rate"])
    .execute();
  await db.schema
    .createIndex("time_ws_mandate_date")
    .on("time_entries")
    .columns(["workspace_id", "mandate_id", "date"])
    .execute();
  await db.schema
    .createIndex("time_ws_member_date")
    .on("time_entries")
    .columns(["workspace_id", "member_id", "date"])
    .execute();
  await db.schema.createIndex("time_ws_date").on("time_entries").columns(["workspace_id", "date"]).execute();
  await db.schema.createIndex("time_claim").on("time_entries").columns(["claim_id"]).execute();

  await db.schema
    .createTable("timers")
    .addColumn("member_id", "text", (c) => c.primaryKey().references("members.id"))
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("mandate_id", "text", (c) => c.references("mandates.id"))
    .addColumn("claim_id", "text", (c) => c.references("claims.id"))
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("started_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("goodwill_budgets")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("scope_id", "text", (c) => c.notNull())
    .addColumn("minutes", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("goodwill_budgets_pk", ["workspace_id", "scope", "scope_id"])
    .execute();
}

export async function down(db: Db): Promise<void> {
  for (const t of ["goodwill_budgets", "timers", "time_entries", "change_orders", "claims", "rounds"]) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.alterTable("workspaces").dropColumn("time_rounding_minutes").execute();
}
