/**
 * A fuzzer driven by the OpenAPI document: every operation gets requests built from its schemas and then broken —
 * wrong types, out-of-range numbers, lone surrogates and NUL in text, unknown fields, malformed JSON, wrong content
 * types, odd path ids and query values — sent as a signed-in owner. None may answer 500, and a refused request (4xx)
 * writes nothing (the audit trail, which every write appends to, does not grow). A fixed seed and a small count run in
 * `npm test`; `FUZZ_REQUESTS=100000 FUZZ_SEED=7 npx vitest run --project unit test/http/fuzz.test.ts` runs more.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { buildClient, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { resolve, type Schema } from "../support/openapi-walk.ts";

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 600);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

const NASTY_STRINGS = [
  "",
  " ",
  "\ud800",
  "a\udc00b",
  "\u0000",
  "x".repeat(10_000),
  '=HYPERLINK("http://evil")',
  "'; drop table clients; --",
  "../../etc/passwd",
  "%00",
  "🎨",
  "2026-02-30",
  "-1",
  "1e400",
  "null",
  "<script>alert(1)</script>",
];
const NASTY_NUMBERS = [0, -1, 1.5, 2 ** 53, -(2 ** 53), 1e308, Number.MAX_SAFE_INTEGER, 0.0001];

function stringFor(s: Schema & Record<string, any>, rng: Rng, ids: string[]): string {
  if (s.enum && rng.chance(0.7)) return rng.pick(s.enum as string[]);
  if (s.format === "date" || /YYYY/.test(s.pattern ?? "") || s.example === "2026-11-26") return "2026-11-26";
  if (s.format === "email") return `fuzz${rng.int(1e6)}@example.test`;
  if (rng.chance(0.3) && ids.length > 0) return rng.pick(ids);
  return rng.chance(0.5) ? `text ${rng.int(1000)}` : rng.pick(NASTY_STRINGS);
}

/** A value for the schema, valid-looking most of the time, broken some of the time. */
function valueFor(doc: any, schema: Schema, rng: Rng, ids: string[], depth = 0): unknown {
  const s = resolve(doc, schema) as Schema & Record<string, any>;
  if (depth > 5) return null;
  if (rng.chance(0.06)) return rng.pick<unknown>([null, true, 42, "str", [], {}, rng.pick(NASTY_STRINGS), -1]);
  const alts = s.anyOf ?? s.oneOf;
  if (alts) return valueFor(doc, rng.pick(alts), rng, ids, depth + 1);
  if (s.allOf) return valueFor(doc, s.allOf[0]!, rng, ids, depth + 1);
  const type = Array.isArray(s.type) ? rng.pick(s.type) : s.type;
  switch (type) {
    case "string":
      return stringFor(s, rng, ids);
    case "integer":
    case "number":
      return rng.chance(0.6) ? (s.minimum ?? 0) + rng.int(100) : rng.pick(NASTY_NUMBERS);
    case "boolean":
      return rng.chance(0.5);
    case "null":
      return null;
    case "array": {
      const n = rng.chance(0.1) ? 300 : rng.int(3);
      return Array.from({ length: n }, () => (s.items ? valueFor(doc, s.items, rng, ids, depth + 1) : rng.int(5)));
    }
    default: {
      if (s.enum) return rng.pick(s.enum as unknown[]);
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        if (rng.chance(0.8)) out[k] = valueFor(doc, v, rng, ids, depth + 1);
      }
      if (rng.chance(0.05)) out[rng.pick(["__proto__", "constructor", "extra", "\ud800"])] = rng.pick(NASTY_STRINGS);
      return out;
    }
  }
}

interface Op {
  method: string;
  path: string;
  params: { name: string; in: string; schema?: Schema }[];
  body: Schema | undefined;
}

describe.each(engines())("fuzzing the API on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient;
  let doc: any;
  const ids: string[] = [];
  const auditCount = async () =>
    Number((await sql<{ n: number }>`select count(*) as n from audit_events`.execute(fx.db.store.db)).rows[0]!.n);

  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    doc = (await owner.get("/api/v1/openapi.json")).body;
    ids.push((await owner.post("/api/v1/clients", buildClient())).body.id);
    ids.push((await owner.get("/api/v1/me")).body.member.id);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)(
    `answers ${REQUESTS} fuzzed requests (seed ${SEED}) without a 500, refusals writing nothing`,
    async () => {
      const ops: Op[] = [];
      for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
        for (const [method, op] of Object.entries<any>(item)) {
          if (path.endsWith("/auth/logout")) continue; // would end the fuzzer's own session
          ops.push({
            method: method.toUpperCase(),
            path,
            params: op.parameters ?? [],
            body: op.requestBody?.content?.["application/json"]?.schema,
          });
        }
      }
      const rng = prng(SEED);
      const failures: string[] = [];
      const writesOnRefusal: string[] = [];
      const statuses = new Map<number, number>();
      for (let i = 0; i < REQUESTS; i++) {
        const op = ops[i % ops.length]!;
        // Path segments as sent on the wire (already percent-encoded): ids, junk, invalid UTF-8, NUL.
        const segments = [...ids, ...ids, "x", "0".repeat(64), "%C3%A9", "%00", "a".repeat(300), "%ED%A0%80", "%FF"];
        let path = op.path.replace(/\{([^}]+)\}/g, () => rng.pick(segments));
        const query = new URLSearchParams();
        for (const p of op.params.filter((p) => p.in === "query")) {
          if (rng.chance(0.5)) query.set(p.name, String(valueFor(doc, p.schema ?? {}, rng, ids)));
        }
        if (query.size > 0) path += `?${query}`;
        const headers: Record<string, string> = {};
        let body: string | undefined;
        if (op.body || (op.method !== "GET" && op.method !== "HEAD" && rng.chance(0.1))) {
          const roll = rng.next();
          body =
            roll < 0.08
              ? rng.pick(['{"a":', "[", "nul", "\u0000", '{"a":"\\ud800"}', "1e999"])
              : JSON.stringify(valueFor(doc, op.body ?? {}, rng, ids));
          headers["content-type"] =
            roll > 0.93
              ? rng.pick(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", ""])
              : "application/json";
          if (headers["content-type"] === "") delete headers["content-type"];
        }
        const before = await auditCount();
        const res = await owner.request(op.method, path, body, headers);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const where = `${op.method} ${path} ${(body ?? "").slice(0, 200)} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
        if (res.status >= 500) failures.push(where);
        else if (res.status >= 400 && (await auditCount()) !== before) writesOnRefusal.push(where);
      }
      console.info(`[fuzz ${engine}] ${REQUESTS} requests, seed ${SEED}:`, Object.fromEntries([...statuses].sort()));
      expect(failures).toEqual([]);
      expect(writesOnRefusal).toEqual([]);
    },
    Math.max(600_000, REQUESTS * 25),
  );
});
