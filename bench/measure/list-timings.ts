/**
 * Long lists and reports on the large workspace, in-process through the real HTTP app with the owner's cookie: a
 * random page of `/time-entries` (its total checked against a raw `count(*)`: a cached total must still be true), the
 * goodwill page, and search everywhere with the client search's partial names.
 */
import { sql } from "kysely";
import { createHttpApp } from "../../src/http/app.ts";
import type { Dataset } from "../generate.ts";
import type { Rng } from "../support/rng.ts";
import { SEARCHES } from "./in-process.ts";
import { type MeasureOptions, measure, type Timing } from "./timing.ts";

export async function measureLists(dataset: Dataset, rng: Rng, options: MeasureOptions): Promise<Timing[]> {
  const { ctx } = dataset.db;
  const app = createHttpApp(ctx);
  const get = async (path: string) => {
    const res = await app.request(path, { headers: { cookie: dataset.cookie } });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  const raw = await sql<{ n: number | string }>`select count(*) as n from time_entries
    where workspace_id = ${dataset.main.id}`.execute(ctx.db);
  const count = Number(raw.rows[0]?.n ?? 0);
  const pages = Math.max(1, Math.ceil(count / 50));
  const timings: Timing[] = [];
  timings.push(
    await measure(`time entries page (\`/time-entries?page=N\`, random N of ${pages})`, options, async () => {
      const body = await get(`/api/v1/time-entries?page=${rng.int(1, pages)}&pageSize=50`);
      if (body.total !== count) throw new Error(`/time-entries total ${body.total}, raw count(*) ${count}`);
    }),
  );
  timings.push(await measure("goodwill page (`/goodwill`)", options, () => get("/api/v1/goodwill")));
  timings.push(
    await measure("search everywhere (`/search?q=…`, partial names)", options, (i) =>
      get(`/api/v1/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length]!)}`),
    ),
  );
  return timings;
}
