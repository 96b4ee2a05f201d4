/** Time entries and running timers. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** Minutes logged on a mandate, all categories. */
export async function sumMinutesOfMandate(
  db: Kysely<Database>,
  workspaceId: string,
  mandateId: string,
): Promise<number> {
  const row = await db
    .selectFrom("time_entries")
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("minutes"), eb.lit(0)).as("m"))
    .where("workspace_id", "=", workspaceId)
    .where("mandate_id", "=", mandateId)
    .executeTakeFirstOrThrow();
  return Number(row.m);
}
