/**
 * The client search index (SQLite's `clients_search`, migration 2026-12-06T21-40-30) finds a client's FTS row by a
 * docid of its own, as every other kind does (2026-12-07T01-10-00): its triggers deleted by `client_id`, a column the
 * FTS table does not index, so renaming or removing one client scanned the whole table. The FTS rowid is now a docid
 * kept in `clients_search_docs` beside the client's id (no SQLite rowid of `clients` is relied on); the table keeps
 * its `client_id` column, so the searches read it as before. PostgreSQL has nothing to change. Frozen once shipped.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

const TRIGGERS = ["clients_search_insert", "clients_search_update", "clients_search_delete"];
const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Db): Promise<void> {
  if (isPostgres(db)) return;
  for (const t of TRIGGERS) await sql.raw(`drop trigger ${t}`).execute(db);
  await sql`create table clients_search_docs (docid integer primary key, record_id text not null unique)`.execute(db);
  await sql`insert into clients_search_docs (record_id) select id from clients`.execute(db);
  await sql`delete from clients_search`.execute(db);
  await sql`insert into clients_search (rowid, client_id, search_text)
    select d.docid, c.id, c.search_text from clients c join clients_search_docs d on d.record_id = c.id`.execute(db);
  const add = (r: string) => `insert into clients_search_docs (record_id) values (${r}id);
      insert into clients_search (rowid, client_id, search_text)
        values ((select docid from clients_search_docs where record_id = ${r}id), ${r}id, ${r}search_text);`;
  const remove = (r: string) => `delete from clients_search
        where rowid = (select docid from clients_search_docs where record_id = ${r}id);
      delete from clients_search_docs where record_id = ${r}id;`;
  await sql.raw(`create trigger clients_search_insert after insert on clients begin ${add("new.")} end`).execute(db);
  await sql
    .raw(`create trigger clients_search_update after update of id, search_text on clients begin
      ${remove("old.")}
      ${add("new.")}
    end`)
    .execute(db);
  await sql.raw(`create trigger clients_search_delete after delete on clients begin ${remove("old.")} end`).execute(db);
}

export async function down(db: Db): Promise<void> {
  if (isPostgres(db)) return;
  for (const t of TRIGGERS) await sql.raw(`drop trigger ${t}`).execute(db);
  await sql`drop table clients_search_docs`.execute(db);
  await sql`create trigger clients_search_insert after insert on clients begin
      insert into clients_search (client_id, search_text) values (new.id, new.search_text);
    end`.execute(db);
  await sql`create trigger clients_search_update after update of id, search_text on clients begin
      delete from clients_search where client_id = old.id;
      insert into clients_search (client_id, search_text) values (new.id, new.search_text);
    end`.execute(db);
  await sql`create trigger clients_search_delete after delete on clients begin
      delete from clients_search where client_id = old.id;
    end`.execute(db);
}
