/**
 * The audit trail filtered by client (issue 15, item 5): every event of the client's own records — the client, its
 * offers, mandates, claims, time, invoices — and of records deleted since, none of another client's; combined with
 * the day and member filters; another workspace's client is not found (404 naming clientId).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testNow } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import { buildClient, buildOffer, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { signedMandate } from "../support/scope-fixture.ts";

interface Event {
  action: string;
  entity: string;
  entityId: string;
  at: string;
}

describe.each(engines())("audit filters on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient & { memberId: string };
  let a: Awaited<ReturnType<typeof signedMandate>>;
  let bId: string;
  let bOfferId: string;
  let deletedEntryId: string;

  const events = async (params: string) => {
    const res = await owner.get(`/api/v1/audit?pageSize=100&${params}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { total: number; items: Event[] };
  };

  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    a = await signedMandate(fx, owner);
    bId = (await owner.post("/api/v1/clients", buildClient({ name: "Client B" }))).body.id;
    bOfferId = (await owner.post("/api/v1/offers", buildOffer(bId))).body.id;
    const entry = await owner.post("/api/v1/time-entries", {
      mandateId: a.mandateId,
      date: "2026-12-02",
      minutes: 90,
      category: "billable",
    });
    expect(entry.status, JSON.stringify(entry.body)).toBe(201);
    deletedEntryId = entry.body.id;
    expect((await owner.delete(`/api/v1/time-entries/${deletedEntryId}`)).status).toBe(204);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("lists a client's events only: its offer, mandate, time (deleted since) and itself", async () => {
    const mine = await events(`clientId=${a.clientId}`);
    const ids = new Set(mine.items.map((e) => e.entityId));
    expect(ids.has(a.clientId)).toBe(true);
    expect(ids.has(a.offerId)).toBe(true);
    expect(ids.has(a.mandateId)).toBe(true);
    expect(mine.items.filter((e) => e.entityId === deletedEntryId).map((e) => e.action)).toEqual([
      "time.deleted",
      "time.logged",
    ]);
    expect(ids.has(bId) || ids.has(bOfferId)).toBe(false);
    const theirs = await events(`clientId=${bId}`);
    expect(new Set(theirs.items.map((e) => e.entityId))).toEqual(new Set([bId, bOfferId]));
    expect(mine.total + theirs.total).toBeLessThanOrEqual((await events("")).total);
  });

  it.skipIf(skip)("combines the client with the kind of record, the member and the days", async () => {
    const today = testNow().toISOString().slice(0, 10);
    const offers = await events(`clientId=${a.clientId}&entity=offer`);
    expect(offers.items.length).toBeGreaterThan(0);
    expect(offers.items.every((e) => e.entity === "offer" && e.entityId === a.offerId)).toBe(true);
    expect((await events(`clientId=${a.clientId}&from=${today}&to=${today}`)).total).toBe(
      (await events(`clientId=${a.clientId}`)).total,
    );
    expect((await events(`clientId=${a.clientId}&to=2020-01-01`)).total).toBe(0);
    expect((await events(`clientId=${a.clientId}&memberId=${owner.memberId}`)).total).toBeGreaterThan(0);
  });

  it.skipIf(skip)("answers 404 naming clientId for an unknown client or another workspace's", async () => {
    const unknown = await owner.get("/api/v1/audit?clientId=nope");
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(unknown.body)).toContain("clientId");
    const other = await fx.owner();
    const foreign = (await other.post("/api/v1/clients", buildClient())).body.id;
    expect((await owner.get(`/api/v1/audit?clientId=${foreign}`)).status).toBe(404);
    expect((await other.get(`/api/v1/audit?clientId=${a.clientId}`)).status).toBe(404);
  });
});
