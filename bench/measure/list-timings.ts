/**
 * Long lists and reports on the large workspace, in-process through the real HTTP app with the owner's cookie, each
 * beside a raw-SQL baseline measured in the same run whose answer is compared with the route's:
 * - a random page of `/time-entries?page=N` (its total checked against a raw `count(*)`: a cached total must still be
 *   true; twenty of its pages' ids against a raw `OFFSET`), and the same list walked by `cursor` from random pages
 *   (each page's ids equal to a raw keyset SELECT's);
 * - the goodwill page;
 * - search everywhere with the client search's partial names (the raw baseline: the other five kinds narrowed by
 *   `LIKE '%…%'` with no index, the way search ran before its trigram indexes — a cost baseline, answers not compared).
 */
import { sql } from "kysely";
import { createHttpApp } from "../../src/http/app.ts";
import type { Dataset } from "../generate.ts";
import type { Rng } from "../support/rng.ts";
import { SEARCHES } from "./in-process.ts";
import { type MeasureOptions, measure, type Timing } from "./timing.ts";

/** The route's timing labelled with its ratio to the raw baseline of the same run, then the baseline. */
export function withBaseline(route: Timing, raw: Timing): Timing[] {
  return [
    { ...route, label: `${route.label} — **${(route.p95Ms / raw.p95Ms).toFixed(1)}× raw SQL at p95**` },
    { ...raw, label: `↳ raw SQL baseline: ${raw.label}` },
  ];
}

export async function measureLists(dataset: Dataset, rng: Rng, options: MeasureOptions): Promise<Timing[]> {
  const { ctx } = dataset.db;
  const app = createHttpApp(ctx);
  const ws = dataset.main.id;
  const get = async (path: string) => {
    const res = await app.request(path, { headers: { cookie: dataset.cookie } });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  const raw = await sql<{ n: number | string }>`select count(*) as n from time_entries
    where workspace_id = ${ws}`.execute(ctx.db);
  const count = Number(raw.rows[0]?.n ?? 0);
  const pages = Math.max(1, Math.ceil(count / 50));
  const timings: Timing[] = [];
  // A numbered page far down is found from an anchor (decision 0014): a sample of pages is checked against a raw
  // OFFSET over the same order, after the timing.
  const numbered: { page: number; ids: string[] }[] = [];
  timings.push(
    await measure(`time entries page (\`/time-entries?page=N\`, random N of ${pages})`, options, async () => {
      const page = rng.int(1, pages);
      const body = await get(`/api/v1/time-entries?page=${page}&pageSize=50`);
      if (body.total !== count) throw new Error(`/time-entries total ${body.total}, raw count(*) ${count}`);
      if (numbered.length < 20) numbered.push({ page, ids: (body.items as { id: string }[]).map((e) => e.id) });
    }),
  );
  for (const { page, ids } of numbered) {
    const raw = await sql<{ id: string }>`select id from time_entries where workspace_id = ${ws}
      order by date desc, created_at desc, id desc limit 50 offset ${(page - 1) * 50}`.execute(ctx.db);
    if (raw.rows.map((r) => r.id).join() !== ids.join())
      throw new Error(`/time-entries?page=${page} differs from OFFSET`);
  }

  // By cursor: a walk of ten pages from each of a few random pages; every page checked against a raw keyset SELECT.
  type Row = { id: string; date: string; createdAt: string };
  type Page = { items: Row[]; nextCursor: string | null };
  const rawAfter = async (after: Row) =>
    (
      await sql<{ id: string }>`select id from time_entries where workspace_id = ${ws}
        and (date, created_at, id) < (${after.date}, ${after.createdAt}, ${after.id})
        order by date desc, created_at desc, id desc limit 50`.execute(ctx.db)
    ).rows.map((r) => r.id);
  let cursor: { token: string; after: Row } | undefined;
  const checks: { after: Row; ids: string[] }[] = [];
  const cursorTiming = await measure(
    "time entries by cursor (`?cursor=…`, ten pages on from a random page)",
    options,
    async (i) => {
      if (i % 10 === 0 || !cursor) {
        const start = (await get(`/api/v1/time-entries?page=${rng.int(1, pages - 1)}&pageSize=50`)) as unknown as Page;
        cursor = { token: start.nextCursor!, after: start.items.at(-1)! };
      }
      const body = (await get(
        `/api/v1/time-entries?pageSize=50&cursor=${encodeURIComponent(cursor.token)}`,
      )) as unknown as Page;
      if (checks.length < 50) checks.push({ after: cursor.after, ids: body.items.map((e) => e.id) });
      cursor = body.nextCursor ? { token: body.nextCursor, after: body.items.at(-1)! } : undefined;
    },
  );
  for (const c of checks) {
    const ids = await rawAfter(c.after);
    if (ids.join() !== c.ids.join()) throw new Error(`a cursor page after ${c.after.id} differs from the raw keyset`);
  }
  const afters = checks.map((c) => c.after);
  const rawCursor = await measure("keyset SELECT of the page's ids (no totals, no flags)", options, (i) =>
    rawAfter(afters[i % afters.length]!),
  );
  timings.push(...withBaseline(cursorTiming, rawCursor));

  timings.push(await measure("goodwill page (`/goodwill`)", options, () => get("/api/v1/goodwill")));

  // Search: the route, then the same kinds narrowed by an unindexed LIKE — a cost baseline only: its answers differ
  // (no accent folding, no exact match), so they are not compared.
  type Groups = { groups: { kind: string; items: { id: string }[] }[] };
  let hits = 0;
  const searchTiming = await measure("search everywhere (`/search?q=…`, partial names)", options, async (i) => {
    const q = SEARCHES[i % SEARCHES.length]!;
    const body = (await get(`/api/v1/search?q=${encodeURIComponent(q)}`)) as unknown as Groups;
    hits += body.groups.length;
  });
  if (hits === 0) throw new Error("search everywhere found nothing: the data or the search is broken");
  const rawSearch = (q: string) => {
    const word = `%${q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    const like = (column: string) => sql`lower(${sql.raw(column)}) like ${word} escape '\\'`;
    return Promise.all([
      sql`select id from client_contacts where workspace_id = ${ws}
        and (${like("name")} or ${like("email")} or ${like("phone")}) limit 200`.execute(ctx.db),
      sql`select id from offers where workspace_id = ${ws} and (${like("number")} or ${like("title")}) limit 200`.execute(
        ctx.db,
      ),
      sql`select id from change_orders where workspace_id = ${ws}
        and (${like("number")} or ${like("state_json")}) limit 200`.execute(ctx.db),
      sql`select id from invoices where workspace_id = ${ws} and ${like("number")} limit 200`.execute(ctx.db),
      sql`select id from claims where workspace_id = ${ws} and ${like("state_json")} limit 200`.execute(ctx.db),
    ]);
  };
  const rawSearchTiming = await measure(
    "unindexed `LIKE '%…%'` over contacts, offers, change orders, invoices, claims",
    options,
    (i) => rawSearch(SEARCHES[i % SEARCHES.length]!),
  );
  timings.push(...withBaseline(searchTiming, rawSearchTiming));
  return timings;
}
