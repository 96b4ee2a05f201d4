/** What the metrics endpoint reads from the database: the outbox backlog across workspaces, by status. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

export async function countOutboxByStatus(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom("outbox")
    .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
    .where("status", "in", ["pending", "failed"])
    .groupBy("status")
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
