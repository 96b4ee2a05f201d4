/**
 * Which clients' health a write touched: `health_changes`, one row per workspace and client (`*` for what every client
 * of the workspace reads: its settings, currency, target rate and values) holding the health generation of the last
 * write that touched it. The triggers of `2026-12-07T03-00-00-health-generation` are replaced by ones that raise the
 * generation as before and then mark the client (or clients, when an update moves a row) in the same transaction, by
 * whichever process writes. The dashboard's list, once computed, is then brought up to date by recomputing only the
 * clients marked after the generation it was computed under (decision 0014). SQLite only, like the generation.
 * Bounded by the number of clients. Frozen once shipped.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

/**
 * The tables of `health-generation`, each with the client a row belongs to: `*` for the workspace-wide ones; a time
 * entry logged on a mandate without a client belongs to the mandate's client.
 */
const CLIENT_OF: Record<string, (row: "new" | "old") => { workspace: string; client: string }> = {
  clients: (r) => ({ workspace: `${r}.workspace_id`, client: `${r}.id` }),
  workspaces: (r) => ({ workspace: `${r}.id`, client: "'*'" }),
  workspace_values: (r) => ({ workspace: `${r}.workspace_id`, client: "'*'" }),
  time_entries: (r) => ({
    workspace: `${r}.workspace_id`,
    client: `coalesce(${r}.client_id, (select m.client_id from mandates m where m.id = ${r}.mandate_id))`,
  }),
  invoices: (r) => ({ workspace: `${r}.workspace_id`, client: `${r}.client_id` }),
  invoice_lines: (r) => ({ workspace: `${r}.workspace_id`, client: `${r}.client_id` }),
  signals: (r) => ({ workspace: `${r}.workspace_id`, client: `${r}.client_id` }),
  claims: (r) => ({ workspace: `${r}.workspace_id`, client: `${r}.client_id` }),
  rounds: (r) => ({ workspace: `${r}.workspace_id`, client: `${r}.client_id` }),
  offers: (r) => ({ workspace: `${r}.workspace_id`, client: `${r}.client_id` }),
  change_orders: (r) => ({ workspace: `${r}.workspace_id`, client: `${r}.client_id` }),
  value_ratings: (r) => ({ workspace: `${r}.workspace_id`, client: `${r}.client_id` }),
  mandates: (r) => ({ workspace: `${r}.workspace_id`, client: `${r}.client_id` }),
  mandate_costs: (r) => ({ workspace: `${r}.workspace_id`, client: `${r}.client_id` }),
};
const EVENTS = ["insert", "update", "delete"] as const;

const RAISE = `insert into instance (key, value) values ('health_generation', '1')
  on conflict (key) do update set value = cast(cast(instance.value as integer) + 1 as text);`;

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

function markTouched(table: string, event: (typeof EVENTS)[number]): string {
  const rows =
    event === "insert" ? (["new"] as const) : event === "delete" ? (["old"] as const) : (["new", "old"] as const);
  const touched = rows
    .map((r) => {
      const { workspace, client } = CLIENT_OF[table]!(r);
      return `select ${workspace} as w, ${client} as c`;
    })
    .join(" union ");
  return `insert into health_changes (workspace_id, client_id, generation)
    select t.w, t.c, (select cast(value as integer) from instance where key = 'health_generation')
    from (${touched}) as t where t.c is not null
    on conflict (workspace_id, client_id) do update set generation = excluded.generation;`;
}

export async function up(db: Db): Promise<void> {
  if (isPostgres(db)) return;
  await db.schema
    .createTable("health_changes")
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("client_id", "text", (c) => c.notNull())
    .addColumn("generation", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("health_changes_pk", ["workspace_id", "client_id"])
    .execute();
  await sql
    .raw("create index health_changes_generation on health_changes (workspace_id, generation, client_id)")
    .execute(db);
  for (const table of Object.keys(CLIENT_OF)) {
    for (const event of EVENTS) {
      await sql.raw(`drop trigger health_gen_${table}_${event}`).execute(db);
      await sql
        .raw(
          `create trigger health_gen_${table}_${event} after ${event} on ${table} begin
             ${RAISE}
             ${markTouched(table, event)}
           end`,
        )
        .execute(db);
    }
  }
}

export async function down(db: Db): Promise<void> {
  if (isPostgres(db)) return;
  for (const table of Object.keys(CLIENT_OF)) {
    for (const event of EVENTS) {
      await sql.raw(`drop trigger health_gen_${table}_${event}`).execute(db);
      await sql
        .raw(`create trigger health_gen_${table}_${event} after ${event} on ${table} begin ${RAISE} end`)
        .execute(db);
    }
  }
  await db.schema.dropTable("health_changes").execute();
}
