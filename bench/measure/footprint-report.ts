/**
 * The footprint part of the bench report: the web UI's weight (initial JS raw and gzipped, first screens), the PDF
 * renders' median and p95 (from the in-process timings), and the server process's start time and resident memory.
 * Each figure is printed beside the goal it answers to; nothing here asserts.
 */
import type { ServerProcessFigures } from "./server-process.ts";
import type { Timing } from "./timing.ts";
import { kB, type Size, type WebSize } from "./web-size.ts";

export interface Footprint {
  web?: WebSize | undefined;
  timings: Timing[];
  server?: ServerProcessFigures | undefined;
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const mb = (x: number) => `${x.toFixed(1)} MB`;
const sizeCells = (s: Size) => `${kB(s.raw)} | ${kB(s.gzip)} | ${kB(s.brotli)}`;

export function renderFootprint(f: Footprint): string {
  const lines: string[] = [];
  if (f.web) {
    const w = f.web;
    lines.push(
      "## Web UI (built for this run; sizes as served: the build's gzip and brotli twins)",
      "",
      "| what | files | raw | gzip | brotli |",
      "|---|---:|---:|---:|---:|",
      `| **initial JS** (entry + what index.html preloads; goal ≤ 200 kB gzip) | ${w.initialJs.files} | ${sizeCells(w.initialJs.size)} |`,
      `| initial CSS | ${w.initialCss.files} | ${sizeCells(w.initialCss.size)} |`,
      ...w.firstScreens.map(
        (s) =>
          `| first screen, ${s.label}: initial JS + its language, frame and page chunks | ${s.files} | ${sizeCells(s.size)} |`,
      ),
      `| every other chunk (fetched when used) | ${w.lazyJs.files} | ${sizeCells(w.lazyJs.size)} |`,
      `| largest chunk: \`${w.largest.file}\` | 1 | ${sizeCells(w.largest.size)} |`,
      "",
    );
  }
  const pdfs = f.timings.filter((t) => /PDF render/.test(t.label));
  if (pdfs.length > 0) {
    lines.push("## PDF renders (in-process, from the timings above; goal ≤ 20 ms median)", "");
    lines.push("| PDF | n | median ms | p95 ms |", "|---|---:|---:|---:|");
    for (const t of pdfs) lines.push(`| ${t.label} | ${t.n} | ${ms(t.medianMs)} | ${ms(t.p95Ms)} |`);
    lines.push("");
  }
  if (f.server) {
    const s = f.server;
    lines.push(
      "## Server process (`node dist/cli/main.js serve` on this database, bundled for this run as `npm start` builds it)",
      "",
      "| figure | value | goal |",
      "|---|---:|---:|",
      `| start, spawn → 200 \`/healthz\` (median of ${s.startMs.length}) | ${Math.round(s.startMedianMs)} ms | ≤ 500 ms |`,
      `| start, slowest | ${Math.round(s.startMaxMs)} ms | |`,
      `| start, CPU of the server process to that 200 (median) | ${Math.round(s.startCpuMedianMs)} ms | |`,
      `| RSS idle, after start | ${mb(s.rssIdleMb)} | |`,
      `| RSS after the read load (${Math.round(s.reads.requestsPerSecond)} req/s: client detail, client list) | ${mb(s.rssAfterReadsMb)} | |`,
      `| RSS after the PDF load (${Math.round(s.pdfs.requestsPerSecond)} req/s: invoice and offer PDFs) | ${mb(s.rssAfterPdfsMb)} | ≤ 150 MB |`,
      `| RSS peak (VmHWM, whole run) | ${mb(s.rssPeakMb)} | ≤ 250 MB |`,
      `| server CPU per request: read / PDF | ${ms(s.cpuMsPerRead)} ms / ${ms(s.cpuMsPerPdf)} ms | |`,
      `| a read alone: p50 / p99 latency (${s.reads.requestsPerSecond.toFixed(0)} req/s on 10 connections) | ${ms(s.reads.latencyP50Ms)} / ${ms(s.reads.latencyP99Ms)} ms | |`,
      `| a read while PDFs print: p50 / p99 (2 connections reading, 10 printing; ${s.readsDuringPdfs.requestsPerSecond.toFixed(0)} reads/s) | ${ms(s.readsDuringPdfs.latencyP50Ms)} / ${ms(s.readsDuringPdfs.latencyP99Ms)} ms | |`,
      "",
      `Starts: ${s.startMs.map((x) => `${Math.round(x)} ms`).join(", ")}.`,
      "",
    );
  }
  return lines.join("\n");
}
