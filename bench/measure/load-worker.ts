/**
 * Runs autocannon in its own process (so the load generator does not share the server's event loop and core) and
 * prints one JSON line. Input: a JSON LoadSpec as the first argument. Loopback only: refuses any other host.
 */
import autocannon from "autocannon";

export interface LoadSpec {
  url: string;
  paths: string[];
  headers: Record<string, string>;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  total: number;
  /** Requests answered during the warm-up (not in `total`), for a server's CPU per request over both. */
  warmupTotal: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

function run(spec: LoadSpec, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: seconds,
    headers: spec.headers,
    // Each connection walks the list of paths in turn, so ids rotate without a random source in the hot loop.
    requests: spec.paths.map((path) => ({ method: "GET", path })),
  });
}

const spec = JSON.parse(process.argv[2] ?? "{}") as LoadSpec;
const host = new URL(spec.url).hostname;
if (host !== "127.0.0.1" && host !== "localhost" && host !== "::1") throw new Error(`refusing to load ${host}`);
const warmup = spec.warmupSeconds > 0 ? await run(spec, spec.warmupSeconds) : undefined;
const r = await run(spec, spec.durationSeconds);
const result: LoadResult = {
  requestsPerSecond: r.requests.average,
  latencyP50Ms: r.latency.p50,
  latencyP99Ms: r.latency.p99,
  total: r.requests.total,
  warmupTotal: warmup?.requests.total ?? 0,
  non2xx: r.non2xx,
  errors: r.errors,
  timeouts: r.timeouts,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
