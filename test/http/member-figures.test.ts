/**
 * The studio's own figures over HTTP: a member sets their own capacity and rates (`PATCH /me`), a viewer cannot, and
 * goodwill by someone without a billable rate is reported as unrated hours, not as 0 $, until the rate is set.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { signedMandate } from "../support/scope-fixture.ts";

describe.each(engines())("members' own figures on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("a new owner's figures are 0 until set; a member sets their own, audited", async () => {
    const owner = await fx.owner();
    const mine = (await owner.get("/api/v1/me")).body.member;
    expect(mine).toMatchObject({ billableRate: 0, costRate: 0, weeklyCapacityHours: 0 });

    const member = await fx.memberOf(owner, "member");
    const res = await member.patch("/api/v1/me", { billableRate: 9_500, costRate: 4_000, weeklyCapacityHours: 32 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.member).toMatchObject({ billableRate: 9_500, costRate: 4_000, weeklyCapacityHours: 32 });
    const listed = (await owner.get("/api/v1/members")).body.items.find(
      (m: { id: string }) => m.id === member.memberId,
    );
    expect(listed).toMatchObject({ billableRate: 9_500, costRate: 4_000, weeklyCapacityHours: 32 });
    // Only the figures given change; the name stays.
    const partial = await member.patch("/api/v1/me", { weeklyCapacityHours: 20 });
    expect(partial.body.member).toMatchObject({ billableRate: 9_500, weeklyCapacityHours: 20, name: listed.name });
    const audit = await owner.get(`/api/v1/audit?entity=member&id=${member.memberId}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain("member.updated");

    const bad = await member.patch("/api/v1/me", { billableRate: -1, weeklyCapacityHours: 200 });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      "billableRate",
      "weeklyCapacityHours",
    ]);
    // A member sets their own figures, never someone else's.
    expect((await member.patch(`/api/v1/members/${owner.memberId}`, { billableRate: 1 })).status).toBe(403);
  });

  it.skipIf(skip)("a viewer cannot set figures (nothing changes) but still changes their name", async () => {
    const owner = await fx.owner();
    const viewer = await fx.memberOf(owner, "viewer");
    const refused = await viewer.patch("/api/v1/me", { name: "Renamed", billableRate: 9_500 });
    expect(refused.status).toBe(403);
    const me = (await viewer.get("/api/v1/me")).body;
    expect(me.member.billableRate).toBe(0);
    expect(me.user.name).not.toBe("Renamed");
    expect((await viewer.patch("/api/v1/me", { name: "Renamed" })).status).toBe(200);
  });

  it.skipIf(skip)("goodwill without a billable rate is unrated hours, then valued once the rate is set", async () => {
    const owner = await fx.owner();
    const m = await signedMandate(fx, owner);
    const logged = await owner.post("/api/v1/time-entries", {
      mandateId: m.mandateId,
      date: "2026-11-20",
      minutes: 90,
      category: "goodwill",
    });
    expect(logged.status, JSON.stringify(logged.body)).toBe(201);
    let g = (await owner.get(`/api/v1/goodwill?clientId=${m.clientId}`)).body;
    const mandate = () => g.mandates.find((x: { id: string }) => x.id === m.mandateId);
    // 1,5 h at a rate nobody set: no value, and said so
    expect(mandate()).toMatchObject({ hours: 1.5, unratedHours: 1.5, value: { amount: 0 } });
    expect(g.total).toMatchObject({ hours: 1.5, unratedHours: 1.5 });

    await owner.patch("/api/v1/me", { billableRate: 9_500, weeklyCapacityHours: 30 });
    g = (await owner.get(`/api/v1/goodwill?clientId=${m.clientId}`)).body;
    // the hours logged before the rate existed are valued at it: 1,5 h × 95,00 $ = 142,50 $
    expect(mandate()).toMatchObject({ hours: 1.5, unratedHours: 0, value: { amount: 14_250 } });

    // an hour logged at 95 $ keeps that rate when the rate changes later
    await owner.post("/api/v1/time-entries", {
      mandateId: m.mandateId,
      date: "2026-11-21",
      minutes: 60,
      category: "goodwill",
    });
    await owner.patch("/api/v1/me", { billableRate: 12_000 });
    g = (await owner.get(`/api/v1/goodwill?clientId=${m.clientId}`)).body;
    // 1,5 h (logged without a rate) × 120 $ = 180 $, plus 1 h logged at 95 $ = 275 $
    expect(mandate()).toMatchObject({ hours: 2.5, unratedHours: 0, value: { amount: 27_500 } });
  });
});
