/**
 * Reads that stay fast at ten years of history. Covering indexes for what every client's health sums (issued invoices
 * with the figures health reads, and the studio's revenue by month; signals with their kind and severity), so those
 * queries read no table row, and for a page of time entries newest first. Two counters in `instance`, raised by
 * triggers in the transaction of the change, by whichever process makes it: `auth_generation` whenever a session or
 * an API token stops being what a server process may have cached (deleted, revoked, expiry or CSRF token changed) or
 * a member's role or status changes, so every process sharing the database drops its cached principals at once
 * (src/http/auth.ts); `time_entries_generation` whenever time entries are added, deleted or change what the list
 * counts, so the list's totals are recounted only then. Frozen once shipped.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

/**
 * The counters and what raises them: per table, the trigger events (`update of` lists only the columns a cached
 * principal or time total depends on).
 */
const COUNTED_EVENTS: [counter: string, table: string, name: string, event: string][] = [
  ["auth_generation", "sessions", "del", "delete"],
  ["auth_generation", "sessions", "upd", "update of user_id, member_id, workspace_id, csrf_token, expires_at, id"],
  ["auth_generation", "api_tokens", "del", "delete"],
  ["auth_generation", "api_tokens", "upd", "update of revoked_at, member_id, workspace_id, token_hash"],
  ["auth_generation", "members", "del", "delete"],
  ["auth_generation", "members", "upd", "update of role, status, user_id, workspace_id"],
  ["time_entries_generation", "time_entries", "ins", "insert"],
  ["time_entries_generation", "time_entries", "del", "delete"],
  [
    "time_entries_generation",
    "time_entries",
    "upd",
    "update of workspace_id, member_id, mandate_id, client_id, category, date, minutes",
  ],
];
const triggerName = (counter: string, table: string, name: string) =>
  `${counter === "auth_generation" ? "auth_gen" : "time_gen"}_${table}_${name}`;

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

async function createCounterTriggers(db: Db): Promise<void> {
  if (isPostgres(db)) {
    // Once per statement (a bulk insert of a million entries raises the counter once), the key as argument.
    await sql`create function instance_counter_raise() returns trigger language plpgsql as $$
      begin
        insert into instance (key, value) values (TG_ARGV[0], '1')
          on conflict (key) do update set value = (instance.value::bigint + 1)::text;
        return null;
      end $$`.execute(db);
    for (const [counter, table, name, event] of COUNTED_EVENTS) {
      await sql
        .raw(
          `create trigger ${triggerName(counter, table, name)} after ${event} on ${table}
           for each statement execute function instance_counter_raise('${counter}')`,
        )
        .execute(db);
    }
    return;
  }
  for (const [counter, table, name, event] of COUNTED_EVENTS) {
    await sql
      .raw(
        `create trigger ${triggerName(counter, table, name)} after ${event} on ${table} begin
           insert into instance (key, value) values ('${counter}', '1')
             on conflict (key) do update set value = cast(cast(instance.value as integer) + 1 as text);
         end`,
      )
      .execute(db);
  }
}

export async function up(db: Db): Promise<void> {
  await createCounterTriggers(db);
  await db.schema
    .createIndex("time_ws_date_created")
    .on("time_entries")
    .columns(["workspace_id", "date", "created_at", "id"])
    .execute();
  await db.schema
    .createIndex("invoices_ws_client_health")
    .on("invoices")
    .columns([
      "workspace_id",
      "client_id",
      "status",
      "issue_date",
      "due_date",
      "subtotal",
      "total",
      "balance",
      "last_movement_on",
      "id",
    ])
    .execute();
  await db.schema
    .createIndex("invoices_ws_status_issue_subtotal")
    .on("invoices")
    .columns(["workspace_id", "status", "issue_date", "subtotal"])
    .execute();
  await db.schema
    .createIndex("signals_ws_client_health")
    .on("signals")
    .columns(["workspace_id", "client_id", "occurred_on", "kind", "severity", "id"])
    .execute();
}

export async function down(db: Db): Promise<void> {
  const postgres = isPostgres(db);
  for (const [counter, table, name] of COUNTED_EVENTS) {
    await sql.raw(`drop trigger ${triggerName(counter, table, name)}${postgres ? ` on ${table}` : ""}`).execute(db);
  }
  if (postgres) await sql`drop function instance_counter_raise()`.execute(db);
  await db.schema.dropIndex("time_ws_date_created").execute();
  await db.schema.dropIndex("signals_ws_client_health").execute();
  await db.schema.dropIndex("invoices_ws_status_issue_subtotal").execute();
  await db.schema.dropIndex("invoices_ws_client_health").execute();
}
