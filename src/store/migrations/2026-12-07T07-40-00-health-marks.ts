/**
 * PostgreSQL: which clients' health a write touched, without a row every writer shares. `health_marks` is append-only:
 * a statement-level trigger on each table the dashboard's health reads inserts, per workspace and client the statement
 * touched (`*` for the workspace's settings and values, or when one statement touches more than 100 clients), a row with
 * the writer's transaction id. Inserting takes no lock another writer waits on, so it cannot deadlock (the shared
 * counter of `health-generation` did, and is SQLite-only). A reader that computed the list in a snapshot whose oldest
 * running transaction was `xmin` finds every write it could not see among the marks with `xid >= xmin`: a transaction
 * running at the snapshot has an id at or above it, one begun after it a larger one (decision 0014). The scheduler
 * deletes marks older than a day. SQLite keeps `health_changes` instead. Frozen once shipped.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

/** The tables of `health-generation`, each with the workspace and the client a row belongs to (`r`). */
const CLIENT_OF: Record<string, { workspace: string; client: string }> = {
  clients: { workspace: "r.workspace_id", client: "r.id" },
  workspaces: { workspace: "r.id", client: "'*'" },
  workspace_values: { workspace: "r.workspace_id", client: "'*'" },
  time_entries: {
    workspace: "r.workspace_id",
    client: "coalesce(r.client_id, (select m.client_id from mandates m where m.id = r.mandate_id))",
  },
  invoices: { workspace: "r.workspace_id", client: "r.client_id" },
  invoice_lines: { workspace: "r.workspace_id", client: "r.client_id" },
  signals: { workspace: "r.workspace_id", client: "r.client_id" },
  claims: { workspace: "r.workspace_id", client: "r.client_id" },
  rounds: { workspace: "r.workspace_id", client: "r.client_id" },
  offers: { workspace: "r.workspace_id", client: "r.client_id" },
  change_orders: { workspace: "r.workspace_id", client: "r.client_id" },
  value_ratings: { workspace: "r.workspace_id", client: "r.client_id" },
  mandates: { workspace: "r.workspace_id", client: "r.client_id" },
  mandate_costs: { workspace: "r.workspace_id", client: "r.client_id" },
};
const EVENTS = ["insert", "update", "delete"] as const;
/** Past this many clients in one statement (an import, a bulk insert), one `*` mark instead: all are graded again. */
const MANY = 100;

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

function markFunction(table: string, event: (typeof EVENTS)[number]): string {
  const { workspace, client } = CLIENT_OF[table]!;
  const sources = event === "insert" ? ["new_rows"] : event === "delete" ? ["old_rows"] : ["new_rows", "old_rows"];
  const touched = sources.map((t) => `select ${workspace} as w, ${client} as c from ${t} r`).join(" union ");
  return `create function health_mark_${table}_${event}() returns trigger language plpgsql as $$
    begin
      insert into health_marks (workspace_id, client_id, xid)
        select distinct d.w, case when n.k > ${MANY} then '*' else d.c end, pg_current_xact_id()::text::bigint
        from (${touched}) d, (select count(*) as k from (${touched}) e) n
        where d.c is not null;
      return null;
    end $$`;
}

export async function up(db: Db): Promise<void> {
  if (!isPostgres(db)) return;
  await db.schema
    .createTable("health_marks")
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("client_id", "text", (c) => c.notNull())
    .addColumn("xid", "bigint", (c) => c.notNull())
    // The statement's own time (not its transaction's start): how old a mark is, for the scheduler's pruning.
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema.createIndex("health_marks_ws_xid").on("health_marks").columns(["workspace_id", "xid"]).execute();
  await db.schema.createIndex("health_marks_at").on("health_marks").column("at").execute();
  for (const table of Object.keys(CLIENT_OF)) {
    for (const event of EVENTS) {
      await sql.raw(markFunction(table, event)).execute(db);
      const referencing =
        event === "insert"
          ? "new table as new_rows"
          : event === "delete"
            ? "old table as old_rows"
            : "new table as new_rows old table as old_rows";
      await sql
        .raw(
          `create trigger health_mark_${table}_${event} after ${event} on ${table}
             referencing ${referencing} for each statement execute function health_mark_${table}_${event}()`,
        )
        .execute(db);
    }
  }
}

export async function down(db: Db): Promise<void> {
  if (!isPostgres(db)) return;
  for (const table of Object.keys(CLIENT_OF)) {
    for (const event of EVENTS) {
      await sql.raw(`drop trigger health_mark_${table}_${event} on ${table}`).execute(db);
      await sql.raw(`drop function health_mark_${table}_${event}()`).execute(db);
    }
  }
  await db.schema.dropTable("health_marks").execute();
}
