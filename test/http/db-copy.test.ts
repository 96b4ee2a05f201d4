/**
 * `mandat db copy`: the demo and a second studio copied from SQLite into an empty PostgreSQL database and back — every
 * table equal row for row, a session opened before the copy still valid after it (the instance secret came along),
 * the audit chain verifying there, the counters (next invoice numbers) carried; a target that holds data is refused.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/app/demo/load-demo.ts";
import { createHttpApp } from "../../src/http/app.ts";
import { CopyRefused, copyDatabase } from "../../src/store/database-copy.ts";
import { openDatabase, type Store } from "../../src/store/open-database.ts";
import { createTestDatabase, PG_URL, type TestDatabase, testContext } from "../support/engines.ts";
import { buildClient, buildSignUp, TestClient } from "../support/http-client.ts";

/** Every table's rows, ordered by primary key, as comparable JSON. */
async function dump(store: Store): Promise<Record<string, unknown[]>> {
  // SQLite's search indexes (FTS5 `<table>_search`, its shadow tables and its docid map) exist on SQLite alone, kept
  // by triggers from the rows they index. The derived tables kept by triggers on both engines (the health rollup, the
  // tax lines) are compared: the copy does not carry them, the target's triggers rebuild them. Which clients the
  // writes touched (SQLite's `health_changes` beside its generation, PostgreSQL's `health_marks` and `receivables_marks`) only tells caches
  // what changed.
  const tables = (await store.db.introspection.getTables()).filter(
    (t) =>
      !t.name.startsWith("kysely_") &&
      !/_search($|_)/.test(t.name) &&
      !["health_changes", "health_marks", "receivables_marks"].includes(t.name),
  );
  const out: Record<string, unknown[]> = {};
  for (const t of tables.sort((a, b) => a.name.localeCompare(b.name))) {
    const columns = t.columns.map((c) => c.name).sort();
    const rows = await (store.db as any).selectFrom(t.name).select(columns).execute();
    // The change counters (`*_generation`) only tell caches that something changed: the copy's own inserts raise them.
    const kept = t.name === "instance" ? rows.filter((r: { key: string }) => !r.key.endsWith("_generation")) : rows;
    out[t.name] = kept.map((r: Record<string, unknown>) => JSON.stringify(columns.map((c) => r[c]))).sort();
  }
  return out;
}

describe.skipIf(!PG_URL)("db copy between SQLite and PostgreSQL", () => {
  let sqlite: TestDatabase;
  let postgres: TestDatabase;
  let back: Store | undefined;
  const backDir = mkdtempSync(join(tmpdir(), "mandat-copy-"));
  let studio: TestClient;
  let demo: Awaited<ReturnType<typeof loadDemo>>;

  beforeAll(async () => {
    sqlite = await createTestDatabase("sqlite");
    postgres = await createTestDatabase("postgres");
    const ctx = testContext(sqlite);
    demo = await loadDemo(ctx, { ip: null, userAgent: null, requireEmpty: true });
    studio = new TestClient(createHttpApp(ctx));
    expect((await studio.post("/api/v1/auth/signup", buildSignUp())).status).toBe(201);
    expect((await studio.post("/api/v1/clients", buildClient())).status).toBe(201);
  });
  afterAll(async () => {
    await back?.close();
    await postgres?.drop();
    await sqlite?.drop();
    rmSync(backDir, { recursive: true, force: true });
  });

  it("copies every table row for row into PostgreSQL, where the app works on", async () => {
    const progress: number[] = [];
    const tables = await copyDatabase(sqlite.store, postgres.store, (done) => progress.push(done));
    const original = await dump(sqlite.store);
    expect(await dump(postgres.store)).toEqual(original);
    expect(tables.find((t) => t.name === "audit_events")?.rows).toBeGreaterThan(50);
    expect(tables.find((t) => t.name === "counters")?.rows).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(tables.reduce((n, t) => n + t.rows, 0));

    const app = createHttpApp(testContext(postgres));
    const moved = Object.assign(new TestClient(app), { cookie: studio.cookie, csrf: studio.csrf });
    expect((await moved.get("/api/v1/me")).status).toBe(200);
    expect((await moved.get("/api/v1/clients")).body.items).toHaveLength(1);
    const verify = await moved.get("/api/v1/audit/verify");
    expect(verify.body.valid).toBe(true);
    expect((await moved.post("/api/v1/clients", buildClient())).status).toBe(201);

    // The demo studio's next invoice continues its series on PostgreSQL: no gap, no number taken twice.
    const owner = Object.assign(new TestClient(app), {
      cookie: `mandat_session=${demo.session.token}`,
      csrf: demo.session.csrfToken,
    });
    const invoices = (await owner.get("/api/v1/invoices?pageSize=200")).body.items as {
      number: string | null;
      clientId: string;
    }[];
    const numbers = invoices.flatMap((i) => (i.number ? [i.number] : [])).sort();
    expect(numbers.length).toBeGreaterThan(0);
    const last = numbers.at(-1)!;
    const [, prefix, digits] = /^(.*?)(\d+)$/.exec(last)!;
    const expected = `${prefix}${String(Number(digits) + 1).padStart(digits!.length, "0")}`;
    const draft = await owner.post("/api/v1/invoices", {
      clientId: invoices[0]!.clientId,
      lines: [{ description: "Hébergement — décembre", quantityMilli: 1000, unitPrice: 2_500 }],
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const issued = await owner.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, {});
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    expect(issued.body.number).toBe(expected);
  });

  it("refuses a target that already holds data", async () => {
    await expect(copyDatabase(sqlite.store, postgres.store)).rejects.toBeInstanceOf(CopyRefused);
  });

  it("copies back into a new SQLite file", async () => {
    back = openDatabase({ sqlitePath: join(backDir, "back.sqlite") });
    await copyDatabase(postgres.store, back);
    expect(await dump(back)).toEqual(await dump(postgres.store));
  });
});
