/**
 * `npm run bench`: generates a large workspace in a fresh database, then prints from that one run
 * - the median and p95 of the client list, search, filters and detail, in-process through the real HTTP app;
 * - the requests/s of an authenticated `GET /api/v1/clients/{id}` next to a bare one-read route on the same loopback
 *   server (and on `startServer` as `npm start` runs it), with their ratio;
 * - the plans of the queries behind them.
 * SQLite by default; `BENCH_DATABASE_URL=postgres://…` runs on a new database of that server, dropped at the end.
 * Flags: `--plans` (print full plans), `--keep` (keep the database), `--iterations=N`, `--load-seconds=N`.
 */
import { cpus } from "node:os";
import { sql } from "kysely";
import { generate } from "./generate.ts";
import { startBenchServer, startRealServer } from "./measure/bench-server.ts";
import { runLoad } from "./measure/http-load.ts";
import { measureInProcess } from "./measure/in-process.ts";
import type { LoadSpec } from "./measure/load-worker.ts";
import { explainQueries } from "./measure/query-plans.ts";
import { type LoadRow, renderReport } from "./measure/report.ts";
import { createProgress } from "./support/progress.ts";
import { createRng } from "./support/rng.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}`))?.split("=")[1];
const iterations = Number(arg("iterations") ?? 300);
const loadSeconds = Number(arg("load-seconds") ?? 10);
const CONNECTIONS = 10;

const progress = createProgress();
const dataset = await generate({ serverUrl: process.env.BENCH_DATABASE_URL || undefined, progress });
const { ctx } = dataset.db;
try {
  const rng = createRng(7);
  const timings = await progress.phase(
    `in-process latencies (${iterations} iterations each)`,
    () => measureInProcess(dataset, rng, { iterations, warmup: 30 }),
    (t) => `${t.length} operations`,
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
  const spec = (url: string, paths: string[], headers: Record<string, string>): LoadSpec => ({
    url,
    paths,
    headers,
    connections: CONNECTIONS,
    durationSeconds: loadSeconds,
    warmupSeconds: 2,
  });
  const detailPaths = ids.map((id) => `/api/v1/clients/${id}`);
  const load: LoadRow[] = [];
  const bench = await startBenchServer(dataset.db.config);
  try {
    const auth = await progress.phase("load: authenticated detail (bench server)", () =>
      runLoad(spec(bench.url, detailPaths, { cookie: dataset.cookie })),
    );
    load.push({ label: "authenticated `GET /api/v1/clients/{id}` (cookie session)", result: auth });
    const bare = await progress.phase("load: bare one-read route (bench server)", () =>
      runLoad(
        spec(
          bench.url,
          ids.map((id) => `/bench/bare?id=${id}`),
          {},
        ),
      ),
    );
    load.push({ label: "bare `GET /bench/bare?id=…` (one `select … where id = ?`)", result: bare });
  } finally {
    await bench.close();
  }
  const real = await startRealServer(dataset.db.config);
  try {
    const auth = await progress.phase("load: authenticated detail (startServer)", () =>
      runLoad(spec(real.url, detailPaths, { cookie: dataset.cookie })),
    );
    load.push({ label: "authenticated `GET /api/v1/clients/{id}` on `startServer`", result: auth });
  } finally {
    await real.close();
  }
  for (const row of load) {
    if (row.result.non2xx > 0 || row.result.errors > 0)
      throw new Error(`${row.label}: failed requests ${JSON.stringify(row.result)}`);
  }

  const counts = dataset.counts;
  process.stdout.write(
    renderReport({
      engine: ctx.engine,
      engineVersion,
      node: process.version,
      cpus: cpus().length,
      datasetLine:
        `main workspace: ${Object.entries(counts)
          .map(([k, n]) => `${n.toLocaleString("en")} ${k}`)
          .join(", ")} ` + `over 10 years; plus ${dataset.others.length} small workspaces`,
      tableRows: dataset.tableRows,
      sizeBytes,
      where: dataset.db.where,
      timings,
      load: {
        connections: CONNECTIONS,
        seconds: loadSeconds,
        rows: load,
        ratio: load[0]!.result.requestsPerSecond / load[1]!.result.requestsPerSecond,
      },
      plans,
      fullPlans: process.argv.includes("--plans"),
    }),
  );
} finally {
  await dataset.db.drop({ keep: process.argv.includes("--keep") });
}
