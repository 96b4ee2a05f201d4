/**
 * Several reads that must agree with each other (a client's revenue and the studio's, summed by different triggers)
 * read from one snapshot of the database, so a write committed by another process between two of them cannot make
 * them disagree. PostgreSQL: a read-only REPEATABLE READ transaction (one connection, one snapshot). SQLite: a deferred
 * transaction on the process's one connection — a WAL reader's snapshot from its first read, no write lock taken
 * (the app's write transactions begin IMMEDIATE; this one only reads).
 */
import { type Kysely, sql } from "kysely";
import type { Engine } from "./open-database.ts";
import type { Database } from "./schema.ts";

export async function inReadSnapshot<T>(
  db: Kysely<Database>,
  engine: Engine,
  read: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (engine === "postgres") {
    return db
      .transaction()
      .setIsolationLevel("repeatable read")
      .setAccessMode("read only")
      .execute((trx) => read(trx));
  }
  return db.connection().execute(async (conn) => {
    await sql`begin deferred`.execute(conn);
    try {
      const result = await read(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (err) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw err;
    }
  });
}
