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
  for (const table of RECEIVABLES_TABLES) {
    if (isPostgres(db)) {
      // Once per statement, with the function the fast-reads migration created.
      await sql
        .raw(
          `create trigger receivables_gen_${table} after insert or update or delete on ${table}
           for each statement execute function instance_counter_raise('receivables_generation')`,
        )
        .execute(db);
      continue;
    }
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
  const postgres = isPostgres(db);
  for (const table of RECEIVABLES_TABLES) {
    const names = postgres ? [`receivables_gen_${table}`] : EVENTS.map((e) => `receivables_gen_${table}_${e}`);
    for (const name of names) await sql.raw(`drop trigger ${name}${postgres ? ` on ${table}` : ""}`).execute(db);
  }
  await sql`delete from instance where key = 'receivables_generation'`.execute(db);
}
