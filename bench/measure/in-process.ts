/**
 * In-process latencies through the real HTTP app (`app.request()`, no socket), signed in with the owner's session
 * cookie: client list pages, searches, tag and status filters, and client detail, each with varying inputs. Every
 * answer is checked: a 200, and no client of another workspace in it. Queries are counted per request (a Kysely plugin
 * on the same database), so an N+1 shows as a count that grows with the page, whatever the machine's speed.
 */
import type { KyselyPlugin } from "kysely";
import { CLIENT_STATUSES } from "../../src/domain/client.ts";
import { createHttpApp } from "../../src/http/app.ts";
import type { Dataset } from "../generate.ts";
import { TAGS } from "../support/pools.ts";
import type { Rng } from "../support/rng.ts";
import { type MeasureOptions, measure, type Timing } from "./timing.ts";

/** Partial names as people type them: with and without accents, case, prefixes, cities, contacts, e-mails. */
export const SEARCHES = [
  "tremb",
  "Tremblay",
  "côté",
  "cote",
  "lévesque",
  "levesque",
  "LEVESQUE",
  "boulangerie",
  "érabl",
  "erabl",
  "montréal",
  "montreal",
  "québec",
  "agence étoile",
  "agence etoile",
  "pixel",
  "hélène",
  "helene",
  "gagnon",
  "smith",
  "bakery",
  "o'brien",
  "saint-jérôme",
  "st-j",
  "fromagerie du",
  "chloé pel",
  "noemie",
  "@",
  "lab 1",
  "trois-rivières",
  "nordique",
  "séguin",
  "microbrass",
  "zzz-nobody",
] as const;

interface ClientPageBody {
  items: { id: string }[];
  total: number;
}

export async function measureInProcess(dataset: Dataset, rng: Rng, measureOptions: MeasureOptions): Promise<Timing[]> {
  let queries = 0;
  // Counted on the result, which every statement run through Kysely passes — pre-compiled ones too (the auth
  // generation, the client detail), which never reach transformQuery.
  const counter: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      queries += 1;
      return args.result;
    },
  };
  const { ctx } = dataset.db;
  const app = createHttpApp({ ...ctx, db: ctx.db.withPlugin(counter) });
  const options: MeasureOptions = { ...measureOptions, queryCount: () => queries };
  const headers = { cookie: dataset.cookie };
  const mainIds = dataset.main.ids.get("clients") ?? [];
  const ours = new Set(mainIds);
  const pages = Math.ceil(mainIds.length / 25);

  const get = async (path: string): Promise<unknown> => {
    const res = await app.request(path, { headers });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text);
  };
  const list = async (query: string) => {
    const body = (await get(`/api/v1/clients?${query}`)) as ClientPageBody;
    for (const item of body.items) {
      if (!ours.has(item.id)) throw new Error(`?${query} returned client ${item.id} of another workspace`);
    }
    return body;
  };
  const q = (params: Record<string, string | number>) =>
    new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

  const timings: Timing[] = [];
  timings.push(
    await measure("client list page (`?page=N`, random N)", options, () => list(q({ page: rng.int(1, pages) }))),
  );
  let found = 0;
  timings.push(
    await measure("client search (`?q=…`, partial names, accents or not)", options, async (i) => {
      const body = await list(q({ q: SEARCHES[i % SEARCHES.length]! }));
      if (body.total > 0) found += 1;
    }),
  );
  if (found === 0) throw new Error("no search found anything: the generated data or the search is broken");
  timings.push(await measure("client list by tag (`?tag=…`)", options, () => list(q({ tag: rng.pick(TAGS) }))));
  timings.push(
    await measure("client list by status (`?status=…&page=N`)", options, () =>
      list(q({ status: rng.pick(CLIENT_STATUSES), page: rng.int(1, 4) })),
    ),
  );
  timings.push(
    await measure("client detail (`/clients/{id}`, with signals)", options, async () => {
      const id = rng.pick(mainIds);
      const body = (await get(`/api/v1/clients/${id}`)) as { id: string };
      if (body.id !== id) throw new Error(`detail of ${id} answered ${body.id}`);
    }),
  );
  const busiest = dataset.signalsPerClient;
  timings.push(
    await measure(`client detail, busiest client (${busiest.max} signals)`, options, async () => {
      await get(`/api/v1/clients/${busiest.busiestClientId}`);
    }),
  );
  const foreign = dataset.others[0]?.ids.get("clients")?.[0];
  if (foreign) {
    const res = await app.request(`/api/v1/clients/${foreign}`, { headers });
    if (res.status !== 404) throw new Error(`another workspace's client answered ${res.status}, not 404`);
  }
  return timings;
}
