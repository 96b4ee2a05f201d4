/** Time, goodwill and capacity over HTTP, with hand-checked figures. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testNow } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import type { TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { portalToken, signedMandate } from "../support/scope-fixture.ts";

describe.each(engines())("time on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient & { memberId: string; workspaceId: string };
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    await owner.patch("/api/v1/workspace", { targetHourlyRate: 9500, timeRoundingMinutes: 15 });
    await owner.patch(`/api/v1/members/${owner.memberId}`, { weeklyCapacityHours: 10, billableRate: 9500 });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("logs time rounded up by the workspace rule and validates the place", async () => {
    const m = await signedMandate(fx, owner);
    const res = await owner.post("/api/v1/time-entries", {
      mandateId: m.mandateId,
      date: "2026-12-02",
      minutes: 50,
      category: "included",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ minutes: 60, recordedMinutes: 50, category: "included" });
    expect(
      (await owner.post("/api/v1/time-entries", { date: "2026-12-02", minutes: 50, category: "billable" })).status,
    ).toBe(400);
    expect(
      (
        await owner.post("/api/v1/time-entries", {
          mandateId: "nope",
          date: "2026-12-02",
          minutes: 5,
          category: "internal",
        })
      ).body.fields[0].path,
    ).toBe("mandateId");
    expect(
      (
        await owner.post("/api/v1/time-entries", {
          mandateId: m.mandateId,
          date: "2026-12-02",
          minutes: 0,
          category: "internal",
        })
      ).body.fields[0].path,
    ).toBe("minutes");
    const list = await owner.get(`/api/v1/time-entries?mandateId=${m.mandateId}`);
    expect(list.body).toMatchObject({ total: 1, totalMinutes: 60 });
    // Each row names its mandate, whichever mandate it is (the page's own, not a list of the latest ones).
    const mandate = await owner.get(`/api/v1/mandates/${m.mandateId}`);
    expect(list.body.items[0].mandateTitle).toEqual(expect.any(String));
    expect(list.body.items[0].mandateTitle).toBe(mandate.body.title);
    // The time form offers mandates by status too (an old retainer still active): the filter keeps to its status.
    const ids = async (status: string) =>
      (await owner.get(`/api/v1/mandates?status=${status}&pageSize=200`)).body.items.map((x: { id: string }) => x.id);
    expect(await ids("active")).toContain(m.mandateId);
    expect(await ids("closed")).not.toContain(m.mandateId);
  });

  it.skipIf(skip)("values goodwill at the billable rate and warns at 80 % and 100 % of the budget", async () => {
    const m = await signedMandate(fx, owner);
    await owner.request("PUT", "/api/v1/goodwill-budgets", { scope: "mandate", id: m.mandateId, hours: 5 });
    await owner.post("/api/v1/time-entries", {
      mandateId: m.mandateId,
      date: "2026-12-03",
      minutes: 240,
      category: "goodwill",
    });
    let g = (await owner.get(`/api/v1/goodwill?clientId=${m.clientId}`)).body;
    const mandate = () => g.mandates.find((x: { id: string }) => x.id === m.mandateId);
    // 240 min = 4 h of a 5 h budget = 80 %; value 4 h × 95,00 $ = 380,00 $
    expect(mandate()).toMatchObject({ hours: 4, value: { amount: 38_000 }, budget: { status: "warning" } });
    await owner.post("/api/v1/time-entries", {
      mandateId: m.mandateId,
      date: "2026-12-04",
      minutes: 60,
      category: "goodwill",
    });
    g = (await owner.get(`/api/v1/goodwill?clientId=${m.clientId}`)).body;
    expect(mandate()).toMatchObject({ hours: 5, value: { amount: 47_500 }, budget: { status: "exceeded" } });
    expect(mandate().budget.message.fr).toBeTruthy();
  });

  it.skipIf(skip)("flags time logged on a claim whose change order is not approved", async () => {
    const m = await signedMandate(fx, owner);
    const round = (
      await owner.post(`/api/v1/mandates/${m.mandateId}/rounds`, {
        text: "1) Ajouter une boutique en ligne",
        receivedAt: "2026-12-05",
      })
    ).body;
    const claim = round.claims[0];
    await owner.patch(`/api/v1/claims/${claim.id}`, { triage: { outcome: "change_order", estimatedHours: 10 } });
    await owner.post("/api/v1/time-entries", {
      mandateId: m.mandateId,
      claimId: claim.id,
      date: "2026-12-05",
      minutes: 30,
      category: "billable",
    });
    let list = (await owner.get(`/api/v1/time-entries?mandateId=${m.mandateId}`)).body;
    expect(list.items[0].onUnapprovedChangeOrder).toBe(true);
    const co = (
      await owner.post(`/api/v1/mandates/${m.mandateId}/change-orders`, {
        claimIds: [claim.id],
        title: "Boutique",
        reason: "Hors offre",
        requester: "Julie",
      })
    ).body;
    const sent = (await owner.post(`/api/v1/change-orders/${co.id}/send`)).body;
    await fx
      .client()
      .post(`/api/v1/portal/${portalToken(sent.portalUrl)}/approve`, { signerName: "Julie Bergeron", consent: true });
    list = (await owner.get(`/api/v1/time-entries?mandateId=${m.mandateId}`)).body;
    expect(list.items[0].onUnapprovedChangeOrder).toBe(false);
  });

  it.skipIf(skip)(
    "refuses a timer for a member id that names no member, naming the field (found by the fuzzer)",
    async () => {
      const before = (await owner.get("/api/v1/timers")).body.items.length;
      const res = await owner.post("/api/v1/timers/start", { memberId: "text 204", category: "internal", note: " " });
      expect(res.status).toBe(400);
      expect(res.body.fields[0]).toMatchObject({ path: "memberId", issue: "not_found" });
      expect((await owner.get("/api/v1/timers")).body.items).toHaveLength(before);
    },
  );

  it.skipIf(skip)("runs one timer per member and logs it when stopped", async () => {
    const m = await signedMandate(fx, owner);
    expect(
      (await owner.post("/api/v1/timers/start", { mandateId: m.mandateId, category: "billable", note: "Intégration" }))
        .status,
    ).toBe(201);
    expect((await owner.post("/api/v1/timers/start", { mandateId: m.mandateId, category: "billable" })).status).toBe(
      409,
    );
    expect((await owner.get("/api/v1/timers")).body.items).toHaveLength(1);
    // move the start back 40 minutes, as if the member had worked that long
    await fx.db.store.db
      .updateTable("timers")
      .set({ started_at: new Date(testNow().getTime() - 40 * 60_000).toISOString() })
      .execute();
    const stopped = await owner.post("/api/v1/timers/stop", {});
    expect(stopped.status, JSON.stringify(stopped.body)).toBe(201);
    expect(stopped.body).toMatchObject({ minutes: 45, category: "billable", note: "Intégration" });
    expect((await owner.post("/api/v1/timers/stop", {})).status).toBe(404);
    await owner.post("/api/v1/timers/start", { mandateId: m.mandateId, category: "internal" });
    expect((await owner.post("/api/v1/timers/discard", {})).status).toBe(204);
    expect((await owner.get("/api/v1/timers")).body.items).toHaveLength(0);
  });

  it.skipIf(skip)("sums a week per member and day", async () => {
    const m = await signedMandate(fx, owner);
    await owner.post("/api/v1/time-entries", {
      mandateId: m.mandateId,
      date: "2027-03-01",
      minutes: 60,
      category: "billable",
    });
    await owner.post("/api/v1/time-entries", {
      mandateId: m.mandateId,
      date: "2027-03-03",
      minutes: 30,
      category: "internal",
    });
    const week = (await owner.get("/api/v1/timesheet?date=2027-03-04")).body;
    expect(week.dates[0]).toBe("2027-03-01");
    expect(week.total).toBe(90);
    expect(week.days.slice(0, 3)).toEqual([60, 0, 30]);
  });

  it.skipIf(skip)(
    "shows capacity week by week with a warning when booked work passes the member's capacity",
    async () => {
      const cap = (await owner.get("/api/v1/capacity?weeks=12")).body;
      expect(cap.weeks).toHaveLength(12);
      const me = cap.members.find((x: { memberId: string }) => x.memberId === owner.memberId);
      expect(me.weeks[0].capacityHours).toBe(10);
      expect(cap.members.flatMap((x: { weeks: { status: string }[] }) => x.weeks.map((w) => w.status))).toContain(
        "over",
      );
      expect(cap.warnings.length).toBeGreaterThan(0);
    },
  );
  it.skipIf(skip)("keeps the time of an ended client: deleting it answers 409 and the entry stays", async () => {
    const m = await signedMandate(fx, owner);
    const entry = await owner.post("/api/v1/time-entries", {
      mandateId: m.mandateId,
      date: "2026-12-03",
      minutes: 30,
      category: "billable",
    });
    expect(entry.status, JSON.stringify(entry.body)).toBe(201);
    const ended = await owner.patch(`/api/v1/clients/${m.clientId}`, { status: "ended" });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    const refused = await owner.delete(`/api/v1/time-entries/${entry.body.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("invalid_state");
    const list = await owner.get(`/api/v1/time-entries?mandateId=${m.mandateId}`);
    expect(list.body.items.map((e: { id: string }) => e.id)).toContain(entry.body.id);
  });
  it.skipIf(skip)("pages by number from either end and by cursor give the same entries, newest first", async () => {
    const m = await signedMandate(fx, owner);
    const dates = ["2026-11-02", "2026-11-03", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-05", "2026-11-06"];
    const logged: string[] = [];
    for (const date of dates) {
      const res = await owner.post("/api/v1/time-entries", {
        mandateId: m.mandateId,
        date,
        minutes: 15,
        category: "billable",
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      logged.push(res.body.id);
    }
    const page = async (query: string) => {
      const res = await owner.get(`/api/v1/time-entries?mandateId=${m.mandateId}&pageSize=3&${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as { items: { id: string; date: string }[]; total: number; nextCursor: string | null };
    };
    const byNumber = [await page("page=1"), await page("page=2"), await page("page=3")];
    expect(byNumber.map((p) => p.total)).toEqual([7, 7, 7]);
    const numbered = byNumber.flatMap((p) => p.items);
    expect(numbered.map((e) => e.date)).toEqual([...dates].reverse());
    expect(new Set(numbered.map((e) => e.id))).toEqual(new Set(logged));
    expect(byNumber.map((p) => p.nextCursor === null)).toEqual([false, false, true]);
    expect((await page("page=4")).items).toEqual([]);
    const walked: string[] = [];
    let cursor: string | null = (await page("page=1")).nextCursor;
    walked.push(...(await page("page=1")).items.map((e) => e.id));
    while (cursor) {
      const next = await page(`cursor=${encodeURIComponent(cursor)}`);
      walked.push(...next.items.map((e) => e.id));
      cursor = next.nextCursor;
    }
    expect(walked).toEqual(numbered.map((e) => e.id));
    const bad = await owner.get("/api/v1/time-entries?cursor=bm90LWEtY3Vyc29y");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("cursor");
  });
  it.skipIf(skip)(
    "numbers the pages of a long list from anchors: every page equals the plain offset, after a change too",
    async () => {
      const m = await signedMandate(fx, owner);
      // 1,234 entries, several a day and some on the same instant, inserted as an import would (the list reads any row).
      const rows = Array.from({ length: 1_234 }, (_, i) => ({
        id: `anchor-${String(i).padStart(5, "0")}`,
        workspace_id: owner.workspaceId,
        member_id: owner.memberId,
        client_id: m.clientId,
        mandate_id: m.mandateId,
        claim_id: null,
        date: `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
        minutes: 15,
        recorded_minutes: 15,
        category: "billable",
        billable_rate: 9500,
        note: "",
        invoice_id: null,
        created_at: `2026-01-01T00:00:${String(i % 7).padStart(2, "0")}.000Z`,
        updated_at: "2026-01-01T00:00:00.000Z",
      }));
      for (let i = 0; i < rows.length; i += 200) {
        await fx.ctx.db
          .insertInto("time_entries")
          .values(rows.slice(i, i + 200))
          .execute();
      }
      const expected = async () =>
        (
          await fx.ctx.db
            .selectFrom("time_entries")
            .select("id")
            .where("workspace_id", "=", owner.workspaceId)
            .where("mandate_id", "=", m.mandateId)
            .orderBy("date", "desc")
            .orderBy("created_at", "desc")
            .orderBy("id", "desc")
            .execute()
        ).map((r) => r.id);
      const pageIds = async (page: number, pageSize: number) => {
        const res = await owner.get(`/api/v1/time-entries?mandateId=${m.mandateId}&pageSize=${pageSize}&page=${page}`);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        return res.body.items.map((e: { id: string }) => e.id) as string[];
      };
      const all = await expected();
      expect(all).toHaveLength(1_234);
      for (const [page, size] of [
        [10, 50],
        [11, 50],
        [12, 50],
        [20, 50],
        [24, 50],
        [25, 50],
        [26, 50],
        [7, 77],
        [5, 100],
        [13, 100],
      ] as const) {
        expect(await pageIds(page, size), `page ${page} of ${size}`).toEqual(all.slice((page - 1) * size, page * size));
      }
      // A new entry in the middle moves every later entry one place: the anchors are read again.
      const logged = await owner.post("/api/v1/time-entries", {
        mandateId: m.mandateId,
        date: "2025-06-15",
        minutes: 15,
        category: "billable",
      });
      expect(logged.status, JSON.stringify(logged.body)).toBe(201);
      const after = await expected();
      expect(after).toHaveLength(1_235);
      for (const page of [11, 12, 20, 25]) {
        expect(await pageIds(page, 50), `page ${page} after the change`).toEqual(
          after.slice((page - 1) * 50, page * 50),
        );
      }
    },
  );
});
