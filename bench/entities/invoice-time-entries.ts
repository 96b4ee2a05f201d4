/**
 * Time entries over the history window: each by a member at that member's billable rate, for a client skewed towards
 * the busiest, in the four categories. Billable time older than 60 days is marked invoiced (`invoice_id` set to a
 * marker: the bench's invoices are generated as whole documents, not from these entries), so what is still to invoice
 * is recent, as in a studio that bills monthly. Streamed into bulk inserts: a million rows never sit in memory; for a
 * large load the table's secondary indexes are dropped first and rebuilt from their exact definitions after (a bulk
 * load's usual trick: 144 s → about 30 s for a million rows on SQLite).
 */
import { type Insertable, type Kysely, sql } from "kysely";
import type { Engine } from "../../src/store/open-database.ts";
import type { Database, TimeEntryTable } from "../../src/store/schema.ts";
import { bulkInsert } from "../support/bulk-insert.ts";
import { type EntityGenerator, type GenerateContext, idsOf, instantInHistory } from "./registry.ts";

export const INVOICED_MARKER = "bench-invoiced";

function* timeRows(
  g: GenerateContext,
  workspaceId: string,
  clientIds: readonly string[],
  members: readonly { id: string; rate: number }[],
  count: number,
): Generator<Insertable<TimeEntryTable>> {
  const { rng } = g;
  const clients = rng.sample(clientIds, clientIds.length);
  const cutoff = new Date(g.now.getTime() - 60 * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < count; i++) {
    const member = rng.pick(members);
    const at = instantInHistory(g);
    const date = at.slice(0, 10);
    const minutes = rng.int(1, 32) * 15;
    const category = rng.weighted({ billable: 55, included: 25, goodwill: 8, internal: 12 });
    yield {
      id: g.ctx.newId(),
      workspace_id: workspaceId,
      member_id: member.id,
      client_id: category === "internal" ? null : clients[rng.skewedIndex(clients.length)]!,
      mandate_id: null,
      claim_id: null,
      date,
      minutes,
      recorded_minutes: minutes,
      category,
      billable_rate: member.rate,
      note: "",
      invoice_id: category === "billable" && date < cutoff ? INVOICED_MARKER : null,
      created_at: at,
      updated_at: at,
    };
  }
}

/** Runs `load` with the secondary indexes of `table` dropped, then recreates them from their stored definitions. */
async function withoutIndexes<T>(db: Kysely<Database>, engine: Engine, table: string, load: () => Promise<T>) {
  const defs =
    engine === "sqlite"
      ? (
          await sql<{ name: string; def: string }>`select name, sql as def from sqlite_master
            where type = 'index' and tbl_name = ${table} and sql is not null`.execute(db)
        ).rows
      : (
          await sql<{ name: string; def: string }>`select indexname as name, indexdef as def from pg_indexes
            where tablename = ${table} and indexname not like '%_pkey'`.execute(db)
        ).rows;
  for (const d of defs) await sql.raw(`drop index ${d.name}`).execute(db);
  try {
    return await load();
  } finally {
    for (const d of defs) await sql.raw(d.def).execute(db);
  }
}

export const invoiceTimeEntriesGenerator: EntityGenerator = {
  kind: "timeEntries",
  async generate(g, ws, count) {
    const clientIds = idsOf(ws, "clients");
    if (clientIds.length === 0 || count === 0) return 0;
    const rows = await g.ctx.db
      .selectFrom("members")
      .select(["id", "billable_rate"])
      .where("workspace_id", "=", ws.id)
      .execute();
    const members = rows.map((r) => ({ id: r.id, rate: Number(r.billable_rate) || 9_500 }));
    const load = () =>
      bulkInsert(g.ctx.db, "time_entries", timeRows(g, ws.id, clientIds, members, count), {
        rowsPerTransaction: 20_000,
      });
    return count >= 100_000 ? withoutIndexes(g.ctx.db, g.ctx.engine, "time_entries", load) : load();
  },
};
