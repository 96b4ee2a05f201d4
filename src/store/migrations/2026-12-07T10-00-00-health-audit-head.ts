/**
 * The audit chain's head is not health. Every audited write moves `workspaces.audit_seq` and `audit_head` (the
 * chain's head lives on the workspace's row), and the workspace's row marked `*` — "every client's health reads
 * this" — so every write through the app (a signal, a payment, an issued invoice) graded every client of the
 * dashboard again (decision 0014). An update of `workspaces` now marks `*` only when it leaves both audit columns as
 * they were: the audit's own updates (`appendAudit`: one sets `audit_seq`, the next `audit_head`, nothing else) mark
 * nothing; any other update (settings, currency, target rate, a `set name = name`) marks `*` as before, whatever
 * columns it names, so a column added later is covered. A statement moving the audit columns together with a column
 * health reads would not mark: none does, and `appendAudit` is the only writer of those columns.
 * SQLite: `health_gen_workspaces_update` (generation and `health_changes`) gets a `when`. PostgreSQL:
 * `health_mark_workspaces_update()` pairs the statement's new and old rows. Frozen once shipped.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

const SQLITE_BODY = `begin
    insert into instance (key, value) values ('health_generation', '1')
      on conflict (key) do update set value = cast(cast(instance.value as integer) + 1 as text);
    insert into health_changes (workspace_id, client_id, generation)
      select t.w, t.c, (select cast(value as integer) from instance where key = 'health_generation')
      from (select new.id as w, '*' as c union select old.id as w, '*' as c) as t where t.c is not null
      on conflict (workspace_id, client_id) do update set generation = excluded.generation;
  end`;

function postgresFunction(where: string): string {
  return `create or replace function health_mark_workspaces_update() returns trigger language plpgsql as $$
    begin
      insert into health_marks (workspace_id, client_id, xid)
        select distinct d.w, '*', pg_current_xact_id()::text::bigint
        from (${where}) d;
      return null;
    end $$`;
}

export async function up(db: Db): Promise<void> {
  if (isPostgres(db)) {
    await sql
      .raw(
        postgresFunction(`select n.id as w from new_rows n join old_rows o on o.id = n.id
          where n.audit_seq is not distinct from o.audit_seq and n.audit_head is not distinct from o.audit_head`),
      )
      .execute(db);
    return;
  }
  await sql.raw("drop trigger health_gen_workspaces_update").execute(db);
  await sql
    .raw(
      `create trigger health_gen_workspaces_update after update on workspaces
         when old.audit_seq is new.audit_seq and old.audit_head is new.audit_head ${SQLITE_BODY}`,
    )
    .execute(db);
}

export async function down(db: Db): Promise<void> {
  if (isPostgres(db)) {
    await sql
      .raw(postgresFunction("select r.id as w from new_rows r union select r.id as w from old_rows r"))
      .execute(db);
    return;
  }
  await sql.raw("drop trigger health_gen_workspaces_update").execute(db);
  await sql.raw(`create trigger health_gen_workspaces_update after update on workspaces ${SQLITE_BODY}`).execute(db);
}
