/** Repeats: a new list is compared with everything the client already had answered or delivered. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import type { TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { portalToken, signedMandate } from "../support/scope-fixture.ts";

const FIRST = `Bonjour,

1) On veut le code du thème
2) Ajouter une boutique en ligne pour vendre les bières
3) Le formulaire de contact n'envoie rien

Merci de faire vite
Julie Bergeron
Directrice, Brasserie du Quai`;

const SECOND = `Bonjour,

La moitié manque encore :
1. Envoyez-nous le code source du thème
2. La boutique en ligne pour vendre nos bières, on la veut
3. Le formulaire de contact
4. Ajouter un calendrier des événements

Merci de faire vite`;

type ClaimView = { id: string; text: string; likelyRepeat?: { point: Record<string, unknown> } };

describe.each(engines())("repeats on $engine", ({ engine, skip }) => {
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

  it.skipIf(skip)(
    "flags a declined claim, an item of a rejected change order and a delivered deliverable; confirms in one action; the reply restates the answers",
    async () => {
      const m = await signedMandate(fx, owner);
      const first = (
        await owner.post(`/api/v1/mandates/${m.mandateId}/rounds`, { text: FIRST, receivedAt: "2026-11-12" })
      ).body;
      expect(first.claims).toHaveLength(3);
      const [theme, shop, form] = first.claims as ClaimView[];
      const exclusion = (first.claims[0].suggestions as { id: string; kind: string; title: string }[]).find(
        (s) => s.title === "Corrections au code existant du thème",
      )!;
      expect(
        (
          await owner.patch(`/api/v1/claims/${theme!.id}`, {
            triage: {
              outcome: "declined",
              baseline: { kind: "exclusion", id: exclusion.id },
              rationale: "Le code du thème appartient à son auteur",
            },
          })
        ).status,
      ).toBe(200);
      await owner.patch(`/api/v1/claims/${shop!.id}`, { triage: { outcome: "change_order", estimatedHours: 20 } });
      const co = (
        await owner.post(`/api/v1/mandates/${m.mandateId}/change-orders`, {
          claimIds: [shop!.id],
          title: "Boutique",
          reason: "Hors offre",
          requester: "Julie",
        })
      ).body;
      expect(co.id, JSON.stringify(co)).toBeDefined();
      const sent = (await owner.post(`/api/v1/change-orders/${co.id}/send`)).body;
      expect(sent.portalUrl, JSON.stringify(sent)).toBeDefined();
      await fx.client().post(`/api/v1/portal/${portalToken(sent.portalUrl)}/reject`, { reason: "Réglez ça!" });
      const mandate = (await owner.get(`/api/v1/mandates/${m.mandateId}`)).body;
      const formItem = mandate.checklist.find((i: { title: string }) => i.title === "Formulaire de contact");
      await owner.patch(`/api/v1/mandates/${m.mandateId}`, { checklist: [{ id: formItem.id, done: true }] });
      const delivered = await owner.post(`/api/v1/mandates/${m.mandateId}/deliveries`, { date: "2026-11-20" });
      expect(delivered.status, JSON.stringify(delivered.body)).toBe(201);
      expect(form).toBeDefined();

      const second = await owner.post(`/api/v1/mandates/${m.mandateId}/rounds`, {
        text: SECOND,
        receivedAt: "2026-12-01",
      });
      expect(second.status, JSON.stringify(second.body)).toBe(201);
      const claims = second.body.claims as ClaimView[];
      expect(claims.map((c) => c.likelyRepeat?.point.answer)).toEqual([
        "declined",
        "change_order_rejected",
        "delivered",
        undefined,
      ]);
      expect(claims[0]!.likelyRepeat!.point).toMatchObject({
        text: "On veut le code du thème",
        clause: { kind: "exclusion", text: "Corrections au code existant du thème" },
      });
      expect(claims[1]!.likelyRepeat!.point).toMatchObject({ changeOrderNumber: `${m.offerNumber}-A1` });
      expect(claims[2]!.likelyRepeat!.point).toMatchObject({ text: "Formulaire de contact", on: "2026-11-20" });
      expect(second.body.summary).toMatchObject({ likelyRepeats: 3, repeats: 0 });

      for (const c of claims.slice(0, 3)) {
        const res = await owner.post(`/api/v1/claims/${c.id}/confirm-repeat`);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body.triage).toMatchObject({ outcome: "duplicate", repeat: { answer: expect.any(String) } });
      }
      expect((await owner.post(`/api/v1/claims/${claims[3]!.id}/confirm-repeat`)).status).toBe(409);
      await owner.patch(`/api/v1/claims/${claims[3]!.id}`, { triage: { outcome: "change_order", estimatedHours: 6 } });
      const view = (await owner.get(`/api/v1/rounds/${second.body.round.id}`)).body;
      expect(view.summary).toMatchObject({ repeats: 3, likelyRepeats: 0 });

      const reply = await owner.post(`/api/v1/rounds/${second.body.round.id}/reply`, {});
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      const body = reply.body.body as string;
      expect(body).toContain("Nous avons déjà répondu à ce point le");
      expect(body).toContain("«\u00a0Corrections au code existant du thème\u00a0»");
      expect(body).toContain(`que vous avez refusé le`);
      expect(body).toContain("Ce point a été livré le 20 novembre 2026");
    },
  );
});
