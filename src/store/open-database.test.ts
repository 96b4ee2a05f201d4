/**
 * Statements a read runs on every request are prepared once: on SQLite every statement comes from a bounded cache of
 * prepared statements; on PostgreSQL the texts marked `preparedOnPostgres` run as named statements, parsed and planned
 * once per connection (and the detail's answer is the same either way: test/http/client-detail.test.ts).
 */
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, PG_URL, type TestDatabase } from "../../test/support/engines.ts";
import { findClientDetail } from "./client-store.ts";
import { withStatementCache } from "./open-database.ts";
import { authGeneration } from "./session-store.ts";

describe("the SQLite statement cache", () => {
  it("answers the statement prepared for a text, keeping the most recently used", () => {
    const database = new SQLite(":memory:");
    const cache = withStatementCache(database, 2);
    const one = cache.prepare("select 1 as n");
    expect(cache.prepare("select 1 as n")).toBe(one);
    expect((one as unknown as SQLite.Statement).get()).toEqual({ n: 1 });
    const two = cache.prepare("select 2 as n");
    expect(cache.prepare("select 1 as n")).toBe(one); // now the most recent: "select 2" goes first
    cache.prepare("select 3 as n");
    expect(cache.prepare("select 1 as n")).toBe(one);
    expect(cache.prepare("select 2 as n")).not.toBe(two);
    cache.close();
  });
});

describe.skipIf(!PG_URL)("statements kept prepared on PostgreSQL", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("runs the client detail and the authentication generation as named statements, and nothing else", async () => {
    const prepared = await db.store.db.connection().execute(async (connection) => {
      // One connection throughout: prepared statements belong to it.
      await findClientDetail(connection, "no-workspace", "no-client");
      await authGeneration(connection);
      await connection.selectFrom("clients").select("id").where("id", "=", "no-client").execute();
      const { rows } = await sql<{ name: string; statement: string }>`
        select name, statement from pg_prepared_statements order by statement`.execute(connection);
      return rows;
    });
    expect(prepared.map((p) => p.name.slice(0, 7))).toEqual(["mandat_", "mandat_"]);
    expect(prepared.some((p) => p.statement.includes("signals_json"))).toBe(true);
    expect(prepared.some((p) => p.statement.includes("auth_generation"))).toBe(true);
  });
});
