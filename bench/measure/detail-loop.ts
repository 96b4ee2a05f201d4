/**
 * A short loop for working on the authenticated read, without the whole bench: a small studio (`--scale`, default
 * 0.1), then `--rounds` interleaved rounds (default 3) of `--round-seconds` (default 3) of the cookie-authenticated
 * `GET /api/v1/clients/{id}` against the bare one-read route on the same bench server, with their ratio, and the SQL
 * statements one authenticated request runs (counted on the driver: better-sqlite3's statement runs, pg's queries).
 * `npx tsx bench/measure/detail-loop.ts [--scale=0.1] [--rounds=3] [--round-seconds=3]`; BENCH_DATABASE_URL for
 * PostgreSQL. Not part of `npm run bench` (whose load suite gives the figures to report).
 */
import { loadavg } from "node:os";
import SQLite from "better-sqlite3";
import pg from "pg";
import { createHttpApp } from "../../src/http/app.ts";
import { findClient, findClientDetail } from "../../src/store/client-store.ts";
import { listSignals } from "../../src/store/signal-store.ts";
import { generate, scaledPlan } from "../generate.ts";
import { createProgress } from "../support/progress.ts";
import { createRng } from "../support/rng.ts";
import { startBenchServer } from "./bench-server.ts";
import { runLoad } from "./http-load.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const rounds = Number(arg("rounds") ?? 3);
const seconds = Number(arg("round-seconds") ?? 3);

/** Counts statements run on either engine's driver from now on, and times SQLite's by their SQL. */
function countStatements(): { count: () => number; bySql: Map<string, { n: number; us: number }> } {
  let n = 0;
  const bySql = new Map<string, { n: number; us: number }>();
  const probe = new SQLite(":memory:");
  const proto = Object.getPrototypeOf(probe.prepare("select 1")) as Record<string, (...a: unknown[]) => unknown>;
  probe.close();
  for (const method of ["all", "get", "run", "iterate"]) {
    const original = proto[method]!;
    proto[method] = function (this: { source: string }, ...a: unknown[]) {
      n++;
      const started = performance.now();
      try {
        return original.apply(this, a);
      } finally {
        const s = bySql.get(this.source) ?? { n: 0, us: 0 };
        s.n++;
        s.us += (performance.now() - started) * 1000;
        bySql.set(this.source, s);
      }
    };
  }
  const query = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: unknown, ...a: unknown[]) {
    n++;
    return query.apply(this, a);
  } as typeof pg.Client.prototype.query;
  return { count: () => n, bySql };
}

const progress = createProgress();
const dataset = await generate({
  serverUrl: process.env.BENCH_DATABASE_URL || undefined,
  plan: scaledPlan(Number(arg("scale") ?? 0.1)),
  progress,
});
const counter = countStatements();
/** CPU time of this process (the server's; the load runs in another process) per request of `run`. */
async function cpuPerRequest(n: number, run: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(n, 200); i++) await run(i);
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await run(i);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}
try {
  const ids = createRng(7).sample(dataset.main.ids.get("clients") ?? [], 50);
  const server = await startBenchServer(dataset.db.config);
  try {
    const get = (path: string, headers: Record<string, string>) =>
      fetch(`${server.url}${path}`, { headers }).then(async (r) => {
        if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
        return r.text();
      });
    const cookie = { cookie: dataset.cookie };
    // The one-statement detail answers what the client's row, its lists and its signals read apart answer.
    const { ctx } = dataset.db;
    let same = 0;
    for (const id of ids) {
      const apart = await findClient(ctx.db, dataset.main.id, id);
      const signals = await listSignals(ctx.db, dataset.main.id, id);
      const once = await findClientDetail(ctx.db, dataset.main.id, id);
      if (JSON.stringify({ ...apart, signals }) === JSON.stringify(once)) same++;
    }
    console.log(`the one-statement detail is identical on ${same} of ${ids.length} clients`);
    await get(`/api/v1/clients/${ids[0]}`, cookie); // the principal cached, statements prepared
    counter.bySql.clear();
    const before = counter.count();
    for (const id of ids) await get(`/api/v1/clients/${id}`, cookie);
    const perRequest = (counter.count() - before) / ids.length;
    if (process.argv.includes("--statements")) {
      for (const [source, s] of counter.bySql) {
        if (s.n >= ids.length) console.log(`${Math.round(s.us / s.n)} µs × ${s.n}: ${source.slice(0, 160)}`);
      }
    }
    counter.bySql.clear();
    const bareBefore = counter.count();
    for (const id of ids) await get(`/bench/bare?id=${id}`, {});
    const perBare = (counter.count() - bareBefore) / ids.length;
    console.log(`statements per request: authenticated detail ${perRequest}, bare ${perBare}`);
    const inProcess = Number(arg("in-process") ?? 0);
    if (inProcess > 0) {
      const app = createHttpApp(dataset.db.ctx);
      const detail = await cpuPerRequest(inProcess, async (i) => {
        const r = await app.request(`/api/v1/clients/${ids[i % ids.length]}`, { headers: cookie });
        if (r.status !== 200) throw new Error(`detail ${r.status}`);
        return r.text();
      });
      if (process.argv.includes("--detail-only")) {
        console.log(`in-process CPU per request: detail ${Math.round(detail)} µs`);
        process.exit(0); // for a CPU profile of the detail alone (node --cpu-prof writes it on exit)
      }
      const bare = await cpuPerRequest(inProcess, async (i) => {
        const row = await dataset.db.ctx.db
          .selectFrom("clients")
          .select(["id", "name"])
          .where("id", "=", ids[i % ids.length]!)
          .executeTakeFirst();
        return JSON.stringify(row);
      });
      const query = await cpuPerRequest(inProcess, (i) =>
        findClientDetail(dataset.db.ctx.db, dataset.main.id, ids[i % ids.length]!),
      );
      const unrouted = await cpuPerRequest(inProcess, async (i) => {
        const r = await app.request(`/api/v1/no-such-route/${ids[i % ids.length]}`, { headers: cookie });
        if (r.status !== 404) throw new Error(`unrouted ${r.status}`);
        return r.text();
      });
      console.log(
        `in-process CPU per request: detail ${Math.round(detail)} µs (its query ${Math.round(query)} µs; ` +
          `the middleware and a 404 ${Math.round(unrouted)} µs), bare read ${Math.round(bare)} µs`,
      );
    }
    const spec = (paths: string[], headers: Record<string, string>) => ({
      url: server.url,
      paths,
      headers,
      connections: 10,
      durationSeconds: seconds,
      warmupSeconds: 1,
    });
    const ratios: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      // The server's CPU per request (it runs in this process, the load in another): steadier than req/s on a
      // machine others load too.
      const cpuA = process.cpuUsage();
      const a = await runLoad(
        spec(
          ids.map((id) => `/api/v1/clients/${id}`),
          cookie,
        ),
      );
      const usedA = process.cpuUsage(cpuA);
      const cpuB = process.cpuUsage();
      const b = await runLoad(
        spec(
          ids.map((id) => `/bench/bare?id=${id}`),
          {},
        ),
      );
      const usedB = process.cpuUsage(cpuB);
      // The warm-up's requests are not in `total`: it counts the measured seconds only, so this is an upper bound.
      const perA = (usedA.user + usedA.system) / a.total;
      const perB = (usedB.user + usedB.system) / b.total;
      console.log(
        `round ${round}: server CPU per request (warm-up included): detail ${Math.round(perA)} µs, bare ${Math.round(perB)} µs, ratio ${(perB / perA).toFixed(3)}`,
      );
      if (a.non2xx || b.non2xx || a.errors || b.errors) throw new Error(`failed requests ${JSON.stringify({ a, b })}`);
      ratios.push(a.requestsPerSecond / b.requestsPerSecond);
      console.log(
        `round ${round}: detail ${Math.round(a.requestsPerSecond)} req/s, bare ${Math.round(b.requestsPerSecond)} req/s, ` +
          `ratio ${(a.requestsPerSecond / b.requestsPerSecond).toFixed(3)} (load ${loadavg()[0]!.toFixed(1)})`,
      );
    }
    ratios.sort((x, y) => x - y);
    if (ratios.length > 0)
      console.log(`median ratio ${ratios[Math.floor(ratios.length / 2)]!.toFixed(3)} (${dataset.db.ctx.engine})`);
  } finally {
    await server.close();
  }
} finally {
  await dataset.db.drop({ keep: process.argv.includes("--keep") });
  if (process.argv.includes("--keep")) console.log(`kept ${dataset.db.where}`);
}
