/**
 * A column compared on each row already found, never used to choose an index. SQLite's planner, without statistics
 * (a fresh database), takes an index on `workspace_id` when it sees one in the WHERE clause and then reads every row
 * of the workspace, even when a narrower lookup (a primary key list, a search index) finds the few rows asked for;
 * `+column` keeps the comparison but takes the column out of index choice. PostgreSQL plans from its statistics and
 * has no unary plus on text, so it gets the plain comparison.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

export function checkedPerRow<DB>(db: Kysely<DB>, column: string, value: string) {
  const ref = sql.ref(column);
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<boolean>`${ref} = ${value}`
    : sql<boolean>`+${ref} = ${value}`;
}
