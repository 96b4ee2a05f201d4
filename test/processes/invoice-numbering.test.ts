/**
 * Invoice numbers under concurrency: two real server processes on one database (PostgreSQL, and one SQLite file)
 * issue 240 drafts at once; the numbers form one continuous series 1..N with no gap and no duplicate.
 */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractFetch } from "../support/documented-app.ts";
import { createTestDatabase, engines, type TestDatabase } from "../support/engines.ts";
import { buildClient, buildSignUp } from "../support/http-client.ts";
import { type ServerProcess, spawnServer } from "../support/spawn-server.ts";

/** Each answer of the server processes is checked against the OpenAPI document. */
const fetch = contractFetch;

const N = 240;
const CONCURRENCY = 16;

/** Runs `task` over `items` with at most `limit` in flight. */
async function pool<T, R>(items: readonly T[], limit: number, task: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

describe.each(engines())("invoice numbering from two processes on one $engine database", ({ engine, skip }) => {
  let db: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    if (skip) return;
    db = await createTestDatabase(engine);
    await db.store.close(); // the processes open it themselves
    const env = {
      DATA_DIR: db.dataDir,
      ...(db.location.databaseUrl ? { DATABASE_URL: db.location.databaseUrl } : {}),
      SIGNUP_POLICY: "first-only",
    };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  it.skipIf(skip)(
    `issues ${N} invoices in parallel with one continuous series`,
    async () => {
      const signup = await fetch(`${a.url}/api/v1/auth/signup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(buildSignUp()),
      });
      expect(signup.status).toBe(201);
      const cookie = /mandat_session=[^;]+/.exec(signup.headers.get("set-cookie") ?? "")![0];
      const { csrfToken } = await signup.json();
      const call = async (base: string, method: string, path: string, body?: unknown) => {
        const res = await fetch(`${base}/api/v1${path}`, {
          method,
          headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        return { status: res.status, body: await res.json() };
      };
      const client = await call(a.url, "POST", "/clients", buildClient());
      expect(client.status).toBe(201);

      const drafts = await pool(Array.from({ length: N }), 8, async (_, i) => {
        const res = await call(i % 2 ? b.url : a.url, "POST", "/invoices", {
          clientId: client.body.id,
          lines: [{ description: `Travaux ${i}`, quantityMilli: 1000, unitPrice: 10_000 + i }],
        });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        return res.body.invoice.id as string;
      });

      const started = performance.now();
      const issued = await pool(drafts, CONCURRENCY, async (id, i) => {
        const res = await call(i % 2 ? b.url : a.url, "POST", `/invoices/${id}/issue`, {});
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        return res.body.number as string;
      });
      const ms = performance.now() - started;

      const year = new Date().toISOString().slice(0, 4);
      const seqs = issued.map((n) => {
        expect(n).toMatch(new RegExp(`^${year}-\\d{4}$`));
        return Number(n.slice(5));
      });
      const sorted = [...seqs].sort((x, y) => x - y);
      const gaps = sorted.filter((s, i) => s !== i + 1).length;
      const duplicates = seqs.length - new Set(seqs).size;
      console.info(
        `[invoice-numbering] ${engine}: ${N} issued from 2 processes (concurrency ${CONCURRENCY}) in ${ms.toFixed(0)} ms; ` +
          `gaps ${gaps}, duplicates ${duplicates}, max ${sorted.at(-1)}`,
      );
      expect(sorted).toEqual(Array.from({ length: N }, (_, i) => i + 1));

      // The stored series agrees with what the processes answered.
      const stored: string[] = [];
      for (let page = 1; stored.length < N; page++) {
        const list = await call(b.url, "GET", `/invoices?status=issued&pageSize=200&page=${page}`);
        expect(list.status).toBe(200);
        if (list.body.items.length === 0) break;
        stored.push(...list.body.items.map((x: { number: string }) => x.number));
      }
      expect(stored.sort()).toEqual([...issued].sort());
    },
    120_000,
  );
});
