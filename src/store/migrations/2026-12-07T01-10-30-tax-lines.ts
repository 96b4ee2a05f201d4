/**
 * The tax lines of issued invoices and credit notes, one row per document and tax, for the sales-tax report: a
 * year's report reads a few thousand narrow rows keyed by `(workspace_id, date, …)` instead of parsing every invoice's JSON.
 * Kept by triggers from the documents' own JSON (`state_json` → `totals.taxes` of a non-draft invoice, dated by its
 * tax point; `totals_json` → `taxes` of a credit note, dated by its date) in the transaction of every insert, change
 * and delete, whichever process writes; filled from the existing documents here. Frozen once shipped.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

const COLUMNS =
  "workspace_id, source, document_id, position, date, currency, tax_id, jurisdiction, tax_code, category, rate_ppm, base, amount";

/** Per source: its table, the JSON column and path of its taxes, its date column, when it has tax lines. */
const SOURCES = [
  {
    source: "invoice",
    table: "invoices",
    json: "state_json",
    path: ["totals", "taxes"],
    date: "tax_date",
    when: (r: string) => `${r}status <> 'draft' and ${r}tax_date is not null`,
    watched: "id, workspace_id, state_json, status, tax_date, currency",
  },
  {
    source: "credit_note",
    table: "credit_notes",
    json: "totals_json",
    path: ["taxes"],
    date: "date",
    when: () => "true",
    watched: "id, workspace_id, totals_json, date, currency",
  },
] as const;

const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

/** SQLite: the lines of the document in row `r` (`new.` in a trigger; `d.` for the fill, `from` naming `d`). */
function sqliteLines(s: (typeof SOURCES)[number], r: string, from = ""): string {
  return `select ${r}workspace_id, '${s.source}', ${r}id, t.key, ${r}${s.date}, ${r}currency,
      t.value ->> '$.id', t.value ->> '$.jurisdiction', t.value ->> '$.taxCode', t.value ->> '$.category',
      t.value ->> '$.ratePpm', t.value ->> '$.base.amount', t.value ->> '$.amount.amount'
    from ${from}json_each(${r}${s.json}, '$.${s.path.join(".")}') t where ${s.when(r)}`;
}

/** PostgreSQL: the same, from `json_array_elements` with its ordinality. */
function postgresLines(s: (typeof SOURCES)[number], r: string, from = ""): string {
  return `select ${r}workspace_id, '${s.source}', ${r}id, t.n - 1, ${r}${s.date}, ${r}currency,
      t.v ->> 'id', t.v ->> 'jurisdiction', t.v ->> 'taxCode', t.v ->> 'category',
      (t.v ->> 'ratePpm')::bigint, (t.v -> 'base' ->> 'amount')::bigint, (t.v -> 'amount' ->> 'amount')::bigint
    from ${from}json_array_elements(${r}${s.json}::json ${s.path.map((p) => `-> '${p}'`).join(" ")}) with ordinality t(v, n)
    where ${s.when(r)}`;
}

export async function up(db: Db): Promise<void> {
  const postgres = isPostgres(db);
  // Keyed by workspace and date first: on SQLite (WITHOUT ROWID) a period's lines lie together in the table itself.
  await db.schema
    .createTable("tax_lines")
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("document_id", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("tax_id", "text")
    .addColumn("jurisdiction", "text")
    .addColumn("tax_code", "text")
    .addColumn("category", "text")
    .addColumn("rate_ppm", "bigint")
    .addColumn("base", "bigint")
    .addColumn("amount", "bigint")
    .addPrimaryKeyConstraint("tax_lines_pk", ["workspace_id", "date", "source", "document_id", "position"])
    .$call((t) => (postgres ? t : t.modifyEnd(sql`without rowid`)))
    .execute();
  await db.schema.createIndex("tax_lines_document").on("tax_lines").columns(["source", "document_id"]).execute();

  for (const s of SOURCES) {
    const from = `${s.table} d, `;
    const fill = postgres ? postgresLines(s, "d.", from) : sqliteLines(s, "d.", from);
    await sql.raw(`insert into tax_lines (${COLUMNS}) ${fill}`).execute(db);
    if (postgres) {
      await sql
        .raw(`create function tax_lines_of_${s.table}() returns trigger language plpgsql as $$
          begin
            if TG_OP <> 'INSERT' then
              delete from tax_lines where source = '${s.source}' and document_id = OLD.id;
            end if;
            if TG_OP <> 'DELETE' then
              insert into tax_lines (${COLUMNS}) ${postgresLines(s, "NEW.")};
            end if;
            return null;
          end $$`)
        .execute(db);
      await sql
        .raw(
          `create trigger tax_lines_${s.table} after insert or update of ${s.watched} or delete on ${s.table}
           for each row execute function tax_lines_of_${s.table}()`,
        )
        .execute(db);
      continue;
    }
    const remove = `delete from tax_lines where source = '${s.source}' and document_id = old.id;`;
    const add = `insert into tax_lines (${COLUMNS}) ${sqliteLines(s, "new.")};`;
    await sql.raw(`create trigger tax_lines_${s.table}_insert after insert on ${s.table} begin ${add} end`).execute(db);
    await sql
      .raw(`create trigger tax_lines_${s.table}_update after update of ${s.watched} on ${s.table} begin
          ${remove} ${add}
        end`)
      .execute(db);
    await sql
      .raw(`create trigger tax_lines_${s.table}_delete after delete on ${s.table} begin ${remove} end`)
      .execute(db);
  }
}

export async function down(db: Db): Promise<void> {
  for (const s of SOURCES) {
    if (isPostgres(db)) {
      await sql.raw(`drop trigger tax_lines_${s.table} on ${s.table}`).execute(db);
      await sql.raw(`drop function tax_lines_of_${s.table}()`).execute(db);
      continue;
    }
    for (const event of ["insert", "update", "delete"]) {
      await sql.raw(`drop trigger tax_lines_${s.table}_${event}`).execute(db);
    }
  }
  await db.schema.dropTable("tax_lines").execute();
}
