/**
 * The dashboard's health of every client: `GET /health/warnings` in-process through the real HTTP app, next to a
 * baseline written by hand in raw SQL that gives the same scores — one aggregate or narrow read per kind of record
 * (time summed per client with each goodwill entry rounded alone, issued invoices, signals, claims, signed offers,
 * change orders, ratings, the studio's revenue, work invoiced outside mandates), the mandates' earned work valued by
 * the ledger's own rules, then the domain's `computeClientHealth`. The baseline reads the base tables, never the
 * rollup the answer reads (kept by triggers): both run in the same process on the same data, and the bench fails
 * when the answer's clients, order, scores, levels or bad metrics differ from the baseline's. Then a client's own
 * health page (`GET /clients/{id}/health`, the worst warned client: every record, the trend, the studio's revenue
 * per month).
 */

import { pathToFileURL } from "node:url";
import { type Kysely, sql } from "kysely";
import { valueMandateWork } from "../../src/app/mandates/ledger.ts";
import { studioToday } from "../../src/app/shared/studio-day.ts";
import { computeClientHealth } from "../../src/domain/health/compute-client-health.ts";
import type { HealthInput } from "../../src/domain/health/health-input.ts";
import { createHttpApp } from "../../src/http/app.ts";
import { listClientsInRelationship } from "../../src/store/client-store.ts";
import { mandateWorkFacts } from "../../src/store/ledger-store.ts";
import type { Database } from "../../src/store/schema.ts";
import { type Dataset, generate, scaleArg, scaledPlan } from "../generate.ts";
import { type MeasureOptions, measure, percentile, type Timing } from "./timing.ts";

type Row = Record<string, unknown>;

function byClient(rows: readonly Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const id = String(r.client_id);
    const list = out.get(id);
    if (list) list.push(r);
    else out.set(id, [r]);
  }
  return out;
}

/** Every warned client (worst first) from raw SQL and the domain's scoring: `{ clientId, score, level }`. */
async function rawWarnings(dataset: Dataset, asOf: string) {
  const { db } = dataset.db.ctx;
  const ws = dataset.main.id;
  const q = async (query: ReturnType<typeof sql<Row>>) => (await query.execute(db)).rows;
  const [workspace, values, clients, time, invoices, signals, claims, offers, cos, ratings, revenue, unlinked, facts] =
    await Promise.all([
      q(sql`select target_hourly_rate, currency, health_settings_json from workspaces where id = ${ws}`),
      q(sql`select id, weight from workspace_values where workspace_id = ${ws}`),
      q(sql`select id from clients where workspace_id = ${ws} and status in ('active', 'paused')`),
      q(sql`select client_id, sum(minutes) as m,
              sum(case when category = 'goodwill' then minutes else 0 end) as gm,
              sum(case when category = 'goodwill' then (minutes * billable_rate + 30) / 60 else 0 end) as gv
            from time_entries where workspace_id = ${ws} and client_id is not null and date <= ${asOf}
            group by client_id`),
      q(sql`select client_id, id, status, issue_date, due_date, subtotal, total, balance, last_movement_on
            from invoices where workspace_id = ${ws} and status <> 'draft'`),
      q(sql`select client_id, id, kind, severity, occurred_on from signals where workspace_id = ${ws}`),
      q(sql`select c.client_id, c.id, c.round_id, c.mandate_id, r.received_on, c.triage, c.state_json
            from claims c join rounds r on r.id = c.round_id where c.workspace_id = ${ws}`),
      q(
        sql`select client_id, id, signed_at, state_json from offers where workspace_id = ${ws} and signed_at is not null`,
      ),
      q(sql`select client_id, id, status, updated_at from change_orders where workspace_id = ${ws}`),
      q(sql`select client_id, value_id, avg(rating) as rating from value_ratings where workspace_id = ${ws}
            group by client_id, value_id`),
      q(sql`select sum(subtotal) as s from invoices where workspace_id = ${ws} and status <> 'draft'`),
      q(sql`select l.client_id, sum(l.amount - l.credited) as net from invoice_lines l
            join invoices i on i.id = l.invoice_id
            where l.workspace_id = ${ws} and i.workspace_id = ${ws} and l.mandate_id is null and i.status <> 'draft'
            group by l.client_id`),
      mandateWorkFacts(db, { workspaceId: ws }),
    ]);
  const w = workspace[0]!;
  const weights = new Map(values.map((v) => [String(v.id), Number(v.weight)]));
  const settings = w.health_settings_json ? JSON.parse(String(w.health_settings_json)) : {};
  const earned = new Map(unlinked.map((r) => [String(r.client_id), Number(r.net)]));
  for (const f of facts) {
    earned.set(f.mandate.clientId, (earned.get(f.mandate.clientId) ?? 0) + valueMandateWork(f).work.earned);
  }
  const timeOf = new Map(time.map((r) => [String(r.client_id), r]));
  const [inv, sig, cla, off, co, rat] = [invoices, signals, claims, offers, cos, ratings].map(byClient);
  const currency = w.currency as HealthInput["currency"];
  const healths = clients.map((c) => {
    const id = String(c.id);
    const t = timeOf.get(id);
    const input: HealthInput = {
      clientId: id,
      currency,
      asOf,
      timeEntries: [],
      timeTotals: {
        minutes: Number(t?.m ?? 0),
        goodwillMinutes: Number(t?.gm ?? 0),
        goodwillValue: Number(t?.gv ?? 0),
      },
      invoices: (inv!.get(id) ?? []).map((i) => ({
        id: String(i.id),
        issueDate: String(i.issue_date),
        dueDate: String(i.due_date),
        subtotal: Number(i.subtotal),
        total: Number(i.total),
        balance: Number(i.balance),
        paidDate: i.status === "paid" ? (i.last_movement_on as string | null) : null,
      })),
      claims: (cla!.get(id) ?? []).map((x) => {
        const repeat = x.triage === "duplicate" ? JSON.parse(String(x.state_json)).triage?.repeat?.ref : undefined;
        return {
          id: String(x.id),
          roundId: String(x.round_id),
          mandateId: String(x.mandate_id),
          receivedOn: String(x.received_on),
          triage: (x.triage ?? null) as never,
          ...(repeat ? { repeatOf: { kind: repeat.kind, id: String(repeat.id) } } : {}),
        };
      }),
      signedOffers: (off!.get(id) ?? []).map((o) => ({
        offerId: String(o.id),
        signedAt: String(o.signed_at).slice(0, 10),
        deliverableCount: (JSON.parse(String(o.state_json)) as { content: { deliverables: unknown[] } }).content
          .deliverables.length,
      })),
      changeOrders: (co!.get(id) ?? []).map((x) => ({
        id: String(x.id),
        date: String(x.updated_at).slice(0, 10),
        status: x.status as never,
      })),
      signals: (sig!.get(id) ?? []).map((s) => ({
        id: String(s.id),
        kind: s.kind as never,
        severity: Number(s.severity) as 1 | 2 | 3,
        occurredOn: String(s.occurred_on),
      })),
      valuesAlignment: (rat!.get(id) ?? [])
        .filter((r) => weights.has(String(r.value_id)))
        .map((r) => ({
          valueId: String(r.value_id),
          rating: Number(r.rating),
          weight: weights.get(String(r.value_id))!,
        })),
      earnedRevenue: earned.get(id) ?? 0,
      workspaceRevenue: Number(revenue[0]?.s ?? 0),
      targetHourlyRate: Number(w.target_hourly_rate),
      settings,
    };
    return computeClientHealth(input);
  });
  return healths
    .filter((h) => h.warning.level !== "none")
    .sort((a, b) => (a.score.value ?? 100) - (b.score.value ?? 100))
    .map((h) => ({
      clientId: h.clientId,
      score: h.score.value,
      level: h.warning.level,
      bad: h.metrics.filter((m) => m.status === "bad").map((m) => m.key),
    }));
}

/**
 * Writes that alternate: `write(i)` before request `i` changes row `ids[⌊i/2⌋]` by +1, then back by −1 the next time
 * that row comes up; `settle(calls)` undoes an odd last one, so the data ends as it began (true when it had to).
 */
function alternatingWrites(ids: readonly string[], update: (id: string, delta: 1 | -1) => Promise<unknown>) {
  const row = (i: number) => ids[Math.floor(i / 2) % ids.length]!;
  return {
    write: async (i: number) => {
      await update(row(i), i % 2 === 0 ? 1 : -1);
    },
    settle: async (calls: number) => {
      if (calls % 2 === 0) return false;
      await update(row(calls - 1), -1);
      return true;
    },
  };
}

/** The studio's most frequent kind of write, one client's time entry's minutes changed (one entry per client, up to 500). */
export async function timeEntryWrites(db: Kysely<Database>, workspaceId: string) {
  const entries = (
    await sql<{ id: string }>`select min(id) as id from time_entries where workspace_id = ${workspaceId}
      and client_id is not null group by client_id limit 500`.execute(db)
  ).rows.map((r) => r.id);
  return alternatingWrites(entries, (id, delta) =>
    sql`update time_entries set minutes = minutes + ${delta} where id = ${id}`.execute(db),
  );
}

/**
 * A write that moves the studio's revenue, as an issued (or voided) invoice does: one issued invoice's pre-tax
 * subtotal changed by a cent (one invoice per client, up to 500). Its client's records changed, and every other
 * client's share of the studio's revenue.
 */
export async function invoiceWrites(db: Kysely<Database>, workspaceId: string) {
  const invoices = (
    await sql<{ id: string }>`select min(id) as id from invoices where workspace_id = ${workspaceId}
      and status <> 'draft' group by client_id limit 500`.execute(db)
  ).rows.map((r) => r.id);
  return alternatingWrites(invoices, (id, delta) =>
    sql`update invoices set subtotal = subtotal + ${delta} where id = ${id}`.execute(db),
  );
}

export async function measureHealth(dataset: Dataset, options: MeasureOptions): Promise<Timing[]> {
  const { ctx } = dataset.db;
  const app = createHttpApp(ctx);
  const asOf = studioToday(ctx, { jurisdiction: "CA-QC" }); // the app's today: the studio's day
  let answer: {
    clientId: string;
    score: { value: number | null };
    warning: { level: string };
    badMetrics: string[];
  }[] = [];
  let bytes = 0;
  // The dashboard's first page is what a studio waits for (every client graded, worst first); the whole list, walked
  // page by page, is what the raw SQL and the lists computed other ways are compared with.
  const warningsPage = async (query = "") => {
    const res = await app.request(`/api/v1/health/warnings${query}`, { headers: { cookie: dataset.cookie } });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`/health/warnings: ${res.status} ${text.slice(0, 300)}`);
    bytes = text.length;
    return JSON.parse(text) as { items: typeof answer; total: number; nextCursor: string | null };
  };
  const whole = async () => {
    const items: typeof answer = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const p = await warningsPage(`?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      items.push(...p.items);
      cursor = p.nextCursor;
    }
    return items;
  };
  let warned = 0;
  const api = await measure("health of all clients (`/health/warnings`, the first page)", options, async () => {
    warned = (await warningsPage()).total;
  });
  const firstPageBytes = bytes;
  answer = await whole();
  // The answer is kept per health generation and day (decision 0014): the timing above is a studio reading its
  // dashboard between writes. After a write, SQLite's kept list is brought up to date for the clients the write
  // touched (`health_changes`; PostgreSQL: `health_marks`); when the studio's revenue moved (an issued invoice), the
  // other clients' share of it is graded again from what the list kept; a write every client reads (the workspace's
  // settings, values, rate) grades them all again from their records.
  const kept = JSON.stringify(answer);
  const get = async () => {
    await warningsPage();
  };
  // Each write before a request, undone at the end: the list brought up to date after them is then the list kept.
  const afterWrites = async (label: string, writes: ReturnType<typeof alternatingWrites>) => {
    const timing = await measure(label, options, async (i) => {
      await writes.write(i);
      await get();
    });
    if (await writes.settle(options.warmup + options.iterations)) await get();
    answer = await whole();
    return { timing, answer: JSON.stringify(answer) };
  };
  const { timing: afterEntry, answer: updated } = await afterWrites(
    "health of all clients after a time entry changed (`/health/warnings`, one client graded again)",
    await timeEntryWrites(ctx.db, dataset.main.id),
  );
  const { timing: afterInvoice, answer: afterRevenue } = await afterWrites(
    "health of all clients after an invoice's subtotal changed (`/health/warnings`, its client read again, every " +
      "other client's share of the studio's revenue graded again in memory)",
    await invoiceWrites(ctx.db, dataset.main.id),
  );
  // The workspace's row touched before each request: what every client reads changed, all are graded again.
  const touch = sql`update workspaces set name = name where id = ${dataset.main.id}`;
  const fresh = await measure(
    "health of all clients, computed anew (`/health/warnings` after a write every client reads)",
    options,
    async () => {
      await touch.execute(ctx.db);
      await get();
    },
  );
  answer = await whole();
  if (JSON.stringify(answer) !== kept)
    throw new Error("/health/warnings kept an answer that differs from the one computed anew");
  // What a user sees after the same kind of write made through the app: the health settings changed (every client
  // reads them) by `PUT /health/settings`, whose writer grades the list after its commit (`prepareHealthWarnings`);
  // the scheduler's tick does it for a new studio day or such a write by another process. Timed: the reader's GET
  // alone. The threshold alternates 61 / the defaults and ends at the defaults (the list as computed anew above).
  const put = async (i: number) => {
    const res = await app.request("/api/v1/health/settings", {
      method: "PUT",
      headers: { authorization: `Bearer ${dataset.bearer}`, "content-type": "application/json" },
      body: JSON.stringify(i % 2 === 0 ? { threshold: 61 } : {}),
    });
    if (res.status !== 200) throw new Error(`PUT /health/settings: ${res.status} ${(await res.text()).slice(0, 300)}`);
  };
  const seen: number[] = [];
  const rounds = options.warmup + options.iterations;
  for (let i = 0; i < rounds + (rounds % 2); i++) {
    await put(i);
    const t0 = performance.now();
    await get();
    if (i >= options.warmup && i < rounds) seen.push(performance.now() - t0);
  }
  seen.sort((x, y) => x - y);
  answer = await whole();
  const prepared: Timing = {
    label:
      "health of all clients as a user sees it after a write every client reads (`/health/warnings` after " +
      "`PUT /health/settings`: the writer graded the list after its commit; the GET alone timed)",
    n: seen.length,
    medianMs: percentile(seen, 50),
    p95Ms: percentile(seen, 95),
  };
  if (JSON.stringify(answer) !== kept)
    throw new Error("/health/warnings prepared after the settings' write differs from the one computed anew");
  if (updated !== kept)
    throw new Error("/health/warnings brought up to date after time entries differs from the one computed anew");
  if (afterRevenue !== kept)
    throw new Error("/health/warnings brought up to date after invoices differs from the one computed anew");
  let raw: Awaited<ReturnType<typeof rawWarnings>> = [];
  const baseline = await measure("health of all clients, raw SQL aggregate (same scores)", options, async () => {
    raw = await rawWarnings(dataset, asOf);
  });
  const got = answer.map((h) => ({
    clientId: h.clientId,
    score: h.score.value,
    level: h.warning.level,
    bad: h.badMetrics,
  }));
  const worse = got.findIndex((g, i) => i > 0 && (g.score ?? 100) < (got[i - 1]!.score ?? 100));
  if (worse >= 0) throw new Error(`/health/warnings is not worst first at #${worse}`);
  // Clients of equal score come in no particular order: compare each client's score and level.
  const byClient = (list: typeof got) =>
    JSON.stringify([...list].sort((a, b) => (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0)));
  const [a, b] = [byClient(got), byClient(raw)];
  if (a !== b) {
    const at = [...a].findIndex((ch, i) => ch !== b[i]);
    throw new Error(
      `/health/warnings differs from the raw SQL scores: …${a.slice(at - 80, at + 80)}… vs …${b.slice(at - 80, at + 80)}…`,
    );
  }
  const ratio = api.medianMs / baseline.medianMs;
  const clients = (await listClientsInRelationship(ctx.db, dataset.main.id)).length;
  api.label += ` — ${clients} clients, ${got.length} warned (${warned} counted by the page), first page ${(firstPageBytes / 1024).toFixed(1)} kB (${firstPageBytes} bytes), ${ratio.toFixed(2)}× the raw SQL (goal ≤ 2; p95 ≤ 50 ms)`;
  baseline.label += `: ${raw.length} warned, equal to the answer`;
  fresh.label += ` — ${(fresh.medianMs / baseline.medianMs).toFixed(2)}× the raw SQL`;
  prepared.label += ` — ${(prepared.medianMs / baseline.medianMs).toFixed(2)}× the raw SQL`;
  afterEntry.label += ` — ${(afterEntry.medianMs / baseline.medianMs).toFixed(2)}× the raw SQL`;
  afterInvoice.label += ` — ${(afterInvoice.medianMs / baseline.medianMs).toFixed(2)}× the raw SQL`;
  const worst = got[0]?.clientId ?? (await listClientsInRelationship(ctx.db, dataset.main.id))[0]!.id;
  let pageBytes = 0;
  const page = await measure("a client's health page (`/clients/{id}/health`, worst warned)", options, async () => {
    const res = await app.request(`/api/v1/clients/${worst}/health`, { headers: { cookie: dataset.cookie } });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`/clients/{id}/health: ${res.status} ${text.slice(0, 300)}`);
    pageBytes = text.length;
  });
  page.label += ` — ${(pageBytes / 1024).toFixed(0)} kB with its 12-month trend (goal p95 ≤ 50 ms)`;
  return [api, afterEntry, afterInvoice, fresh, prepared, baseline, page];
}

// `node --import tsx bench/measure/health-timings.ts [--scale=N] [--iterations=N]`: these timings alone, on a studio
// generated for them (dropped after); `BENCH_DATABASE_URL=postgres://…` on PostgreSQL. Under `flock /tmp/bench.lock`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const iterations = Number(process.argv.find((a) => a.startsWith("--iterations="))?.split("=")[1] ?? 30);
  const dataset = await generate({
    serverUrl: process.env.BENCH_DATABASE_URL || undefined,
    plan: scaledPlan(scaleArg()),
  });
  try {
    for (const t of await measureHealth(dataset, { iterations, warmup: 2 })) {
      console.log(`${t.medianMs.toFixed(2)} / ${t.p95Ms.toFixed(2)} ms (median / p95, n=${t.n}) ${t.label}`);
    }
  } finally {
    await dataset.db.drop();
  }
}
