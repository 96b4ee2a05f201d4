/**
 * PostgreSQL's append-only change marks (`health_marks`, `receivables_marks`; decision 0014): what a reader asks to
 * know whether a kept answer still holds, and the scheduler's pruning. A kept answer computed in one snapshot is kept
 * under that snapshot (`pg_current_snapshot()`, as text: `xmin:xmax:running,…`); a mark is news to it when its
 * transaction is one the snapshot could not see (`pg_visible_in_snapshot`): running when it was taken, or begun
 * after. Those all have an id at or above the snapshot's `xmin`, so the marks' `(workspace_id, xid)` index is sought
 * from there, and the snapshot itself says which of them it saw. Transaction ids are the cluster's: by `xmin` alone,
 * a transaction running in another database (another studio's instance, a backup, a test beside this one) would make
 * every write after it look unseen — graded again for nothing, and a kept answer never served while it runs.
 */
import { CompiledQuery, type Kysely, PostgresAdapter, sql } from "kysely";
import type { Database } from "./schema.ts";

const SNAPSHOT = CompiledQuery.raw("select pg_current_snapshot()::text as value");

export function isPostgresDb(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** PostgreSQL, inside a read's snapshot (`inReadSnapshot`): that snapshot, as text (a read point). */
export async function readSnapshot(db: Kysely<Database>): Promise<string> {
  const { rows } = await db.executeQuery<{ value: string }>(SNAPSHOT);
  return rows[0]!.value;
}

/**
 * The marks (`health_marks`, `receivables_marks`: their `xid` the writer's top-level transaction id, as `bigint`)
 * of transactions the snapshot `since` (a `readSnapshot`) could not see: a write already seen never comes back, a
 * write not seen cannot be missed.
 */
export function unseenBy(since: string) {
  const xmin = Number(since.slice(0, since.indexOf(":")));
  return sql<boolean>`xid >= ${xmin} and not pg_visible_in_snapshot(xid::text::xid8, ${since}::pg_snapshot)`;
}

/**
 * Deletes the marks older than a day (by the statements' own clock), which no reader needs: an answer kept for more
 * than half an hour is computed anew (`KEPT_ANSWER_MS` in src/app/shared/kept-answers.ts), so only a transaction writing for more than a day could leave a mark pruned
 * before a reader saw it. Returns how many. SQLite has no marks (its counters and `health_changes` stay bounded).
 */
export async function pruneChangeMarks(db: Kysely<Database>): Promise<number> {
  if (!isPostgresDb(db)) return 0;
  let pruned = 0;
  for (const table of ["health_marks", "receivables_marks"] as const) {
    const result = await db
      .deleteFrom(table)
      .where("at", "<", sql<string>`clock_timestamp() - interval '1 day'`)
      .executeTakeFirst();
    pruned += Number(result.numDeletedRows);
  }
  return pruned;
}
