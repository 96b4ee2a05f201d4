/**
 * Client search on an index, same answers as the `LIKE '%…%'` on `clients.search_text` it replaces (that text is
 * already folded: lower case, no accents). SQLite: an FTS5 table with the trigram tokenizer (which answers LIKE
 * patterns of three characters or more from its index), kept by triggers in the transaction of every client
 * insert, change of its text and delete; it holds its own copy of the text and the client's id, so nothing depends
 * on SQLite rowids. PostgreSQL: a pg_trgm GIN index on the column itself, which its LIKE uses. Frozen once shipped.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index clients_search_trgm on clients using gin (search_text gin_trgm_ops)`.execute(db);
    return;
  }
  await sql`create virtual table clients_search using fts5(client_id unindexed, search_text, tokenize = 'trigram')`.execute(
    db,
  );
  await sql`insert into clients_search (client_id, search_text) select id, search_text from clients`.execute(db);
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

export async function down(db: Db): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop index clients_search_trgm`.execute(db);
    return;
  }
  for (const t of ["clients_search_insert", "clients_search_update", "clients_search_delete"]) {
    await sql.raw(`drop trigger ${t}`).execute(db);
  }
  await sql`drop table clients_search`.execute(db);
}
