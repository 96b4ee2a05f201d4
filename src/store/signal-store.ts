import type { Kysely, Selectable } from "kysely";
import type { Signal, SignalKind } from "../domain/signal.ts";
import type { Database, SignalTable } from "./schema.ts";

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

/** How many signals a client page shows at once; older ones are paged with `before`. */
export const SIGNAL_PAGE = 50;

/** A client's signals, newest first (by date, then by entry time), at most `limit`, before a (date, time) cursor. */
export async function listSignals(
  db: Kysely<Database>,
  workspaceId: string,
  clientId: string,
  page: { limit?: number; before?: { occurredOn: string; createdAt: string } | undefined } = {},
): Promise<Signal[]> {
  const before = page.before;
  const rows = await db
    .selectFrom("signals")
    .leftJoin("members", "members.id", "signals.author_member_id")
    .selectAll("signals")
    .select("members.name as author_name")
    .where("signals.workspace_id", "=", workspaceId)
    .where("signals.client_id", "=", clientId)
    .$if(before !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb("signals.occurred_on", "<", before!.occurredOn),
          eb.and([
            eb("signals.occurred_on", "=", before!.occurredOn),
            eb("signals.created_at", "<", before!.createdAt),
          ]),
        ]),
      ),
    )
    .orderBy("signals.occurred_on", "desc")
    .orderBy("signals.created_at", "desc")
    .limit(page.limit ?? SIGNAL_PAGE)
    .execute();
  return rows.map(signalFromRow);
}

/** A signal from its row and its author's name (null when it has no author or the member is gone). */
export function signalFromRow(r: Selectable<SignalTable> & { author_name: string | null }): Signal {
  return {
    id: r.id,
    clientId: r.client_id,
    kind: r.kind as SignalKind,
    severity: r.severity as 1 | 2 | 3,
    source: r.source,
    occurredOn: r.occurred_on,
    text: r.text,
    createdAt: r.created_at,
    author: r.author_member_id ? { id: r.author_member_id, name: r.author_name ?? "" } : null,
  };
}
