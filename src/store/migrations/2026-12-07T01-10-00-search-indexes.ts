/**
 * Search everywhere on indexes: contacts (name, e-mail, phone), offers (number, title), change orders (number, title
 * in its JSON), invoices (number) and claims (text in its JSON) are found from a trigram index instead of a
 * `LIKE '%…%'` over the whole history. SQLite: one FTS5 table per kind with the trigram tokenizer, folding case and
 * accents (`remove_diacritics 1`), beside a table giving each record's id its own FTS docid (no SQLite rowid of the
 * record is relied on: VACUUM may renumber those), both kept by triggers in the transaction of every insert, change
 * of a searched column and delete. PostgreSQL: a pg_trgm GIN
 * index on the same text folded in SQL (NFD, combining marks removed, lower case: what the app's folding does), which
 * a `LIKE '%…%'` on that expression uses. Frozen once shipped.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

/** Per kind: its table and the searched text as an SQL expression over a row (`r.` prefixed: new./old. in triggers). */
const KINDS: { table: string; sqlite: (r: string) => string; postgres: string }[] = [
  {
    table: "client_contacts",
    sqlite: (r) => `${r}name || ' ' || ${r}email || ' ' || ${r}phone`,
    postgres: "name || ' ' || email || ' ' || phone",
  },
  { table: "offers", sqlite: (r) => `${r}number || ' ' || ${r}title`, postgres: "number || ' ' || title" },
  {
    table: "change_orders",
    sqlite: (r) => `${r}number || ' ' || coalesce(json_extract(${r}state_json, '$.content.title'), '')`,
    postgres: "number || ' ' || coalesce(state_json::json #>> '{content,title}', '')",
  },
  { table: "invoices", sqlite: (r) => `coalesce(${r}number, '')`, postgres: "coalesce(number, '')" },
  {
    table: "claims",
    sqlite: (r) => `coalesce(json_extract(${r}state_json, '$.text'), '')`,
    postgres: "coalesce(state_json::json ->> 'text', '')",
  },
];

/** The columns whose change changes a kind's searched text. */
const WATCHED: Record<string, string> = {
  client_contacts: "id, name, email, phone",
  offers: "id, number, title",
  change_orders: "id, number, state_json",
  invoices: "id, number",
  claims: "id, state_json",
};

const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Db): Promise<void> {
  if (isPostgres(db)) {
    await sql`create extension if not exists pg_trgm`.execute(db);
    for (const k of KINDS) {
      await sql
        .raw(
          `create index ${k.table}_search_trgm on ${k.table} using gin ` +
            `((lower(regexp_replace(normalize(${k.postgres}, NFD), '[\\u0300-\\u036f]', '', 'g'))) gin_trgm_ops)`,
        )
        .execute(db);
    }
    return;
  }
  for (const k of KINDS) {
    const t = `${k.table}_search`;
    // The FTS row of a record is found by its docid (an FTS rowid of our own, kept beside the record's id), so a
    // change or delete touches one FTS row instead of scanning the FTS table for an unindexed id.
    await sql.raw(`create table ${t}_docs (docid integer primary key, record_id text not null unique)`).execute(db);
    await sql.raw(`create virtual table ${t} using fts5(body, tokenize = 'trigram remove_diacritics 1')`).execute(db);
    await sql.raw(`insert into ${t}_docs (record_id) select id from ${k.table}`).execute(db);
    await sql
      .raw(
        `insert into ${t} (rowid, body) select d.docid, ${k.sqlite("r.")} from ${k.table} r ` +
          `join ${t}_docs d on d.record_id = r.id`,
      )
      .execute(db);
    const add = (r: string) => `insert into ${t}_docs (record_id) values (${r}id);
          insert into ${t} (rowid, body) values ((select docid from ${t}_docs where record_id = ${r}id), ${k.sqlite(r)});`;
    const remove = (
      r: string,
    ) => `delete from ${t} where rowid = (select docid from ${t}_docs where record_id = ${r}id);
          delete from ${t}_docs where record_id = ${r}id;`;
    await sql.raw(`create trigger ${t}_insert after insert on ${k.table} begin ${add("new.")} end`).execute(db);
    await sql
      .raw(`create trigger ${t}_update after update of ${WATCHED[k.table]} on ${k.table} begin
          ${remove("old.")}
          ${add("new.")}
        end`)
      .execute(db);
    await sql.raw(`create trigger ${t}_delete after delete on ${k.table} begin ${remove("old.")} end`).execute(db);
  }
}

export async function down(db: Db): Promise<void> {
  for (const k of KINDS) {
    if (isPostgres(db)) {
      await sql.raw(`drop index ${k.table}_search_trgm`).execute(db);
      continue;
    }
    for (const event of ["insert", "update", "delete"]) {
      await sql.raw(`drop trigger ${k.table}_search_${event}`).execute(db);
    }
    await sql.raw(`drop table ${k.table}_search`).execute(db);
    await sql.raw(`drop table ${k.table}_search_docs`).execute(db);
  }
}
