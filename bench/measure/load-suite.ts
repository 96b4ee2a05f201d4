/**
 * Requests/s on loopback: the authenticated client detail and the bare one-read route on the same bench server, in
 * interleaved rounds (auth, bare, auth, bare, …) so that a busy machine slows both alike and the ratio, taken per
 * round, stays meaningful; the same detail with an API token (`Authorization: Bearer`, which records the token's
 * last use on every request); then the cookie-authenticated route once more on `startServer`. Any non-2xx answer
 * fails the run. The bench server runs in this process (the load in another), so its CPU time per request is measured
 * too: on a machine others load, req/s swing with their work, CPU per request much less.
 */
import type { Dataset } from "../generate.ts";
import type { Progress } from "../support/progress.ts";
import { startBenchServer, startRealServer } from "./bench-server.ts";
import { runLoad } from "./http-load.ts";
import type { LoadResult, LoadSpec } from "./load-worker.ts";
import { percentile } from "./timing.ts";

export interface LoadOptions {
  connections: number;
  rounds: number;
  secondsPerRound: number;
}

export interface LoadRow {
  label: string;
  /** One result per round. */
  rounds: LoadResult[];
  /** The server's CPU time per request (µs), one per round; none for a server in another process. */
  cpuMicros: number[];
}

export interface LoadSuite {
  options: LoadOptions;
  rows: LoadRow[];
  /** Median over rounds of authenticated req/s ÷ bare req/s. */
  ratio: number;
  /** Median over rounds of the bare read's CPU per request ÷ the authenticated detail's. */
  cpuRatio: number;
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

function check(label: string, r: LoadResult): LoadResult {
  if (r.non2xx > 0 || r.errors > 0 || r.timeouts > 0) throw new Error(`${label}: failed requests ${JSON.stringify(r)}`);
  return r;
}

/** Loads `ids` (a fixed set rotated by every connection) on both routes. */
export async function measureLoad(
  dataset: Dataset,
  ids: string[],
  options: LoadOptions,
  progress: Progress,
): Promise<LoadSuite> {
  const spec = (url: string, paths: string[], headers: Record<string, string>, seconds: number): LoadSpec => ({
    url,
    paths,
    headers,
    connections: options.connections,
    durationSeconds: seconds,
    warmupSeconds: 1,
  });
  const detail = ids.map((id) => `/api/v1/clients/${id}`);
  const bare = ids.map((id) => `/bench/bare?id=${id}`);
  const cookie = { cookie: dataset.cookie };
  const bearer = { authorization: `Bearer ${dataset.bearer}` };
  const row = (label: string): LoadRow => ({ label, rounds: [], cpuMicros: [] });
  const authRow = row("authenticated `GET /api/v1/clients/{id}` (cookie session)");
  const bareRow = row("bare `GET /bench/bare?id=…` (one `select … where id = ?`)");
  const bearerRow = row("same, with `Authorization: Bearer` (API token)");
  const realRow = row("authenticated `GET /api/v1/clients/{id}` on `startServer`");
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  /** A load on the in-process bench server, with this process's CPU time per request answered (warm-up included). */
  const measured = async (into: LoadRow, s: LoadSpec) => {
    const before = process.cpuUsage();
    const r = check(into.label, await runLoad(s));
    const used = process.cpuUsage(before);
    into.rounds.push(r);
    into.cpuMicros.push((used.user + used.system) / (r.total + r.warmupTotal));
    return r;
  };

  const server = await startBenchServer(dataset.db.config);
  try {
    for (let round = 1; round <= options.rounds; round++) {
      const a = await progress.phase(
        `load round ${round}/${options.rounds}: authenticated detail`,
        () => measured(authRow, spec(server.url, detail, cookie, options.secondsPerRound)),
        (r) => `${Math.round(r.requestsPerSecond)} req/s`,
      );
      const b = await progress.phase(
        `load round ${round}/${options.rounds}: bare read`,
        () => measured(bareRow, spec(server.url, bare, {}, options.secondsPerRound)),
        (r) => `${Math.round(r.requestsPerSecond)} req/s`,
      );
      await progress.phase(
        `load round ${round}/${options.rounds}: bearer detail`,
        () => measured(bearerRow, spec(server.url, detail, bearer, options.secondsPerRound)),
        (r) => `${Math.round(r.requestsPerSecond)} req/s`,
      );
      ratios.push(a.requestsPerSecond / b.requestsPerSecond);
      cpuRatios.push(bareRow.cpuMicros.at(-1)! / authRow.cpuMicros.at(-1)!);
    }
  } finally {
    await server.close();
  }

  const real = await startRealServer(dataset.db.config);
  try {
    const seconds = options.rounds * options.secondsPerRound;
    const r = await progress.phase(
      "load: authenticated detail on startServer",
      async () => check(realRow.label, await runLoad(spec(real.url, detail, cookie, seconds))),
      (x) => `${Math.round(x.requestsPerSecond)} req/s`,
    );
    realRow.rounds.push(r);
  } finally {
    await real.close();
  }
  return {
    options,
    rows: [authRow, bareRow, bearerRow, realRow],
    ratio: median(ratios),
    cpuRatio: median(cpuRatios),
  };
}

/** Median of a row's rounds, with the range when there are several. */
export function summarise(row: LoadRow): {
  rps: number;
  min: number;
  max: number;
  p50: number;
  p99: number;
  cpuMicros: number | undefined;
} {
  const rps = row.rounds.map((r) => r.requestsPerSecond);
  return {
    cpuMicros: row.cpuMicros.length > 0 ? median(row.cpuMicros) : undefined,
    rps: median(rps),
    min: Math.min(...rps),
    max: Math.max(...rps),
    p50: median(row.rounds.map((r) => r.latencyP50Ms)),
    p99: median(row.rounds.map((r) => r.latencyP99Ms)),
  };
}
