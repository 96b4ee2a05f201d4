/**
 * A counter in `instance`, `receivables_generation`, raised by triggers in the transaction of any insert, update or
 * delete of a table the receivables page reads (decision 0014), by whichever process writes: the page computed under
 * one generation, for one day and query, is still true while the counter has not moved. Frozen once shipped.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

/**
 * What `getReceivables` reads: the workspace (its currency), invoices (open balances, DSO's figures and documents),
 * their payments and credit notes, the clients' credits, names and reminder pause, and the reminder schedule.
 */
const RECEIVABLES_TABLES = [
  "workspaces",
  "clients",
  "invoices",
  "payments",
  "credit_notes",
  "client_credits",
  "reminder_schedule",
] as const;
const EVENTS = ["insert", "update", "delete"] as const;

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Db): Promise<void> {
  // SQLite only. On PostgreSQL a counter row updated in the middle of every writer's transaction deadlocked concurrent
  // writers that also lock other rows (two processes issuing invoices: the numbering counter, then this one, in
  // opposite orders); there the answer is computed on every read instead (decision 0014).
  if (isPostgres(db)) return;
  for (const table of RECEIVABLES_TABLES) {
    for (const event of EVENTS) {
      await sql
        .raw(
          `create trigger receivables_gen_${table}_${event} after ${event} on ${table} begin
             insert into instance (key, value) values ('receivables_generation', '1')
               on conflict (key) do update set value = cast(cast(instance.value as integer) + 1 as text);
           end`,
        )
        .execute(db);
    }
  }
}

export async function down(db: Db): Promise<void> {
  if (isPostgres(db)) return;
  for (const table of RECEIVABLES_TABLES) {
    for (const e of EVENTS) await sql.raw(`drop trigger receivables_gen_${table}_${e}`).execute(db);
  }
  await sql`delete from instance where key = 'receivables_generation'`.execute(db);
}
