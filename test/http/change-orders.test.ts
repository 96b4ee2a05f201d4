/** Change orders: from out-of-scope claims to the client's approval, with the same evidence as a signature. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import type { TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { portalToken, signedMandate } from "../support/scope-fixture.ts";

const LIST =
  "1) Ajouter une boutique en ligne\n2) Ajouter une version anglaise du site\n3) Le formulaire de contact n'envoie rien";

describe.each(engines())("change orders on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient;
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    await owner.patch("/api/v1/workspace", { targetHourlyRate: 9500 });
    await owner.patch(`/api/v1/members/${(await owner.get("/api/v1/me")).body.member.id}`, { weeklyCapacityHours: 30 });
  });
  afterAll(async () => {
    await fx?.close();
  });

  async function triagedRound() {
    const m = await signedMandate(fx, owner);
    const round = (await owner.post(`/api/v1/mandates/${m.mandateId}/rounds`, { text: LIST, receivedAt: "2026-12-21" }))
      .body;
    const [shop, english, form] = round.claims;
    await owner.patch(`/api/v1/claims/${shop.id}`, { triage: { outcome: "change_order", estimatedHours: 20 } });
    await owner.patch(`/api/v1/claims/${english.id}`, { triage: { outcome: "change_order", estimatedHours: 12.5 } });
    return { ...m, round, shop, english, form };
  }

  it.skipIf(skip)(
    "builds a numbered change order from claims, priced at the rate, with a proposed delivery date",
    async () => {
      const t = await triagedRound();
      const res = await owner.post(`/api/v1/mandates/${t.mandateId}/change-orders`, {
        claimIds: [t.shop.id, t.english.id],
        title: "Boutique et version anglaise",
        reason: "Demandes hors de l'offre signée",
        requester: "Julie Bergeron",
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.number).toBe(`${t.offerNumber}-A1`);
      expect(res.body.content.items.map((i: { hours: number }) => i.hours)).toEqual([20, 12.5]);
      expect(res.body.content.proposedDeliveryDate >= "2026-12-20").toBe(true);
      const detail = await owner.get(`/api/v1/change-orders/${res.body.id}`);
      expect(detail.body.status).toBe("draft");
      // 20 h + 12.5 h at 95,00 $ = 3 087,50 $
      expect(detail.body.totals.total).toBe(308_750);
      const claim = (await owner.get(`/api/v1/rounds/${t.round.round.id}`)).body.claims[0];
      expect(claim.changeOrder).toMatchObject({ number: `${t.offerNumber}-A1`, status: "draft" });
      const notCo = await owner.post(`/api/v1/mandates/${t.mandateId}/change-orders`, {
        claimIds: [t.form.id],
        title: "x",
        reason: "x",
        requester: "x",
      });
      expect(notCo.status).toBe(400);
    },
  );

  it.skipIf(skip)("is approved in the portal with evidence; its items join the current scope", async () => {
    const t = await triagedRound();
    const co = (
      await owner.post(`/api/v1/mandates/${t.mandateId}/change-orders`, {
        claimIds: [t.shop.id],
        title: "Boutique",
        reason: "Hors offre",
        requester: "Julie",
      })
    ).body;
    const sent = await owner.post(`/api/v1/change-orders/${co.id}/send`);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.message.subject).toContain(co.number);
    const token = portalToken(sent.body.portalUrl);
    const view = await fx.client().get(`/api/v1/portal/${token}`);
    expect(view.body).toMatchObject({
      kind: "change_order",
      state: "sent",
      document: { number: co.number, amends: { number: t.offerNumber } },
    });
    expect(
      (await fx.client().post(`/api/v1/portal/${token}/sign`, { signerName: "Julie", consent: true })).status,
    ).toBe(404);
    const lockedTriage = await owner.patch(`/api/v1/claims/${t.shop.id}`, {
      triage: { outcome: "goodwill", rationale: "x", estimatedHours: 1 },
    });
    expect(lockedTriage.status).toBe(409);
    const approved = await fx
      .client()
      .post(`/api/v1/portal/${token}/approve`, { signerName: "Julie Bergeron", consent: true });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.approval).toMatchObject({
      signerName: "Julie Bergeron",
      sha256: sent.body.changeOrder.sha256,
    });
    expect(
      (await fx.client().post(`/api/v1/portal/${token}/approve`, { signerName: "Julie Bergeron", consent: true }))
        .status,
    ).toBe(409);
    const next = (
      await owner.post(`/api/v1/mandates/${t.mandateId}/rounds`, {
        text: "- la boutique en ligne ne marche pas",
        receivedAt: "2027-01-10",
      })
    ).body;
    expect(next.claims[0].suggestions[0]).toMatchObject({
      kind: "change_order_item",
      title: expect.stringContaining("boutique"),
    });
    const log = await owner.get(`/api/v1/mandates/${t.mandateId}/change-orders`);
    expect(log.body.items.map((c: { status: string }) => c.status)).toEqual(["approved"]);
  });

  it.skipIf(skip)("a rejected or withdrawn change order frees its claims", async () => {
    const t = await triagedRound();
    const co = (
      await owner.post(`/api/v1/mandates/${t.mandateId}/change-orders`, {
        claimIds: [t.shop.id],
        title: "Boutique",
        reason: "Hors offre",
        requester: "Julie",
      })
    ).body;
    const sent = (await owner.post(`/api/v1/change-orders/${co.id}/send`)).body;
    expect(
      (await fx.client().post(`/api/v1/portal/${portalToken(sent.portalUrl)}/reject`, { reason: "Pas de budget" }))
        .status,
    ).toBe(204);
    expect((await owner.get(`/api/v1/change-orders/${co.id}`)).body).toMatchObject({
      status: "rejected",
      rejectReason: "Pas de budget",
    });
    expect(
      (
        await owner.patch(`/api/v1/claims/${t.shop.id}`, {
          triage: { outcome: "declined", baseline: null, rationale: "x" },
        })
      ).status,
    ).toBe(400);
    const co2 = (
      await owner.post(`/api/v1/mandates/${t.mandateId}/change-orders`, {
        claimIds: [t.english.id],
        title: "Anglais",
        reason: "Hors offre",
        requester: "Julie",
      })
    ).body;
    expect(co2.number).toBe(`${t.offerNumber}-A2`);
    expect((await owner.post(`/api/v1/change-orders/${co2.id}/withdraw`)).body.status).toBe("withdrawn");
    const claims = (await owner.get(`/api/v1/rounds/${t.round.round.id}`)).body.claims;
    expect(claims[1].changeOrder.status).toBe("withdrawn");
    expect(
      (
        await owner.patch(`/api/v1/claims/${t.english.id}`, {
          triage: { outcome: "goodwill", rationale: "Petit geste", estimatedHours: 1 },
        })
      ).status,
    ).toBe(200);
  });

  it.skipIf(skip)("renders the change order PDF in the client's language", async () => {
    const t = await triagedRound();
    const co = (
      await owner.post(`/api/v1/mandates/${t.mandateId}/change-orders`, {
        claimIds: [t.shop.id],
        title: "Boutique en ligne",
        reason: "Hors offre",
        requester: "Julie",
      })
    ).body;
    const res = await fx.app.request(`/api/v1/change-orders/${co.id}/pdf`, { headers: { cookie: owner.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});
