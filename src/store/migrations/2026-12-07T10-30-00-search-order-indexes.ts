/**
 * Search everywhere walks a kind in its order when its trigram index holds many matches (decision 0013): each kind
 * needs an index in the order its hits are listed, from its workspace — contacts by name, change orders and claims
 * newest first (clients, offers and invoices have theirs). Frozen once shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

const INDEXES = [
  { name: "client_contacts_ws_name", table: "client_contacts", columns: ["workspace_id", "name"] },
  { name: "change_orders_ws_created", table: "change_orders", columns: ["workspace_id", "created_at"] },
  { name: "claims_ws_created", table: "claims", columns: ["workspace_id", "created_at"] },
];

export async function up(db: Db): Promise<void> {
  for (const i of INDEXES) await db.schema.createIndex(i.name).on(i.table).columns(i.columns).execute();
}

export async function down(db: Db): Promise<void> {
  for (const i of INDEXES) await db.schema.dropIndex(i.name).execute();
}
