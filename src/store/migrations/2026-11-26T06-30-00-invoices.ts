/**
 * Invoices: drafts and issued invoices (the lifecycle object as JSON beside the columns reports read: status,
 * number, dates, totals, balance), the sources a draft reserves (a deposit, a change order; time entries carry
 * `invoice_id`), payments, credit notes with their own numbers, the client-credit ledger and the reminders sent.
 * Numbers are unique per workspace; a draft has none. The workspace chooses its invoice number pattern. Frozen once
 * shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable("workspaces")
    .addColumn("invoice_number_pattern", "text", (c) => c.notNull().defaultTo("{YYYY}-{SEQ:4}"))
    .execute();

  await db.schema
    .createTable("invoices")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("number", "text")
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("issue_date", "text")
    .addColumn("due_date", "text")
    .addColumn("tax_date", "text")
    .addColumn("subtotal", "bigint", (c) => c.notNull())
    .addColumn("tax_total", "bigint", (c) => c.notNull())
    .addColumn("total", "bigint", (c) => c.notNull())
    .addColumn("paid", "bigint", (c) => c.notNull())
    .addColumn("credited", "bigint", (c) => c.notNull())
    .addColumn("balance", "bigint", (c) => c.notNull())
    .addColumn("last_movement_on", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("state_json", "text", (c) => c.notNull())
    .addColumn("details_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("invoices_ws_number")
    .on("invoices")
    .columns(["workspace_id", "number"])
    .unique()
    .execute();
  await db.schema
    .createIndex("invoices_ws_status_due")
    .on("invoices")
    .columns(["workspace_id", "status", "due_date", "client_id", "balance"])
    .execute();
  await db.schema
    .createIndex("invoices_ws_client_issue")
    .on("invoices")
    .columns(["workspace_id", "client_id", "issue_date"])
    .execute();
  await db.schema.createIndex("invoices_ws_issue").on("invoices").columns(["workspace_id", "issue_date"]).execute();
  await db.schema.createIndex("invoices_ws_tax_date").on("invoices").columns(["workspace_id", "tax_date"]).execute();
  await db.schema
    .createIndex("invoices_ws_movement")
    .on("invoices")
    .columns(["workspace_id", "last_movement_on"])
    .execute();
  await db.schema.createIndex("invoices_ws_created").on("invoices").columns(["workspace_id", "created_at"]).execute();

  await db.schema
    .createTable("invoice_sources")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("source_id", "text", (c) => c.notNull())
    .addColumn("invoice_id", "text", (c) => c.notNull().references("invoices.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("invoice_sources_pk", ["workspace_id", "kind", "source_id"])
    .execute();
  await db.schema
    .createIndex("invoice_sources_ws_invoice")
    .on("invoice_sources")
    .columns(["workspace_id", "invoice_id"])
    .execute();
  await db.schema.createIndex("time_ws_invoice").on("time_entries").columns(["workspace_id", "invoice_id"]).execute();

  await db.schema
    .createTable("payments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("invoice_id", "text", (c) => c.notNull().references("invoices.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("amount", "bigint", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("reference", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("payments_ws_invoice").on("payments").columns(["workspace_id", "invoice_id"]).execute();
  await db.schema.createIndex("payments_ws_date").on("payments").columns(["workspace_id", "date"]).execute();

  await db.schema
    .createTable("credit_notes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("invoice_id", "text", (c) => c.notNull().references("invoices.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("number", "text", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("subtotal", "bigint", (c) => c.notNull())
    .addColumn("tax_total", "bigint", (c) => c.notNull())
    .addColumn("total", "bigint", (c) => c.notNull())
    .addColumn("totals_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("credit_notes_ws_number")
    .on("credit_notes")
    .columns(["workspace_id", "number"])
    .unique()
    .execute();
  await db.schema
    .createIndex("credit_notes_ws_invoice")
    .on("credit_notes")
    .columns(["workspace_id", "invoice_id"])
    .execute();
  await db.schema.createIndex("credit_notes_ws_date").on("credit_notes").columns(["workspace_id", "date"]).execute();

  await db.schema
    .createTable("client_credits")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("invoice_id", "text", (c) => c.references("invoices.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("amount", "bigint", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("client_credits_ws_client")
    .on("client_credits")
    .columns(["workspace_id", "client_id", "date"])
    .execute();

  await db.schema
    .createTable("invoice_reminders")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("invoice_id", "text", (c) => c.notNull().references("invoices.id"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("offset_days", "integer", (c) => c.notNull())
    .addColumn("tone", "text", (c) => c.notNull())
    .addColumn("outbox_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("invoice_reminders_ws_invoice")
    .on("invoice_reminders")
    .columns(["workspace_id", "invoice_id", "date"])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex("time_ws_invoice").execute();
  for (const t of ["invoice_reminders", "client_credits", "credit_notes", "payments", "invoice_sources", "invoices"]) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.alterTable("workspaces").dropColumn("invoice_number_pattern").execute();
}
