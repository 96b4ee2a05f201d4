/**
 * Repeats feed the client's health (issue 11, point 3): a second list asking again for a declined point, once the
 * repeat is confirmed, lowers the client's health, and the new metric says why with the claims behind it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDay } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import type { TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { signedMandate } from "../support/scope-fixture.ts";

const FIRST = `Bonjour,

1) On veut le code du thème
2) Le formulaire de contact n'envoie rien

Merci`;

const SECOND = `Bonjour,

1. Envoyez-nous le code source du thème
2. Ajouter un calendrier des événements

Merci`;

type Metric = { key: string; value: number | null; status: string; explanation: { fr: string; en: string } };
type Health = { metrics: (Metric & { sources: { entity: string; id: string }[] })[]; score: { value: number | null } };

describe.each(engines())("repeats feed health on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient;
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)(
    "a second list repeating a declined claim lowers the health, the new metric explaining why",
    async () => {
      const m = await signedMandate(fx, owner);
      const health = async () => (await owner.get(`/api/v1/clients/${m.clientId}/health`)).body as Health;
      const repeated = (h: Health) => h.metrics.find((x) => x.key === "repeated_points")!;

      const first = (
        await owner.post(`/api/v1/mandates/${m.mandateId}/rounds`, { text: FIRST, receivedAt: testDay(-14) })
      ).body;
      const [theme, form] = first.claims as { id: string; suggestions: { id: string; title: string }[] }[];
      const exclusion = theme!.suggestions.find((s) => s.title === "Corrections au code existant du thème")!;
      const declined = await owner.patch(`/api/v1/claims/${theme!.id}`, {
        triage: {
          outcome: "declined",
          baseline: { kind: "exclusion", id: exclusion.id },
          rationale: "Le code du thème appartient à son auteur",
        },
      });
      expect(declined.status, JSON.stringify(declined.body)).toBe(200);
      const deliverable = form!.suggestions[0]!;
      await owner.patch(`/api/v1/claims/${form!.id}`, {
        triage: { outcome: "in_scope", baseline: { kind: "deliverable", id: deliverable.id }, estimatedHours: 1 },
      });
      const before = await health();
      expect(repeated(before)).toMatchObject({ value: 0, status: "good" });
      expect(repeated(before).explanation.en).toBe("The feedback round received repeats no point already settled.");

      const second = await owner.post(`/api/v1/mandates/${m.mandateId}/rounds`, {
        text: SECOND,
        receivedAt: testDay(-1),
      });
      expect(second.status, JSON.stringify(second.body)).toBe(201);
      const [again, calendar] = second.body.claims as { id: string; likelyRepeat?: { point: { answer: string } } }[];
      expect(again!.likelyRepeat?.point.answer).toBe("declined");
      expect(calendar!.likelyRepeat).toBeUndefined();
      // A likely repeat is a suggestion: the health moves once a person confirms it.
      expect(repeated(await health())).toMatchObject({ value: 0, status: "good" });
      const confirmed = await owner.post(`/api/v1/claims/${again!.id}/confirm-repeat`);
      expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);

      const after = await health();
      const metric = repeated(after);
      expect(metric).toMatchObject({ value: 1, status: "watch" });
      expect(metric.explanation.fr).toBe(
        "1 liste de demandes sur 2 reprend des points déjà réglés (refusés, offerts, tranchés par avenant ou livrés) : 1 demande confirmée comme redite.",
      );
      expect(metric.explanation.en).toContain("1 feedback round of 2 repeats points already settled");
      expect(metric.sources).toEqual([
        { entity: "claim", id: again!.id },
        { entity: "claim", id: theme!.id },
      ]);
      expect(after.score.value).not.toBeNull();
      expect(after.score.value!).toBeLessThan(before.score.value!);
      // the other metrics did not move: the repeat is the reason
      const others = (h: Health) => h.metrics.filter((x) => x.key !== "repeated_points").map((x) => [x.key, x.status]);
      expect(others(after)).toEqual(others(before));
      // the clients list's stored score moved in the same transaction as the confirmation
      const listed = (await owner.get("/api/v1/clients?sort=health")).body.items.find(
        (c: { id: string }) => c.id === m.clientId,
      );
      expect(listed.health.score).toBe(after.score.value);
      // the weight is a setting like the others
      expect((await owner.get("/api/v1/health/settings")).body.weights.repeated_points).toBe(2);
    },
  );
});
