/**
 * Offers, team estimates, portal links, mandates, the outbox and per-workspace counters. Frozen once shipped.
 * Lifecycle objects are kept whole as JSON (`state_json`) beside the columns that lists, filters and reports need;
 * a signed document is kept as its exact canonical text with its SHA-256, the bytes the signature covers.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable("counters")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("value", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("counters_pk", ["workspace_id", "key"])
    .execute();

  await db.schema
    .createTable("offers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("number", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("total", "bigint", (c) => c.notNull())
    .addColumn("state_json", "text", (c) => c.notNull())
    .addColumn("document_text", "text")
    .addColumn("sha256", "text")
    .addColumn("sent_at", "text")
    .addColumn("signed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("offers_ws_created").on("offers").columns(["workspace_id", "created_at"]).execute();
  await db.schema
    .createIndex("offers_ws_client")
    .on("offers")
    .columns(["workspace_id", "client_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("offers_ws_status")
    .on("offers")
    .columns(["workspace_id", "status", "created_at"])
    .execute();

  await db.schema
    .createTable("offer_estimates")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("offer_id", "text", (c) => c.notNull().references("offers.id"))
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("deliverable_id", "text", (c) => c.notNull())
    .addColumn("optimistic_centi", "integer", (c) => c.notNull())
    .addColumn("likely_centi", "integer", (c) => c.notNull())
    .addColumn("pessimistic_centi", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("offer_estimates_pk", ["offer_id", "member_id", "deliverable_id"])
    .execute();

  await db.schema
    .createTable("portal_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("portal_links_target")
    .on("portal_links")
    .columns(["workspace_id", "target_id"])
    .execute();

  await db.schema
    .createTable("mandates")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("offer_id", "text", (c) => c.notNull().references("offers.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("state_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("mandates_ws_client")
    .on("mandates")
    .columns(["workspace_id", "client_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("mandates_ws_status")
    .on("mandates")
    .columns(["workspace_id", "status", "created_at"])
    .execute();
  await db.schema.createIndex("mandates_offer").on("mandates").columns(["offer_id"]).execute();

  await db.schema
    .createTable("outbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body_text", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .execute();
  await db.schema.createIndex("outbox_ws_created").on("outbox").columns(["workspace_id", "created_at"]).execute();
}

export async function down(db: Db): Promise<void> {
  for (const t of ["outbox", "mandates", "portal_links", "offer_estimates", "offers", "counters"]) {
    await db.schema.dropTable(t).execute();
  }
}
