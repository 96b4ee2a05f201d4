import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { buildClient, buildOffer, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("offers on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient & { workspaceId: string; memberId: string };
  let clientId: string;
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    await owner.patch("/api/v1/workspace", {
      targetHourlyRate: 9500,
      taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001" },
    });
    clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("writes a draft with workspace defaults and the client's language", async () => {
    const res = await owner.post("/api/v1/offers", buildOffer(clientId));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe("draft");
    expect(res.body.number).toBe("");
    expect(res.body.content.language).toBe("fr");
    expect(res.body.content.terms).toMatchObject({
      paymentDays: 30,
      terminationClause: "Résiliation sur préavis écrit de 14 jours.",
    });
    expect(res.body.content.exclusions.map((e: { text: string }) => e.text)).toEqual([
      "Rédaction ou traduction du contenu",
      "Corrections au code existant du thème",
    ]);
    const detail = await owner.get(`/api/v1/offers/${res.body.id}`);
    expect(detail.body.totals).toMatchObject({ total: 195_000, depositAmount: 58_500 });
  });

  it.skipIf(skip)("estimates as a team: PERT per item and total, disagreement, implied rate", async () => {
    const offer = (await owner.post("/api/v1/offers", buildOffer(clientId))).body;
    const [d1, d2] = offer.content.deliverables.map((d: { id: string }) => d.id);
    const colleague = await fx.memberOf(owner, "member");
    const mine = await owner.post(`/api/v1/offers/${offer.id}/estimates`, {
      items: [
        { deliverableId: d1, optimistic: 8, likely: 10, pessimistic: 18 },
        { deliverableId: d2, optimistic: 2, likely: 3, pessimistic: 4 },
      ],
    });
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    const theirs = await colleague.post(`/api/v1/offers/${offer.id}/estimates`, {
      items: [{ deliverableId: d1, optimistic: 20, likely: 25, pessimistic: 40 }],
    });
    const body = theirs.body;
    const item1 = body.teamEstimate.items.find((i: { deliverableId: string }) => i.deliverableId === d1);
    expect(item1.disagreement).toBe(true);
    expect(body.estimates).toHaveLength(3);
    expect(body.teamEstimate.expected).toBeGreaterThan(20);
    expect(body.impliedRate).toMatchObject({ ok: true });
    const bad = await owner.post(`/api/v1/offers/${offer.id}/estimates`, {
      items: [{ deliverableId: d1, optimistic: 5, likely: 3, pessimistic: 1 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe("items.0");
    const unknown = await owner.post(`/api/v1/offers/${offer.id}/estimates`, {
      items: [{ deliverableId: "nope", optimistic: 1, likely: 2, pessimistic: 3 }],
    });
    expect(unknown.body.fields[0].path).toBe("items.0.deliverableId");
  });

  it.skipIf(skip)(
    "sends: number, frozen fingerprint, portal link, message kept in the outbox without SMTP",
    async () => {
      const offer = (await owner.post("/api/v1/offers", buildOffer(clientId))).body;
      const sent = await owner.post(`/api/v1/offers/${offer.id}/send`);
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      expect(sent.body.offer.number).toMatch(/^OFF-\d{4}-\d{4}$/);
      expect(sent.body.offer.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(sent.body.portalUrl).toMatch(/^http:\/\/mandat\.test\/portal\/[A-Za-z0-9_-]{43}$/);
      expect(sent.body.message).toMatchObject({
        status: "kept",
        subject: expect.stringContaining(sent.body.offer.number),
      });
      expect(sent.body.message.body).toContain(sent.body.portalUrl);
      const links = await fx.db.store.db.selectFrom("portal_links").select("token_hash").execute();
      const token = sent.body.portalUrl.split("/portal/")[1];
      expect(links.map((l) => l.token_hash)).not.toContain(token);
      const verify = await owner.get(`/api/v1/offers/${offer.id}/verify`);
      expect(verify.body).toEqual({ sha256: sent.body.offer.sha256, valid: true });
      expect((await owner.post(`/api/v1/offers/${offer.id}/send`)).status).toBe(409);
      const again = await owner.post(`/api/v1/offers/${offer.id}/resend`);
      expect(again.status).toBe(200);
      expect(again.body.portalUrl).not.toBe(sent.body.portalUrl);
      expect(again.body.offer.sha256).toBe(sent.body.offer.sha256);
      expect((await fx.client().get(`/api/v1/portal/${token}`)).status).toBe(404);
      expect((await fx.client().get(`/api/v1/portal/${again.body.portalUrl.split("/portal/")[1]}`)).status).toBe(200);
    },
  );

  it.skipIf(skip)("numbers offers in one series with no gap", async () => {
    const numbers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const o = (await owner.post("/api/v1/offers", buildOffer(clientId))).body;
      numbers.push((await owner.post(`/api/v1/offers/${o.id}/send`)).body.offer.number);
    }
    const seqs = numbers.map((n) => Number(n.slice(-4)));
    expect(seqs[1]).toBe(seqs[0]! + 1);
    expect(seqs[2]).toBe(seqs[0]! + 2);
  });

  it.skipIf(skip)("editing a sent offer creates version 2 and the old link says it was replaced", async () => {
    const offer = (await owner.post("/api/v1/offers", buildOffer(clientId))).body;
    const sent = (await owner.post(`/api/v1/offers/${offer.id}/send`)).body;
    const token = sent.portalUrl.split("/portal/")[1];
    const v2 = await owner.patch(`/api/v1/offers/${offer.id}`, { title: "Intégration de contenu (révisée)" });
    expect(v2.status).toBe(200);
    expect(v2.body).toMatchObject({ version: 2, number: sent.offer.number, status: "draft", supersedesId: offer.id });
    expect((await owner.get(`/api/v1/offers/${offer.id}`)).body.offer.status).toBe("superseded");
    await owner.post(`/api/v1/offers/${v2.body.id}/send`);
    const old = await fx.client().get(`/api/v1/portal/${token}`);
    expect(old.body).toEqual({ kind: "offer", state: "replaced", replacedByVersion: 2 });
    const sign = await fx
      .client()
      .post(`/api/v1/portal/${token}/sign`, { signerName: "Julie Bergeron", consent: true });
    expect(sign.status).toBe(404);
  });

  it.skipIf(skip)("cancels a draft and a sent offer with a reason; the link then stops working", async () => {
    const draft = (await owner.post("/api/v1/offers", buildOffer(clientId))).body;
    const res = await owner.post(`/api/v1/offers/${draft.id}/cancel`, { reason: "Le client a changé d'idée" });
    expect(res.body).toMatchObject({ status: "cancelled", cancelReason: "Le client a changé d'idée" });
    const other = (await owner.post("/api/v1/offers", buildOffer(clientId))).body;
    const sent = (await owner.post(`/api/v1/offers/${other.id}/send`)).body;
    expect((await owner.post(`/api/v1/offers/${other.id}/cancel`, { reason: "Plus d'actualité" })).status).toBe(200);
    expect((await fx.client().get(`/api/v1/portal/${sent.portalUrl.split("/portal/")[1]}`)).status).toBe(404);
    expect((await owner.post(`/api/v1/offers/${other.id}/cancel`, { reason: "again" })).status).toBe(409);
    expect((await owner.post(`/api/v1/offers/${other.id}/cancel`, {})).status).toBe(400);
  });

  it.skipIf(skip)("refuses invalid content with the field at fault and writes nothing", async () => {
    const before = (await fx.db.store.db.selectFrom("offers").select("id").execute()).length;
    const res = await owner.post(
      "/api/v1/offers",
      buildOffer(clientId, { deliveryDate: "2026-11-01", startDate: "2026-12-01", depositBps: 20_000 }),
    );
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path)).toContain("depositBps");
    const order = await owner.post("/api/v1/offers", buildOffer(clientId, { deliveryDate: "2026-11-01" }));
    expect(order.status).toBe(400);
    expect(order.body.fields.map((f: { path: string }) => f.path)).toContain("deliveryDate");
    const foreign = await (await fx.owner()).post("/api/v1/offers", buildOffer(clientId));
    expect(foreign.status).toBe(404);
    expect((await fx.db.store.db.selectFrom("offers").select("id").execute()).length).toBe(before);
  });
});
