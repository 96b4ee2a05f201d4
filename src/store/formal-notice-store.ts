/** Formal notices: the domain record whole as JSON, with the columns lists and checks read. */
import type { Kysely } from "kysely";
import type { FormalNotice } from "../domain/exit/formal-notice.ts";
import type { Database } from "./schema.ts";
import { readFormalNotice } from "./stored-aggregates.ts";

export async function insertFormalNotice(trx: Kysely<Database>, workspaceId: string, notice: FormalNotice) {
  await trx
    .insertInto("formal_notices")
    .values({
      id: notice.id,
      workspace_id: workspaceId,
      client_id: notice.clientId,
      exit_id: notice.exitId ?? null,
      sent_on: notice.sentOn,
      cure_days: notice.cureDays,
      method: notice.method,
      state_json: JSON.stringify(notice),
      created_at: notice.createdAt,
    })
    .execute();
}

export async function findFormalNotice(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<FormalNotice | undefined> {
  const row = await db
    .selectFrom("formal_notices")
    .select(["id", "state_json"])
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? readFormalNotice(row.state_json, row.id) : undefined;
}

/** A client's formal notices, latest first. */
export async function listFormalNoticesOfClient(
  db: Kysely<Database>,
  workspaceId: string,
  clientId: string,
): Promise<FormalNotice[]> {
  const rows = await db
    .selectFrom("formal_notices")
    .select(["id", "state_json"])
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "=", clientId)
    .orderBy("sent_on", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map((r) => readFormalNotice(r.state_json, r.id));
}
