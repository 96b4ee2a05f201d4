/**
 * Builds a large workspace in a fresh database: the studio under test (by default 50 members, 2,000 clients, 20,000
 * signals, 1,000,000 time entries and 40,000 invoices over ten years) plus two small workspaces so that workspace scoping is exercised. Owners come from the real
 * `createWorkspaceWithOwner` use-case, so each has a live session and an audit chain. Progress goes to stderr.
 *
 * Standalone: `node --import tsx bench/generate.ts` builds one and keeps it (prints where); `BENCH_DATABASE_URL`
 * selects PostgreSQL.
 */
import { pathToFileURL } from "node:url";
import { sql } from "kysely";
import { createApiToken } from "../src/app/workspace/manage-api-tokens.ts";
import { createWorkspaceWithOwner } from "../src/app/workspace/sign-up.ts";
import {
  type BenchWorkspace,
  ENTITY_GENERATORS,
  type GenerateContext,
  type WorkspacePlan,
} from "./entities/registry.ts";
import { type BenchDatabase, createBenchDatabase } from "./support/bench-database.ts";
import { createProgress, type Progress } from "./support/progress.ts";
import { createRng } from "./support/rng.ts";

/** The studio under test (a later issue adds `offers`). */
export const MAIN_PLAN: WorkspacePlan = {
  members: 50,
  clients: 2_000,
  signals: 20_000,
  timeEntries: 1_000_000,
  invoices: 40_000,
};
/**
 * The main plan times `scale` (`--scale=10`: 20,000 clients, 10,000,000 time entries, 400,000 invoices; `--scale=0.1`
 * for the growth's small end), members and the neighbours unchanged.
 */
export function scaledPlan(scale: number): WorkspacePlan {
  if (!(scale > 0)) throw new Error(`--scale must be a positive number, not ${scale}`);
  return Object.fromEntries(
    Object.entries(MAIN_PLAN).map(([kind, n]) => [kind, kind === "members" ? n : Math.max(1, Math.round(n * scale))]),
  ) as WorkspacePlan;
}

/** The `--scale=N` of a command line (1 when absent). */
export function scaleArg(argv: readonly string[] = process.argv): number {
  return Number(argv.find((a) => a.startsWith("--scale="))?.split("=")[1] ?? 1);
}

/** Neighbours sharing the database: same kinds of names, so a scoping bug would show in search results. */
export const SMALL_PLAN: WorkspacePlan = {
  members: 3,
  clients: 150,
  signals: 1_000,
  timeEntries: 5_000,
  invoices: 300,
};

export interface GenerateOptions {
  serverUrl?: string | undefined;
  seed?: number;
  years?: number;
  plan?: WorkspacePlan;
  progress?: Progress;
}

export interface Dataset {
  db: BenchDatabase;
  main: BenchWorkspace;
  others: BenchWorkspace[];
  /** The main owner's session cookie (`mandat_session=…`). */
  cookie: string;
  /** An API token of the main owner, for `Authorization: Bearer`. */
  bearer: string;
  /** Rows per entity kind in the main workspace. */
  counts: Record<string, number>;
  /** Rows of every table, all workspaces. */
  tableRows: Record<string, number>;
  /** How signals spread over the main workspace's clients (the detail page's cost follows it). */
  signalsPerClient: { median: number; p99: number; max: number; busiestClientId: string };
}

async function signUpOwner(db: BenchDatabase, label: string, n: number) {
  const { session, me } = await createWorkspaceWithOwner(db.ctx, {
    email: `owner-${n}@bench.test`,
    password: "bench password, long enough",
    name: n === 0 ? "Geneviève Côté" : `Owner ${label}`,
    workspace: { name: label, jurisdiction: "CA-QC", currency: "CAD", locale: "fr-CA" },
    ip: "127.0.0.1",
    userAgent: "mandat-bench",
  });
  const ws: BenchWorkspace = { id: me.workspace.id, name: label, ownerMemberId: me.member.id, ids: new Map() };
  const actor = { userId: me.user.id, memberId: me.member.id, workspaceId: me.workspace.id, role: "owner" as const };
  const { token } = await createApiToken(db.ctx, actor, { name: "bench" });
  return { ws, cookie: `mandat_session=${session.token}`, bearer: token };
}

async function fill(g: GenerateContext, ws: BenchWorkspace, plan: WorkspacePlan, progress: Progress) {
  const counts: Record<string, number> = {};
  for (const gen of ENTITY_GENERATORS) {
    const count = plan[gen.kind] ?? 0;
    if (count === 0) continue;
    await progress.phase(
      `${ws.name}: ${gen.kind}`,
      () => gen.generate(g, ws, count),
      (written) => `${count.toLocaleString("en")} ${gen.kind} (${written.toLocaleString("en")} rows)`,
    );
    counts[gen.kind] = count;
  }
  return counts;
}

async function signalSpread(db: BenchDatabase, workspaceId: string): Promise<Dataset["signalsPerClient"]> {
  const rows = await db.ctx.db
    .selectFrom("signals")
    .select(["client_id", (eb) => eb.fn.countAll<number>().as("n")])
    .where("workspace_id", "=", workspaceId)
    .groupBy("client_id")
    .orderBy("n", "desc")
    .execute();
  const counts = rows.map((r) => Number(r.n));
  const at = (q: number) => counts[Math.floor((1 - q) * (counts.length - 1))] ?? 0;
  return { median: at(0.5), p99: at(0.99), max: counts[0] ?? 0, busiestClientId: rows[0]?.client_id ?? "" };
}

async function countRows(db: BenchDatabase): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of [
    "workspaces",
    "members",
    "clients",
    "client_contacts",
    "client_tags",
    "signals",
    "audit_events",
    "time_entries",
    "invoices",
    "payments",
    "credit_notes",
  ]) {
    const row = await db.ctx.db
      .selectFrom(table as "clients")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

export async function generate(options: GenerateOptions = {}): Promise<Dataset> {
  const progress = options.progress ?? createProgress();
  const db = await progress.phase(
    "open a fresh database",
    () => createBenchDatabase(options.serverUrl),
    (d) => `${d.ctx.engine}, ${d.where}`,
  );
  try {
    const g: GenerateContext = {
      ctx: db.ctx,
      rng: createRng(options.seed ?? 20261126),
      now: new Date(),
      years: options.years ?? 10,
    };
    const owners = await progress.phase(
      "sign up 3 owners (argon2, audit, session, API token)",
      async () => [
        await signUpOwner(db, "Collectif Boréal", 0),
        await signUpOwner(db, "Studio voisin A", 1),
        await signUpOwner(db, "Studio voisin B", 2),
      ],
      (list) => `${list.length} workspaces`,
    );
    const [main, ...others] = owners.map((o) => o.ws) as [BenchWorkspace, ...BenchWorkspace[]];
    const counts = await fill(g, main, options.plan ?? MAIN_PLAN, progress);
    for (const ws of others) await fill(g, ws, SMALL_PLAN, progress);
    if (db.ctx.engine === "postgres") {
      // What autovacuum does after a bulk load (inserts count since PostgreSQL 13): statistics for the planner, and the
      // visibility map that lets covering indexes answer without visiting the table.
      await progress.phase("vacuum analyze (PostgreSQL)", () => sql`vacuum analyze`.execute(db.ctx.db));
    }
    const tableRows = await countRows(db);
    const signalsPerClient = await signalSpread(db, main.id);
    return {
      db,
      main,
      others,
      cookie: owners[0]!.cookie,
      bearer: owners[0]!.bearer,
      counts,
      tableRows,
      signalsPerClient,
    };
  } catch (err) {
    await db.drop();
    throw err;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dataset = await generate({
    serverUrl: process.env.BENCH_DATABASE_URL || undefined,
    plan: scaledPlan(scaleArg()),
  });
  console.log(
    JSON.stringify({ where: dataset.db.where, counts: dataset.counts, tableRows: dataset.tableRows }, null, 2),
  );
  await dataset.db.drop({ keep: true });
}
