/**
 * Copies one Mandat database into another, across engines (the embedded SQLite file into PostgreSQL when a studio
 * moves up, or back): every table row for row — the instance secret, so sessions, links and second factors keep
 * working; the counters, so invoice numbers continue; the audit chain, byte for byte, so it still verifies. The target
 * is brought to the same schema first and must be empty; the copy runs in one transaction on the target (all of it or
 * nothing), table by table in foreign-key order, and is checked by counting each table's rows on both sides.
 */
import { type Kysely, sql } from "kysely";
import { migrateToLatest } from "./migrations.ts";
import type { Store } from "./open-database.ts";
import type { Database } from "./schema.ts";

// biome-ignore lint/suspicious/noExplicitAny: the copy walks every table by name, whatever today's schema types say
type AnyDb = Kysely<any>;

export interface TableCopy {
  name: string;
  rows: number;
}

export class CopyRefused extends Error {}

const PAGE = 200;

interface TableShape {
  name: string;
  primaryKey: string[];
  references: string[];
}

/** Tables, their primary keys and what they reference, read from whichever side is SQLite (same migrations). */
async function tableShapes(sqlite: Kysely<Database>): Promise<TableShape[]> {
  // Ordinary tables only: an FTS5 search index (a virtual table and its shadow tables) exists on SQLite alone and is
  // filled by its triggers as the rows it indexes are copied in.
  const tables = await sql<{ name: string }>`
    select m.name from sqlite_master m
    join pragma_table_list t on t.name = m.name and t.schema = 'main'
    where m.type = 'table' and t.type = 'table' and m.name not like 'sqlite_%' and m.name not like 'kysely_%'
    order by m.rowid`.execute(sqlite);
  const shapes: TableShape[] = [];
  for (const { name } of tables.rows) {
    const columns = await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${name})`.execute(
      sqlite,
    );
    const fks = await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${name})`.execute(sqlite);
    shapes.push({
      name,
      primaryKey: columns.rows
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      references: [...new Set(fks.rows.map((f) => f.table).filter((t) => t !== name))],
    });
  }
  // Referenced tables first (a stable topological order: creation order where the references allow it).
  const ordered: TableShape[] = [];
  const placed = new Set<string>();
  while (ordered.length < shapes.length) {
    const next = shapes.find((s) => !placed.has(s.name) && s.references.every((r) => placed.has(r)));
    if (!next) throw new Error("the tables' foreign keys form a cycle; cannot order the copy");
    ordered.push(next);
    placed.add(next.name);
  }
  return ordered;
}

/**
 * Tables kept by triggers from others (decision 0012's health rollup, 0013's tax lines, 0014's health changes and
 * marks, which SQLite alone and PostgreSQL alone have): rebuilt in the target as the copy inserts what they derive from, never copied themselves (a
 * copied row would then be there twice).
 */
const DERIVED_TABLES = new Set([
  "client_health_rollup",
  "workspace_revenue_months",
  "tax_lines",
  "health_changes",
  "health_marks",
  "receivables_marks",
]);

async function postgresTables(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  return new Set(rows.rows.map((r) => r.name));
}

async function countRows(db: AnyDb, table: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Row counts of every table of `db`, by name (for the copy's check and for people verifying it). */
export async function tableCounts(db: Kysely<Database>, tables: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const t of tables) counts.set(t, await countRows(db as AnyDb, t));
  return counts;
}

/**
 * Copies `source` into the empty `target`. `onProgress(done, total)` counts rows. Throws `CopyRefused` when the
 * target already holds data, or when the two are the same engine (use the engine's own tools then).
 */
export async function copyDatabase(
  source: Store,
  target: Store,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<TableCopy[]> {
  if (source.engine === target.engine) {
    throw new CopyRefused("copy between two engines only (SQLite to PostgreSQL or back); use backup or pg_dump");
  }
  await migrateToLatest(source.db);
  await migrateToLatest(target.db);
  const sqliteSide = source.engine === "sqlite" ? source.db : target.db;
  const postgresSide = source.engine === "sqlite" ? target.db : source.db;
  // Tables on both engines; SQLite's own search tables (an FTS docid map) exist there alone, filled by triggers.
  const both = await postgresTables(postgresSide);
  const names = (await tableShapes(sqliteSide)).filter((s) => both.has(s.name)).map((s) => s.name);
  // Derived tables are not copied: the target's triggers rebuild them as the rows they derive from arrive, and the
  // count check below then proves they came out the same.
  const shapes = (await tableShapes(sqliteSide)).filter((s) => both.has(s.name) && !DERIVED_TABLES.has(s.name));
  for (const [name, n] of await tableCounts(target.db, names)) {
    if (n > 0)
      throw new CopyRefused(
        `the target database is not empty (${name}: ${n} row${n === 1 ? "" : "s"}); copy into an empty one`,
      );
  }
  const expected = await tableCounts(source.db, names);
  const total = shapes.reduce((n, shape) => n + (expected.get(shape.name) ?? 0), 0);
  const src = source.db as AnyDb;
  let done = 0;
  onProgress(done, total);
  await (target.db as AnyDb).transaction().execute(async (trx) => {
    for (const shape of shapes) {
      for (let offset = 0; ; offset += PAGE) {
        let q = src.selectFrom(shape.name).selectAll();
        for (const column of shape.primaryKey) q = q.orderBy(column);
        const rows = await q.limit(PAGE).offset(offset).execute();
        if (rows.length === 0) break;
        await trx.insertInto(shape.name).values(rows).execute();
        done += rows.length;
        onProgress(done, total);
        if (rows.length < PAGE) break;
      }
    }
  });
  const copied = await tableCounts(target.db, names);
  const result: TableCopy[] = [];
  for (const name of names) {
    const want = expected.get(name) ?? 0;
    const got = copied.get(name) ?? 0;
    if (want !== got)
      throw new Error(`copy check failed: ${name} has ${got} rows in the target, ${want} in the source`);
    if (!DERIVED_TABLES.has(name)) result.push({ name, rows: got });
  }
  return result;
}
