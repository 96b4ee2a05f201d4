/** The bench report: markdown tables on stdout. */

import type { LoadResult } from "./load-worker.ts";
import type { ExplainedQuery } from "./query-plans.ts";
import type { Timing } from "./timing.ts";

export interface LoadRow {
  label: string;
  result: LoadResult;
}

export interface Report {
  engine: string;
  engineVersion: string;
  node: string;
  cpus: number;
  datasetLine: string;
  tableRows: Record<string, number>;
  sizeBytes: number;
  where: string;
  timings: Timing[];
  load: { connections: number; seconds: number; rows: LoadRow[]; ratio: number };
  plans: ExplainedQuery[];
  fullPlans: boolean;
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const int = (x: number) => Math.round(x).toLocaleString("en");

export function renderReport(r: Report): string {
  const lines: string[] = [];
  lines.push(`## Mandat bench — ${r.engine}`, "");
  lines.push(`- engine: ${r.engine} ${r.engineVersion}; Node ${r.node}; ${r.cpus} CPUs`);
  lines.push(`- dataset: ${r.datasetLine}`);
  lines.push(
    `- rows, all workspaces: ${Object.entries(r.tableRows)
      .map(([t, n]) => `${t} ${int(n)}`)
      .join(", ")}`,
  );
  lines.push(`- database size: ${(r.sizeBytes / 1024 / 1024).toFixed(1)} MiB (${r.where})`, "");
  lines.push("| In-process, `app.request()` after warm-up | n | median ms | p95 ms |", "|---|---:|---:|---:|");
  for (const t of r.timings) lines.push(`| ${t.label} | ${t.n} | ${ms(t.medianMs)} | ${ms(t.p95Ms)} |`);
  lines.push("");
  lines.push(
    `| Loopback HTTP, autocannon ${r.load.connections} connections × ${r.load.seconds} s | req/s | p50 ms | p99 ms | non-2xx / errors |`,
    "|---|---:|---:|---:|---:|",
  );
  for (const { label, result: x } of r.load.rows) {
    lines.push(
      `| ${label} | ${int(x.requestsPerSecond)} | ${x.latencyP50Ms} | ${x.latencyP99Ms} | ${x.non2xx} / ${x.errors + x.timeouts} |`,
    );
  }
  lines.push(
    "",
    `**Authenticated detail / bare read: ${r.load.ratio.toFixed(3)}** (the bare route serves ${(1 / r.load.ratio).toFixed(1)}× as many requests)`,
    "",
  );
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
