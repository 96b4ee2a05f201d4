/**
 * Signals spread over the history window, skewed so that a few clients carry many of them (as in real life), each by
 * an active member. Bulk-inserted: thousands of rows per transaction.
 */
import type { Insertable } from "kysely";
import type { SignalKind } from "../../src/domain/signal.ts";
import type { SignalTable } from "../../src/store/schema.ts";
import { bulkInsert } from "../support/bulk-insert.ts";
import { SIGNAL_SOURCES, SIGNAL_TEXTS } from "../support/pools.ts";
import { type EntityGenerator, type GenerateContext, idsOf, instantInHistory } from "./registry.ts";

function* signalRows(
  g: GenerateContext,
  workspaceId: string,
  clientIds: readonly string[],
  authorIds: readonly string[],
  count: number,
): Generator<Insertable<SignalTable>> {
  const { rng } = g;
  // Shuffle once so the clients with many signals are not simply the oldest ones.
  const clients = rng.sample(clientIds, clientIds.length);
  for (let i = 0; i < count; i++) {
    const kind: SignalKind = rng.weighted({ warning: 25, praise: 25, note: 50 } satisfies Record<SignalKind, number>);
    const occurredAt = instantInHistory(g);
    yield {
      id: g.ctx.newId(),
      workspace_id: workspaceId,
      client_id: clients[rng.skewedIndex(clients.length)]!,
      kind,
      severity: rng.int(1, 3),
      source: rng.pick(SIGNAL_SOURCES),
      occurred_on: occurredAt.slice(0, 10),
      text: rng.pick(SIGNAL_TEXTS[kind]),
      author_member_id: rng.chance(0.95) ? rng.pick(authorIds) : null,
      created_at: instantInHistory(g, occurredAt),
    };
  }
}

export const signalsGenerator: EntityGenerator = {
  kind: "signals",
  async generate(g, ws, count) {
    const clientIds = idsOf(ws, "clients");
    if (clientIds.length === 0 || count === 0) return 0;
    const authors = idsOf(ws, "members");
    return bulkInsert(g.ctx.db, "signals", signalRows(g, ws.id, clientIds, authors, count));
  },
};
