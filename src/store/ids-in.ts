/** Filtering a read by a list of ids of any length, under both engines' bound-variable limits. */
import { type Kysely, sql } from "kysely";
import { isPostgresDb } from "./change-marks.ts";
import type { Database } from "./schema.ts";

/** Up to this many ids are named in one `IN` list of bound values; more in one bound array (`idIn`). */
export const IDS_PER_IN_LIST = 500;

/**
 * `column` is one of `ids`: an `IN` list of bound values for a few, else a single bound value holding them all — a
 * JSON array read by `json_each` on SQLite, a text array with `= any` on PostgreSQL — so that no list of bound ids
 * grows past an engine's variable limit, and every read is filtered to the ids asked (each one's entries of the index
 * sought, not every row of the workspace read and most thrown away).
 */
export function idIn(db: Kysely<Database>, column: string, ids: readonly string[]) {
  const ref = sql.ref(column);
  if (ids.length <= IDS_PER_IN_LIST) return sql<boolean>`${ref} in (${sql.join([...ids])})`;
  return isPostgresDb(db)
    ? sql<boolean>`${ref} = any(${[...ids]}::text[])`
    : sql<boolean>`${ref} in (select value from json_each(${JSON.stringify(ids)}))`;
}
