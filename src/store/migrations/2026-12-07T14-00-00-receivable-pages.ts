/**
 * The receivables page's open invoices a page at a time (issue 14): a partial index holding the open invoices only
 * (issued or partially paid, something still due) in the page's order — due date, then number and id — with what a
 * row shows (client, balance, currency), so that a page after a cursor is a range of it, never a sort of every open
 * invoice. PostgreSQL orders the number and id by code points (`collate "C"`), as the page's keyset compares them.
 * Frozen once shipped.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Db): Promise<void> {
  const text = (column: string) => (isPostgres(db) ? `${column} collate "C"` : column);
  await sql
    .raw(
      `create index invoices_open_by_due on invoices
         (workspace_id, due_date, ${text("number")}, ${text("id")}, client_id, balance, currency)
       where status in ('issued', 'partially_paid') and balance > 0`,
    )
    .execute(db);
}

export async function down(db: Db): Promise<void> {
  await sql`drop index invoices_open_by_due`.execute(db);
}
