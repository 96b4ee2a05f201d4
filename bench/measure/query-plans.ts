/**
 * Query plans of what the measured routes actually run: the store functions are called on a Kysely instance that
 * logs its compiled queries, and each query is explained with its own parameters (EXPLAIN QUERY PLAN on SQLite,
 * EXPLAIN ANALYZE on PostgreSQL). The summary names each table access and the index it uses, or the full scan.
 */

import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { studioToday } from "../../src/app/shared/studio-day.ts";
import { hashToken } from "../../src/app/workspace/tokens.ts";
import { findClient, listClients, listClientsInRelationship } from "../../src/store/client-store.ts";
import { loadHealthRecords, workspaceRevenue, workspaceRevenueTotal } from "../../src/store/health-store.ts";
import { openSqlite } from "../../src/store/open-database.ts";
import type { Database } from "../../src/store/schema.ts";
import { findSessionPrincipal } from "../../src/store/session-store.ts";
import { listSignals } from "../../src/store/signal-store.ts";
import type { Dataset } from "../generate.ts";

export interface ExplainedQuery {
  scenario: string;
  sql: string;
  plan: string[];
  /** Table accesses, e.g. `clients via clients_ws_name`, `signals FULL SCAN`, `temp b-tree for ORDER BY`. */
  accesses: string[];
}

interface Captured {
  scenario: string;
  sql: string;
  parameters: readonly unknown[];
}

function openLogged(dataset: Dataset, onQuery: (q: CompiledQuery) => void): Kysely<Database> {
  const log = (event: { level: string; query: CompiledQuery }) => {
    if (event.level === "query") onQuery(event.query);
  };
  const { config } = dataset.db;
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 2 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
  }
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(config.sqlitePath) }), log });
}

function sqliteAccesses(plan: string[]): string[] {
  return plan.flatMap((line) => {
    const m =
      /^(SCAN|SEARCH) (\w+)(?: AS \w+)?(?: EXISTS)?(?: USING (?:COVERING )?INDEX (\w+)| USING (INTEGER PRIMARY KEY|PRIMARY KEY))?/.exec(
        line.trim(),
      );
    if (m) return [`${m[2]} ${m[3] ? `via ${m[3]}` : m[4] ? "via primary key" : "FULL SCAN"}`];
    if (/TEMP B-TREE/.test(line)) return [line.trim().toLowerCase()];
    return [];
  });
}

function postgresAccesses(plan: string[]): string[] {
  return plan.flatMap((line) => {
    const node = /^\s*(?:->\s+)?([A-Z][A-Za-z ]+?)(?: using (\w+))?(?: on (\w+))?(?:\s+\w+)?\s+\(cost=/.exec(line);
    if (!node) return [];
    const [, kind = "", index, on] = node;
    if (kind === "Seq Scan") return [`${on} FULL SCAN`];
    if (kind === "Bitmap Index Scan") return [`via ${on} (bitmap)`];
    if (kind === "Bitmap Heap Scan") return [`${on}`];
    if (kind.includes("Index")) return [`${on} via ${index} (${kind})`];
    if (kind.endsWith("Sort")) return [kind.toLowerCase()];
    return [];
  });
}

/** Explains the queries of the list, search, filters, detail and session lookup on the dataset's engine. */
export async function explainQueries(dataset: Dataset): Promise<ExplainedQuery[]> {
  const captured: Captured[] = [];
  let scenario = "";
  const db = openLogged(dataset, (q) => {
    if (scenario) captured.push({ scenario, sql: q.sql, parameters: q.parameters });
  });
  const ws = dataset.main.id;
  const list = { workspaceId: ws, limit: 25, offset: 0 };
  // The client with the most signals: the detail page's worst case.
  const busiest = { client_id: dataset.signalsPerClient.busiestClientId, n: dataset.signalsPerClient.max };
  const inRelationship = (await listClientsInRelationship(db, ws)).map((c) => c.id);
  const asOf = studioToday(dataset.db.ctx, { jurisdiction: "CA-QC" }); // the app's today: the studio's day
  const scenarios: [string, () => Promise<unknown>][] = [
    [
      "session lookup (every request)",
      () => {
        const token = dataset.cookie.split("=")[1] ?? "";
        return findSessionPrincipal(db, hashToken(dataset.db.ctx.secret, token), new Date().toISOString());
      },
    ],
    ["list page 20", () => listClients(db, { ...list, offset: 19 * 25 })],
    ["search q=tremb", () => listClients(db, { ...list, q: "tremb" })],
    ["filter tag=partenaire", () => listClients(db, { ...list, tag: "partenaire" })],
    ["filter status=paused", () => listClients(db, { ...list, status: "paused" })],
    [
      `detail (busiest client, ${busiest.n} signals)`,
      async () => {
        await findClient(db, ws, busiest.client_id);
        await listSignals(db, ws, busiest.client_id);
      },
    ],
    [
      `health of every client (dashboard, ${inRelationship.length} clients, rollup)`,
      async () => {
        // As the dashboard reads a full regrade: the clients named by a sub-select on `clients`, not bound ids.
        await loadHealthRecords(db, ws, inRelationship, { summedAsOf: asOf, inRelationship: true });
        await workspaceRevenueTotal(db, ws);
      },
    ],
    [
      `a client's health page (busiest client)`,
      async () => {
        await loadHealthRecords(db, ws, [busiest.client_id]);
        await workspaceRevenue(db, ws);
      },
    ],
  ];
  for (const [label, run] of scenarios) {
    scenario = label;
    await run();
  }
  scenario = ""; // stop capturing: the EXPLAIN statements below are not part of the scenarios
  const out: ExplainedQuery[] = [];
  const pgEngine = dataset.db.ctx.engine === "postgres";
  for (const q of captured) {
    const prefix = pgEngine ? "explain (analyze, buffers) " : "explain query plan ";
    const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(prefix + q.sql, [...q.parameters]));
    const plan = result.rows.map((r) => String(pgEngine ? r["QUERY PLAN"] : r.detail));
    out.push({
      scenario: q.scenario,
      sql: q.sql,
      plan,
      accesses: pgEngine ? postgresAccesses(plan) : sqliteAccesses(plan),
    });
  }
  await db.destroy();
  return out;
}
