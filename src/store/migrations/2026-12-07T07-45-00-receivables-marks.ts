/**
 * PostgreSQL: which workspaces' receivables a write touched, without a row every writer shares — the receivables'
 * counterpart of `health-marks`. `receivables_marks` is append-only: a statement-level trigger on each table the
 * receivables page reads inserts, per workspace the statement touched, a row with the writer's transaction id. A page
 * computed in a snapshot whose oldest running transaction was `xmin` is still true while no mark has `xid >= xmin`
 * (decision 0014). The scheduler deletes marks older than a day. SQLite keeps `receivables_generation`. Frozen once
 * shipped.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

/** The tables of `receivables-generation`, each with the workspace a row (`r`) belongs to. */
const WORKSPACE_OF: Record<string, string> = {
  workspaces: "r.id",
  clients: "r.workspace_id",
  invoices: "r.workspace_id",
  payments: "r.workspace_id",
  credit_notes: "r.workspace_id",
  client_credits: "r.workspace_id",
  reminder_schedule: "r.workspace_id",
};
const EVENTS = ["insert", "update", "delete"] as const;

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Db): Promise<void> {
  if (!isPostgres(db)) return;
  await db.schema
    .createTable("receivables_marks")
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("xid", "bigint", (c) => c.notNull())
    // The statement's own time (not its transaction's start): how old a mark is, for the scheduler's pruning.
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema
    .createIndex("receivables_marks_ws_xid")
    .on("receivables_marks")
    .columns(["workspace_id", "xid"])
    .execute();
  await db.schema.createIndex("receivables_marks_at").on("receivables_marks").column("at").execute();
  for (const [table, workspace] of Object.entries(WORKSPACE_OF)) {
    for (const event of EVENTS) {
      const sources = event === "insert" ? ["new_rows"] : event === "delete" ? ["old_rows"] : ["new_rows", "old_rows"];
      const touched = sources.map((t) => `select ${workspace} as w from ${t} r`).join(" union ");
      await sql
        .raw(
          `create function receivables_mark_${table}_${event}() returns trigger language plpgsql as $$
             begin
               insert into receivables_marks (workspace_id, xid)
                 select distinct d.w, pg_current_xact_id()::text::bigint from (${touched}) d;
               return null;
             end $$`,
        )
        .execute(db);
      const referencing =
        event === "insert"
          ? "new table as new_rows"
          : event === "delete"
            ? "old table as old_rows"
            : "new table as new_rows old table as old_rows";
      await sql
        .raw(
          `create trigger receivables_mark_${table}_${event} after ${event} on ${table}
             referencing ${referencing} for each statement execute function receivables_mark_${table}_${event}()`,
        )
        .execute(db);
    }
  }
}

export async function down(db: Db): Promise<void> {
  if (!isPostgres(db)) return;
  for (const table of Object.keys(WORKSPACE_OF)) {
    for (const event of EVENTS) {
      await sql.raw(`drop trigger receivables_mark_${table}_${event} on ${table}`).execute(db);
      await sql.raw(`drop function receivables_mark_${table}_${event}()`).execute(db);
    }
  }
  await db.schema.dropTable("receivables_marks").execute();
}
