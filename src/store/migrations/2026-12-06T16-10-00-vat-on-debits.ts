/**
 * France: the workspace's option to pay VAT on its services on debits (when invoiced) rather than on receipts (CGI
 * art. 269, 2, c), printed on its invoices as « Option pour le paiement de la taxe d'après les débits ». Off by
 * default. Frozen once shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable("workspaces")
    .addColumn("vat_on_debits", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable("workspaces").dropColumn("vat_on_debits").execute();
}
