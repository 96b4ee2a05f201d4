/**
 * PostgreSQL's append-only change marks (`health_marks`, `receivables_marks`; decision 0014): what a reader asks to
 * know whether a kept answer still holds, and the scheduler's pruning. A kept answer computed in one snapshot is
 * compared with the marks whose transaction id is at or above that snapshot's `xmin` — the oldest transaction still
 * running when it was taken: every write it could not see is among them.
 */
import { CompiledQuery, type Kysely, PostgresAdapter, sql } from "kysely";
import type { Database } from "./schema.ts";

const SNAPSHOT_XMIN = CompiledQuery.raw("select pg_snapshot_xmin(pg_current_snapshot())::text as value");

export function isPostgresDb(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** PostgreSQL, inside a read's snapshot (`inReadSnapshot`): its `xmin`, as text. */
export async function snapshotXmin(db: Kysely<Database>): Promise<string> {
  const { rows } = await db.executeQuery<{ value: string }>(SNAPSHOT_XMIN);
  return rows[0]!.value;
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
