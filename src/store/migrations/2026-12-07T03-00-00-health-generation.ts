/**
 * A counter in `instance`, `health_generation`, raised by triggers in the transaction of any insert, update or delete
 * of a table the dashboard's health of every client reads (decision 0014), by whichever process writes: the health
 * list computed under one generation, for one day, is still true while the counter has not moved. Frozen once shipped.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

/**
 * What `healthWarnings` reads, directly or through the tables kept from them (`client_health_rollup`,
 * `workspace_revenue_months`): the clients in a relationship, the workspace (currency, target rate, values, settings),
 * time, invoices and their lines, signals, claims and their rounds, signed offers, change orders, value ratings, and
 * what the ledger values a mandate's earned work from (mandates, their offers, change orders, time and costs).
 */
const HEALTH_TABLES = [
  "clients",
  "workspaces",
  "workspace_values",
  "time_entries",
  "invoices",
  "invoice_lines",
  "signals",
  "claims",
  "rounds",
  "offers",
  "change_orders",
  "value_ratings",
  "mandates",
  "mandate_costs",
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
  for (const table of HEALTH_TABLES) {
    for (const event of EVENTS) {
      await sql
        .raw(
          `create trigger health_gen_${table}_${event} after ${event} on ${table} begin
             insert into instance (key, value) values ('health_generation', '1')
               on conflict (key) do update set value = cast(cast(instance.value as integer) + 1 as text);
           end`,
        )
        .execute(db);
    }
  }
}

export async function down(db: Db): Promise<void> {
  if (isPostgres(db)) return;
  for (const table of HEALTH_TABLES) {
    for (const e of EVENTS) await sql.raw(`drop trigger health_gen_${table}_${e}`).execute(db);
  }
  await sql`delete from instance where key = 'health_generation'`.execute(db);
}
