/**
 * Bulk inserts through Kysely: rows are consumed lazily (an iterable, so a million time entries never sit in memory
 * at once), sent as multi-row INSERTs under the engines' bound-parameter limits, and committed every few thousand rows.
 */
import type { Insertable, Kysely } from "kysely";
import type { Database } from "../../src/store/schema.ts";

/** Both engines accept at least 32,766 bound parameters per statement (SQLite >= 3.32; PostgreSQL 65,535). */
const MAX_PARAMS = 30_000;

export interface BulkInsertOptions {
  /** Rows per transaction (default 5,000). */
  rowsPerTransaction?: number;
  /** Rows per INSERT statement (default: as many as the parameter limit allows, at most 1,000). */
  rowsPerStatement?: number;
}

/** Inserts every row of `rows` into `table`; returns how many were inserted. */
export async function bulkInsert<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: Iterable<Insertable<Database[T]>>,
  options: BulkInsertOptions = {},
): Promise<number> {
  const perTx = options.rowsPerTransaction ?? 5_000;
  let perStatement = options.rowsPerStatement ?? 0;
  let batch: Insertable<Database[T]>[] = [];
  let total = 0;

  const flush = async () => {
    if (batch.length === 0) return;
    if (perStatement === 0) {
      const columns = Object.keys(batch[0] as object).length;
      perStatement = Math.max(1, Math.min(1_000, Math.floor(MAX_PARAMS / columns)));
    }
    const rowsOfTx = batch;
    batch = [];
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < rowsOfTx.length; i += perStatement) {
        await trx
          .insertInto(table)
          .values(rowsOfTx.slice(i, i + perStatement) as any)
          .execute();
      }
    });
    total += rowsOfTx.length;
  };

  for (const row of rows) {
    batch.push(row);
    if (batch.length >= perTx) await flush();
  }
  await flush();
  return total;
}
