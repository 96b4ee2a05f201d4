/**
 * Per-workspace counters (offer numbers, invoice numbers…). One atomic `UPDATE … RETURNING` inside the caller's
 * transaction: the row lock (PostgreSQL) or the write lock (SQLite) makes concurrent callers queue, so a series has
 * no gap and no duplicate — as long as the caller's transaction is the one that uses the number.
 */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

export async function nextCounterValue(trx: Kysely<Database>, workspaceId: string, key: string): Promise<number> {
  await trx
    .insertInto("counters")
    .values({ workspace_id: workspaceId, key, value: 0 })
    .onConflict((oc) => oc.columns(["workspace_id", "key"]).doNothing())
    .execute();
  const row = await trx
    .updateTable("counters")
    .set((eb) => ({ value: eb("value", "+", 1) }))
    .where("workspace_id", "=", workspaceId)
    .where("key", "=", key)
    .returning("value")
    .executeTakeFirstOrThrow();
  return Number(row.value);
}
