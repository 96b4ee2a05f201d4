/**
 * The server as `npm start` runs it, in its own process on the bench database: the time from spawning
 * `node dist/cli/main.js serve` to the first 200 on `/healthz` (several starts, the database already exists and is
 * migrated), and its resident memory (Linux `/proc/<pid>/status`): idle after the start, after a load run of reads,
 * after a load run of PDFs (invoices and offers), and the peak (`VmHWM`) over all of it; then how long reads take while
 * PDFs are printed.
 *
 * The server is built by the script `npm start` builds it with (`scripts/build-server.mjs`: one esbuild bundle) into a
 * private folder (never the shared dist/), so the figures are those of the sources under test, as `npm start` runs them.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "../../src/config.ts";
import { runLoad } from "./http-load.ts";
import type { LoadResult } from "./load-worker.ts";
import { percentile } from "./timing.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface ServerProcessOptions {
  /** The bench database's configuration (SQLite file or PostgreSQL URL, session secret). */
  config: Config;
  /** The owner's session cookie, for the load runs. */
  cookie: string;
  /** Paths of the read load run and of the PDF load run. */
  readPaths: string[];
  pdfPaths: string[];
  starts: number;
  loadSeconds: number;
  connections: number;
}

export interface ServerProcessFigures {
  /** Milliseconds from spawn to the first 200 on /healthz, one per start. */
  startMs: number[];
  startMedianMs: number;
  startMaxMs: number;
  /** CPU time (user + system, all threads) the server process spent from spawn to that 200, median of the starts. */
  startCpuMedianMs: number;
  /** Resident memory in MiB. */
  rssIdleMb: number;
  rssAfterReadsMb: number;
  rssAfterPdfsMb: number;
  rssPeakMb: number;
  reads: LoadResult;
  pdfs: LoadResult;
  /** Reads on 2 connections while the PDF load runs on the others (after the peak above was read). */
  readsDuringPdfs: LoadResult;
  /** CPU time of the server process per request of each load (less sensitive than requests/s to a shared machine). */
  cpuMsPerRead: number;
  cpuMsPerPdf: number;
}

/**
 * Builds the server into `outDir`, inside the repository so that node_modules resolves (the server serves the web UI
 * from `outDir/../web/dist`); returns the CLI entry.
 */
export function buildServer(outDir: string): string {
  const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build-server.mjs"), `--out-dir=${outDir}`], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const entry = join(outDir, "cli", "main.js");
  if (build.status !== 0 || !existsSync(entry)) {
    throw new Error(`the server build failed (${build.status}): ${build.stdout}${build.stderr}`);
  }
  return entry;
}

/** A private build folder under node_modules/.cache, removed by the returned function. */
export function privateBuildDir(name: string): { dir: string; remove: () => void } {
  const dir = join(ROOT, "node_modules", ".cache", "mandat-bench", `${name}-${process.pid}`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process in MiB: current (`VmRSS`) and peak (`VmHWM`). */
export function residentMemory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

/** CPU time (user + system) a process has used so far, in ms (Linux `/proc/<pid>/stat`, clock ticks of 10 ms). */
export function cpuTimeMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Started {
  child: ChildProcess;
  url: string;
  ms: number;
  cpuMs: number;
  stop(): Promise<void>;
}

/** Spawns `node <entry> serve` and resolves once `/healthz` has answered 200, with the time it took. */
async function start(entry: string, config: Config): Promise<Started> {
  const port = await freePort();
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    DATA_DIR: dirname(config.sqlitePath),
    DATABASE_URL: config.databaseUrl ?? "",
    HOST: "127.0.0.1",
    PORT: String(port),
    LOG_LEVEL: "silent",
    SIGNUP_POLICY: config.signupPolicy,
    SESSION_SECRET: config.sessionSecret ?? "",
  };
  const url = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawn(process.execPath, [entry, "serve"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  let out = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes("running on")) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.once("exit", (code) => reject(new Error(`the server exited with ${code}: ${out.slice(0, 500)}`)));
  });
  const res = await fetch(`${url}/healthz`);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`/healthz answered ${res.status}`);
  const ms = performance.now() - t0;
  return {
    child,
    url,
    ms,
    cpuMs: cpuTimeMs(child.pid ?? 0),
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

function check(label: string, r: LoadResult): LoadResult {
  if (r.non2xx > 0 || r.errors > 0 || r.timeouts > 0) throw new Error(`${label}: failed requests ${JSON.stringify(r)}`);
  return r;
}

export async function measureServerProcess(entry: string, o: ServerProcessOptions): Promise<ServerProcessFigures> {
  const startMs: number[] = [];
  const startCpuMs: number[] = [];
  for (let i = 1; i < o.starts; i++) {
    const s = await start(entry, o.config);
    startMs.push(s.ms);
    startCpuMs.push(s.cpuMs);
    await s.stop();
  }
  const server = await start(entry, o.config);
  startMs.push(server.ms);
  startCpuMs.push(server.cpuMs);
  try {
    const pid = server.child.pid ?? 0;
    const idle = residentMemory(pid);
    const spec = (paths: string[]) => ({
      url: server.url,
      paths,
      headers: { cookie: o.cookie },
      connections: o.connections,
      durationSeconds: o.loadSeconds,
      warmupSeconds: 0,
    });
    const cpu0 = cpuTimeMs(pid);
    const reads = check("server process: reads", await runLoad(spec(o.readPaths)));
    const afterReads = residentMemory(pid);
    const cpu1 = cpuTimeMs(pid);
    const pdfs = check("server process: PDFs", await runLoad(spec(o.pdfPaths)));
    const afterPdfs = residentMemory(pid);
    const cpu2 = cpuTimeMs(pid);
    // A few people reading while PDFs are printed: how long a read waits behind them. Run after the peak is read, so
    // the memory figures above stay those of the two loads alone.
    const [readsDuringPdfs] = await Promise.all([
      runLoad({ ...spec(o.readPaths), connections: 2 }),
      runLoad(spec(o.pdfPaths)),
    ]);
    check("server process: reads during PDFs", readsDuringPdfs);
    const sorted = [...startMs].sort((a, b) => a - b);
    return {
      startMs,
      startMedianMs: percentile(sorted, 50),
      startMaxMs: sorted[sorted.length - 1] ?? Number.NaN,
      startCpuMedianMs: percentile(
        [...startCpuMs].sort((a, b) => a - b),
        50,
      ),
      rssIdleMb: idle.rssMb,
      rssAfterReadsMb: afterReads.rssMb,
      rssAfterPdfsMb: afterPdfs.rssMb,
      rssPeakMb: afterPdfs.peakMb,
      reads,
      pdfs,
      readsDuringPdfs,
      cpuMsPerRead: (cpu1 - cpu0) / (reads.total + reads.warmupTotal),
      cpuMsPerPdf: (cpu2 - cpu1) / (pdfs.total + pdfs.warmupTotal),
    };
  } finally {
    await server.stop();
  }
}
