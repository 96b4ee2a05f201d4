/** The audit chain catches a row edited, deleted or cut off behind the application's back, and names it. */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testNow } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import { buildClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("audit chain on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine);
  });
  afterAll(async () => {
    await fx?.close();
  });

  async function workspaceWithHistory() {
    const owner = await fx.owner();
    const client = await owner.post("/api/v1/clients", buildClient());
    await owner.patch(`/api/v1/clients/${client.body.id}`, { status: "paused" });
    await owner.post(`/api/v1/clients/${client.body.id}/signals`, {
      kind: "warning",
      severity: 3,
      source: "ex-developer",
      occurredOn: "2026-10-26",
      text: "they will make your life hard",
    });
    return owner;
  }

  it.skipIf(skip)("verifies an untouched chain", async () => {
    const owner = await workspaceWithHistory();
    const res = await owner.get("/api/v1/audit/verify");
    expect(res.body).toEqual({ valid: true, checked: 5, firstInvalid: null, invoices: { checked: 0, mismatched: [] } });
  });

  it.skipIf(skip)("lists the events of one member or of a span of days, paged", async () => {
    const owner = await workspaceWithHistory();
    const today = testNow().toISOString().slice(0, 10);
    const all = await owner.get("/api/v1/audit?pageSize=2");
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(2);
    const mine = await owner.get(`/api/v1/audit?memberId=${owner.memberId}`);
    expect(mine.body.total).toBeGreaterThan(0);
    expect(mine.body.items.every((e: { actor: { id: string } | null }) => e.actor?.id === owner.memberId)).toBe(true);
    expect((await owner.get("/api/v1/audit?memberId=someone-else")).body.total).toBe(0);
    expect((await owner.get(`/api/v1/audit?from=${today}&to=${today}`)).body.total).toBe(all.body.total);
    expect((await owner.get("/api/v1/audit?to=2020-01-01")).body.total).toBe(0);
    expect((await owner.get("/api/v1/audit?from=2099-01-01")).body.total).toBe(0);
    expect((await owner.get("/api/v1/audit?from=yesterday")).status).toBe(400);
  });

  it.skipIf(skip)("names the event whose row was edited directly in the database", async () => {
    const owner = await workspaceWithHistory();
    const db = fx.db.store.db;
    const target = await db
      .selectFrom("audit_events")
      .select(["id", "seq"])
      .where("workspace_id", "=", owner.workspaceId)
      .where("action", "=", "client.updated")
      .executeTakeFirstOrThrow();
    await db
      .updateTable("audit_events")
      .set({ after_json: sql<string>`replace(after_json, 'paused', 'active')` })
      .where("id", "=", target.id)
      .execute();
    const res = await owner.get("/api/v1/audit/verify");
    expect(res.body.valid).toBe(false);
    expect(res.body.firstInvalid).toMatchObject({ id: target.id, seq: Number(target.seq) });
    expect(res.body.firstInvalid.reason).toContain("edited");
  });

  it.skipIf(skip)("detects a deleted event and events cut off the end", async () => {
    const owner = await workspaceWithHistory();
    const db = fx.db.store.db;
    const last = await db
      .selectFrom("audit_events")
      .select(["id", "seq"])
      .where("workspace_id", "=", owner.workspaceId)
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    await db.deleteFrom("audit_events").where("id", "=", last.id).execute();
    const cut = await owner.get("/api/v1/audit/verify");
    expect(cut.body.valid).toBe(false);
    expect(cut.body.firstInvalid.reason).toContain("missing");

    const other = await workspaceWithHistory();
    await db.deleteFrom("audit_events").where("workspace_id", "=", other.workspaceId).where("seq", "=", 2).execute();
    const gap = await other.get("/api/v1/audit/verify");
    expect(gap.body.firstInvalid).toMatchObject({ seq: 3 });
  });

  it.skipIf(skip)("keeps one gap-free sequence per workspace under concurrent writes", async () => {
    const owner = await fx.owner();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => owner.post("/api/v1/clients", buildClient({ name: `Parallel ${i}` }))),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const seqs = await fx.db.store.db
      .selectFrom("audit_events")
      .select("seq")
      .where("workspace_id", "=", owner.workspaceId)
      .orderBy("seq")
      .execute();
    expect(seqs.map((s) => Number(s.seq))).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect((await owner.get("/api/v1/audit/verify")).body.valid).toBe(true);
  });
});
