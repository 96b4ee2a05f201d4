/** Which of some ids are records of a workspace: the one check behind "every id in a body is the caller's". */
import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.ts";

/** Tables whose ids requests may name in their bodies. */
export type ReferencedTable =
  | "members"
  | "clients"
  | "mandates"
  | "offers"
  | "claims"
  | "rounds"
  | "decisions"
  | "change_orders"
  | "time_entries"
  | "workspace_values"
  | "mandate_costs"
  | "invoices";

/** The ids among `ids` that are not rows of `table` in this workspace (another workspace's, or none at all). */
export async function idsNotInWorkspace(
  db: Kysely<Database>,
  workspaceId: string,
  table: ReferencedTable,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  const found = await sql<{
    id: string;
  }>`select id from ${sql.table(table)} where workspace_id = ${workspaceId} and id in (${sql.join(unique)})`.execute(
    db,
  );
  const known = new Set(found.rows.map((r) => r.id));
  return unique.filter((id) => !known.has(id));
}
