/**
 * `npm run bench`: generates a large workspace in a fresh database, then prints from that one run
 * - the median and p95 of the client list, search, filters and detail, in-process through the real HTTP app;
 * - the requests/s of an authenticated `GET /api/v1/clients/{id}` next to a bare one-read route on the same loopback
 *   server (and on `startServer` as `npm start` runs it), with their ratio;
 * - the plans of the queries behind them;
 * - the footprint: the web UI's initial JS (raw, gzipped) and first screens, the PDF renders' median and p95, and the
 *   server as `npm start` runs it, in its own process on the bench database: start time to a 200 `/healthz` and its
 *   resident memory idle, after loads of reads and of PDFs, and at its peak.
 * SQLite by default; `BENCH_DATABASE_URL=postgres://…` runs on a new database of that server, dropped at the end.
 * Flags: `--plans` (print full plans), `--keep` (keep the database), `--iterations=N` (in-process, default 300),
 * `--rounds=N` and `--round-seconds=N` (load, default 3 interleaved rounds of 4 s per route), `--starts=N` (server
 * starts timed, default 5), `--process-seconds=N` (each load on the server process, default 10) and `--scale=N` (the
 * studio's size times N: `--scale=10` is 20,000 clients, 10M time entries, 400k invoices). `--growth` prints instead
 * how six heavy reads grow from 0.1× to 1× to 10× the studio (`bench/growth.ts`; `--scales=…` to choose).
 * `--load-only` generates the studio and prints only the loopback load (the authenticated detail against the bare
 * read, goal 2 of issue 14): no UI or server build, no in-process timings, plans or footprint.
 */
import { cpus, loadavg } from "node:os";
import { sql } from "kysely";
import { generate, scaleArg, scaledPlan } from "./generate.ts";
import { renderFootprint } from "./measure/footprint-report.ts";
import { measureHealth } from "./measure/health-timings.ts";
import { measureInProcess } from "./measure/in-process.ts";
import { measureInvoices } from "./measure/invoice-timings.ts";
import { measureLists } from "./measure/list-timings.ts";
import { measureLoad } from "./measure/load-suite.ts";
import { measureOffers } from "./measure/offer-timings.ts";
import { explainQueries } from "./measure/query-plans.ts";
import { renderLoad, renderReport } from "./measure/report.ts";
import { buildServer, measureServerProcess, privateBuildDir } from "./measure/server-process.ts";
import { buildWeb, measureWebSize } from "./measure/web-size.ts";
import { createProgress } from "./support/progress.ts";
import { createRng } from "./support/rng.ts";

if (process.argv.includes("--growth")) {
  const { measureGrowth } = await import("./growth.ts");
  console.log(await measureGrowth());
  process.exit(0);
}

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}`))?.split("=")[1];
const iterations = Number(arg("iterations") ?? 300);
const rounds = Number(arg("rounds") ?? 3);
const secondsPerRound = Number(arg("round-seconds") ?? 4);
const starts = Number(arg("starts") ?? 5);
const processSeconds = Number(arg("process-seconds") ?? 10);

const loadAtStart = loadavg()[0]!;
const progress = createProgress();
const loadAverage = () =>
  `${loadAtStart.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end (1-minute load average)`;

if (process.argv.includes("--load-only")) {
  const dataset = await generate({
    serverUrl: process.env.BENCH_DATABASE_URL || undefined,
    plan: scaledPlan(scaleArg()),
    progress,
  });
  try {
    // The ids the full run loads: drawn after its in-process timings, so a different sample of the same studio.
    const ids = createRng(7).sample(dataset.main.ids.get("clients") ?? [], 50);
    const load = await measureLoad(dataset, ids, { connections: 10, rounds, secondsPerRound }, progress);
    process.stdout.write(
      `## Mandat bench — ${dataset.db.ctx.engine}, load only\n\n- Node ${process.version}; ${cpus().length} CPUs; ` +
        `machine load ${loadAverage()}\n- ${dataset.main.ids.get("clients")?.length.toLocaleString("en")} clients ` +
        `(scale ${scaleArg()})\n\n${renderLoad(load)}\n`,
    );
  } finally {
    await dataset.db.drop({ keep: process.argv.includes("--keep") });
  }
  process.exit(0);
}
// The sources under test, built into a private folder (never the shared dist/ or web/dist that others may rebuild).
const build = privateBuildDir("build");
const web = await progress.phase(
  "build the web UI and measure it",
  async () => {
    buildWeb(`${build.dir}/web`);
    return measureWebSize(`${build.dir}/web`);
  },
  (w) => `initial JS ${(w.initialJs.size.gzip / 1024).toFixed(1)} kB gzip`,
);
const serverEntry = await progress.phase("bundle the server (scripts/build-server.mjs, as npm start)", async () =>
  buildServer(`${build.dir}/dist`),
);
const dataset = await generate({
  serverUrl: process.env.BENCH_DATABASE_URL || undefined,
  plan: scaledPlan(scaleArg()),
  progress,
});
const { ctx } = dataset.db;
// Interrupted (Ctrl-C): still drop the PostgreSQL database or delete the SQLite file, then leave quietly.
let interrupted = false;
process.once("SIGINT", () => {
  interrupted = true;
  progress.note("interrupted: dropping the bench database");
  void dataset.db.drop().finally(() => process.exit(130));
});
try {
  const rng = createRng(7);
  const timings = await progress.phase(
    `in-process latencies (${iterations} iterations each)`,
    () => measureInProcess(dataset, rng, { iterations, warmup: 30 }),
    (t) => `${t.length} operations`,
  );
  timings.push(
    ...(await progress.phase(
      "offer, portal and scope-guard latencies",
      () => measureOffers(dataset, rng, { iterations, warmup: 10 }),
      (t) => `${t.length} operations`,
    )),
  );
  timings.push(
    ...(await progress.phase(
      "invoicing latencies",
      () => measureInvoices(dataset, rng, { iterations, warmup: 10 }),
      (t) => `${t.length} operations`,
    )),
  );
  timings.push(
    ...(await progress.phase(
      "time entries, goodwill and search everywhere",
      () => measureLists(dataset, rng, { iterations, warmup: 5 }),
      (t) => `${t.length} operations`,
    )),
  );
  timings.push(
    ...(await progress.phase(
      "health of every client, and its raw SQL baseline",
      () => measureHealth(dataset, { iterations: Math.min(iterations, 30), warmup: 2 }),
      (t) => `${t.length} operations`,
    )),
  );
  const plans = await progress.phase(
    "query plans",
    () => explainQueries(dataset),
    (p) => `${p.length} queries`,
  );

  let engineVersion: string;
  if (ctx.engine === "sqlite") {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(ctx.db);
    engineVersion = (await sql<{ v: string }>`select sqlite_version() as v`.execute(ctx.db)).rows[0]!.v;
  } else {
    engineVersion = (await sql<{ server_version: string }>`show server_version`.execute(ctx.db)).rows[0]!
      .server_version;
  }
  const sizeBytes = await dataset.db.sizeBytes();

  // A fixed set of ids, rotated by every connection: the same for both routes.
  const ids = rng.sample(dataset.main.ids.get("clients") ?? [], 50);
  const load = await measureLoad(dataset, ids, { connections: 10, rounds, secondsPerRound }, progress);

  // The server process: invoices issued and offers signed by the timings above (their PDFs are served), the same ids.
  const mainId = dataset.main.id;
  const issued = await ctx.db
    .selectFrom("audit_events")
    .select("entity_id")
    .where("workspace_id", "=", mainId)
    .where("action", "=", "invoice.issued")
    .limit(50)
    .execute();
  const signed = await ctx.db
    .selectFrom("offers")
    .select("id")
    .where("workspace_id", "=", mainId)
    .where("status", "=", "signed")
    .limit(10)
    .execute();
  const server = await progress.phase(
    `server process: ${starts} starts, ${processSeconds} s of reads, ${processSeconds} s of PDFs`,
    () =>
      measureServerProcess(serverEntry, {
        config: dataset.db.config,
        cookie: dataset.cookie,
        readPaths: [...ids.map((id) => `/api/v1/clients/${id}`), "/api/v1/clients?page=1"],
        pdfPaths: [
          ...issued.map((r) => `/api/v1/invoices/${r.entity_id}/pdf`),
          ...signed.map((r) => `/api/v1/offers/${r.id}/pdf`),
        ],
        starts,
        loadSeconds: processSeconds,
        connections: 10,
      }),
    (f) => `start median ${Math.round(f.startMedianMs)} ms, RSS peak ${f.rssPeakMb.toFixed(0)} MB`,
  );

  const counts = dataset.counts;
  process.stdout.write(
    renderReport({
      engine: ctx.engine,
      engineVersion,
      node: process.version,
      cpus: cpus().length,
      loadAverage: loadAverage(),
      datasetLine:
        `main workspace: ${Object.entries(counts)
          .map(([k, n]) => `${n.toLocaleString("en")} ${k}`)
          .join(", ")} over 10 years (signals per client: median ${dataset.signalsPerClient.median}, ` +
        `p99 ${dataset.signalsPerClient.p99}, max ${dataset.signalsPerClient.max}); ` +
        `plus ${dataset.others.length} small workspaces`,
      tableRows: dataset.tableRows,
      sizeBytes,
      where: dataset.db.where,
      timings,
      load,
      plans,
      fullPlans: process.argv.includes("--plans"),
    }),
  );
  process.stdout.write(`\n${renderFootprint({ web, timings, server })}`);
  // The scope guard's suggestion quality on the labelled claims kept in the repository (measured, not timed).
  process.stdout.write("\n## Scope guard suggestions (labelled claims)\n\n");
  await import("./triage-accuracy.ts");
} catch (err) {
  if (!interrupted) throw err;
} finally {
  await dataset.db.drop({ keep: process.argv.includes("--keep") && !interrupted });
  build.remove();
}
