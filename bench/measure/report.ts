/** The bench report: markdown tables on stdout. */

import { type LoadSuite, summarise } from "./load-suite.ts";
import type { ExplainedQuery } from "./query-plans.ts";
import type { Timing } from "./timing.ts";

export interface Report {
  engine: string;
  engineVersion: string;
  node: string;
  cpus: number;
  loadAverage: string;
  datasetLine: string;
  tableRows: Record<string, number>;
  sizeBytes: number;
  where: string;
  timings: Timing[];
  load: LoadSuite;
  plans: ExplainedQuery[];
  fullPlans: boolean;
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const int = (x: number) => Math.round(x).toLocaleString("en");

export function renderReport(r: Report): string {
  const lines: string[] = [];
  lines.push(`## Mandat bench — ${r.engine}`, "");
  lines.push(`- engine: ${r.engine} ${r.engineVersion}; Node ${r.node}; ${r.cpus} CPUs; machine load ${r.loadAverage}`);
  lines.push(`- dataset: ${r.datasetLine}`);
  lines.push(
    `- rows, all workspaces: ${Object.entries(r.tableRows)
      .map(([t, n]) => `${t} ${int(n)}`)
      .join(", ")}`,
  );
  lines.push(`- database size: ${(r.sizeBytes / 1024 / 1024).toFixed(1)} MiB (${r.where})`, "");
  lines.push(
    "| In-process, `app.request()` after warm-up | n | median ms | p95 ms | queries/request |",
    "|---|---:|---:|---:|---:|",
  );
  for (const t of r.timings) {
    const q = t.queriesPerOp === undefined ? "—" : t.queriesPerOp.toFixed(1);
    lines.push(`| ${t.label} | ${t.n} | ${ms(t.medianMs)} | ${ms(t.p95Ms)} | ${q} |`);
  }
  lines.push("", renderLoad(r.load));
  lines.push("| Query plans: scenario | query | table accesses |", "|---|---|---|");
  for (const p of r.plans) {
    const query = p.sql.replace(/\s+/g, " ").slice(0, 90).replace(/\|/g, "\\|");
    lines.push(`| ${p.scenario} | \`${query}${p.sql.length > 90 ? "…" : ""}\` | ${p.accesses.join("; ") || "—"} |`);
  }
  if (r.fullPlans) {
    for (const p of r.plans) lines.push("", `### ${p.scenario}`, "```sql", p.sql, "```", "```", ...p.plan, "```");
  }
  return `${lines.join("\n")}\n`;
}

/** The loopback load table and the detail ÷ bare ratios (also printed alone by `npm run bench -- --load-only`). */
export function renderLoad(load: LoadSuite): string {
  const lines: string[] = [];
  const o = load.options;
  lines.push(
    `| Loopback HTTP, autocannon ${o.connections} connections, ${o.rounds} interleaved rounds × ${o.secondsPerRound} s | req/s (median of rounds) | range | p50 ms | p99 ms | server CPU µs/request |`,
    "|---|---:|---:|---:|---:|---:|",
  );
  for (const row of load.rows) {
    const x = summarise(row);
    const range = row.rounds.length > 1 ? `${int(x.min)}–${int(x.max)}` : "—";
    const cpu = x.cpuMicros === undefined ? "—" : int(x.cpuMicros);
    lines.push(`| ${row.label} | ${int(x.rps)} | ${range} | ${x.p50} | ${x.p99} | ${cpu} |`);
  }
  lines.push(
    "",
    `**Authenticated detail ÷ bare read: ${load.ratio.toFixed(3)}** (median of per-round ratios; the bare route serves ${(1 / load.ratio).toFixed(1)}× as many requests/s)`,
    "",
    `By the server's CPU time per request (steadier on a loaded machine): bare ÷ detail ${load.cpuRatio.toFixed(3)} (median of per-round ratios)`,
    "",
  );
  return lines.join("\n");
}
