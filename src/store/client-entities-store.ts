/** Every record that belongs to a client, by id: what its timeline and its evidence are made of. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

export async function clientEntityIds(db: Kysely<Database>, workspaceId: string, clientId: string): Promise<string[]> {
  const byClient = (table: "offers" | "mandates" | "rounds" | "change_orders" | "invoices" | "decisions" | "exits") =>
    db
      .selectFrom(table)
      .select("id")
      .where("workspace_id", "=", workspaceId)
      .where("client_id", "=", clientId)
      .execute();
  const rows = await Promise.all([
    byClient("offers"),
    byClient("mandates"),
    byClient("rounds"),
    byClient("change_orders"),
    byClient("invoices"),
    byClient("decisions"),
    byClient("exits"),
  ]);
  return [clientId, ...rows.flat().map((r) => r.id)];
}
