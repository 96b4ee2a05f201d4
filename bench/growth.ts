/**
 * How the heavy reads grow with the data: the studio generated at each scale (`--scales=0.1,1,10`: 200, 2,000 and
 * 20,000 clients; 100k, 1M and 10M time entries; 4k, 40k and 400k invoices), each in a fresh database dropped after
 * it, and the same eight operations timed in-process through the real HTTP app: the dashboard's health of every
 * client computed anew (after a write every client reads) and brought up to date after one client's time entry and
 * after an invoice's subtotal changed (the studio's revenue: the others' share graded again in memory), the aging
 * report with DSO computed anew (its first page, and a page after the 1,000th open invoice; the answer's size is
 * printed under the table), a quarter's tax report, a numbered page of the time entries and search everywhere.
 * Prints their median and p95 per scale and the factor per tenfold of data (1 = flat, 10 = linear).
 * `npm run bench -- --growth [--scales=0.1,1,10] [--iterations=30]`, or `node --import tsx bench/growth.ts …`;
 * `BENCH_DATABASE_URL=postgres://…` runs it on PostgreSQL. The 10× studio takes minutes to generate and ~12 GB on
 * SQLite.
 */
import { loadavg } from "node:os";
import { sql } from "kysely";
import { createHttpApp } from "../src/http/app.ts";
import { type Dataset, generate, scaledPlan } from "./generate.ts";
import { invoiceWrites, timeEntryWrites } from "./measure/health-timings.ts";
import { SEARCHES } from "./measure/in-process.ts";
import { measure, type Timing } from "./measure/timing.ts";
import { createProgress } from "./support/progress.ts";
import { createRng } from "./support/rng.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];

async function measureAt(dataset: Dataset, iterations: number): Promise<{ timings: Timing[]; notes: string[] }> {
  const { ctx } = dataset.db;
  const app = createHttpApp(ctx);
  const ws = dataset.main.id;
  const rng = createRng(11);
  const notes: string[] = [];
  const get = async (path: string) => {
    const res = await app.request(path, { headers: { cookie: dataset.cookie } });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${text.slice(0, 300)}`);
    if (path === "/api/v1/receivables") notes[0] = receivablesSize(text);
    return JSON.parse(text) as Record<string, unknown>;
  };
  // The dashboard and the receivables are kept until a write to what they read (decision 0014): touching the
  // workspace's row, which both read, makes each call compute them anew.
  const touch = sql`update workspaces set name = name where id = ${ws}`;
  const writes = await timeEntryWrites(ctx.db, ws);
  const invoices = await invoiceWrites(ctx.db, ws);
  const count = Number(
    (await sql<{ n: number }>`select count(*) as n from time_entries where workspace_id = ${ws}`.execute(ctx.db))
      .rows[0]!.n,
  );
  // The API numbers pages up to 100,000 (past that, cursors): 10M entries are 200,000 pages of 50.
  const pages = Math.min(100_000, Math.max(1, Math.ceil(count / 50)));
  const options = { iterations, warmup: 2 };
  const year = ctx.now().getUTCFullYear() - 1;
  const timings = [
    await measure("health of all clients, computed anew", options, async () => {
      await touch.execute(ctx.db);
      await get("/api/v1/health/warnings");
    }),
    await measure("health of all clients after one client's time entry", options, async (i) => {
      await writes.write(i);
      await get("/api/v1/health/warnings");
    }),
    await measure("health of all clients after an invoice's subtotal changed (the studio's revenue)", options, (i) =>
      invoices.write(i).then(() => get("/api/v1/health/warnings")),
    ),
    await measure("aging report + DSO, computed anew", options, async () => {
      await touch.execute(ctx.db);
      await get("/api/v1/receivables");
    }).then(async (timing) => {
      await checkReceivables(ctx.db, ws, await get("/api/v1/receivables"));
      return timing;
    }),
    await (async () => {
      // A page deep in the open invoices: its cursor found by walking 1,000 rows, 200 a page.
      let cursor: string | null = null;
      for (let i = 0; i < 5; i++) {
        const page = await get(`/api/v1/receivables?limit=200${cursor ? `&invoicesCursor=${cursor}` : ""}`);
        cursor = (page.invoicePage as { nextCursor: string | null }).nextCursor ?? cursor;
      }
      const deep = `/api/v1/receivables${cursor ? `?invoicesCursor=${cursor}` : ""}`;
      return measure("aging report + DSO, the open invoices after the 1,000th, computed anew", options, async () => {
        await touch.execute(ctx.db);
        await get(deep);
      });
    })(),
    await measure("tax report, one quarter", options, async (i) => {
      const q = ["01-01|03-31", "04-01|06-30", "07-01|09-30", "10-01|12-31"][i % 4]!.split("|");
      await get(`/api/v1/reports/taxes?from=${year}-${q[0]}&to=${year}-${q[1]}`);
    }),
    await measure("time entries, a numbered page", options, () =>
      get(`/api/v1/time-entries?page=${rng.int(1, pages)}&pageSize=50`),
    ),
    await measure("search everywhere", options, (i) =>
      get(`/api/v1/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length]!)}`),
    ),
  ];
  return { timings, notes };
}

/** What the receivables answer weighs: a page of each list beside the workspace's totals, not every row. */
function receivablesSize(text: string): string {
  const body = JSON.parse(text) as Record<"clients" | "invoices", unknown[]> &
    Record<"clientPage" | "invoicePage", { count: number }>;
  const n = (x: number) => x.toLocaleString("en");
  return (
    `receivables answer ${(Buffer.byteLength(text) / 1024).toFixed(1)} kB: ${n(body.clients.length)} of ` +
    `${n(body.clientPage.count)} clients, ${n(body.invoices.length)} of ${n(body.invoicePage.count)} open invoices`
  );
}

/**
 * The receivables page checked against raw SQL over the same rows, so that speed never changes a total: the aging's
 * total is every open balance; DSO's receivables (as of today, nothing moved later) the same, and its net credit sales
 * the period's invoices less its credit notes.
 */
async function checkReceivables(db: Dataset["db"]["ctx"]["db"], ws: string, body: Record<string, unknown>) {
  const page = body as {
    dsoPeriod: { from: string; to: string };
    total: { total: { amount: number } };
    dso: { receivables?: { amount: number }; netCreditSales?: { amount: number } };
  };
  const { from, to } = page.dsoPeriod;
  const raw = (
    await sql<{ open: number; sold: number; credited: number }>`select
      (select coalesce(sum(balance), 0) from invoices
        where workspace_id = ${ws} and status in ('issued', 'partially_paid') and balance > 0) as open,
      (select coalesce(sum(total), 0) from invoices
        where workspace_id = ${ws} and issue_date >= ${from} and issue_date <= ${to}) as sold,
      (select coalesce(sum(total), 0) from credit_notes
        where workspace_id = ${ws} and date >= ${from} and date <= ${to}) as credited`.execute(db)
  ).rows[0]!;
  const expected = { open: Number(raw.open), sales: Number(raw.sold) - Number(raw.credited) };
  const got = {
    aging: page.total.total.amount,
    receivables: page.dso.receivables?.amount,
    sales: page.dso.netCreditSales?.amount,
  };
  if (got.aging !== expected.open || got.receivables !== expected.open || got.sales !== expected.sales) {
    throw new Error(`receivables differ from raw SQL: ${JSON.stringify({ got, expected })}`);
  }
}

export async function measureGrowth(): Promise<string> {
  const scales = (arg("scales") ?? "0.1,1,10").split(",").map(Number);
  const iterations = Number(arg("iterations") ?? 30);
  const progress = createProgress();
  const loadAtStart = loadavg()[0]!;
  const byScale: { scale: number; timings: Timing[]; notes: string[]; clients: number; entries: number }[] = [];
  let engine = "";
  for (const scale of scales) {
    const dataset = await generate({
      serverUrl: process.env.BENCH_DATABASE_URL || undefined,
      plan: scaledPlan(scale),
      progress,
    });
    engine = dataset.db.ctx.engine;
    try {
      const { timings, notes } = await progress.phase(
        `growth: eight operations at ${scale}×`,
        () => measureAt(dataset, iterations),
        (m) => `${m.timings.length} operations`,
      );
      // Printed as soon as measured: a later scale that fails (or is interrupted) does not lose the earlier ones.
      progress.note(
        [
          ...timings.map((t) => `${scale}× ${t.label}: ${t.medianMs.toFixed(1)} / ${t.p95Ms.toFixed(1)} ms`),
          ...notes.map((n) => `${scale}× ${n}`),
        ].join("\n"),
      );
      byScale.push({
        scale,
        timings,
        notes,
        clients: dataset.counts.clients ?? 0,
        entries: dataset.counts.timeEntries ?? 0,
      });
    } finally {
      await dataset.db.drop();
    }
  }
  const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
  const lines = [
    `## Growth with the data (${engine}; load ${loadAtStart.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}; ${iterations} iterations)`,
    "",
    `| operation | ${byScale.map((s) => `${s.scale}× (${s.clients.toLocaleString("en")} clients, ${s.entries.toLocaleString("en")} entries) median / p95 ms`).join(" | ")} | factor per tenfold (median) |`,
    `|---|${byScale.map(() => "---:").join("|")}|---:|`,
  ];
  for (let op = 0; op < (byScale[0]?.timings.length ?? 0); op++) {
    const cells = byScale.map((s) => `${fmt(s.timings[op]!.medianMs)} / ${fmt(s.timings[op]!.p95Ms)}`);
    const factors = byScale.slice(1).map((s, i) => {
      const before = byScale[i]!;
      const decades = Math.log10(s.scale / before.scale);
      return (s.timings[op]!.medianMs / before.timings[op]!.medianMs) ** (1 / decades);
    });
    lines.push(
      `| ${byScale[0]!.timings[op]!.label} | ${cells.join(" | ")} | ${factors.map((f) => f.toFixed(2)).join(", ")} |`,
    );
  }
  lines.push("", ...byScale.flatMap((s) => s.notes.map((n) => `- ${s.scale}×: ${n}`)));
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await measureGrowth());
