/**
 * The embedded database's own faults, met for real: a full disk (SQLite's page limit reached, as when the volume
 * fills up) and a write lock held by another process (SQLITE_BUSY past the busy timeout). Each write caught by one
 * answers 503 with Retry-After, never 500; nothing is half-written (the database's integrity check passes, the audit
 * chain verifies, the refused client does not exist), and the next write succeeds once the fault is gone.
 */
import Database from "better-sqlite3";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClient, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe("SQLite faults answer 503 and leave the database whole", () => {
  let fx: HttpFixture;
  let owner: TestClient;
  const pragma = async <T>(text: string) => (await sql.raw<T>(`PRAGMA ${text}`).execute(fx.db.store.db)).rows;
  const clientNames = async () =>
    (await sql<{ name: string }>`select name from clients`.execute(fx.db.store.db)).rows.map((r) => r.name);
  const whole = async () => {
    expect(await pragma<{ integrity_check: string }>("integrity_check")).toEqual([{ integrity_check: "ok" }]);
    expect((await owner.get("/api/v1/audit/verify")).body).toMatchObject({ valid: true, firstInvalid: null });
  };

  beforeAll(async () => {
    fx = await createHttpFixture("sqlite");
    owner = await fx.owner();
  });
  afterAll(async () => {
    await fx?.close();
  });

  it("answers 503 when the disk is full, writes nothing, and resumes when there is room", async () => {
    const [{ page_count: pages }] = (await pragma<{ page_count: number }>("page_count")) as [{ page_count: number }];
    // The server's one connection may not grow the file beyond its size now: the next page it needs is refused.
    await pragma(`max_page_count = ${pages}`);
    const answers: number[] = [];
    let refused: { status: number; retryAfter: string | null; name: string } | undefined;
    for (let i = 0; i < 200 && !refused; i++) {
      const client = buildClient({ name: `Client plein ${i} ${"x".repeat(2_000)}`.slice(0, 200) });
      const res = await owner.post("/api/v1/clients", client);
      answers.push(res.status);
      if (res.status !== 201)
        refused = { status: res.status, retryAfter: res.headers.get("retry-after"), name: client.name };
    }
    expect(refused, `a write met the full disk (answers: ${answers.join(",")})`).toBeDefined();
    expect(refused!.status).toBe(503);
    expect(refused!.retryAfter).toBe("5");
    expect(await clientNames()).not.toContain(refused!.name);
    expect((await owner.get("/api/v1/clients")).status).toBe(200); // reads still answer
    await whole();

    await pragma("max_page_count = 1073741823");
    expect((await owner.post("/api/v1/clients", buildClient())).status).toBe(201);
    await whole();
  });

  it("answers 503 while another process holds the write lock, and writes once it is released", async () => {
    // Another process (the CLI, a backup, a second server) in a long write transaction.
    const other = new Database(fx.db.location.sqlitePath);
    other.prepare("BEGIN IMMEDIATE").run();
    await pragma("busy_timeout = 200"); // the server's wait for the lock, shortened for the test
    try {
      const client = buildClient();
      const res = await owner.post("/api/v1/clients", client);
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(res.body.code).toBe("unavailable");
      other.prepare("ROLLBACK").run();
      expect(await clientNames()).not.toContain(client.name);
      expect((await owner.post("/api/v1/clients", client)).status).toBe(201);
      await whole();
    } finally {
      if (other.inTransaction) other.prepare("ROLLBACK").run();
      other.close();
      await pragma("busy_timeout = 10000");
    }
  });
});
