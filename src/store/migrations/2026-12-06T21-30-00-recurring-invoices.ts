/**
 * Recurring invoices and retainers: a template per client (lines and terms as for a draft, a frequency from an
 * anchor date, an optional end, draft or issue-and-send), and one run per template and period — unique, so a period
 * is invoiced once whichever server process claims it. Frozen once shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable("recurring_invoices")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("mandate_id", "text", (c) => c.references("mandates.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("frequency", "text", (c) => c.notNull())
    .addColumn("anchor_date", "text", (c) => c.notNull())
    .addColumn("end_date", "text")
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("template_json", "text", (c) => c.notNull())
    .addColumn("retainer_minutes", "integer")
    .addColumn("retainer_rate", "bigint")
    .addColumn("next_index", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_run_on", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("recurring_invoices_ws_client")
    .on("recurring_invoices")
    .columns(["workspace_id", "client_id"])
    .execute();
  await db.schema
    .createIndex("recurring_invoices_due")
    .on("recurring_invoices")
    .columns(["status", "next_run_on"])
    .execute();
  await db.schema
    .createTable("recurring_invoice_runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("template_id", "text", (c) => c.notNull().references("recurring_invoices.id"))
    .addColumn("period_index", "integer", (c) => c.notNull())
    .addColumn("period_start", "text", (c) => c.notNull())
    .addColumn("period_end", "text", (c) => c.notNull())
    // No foreign key: a draft made by a run may be deleted by the studio; the run then reads "deleted".
    .addColumn("invoice_id", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("error", "text")
    .addColumn("outbox_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("recurring_runs_ws_template_period", ["workspace_id", "template_id", "period_index"])
    .execute();
  await db.schema
    .createIndex("recurring_runs_status")
    .on("recurring_invoice_runs")
    .columns(["status", "period_start"])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable("recurring_invoice_runs").execute();
  await db.schema.dropTable("recurring_invoices").execute();
}
