/** Change orders: from out-of-scope claims to the client's approval, with the same evidence as a signature. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "../fixtures/pdf/pdf-text.ts";
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

  async function draftOf(t: Awaited<ReturnType<typeof triagedRound>>, claimIds = [t.shop.id, t.english.id]) {
    const res = await owner.post(`/api/v1/mandates/${t.mandateId}/change-orders`, {
      claimIds,
      title: "Boutique et version anglaise",
      reason: "Hors offre",
      requester: "Julie Bergeron",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  function edited(co: any, changes: Record<string, unknown> = {}) {
    return {
      title: co.content.title,
      reason: co.content.reason,
      requester: co.content.requester,
      items: co.content.items.map(({ claimId: _, ...item }: any) => item),
      proposedDeliveryDate: co.content.proposedDeliveryDate,
      scheduleImpactDays: co.content.scheduleImpactDays,
      ...changes,
    };
  }

  it.skipIf(skip)("prices hours at the signed offer's agreed hourly rate, else at the workspace's target", async () => {
    const fixed = await draftOf(await triagedRound());
    expect(fixed.content.items.map((i: any) => i.price)).toEqual([
      { kind: "hourly", hourlyRate: 9_500 },
      { kind: "hourly", hourlyRate: 9_500 },
    ]);
    expect((await owner.get(`/api/v1/change-orders/${fixed.id}`)).body.suggestedRate).toEqual({
      hourlyRate: 9_500,
      source: "workspace",
    });
    const hourlyOffer = {
      pricing: { model: "capped", capAmount: 500_000 },
      deliverables: [
        { title: "Intégration", quantity: 40_000, unit: "heure", price: { kind: "unit", unitPrice: 8_500 } },
      ],
    };
    const m = await signedMandate(fx, owner, hourlyOffer);
    const round = (await owner.post(`/api/v1/mandates/${m.mandateId}/rounds`, { text: LIST, receivedAt: "2026-12-21" }))
      .body;
    await owner.patch(`/api/v1/claims/${round.claims[0].id}`, {
      triage: { outcome: "change_order", estimatedHours: 2.5 },
    });
    const co = (
      await owner.post(`/api/v1/mandates/${m.mandateId}/change-orders`, {
        claimIds: [round.claims[0].id],
        title: "Boutique",
        reason: "Hors offre",
        requester: "Julie",
      })
    ).body;
    const detail = (await owner.get(`/api/v1/change-orders/${co.id}`)).body;
    expect(detail.content.items[0].price).toEqual({ kind: "hourly", hourlyRate: 8_500 });
    expect(detail.suggestedRate).toEqual({ hourlyRate: 8_500, source: "offer" });
    // 2,5 h × 85,00 $ = 212,50 $
    expect(detail.totals).toMatchObject({ total: 21_250, hours: 2.5 });
  });

  it.skipIf(skip)(
    "edits a draft's lines, date and delay before sending; the portal and the PDF show them",
    async () => {
      const t = await triagedRound();
      const co = await draftOf(t);
      const [shop, english] = edited(co).items;
      const body = edited(co, {
        items: [
          { ...shop, hours: 18.25, price: { kind: "hourly", hourlyRate: 9_250 } },
          { ...english, title: "Version anglaise (forfait)", price: { kind: "fixed", amount: 100_000 } },
        ],
        proposedDeliveryDate: "2027-01-15",
        scheduleImpactDays: 26,
      });
      const res = await owner.request("PUT", `/api/v1/change-orders/${co.id}`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const detail = (await owner.get(`/api/v1/change-orders/${co.id}`)).body;
      // 18,25 h × 92,50 $ = 1 688,125 $ → 1 688,13 $ (half-up per line) + 1 000,00 $ fixed
      expect(detail.totals.lines.map((l: any) => l.amount)).toEqual([168_813, 100_000]);
      expect(detail.totals.total).toBe(268_813);
      expect(detail.content).toMatchObject({ proposedDeliveryDate: "2027-01-15", scheduleImpactDays: 26 });
      expect(detail.content.items[1]).toMatchObject({ claimId: t.english.id, title: "Version anglaise (forfait)" });

      const sent = await owner.post(`/api/v1/change-orders/${co.id}/send`);
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      const view = (await fx.client().get(`/api/v1/portal/${portalToken(sent.body.portalUrl)}`)).body;
      expect(view.document).toMatchObject({
        total: 268_813,
        proposedDeliveryDate: "2027-01-15",
        scheduleImpactDays: 26,
        items: [
          { hours: 18.25, hourlyRate: 9_250, amount: 168_813 },
          { title: "Version anglaise (forfait)", amount: 100_000 },
        ],
      });
      expect(view.document.items[1].hourlyRate).toBeUndefined();
      const pdf = await fx.app.request(`/api/v1/change-orders/${co.id}/pdf`, { headers: { cookie: owner.cookie! } });
      const { text } = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
      expect(text).toContain("18,25 92,50 $ 1 688,13 $");
      expect(text).toContain("Montant fixe 1 000,00 $");
      expect(text).toContain("Total de l’avenant (avant taxes) 2 688,13 $");
      expect(text).toContain("Livraison reportée de 26 jours");
      expect(text).toContain("15 janvier 2027");

      const late = await owner.request("PUT", `/api/v1/change-orders/${co.id}`, body);
      expect(late.status).toBe(409);
      expect(late.body.code).toBe("invalid_state");
    },
  );

  it.skipIf(skip)("refuses an edit that adds, drops or invents a line, and keeps the draft as it was", async () => {
    const co = await draftOf(await triagedRound());
    const [shop, english] = edited(co).items;
    for (const items of [[shop], [shop, { ...english, id: "another-line" }], [shop, english, english]]) {
      const res = await owner.request("PUT", `/api/v1/change-orders/${co.id}`, edited(co, { items }));
      expect(res.status, JSON.stringify(items)).toBe(400);
      expect(res.body.code).toBe("validation");
    }
    const negative = await owner.request(
      "PUT",
      `/api/v1/change-orders/${co.id}`,
      edited(co, { scheduleImpactDays: -1 }),
    );
    expect(negative.status).toBe(400);
    const after = (await owner.get(`/api/v1/change-orders/${co.id}`)).body;
    expect(after.content).toEqual(co.content);
  });

  it.skipIf(skip)("says when no rate is known, and refuses to send a line priced 0 $ by omission", async () => {
    await owner.patch("/api/v1/workspace", { targetHourlyRate: 0 });
    try {
      const co = await draftOf(await triagedRound());
      const detail = (await owner.get(`/api/v1/change-orders/${co.id}`)).body;
      expect(detail.suggestedRate).toEqual({ hourlyRate: 0, source: "workspace" });
      const refused = await owner.post(`/api/v1/change-orders/${co.id}/send`);
      expect(refused.status).toBe(400);
      expect(refused.body.fields).toEqual([expect.objectContaining({ path: "items.0.price.hourlyRate" })]);
      expect((await owner.get(`/api/v1/change-orders/${co.id}`)).body.status).toBe("draft");
      const items = edited(co).items.map((i: any) => ({ ...i, price: { kind: "hourly", hourlyRate: 9_000 } }));
      expect((await owner.request("PUT", `/api/v1/change-orders/${co.id}`, edited(co, { items }))).status).toBe(200);
      expect((await owner.post(`/api/v1/change-orders/${co.id}/send`)).status).toBe(200);
    } finally {
      await owner.patch("/api/v1/workspace", { targetHourlyRate: 9500 });
    }
  });

  it.skipIf(skip)("re-proposes the delivery date from capacity for edited hours", async () => {
    const t = await triagedRound();
    const co = await draftOf(t);
    const none = await owner.get(`/api/v1/change-orders/${co.id}/delivery-proposal?hours=0`);
    expect(none.status, JSON.stringify(none.body)).toBe(200);
    // Nothing added: the signed delivery date holds.
    expect(none.body).toMatchObject({ proposedDeliveryDate: "2026-12-20", scheduleImpactDays: 0 });
    // 30 h a week = 6 h a working day; 12 h remaining + 300 h added = 52 working days from today.
    const more = (await owner.get(`/api/v1/change-orders/${co.id}/delivery-proposal?hours=300`)).body;
    expect(more.workingDaysNeeded).toBe(52);
    expect(more.proposedDeliveryDate > "2026-12-20").toBe(true);
    expect(more.scheduleImpactDays).toBe(
      (Date.parse(more.proposedDeliveryDate) - Date.parse("2026-12-20")) / 86_400_000,
    );
    expect((await owner.get(`/api/v1/change-orders/${co.id}/delivery-proposal?hours=-1`)).status).toBe(400);
  });
});
