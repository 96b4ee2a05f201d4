/**
 * What the second-factor gate decides rides with the cached principal (src/http/auth.ts) instead of being read on
 * every request, so the authentication generation must also move when that decision may change: a workspace starts
 * or stops requiring a second factor, a person's second factor is set or removed, or a person is deleted. Triggers
 * raise `auth_generation` in the transaction of the change, as the migration 2026-12-06T21-40-00 does for sessions,
 * tokens and members (PostgreSQL: its `instance_counter_raise` function, once per statement). Frozen once shipped.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

const EVENTS: [table: string, name: string, event: string][] = [
  ["workspaces", "upd", "update of require_two_factor"],
  ["users", "upd", "update of totp_secret_enc"],
  ["users", "del", "delete"],
];

const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Db): Promise<void> {
  for (const [table, name, event] of EVENTS) {
    const body = isPostgres(db)
      ? `for each statement execute function instance_counter_raise('auth_generation')`
      : `begin
           insert into instance (key, value) values ('auth_generation', '1')
             on conflict (key) do update set value = cast(cast(instance.value as integer) + 1 as text);
         end`;
    await sql.raw(`create trigger auth_gen_${table}_${name} after ${event} on ${table} ${body}`).execute(db);
  }
}

export async function down(db: Db): Promise<void> {
  for (const [table, name] of EVENTS) {
    await sql.raw(`drop trigger auth_gen_${table}_${name}${isPostgres(db) ? ` on ${table}` : ""}`).execute(db);
  }
}
