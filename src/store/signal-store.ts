import type { Kysely } from "kysely";
import type { Signal, SignalKind } from "../domain/signal.ts";
import type { Database } from "./schema.ts";

export async function insertSignal(
  trx: Kysely<Database>,
  s: Omit<Signal, "author"> & { workspaceId: string; authorMemberId: string | null },
): Promise<void> {
  await trx
    .insertInto("signals")
    .values({
      id: s.id,
      workspace_id: s.workspaceId,
      client_id: s.clientId,
      kind: s.kind,
      severity: s.severity,
      source: s.source,
      occurred_on: s.occurredOn,
      text: s.text,
      author_member_id: s.authorMemberId,
      created_at: s.createdAt,
    })
    .execute();
}

/** A client's signals, newest first (by date, then by entry time). */
export async function listSignals(db: Kysely<Database>, workspaceId: string, clientId: string): Promise<Signal[]> {
  const rows = await db
    .selectFrom("signals")
    .leftJoin("members", "members.id", "signals.author_member_id")
    .selectAll("signals")
    .select("members.name as author_name")
    .where("signals.workspace_id", "=", workspaceId)
    .where("signals.client_id", "=", clientId)
    .orderBy("signals.occurred_on", "desc")
    .orderBy("signals.created_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    kind: r.kind as SignalKind,
    severity: r.severity as 1 | 2 | 3,
    source: r.source,
    occurredOn: r.occurred_on,
    text: r.text,
    createdAt: r.created_at,
    author: r.author_member_id ? { id: r.author_member_id, name: r.author_name ?? "" } : null,
  }));
}
