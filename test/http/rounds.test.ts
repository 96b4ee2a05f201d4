/** Feedback rounds: split into claims, ranked against the signed baseline, triaged by a person, corrected. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { buildClient, buildOffer, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

const LIST = `Bonjour Alexandre,

Voici ce qui manque sur le site :
1) Le formulaire de contact n'envoie rien
2) Il faut traduire toutes les pages en anglais
3) Ajouter une boutique en ligne pour vendre les bières
- corriger le thème qui plante sur mobile

Merci,
Julie`;

describe.each(engines())("rounds and triage on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient;
  let mandateId: string;
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
    const offer = (await owner.post("/api/v1/offers", buildOffer(clientId))).body;
    const sent = (await owner.post(`/api/v1/offers/${offer.id}/send`)).body;
    await fx.client().post(`/api/v1/portal/${sent.portalUrl.split("/portal/")[1]}/sign`, {
      signerName: "Julie Bergeron",
      consent: true,
    });
    mandateId = (await owner.get(`/api/v1/offers/${offer.id}`)).body.mandateId;
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("splits a pasted list into claims and suggests the closest signed clauses", async () => {
    const res = await owner.post(`/api/v1/mandates/${mandateId}/rounds`, { text: LIST, receivedAt: "2026-12-21" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const claims = res.body.claims;
    expect(claims.map((c: { text: string }) => c.text.replace(/\s+/g, " "))).toEqual([
      "Le formulaire de contact n'envoie rien",
      "Il faut traduire toutes les pages en anglais",
      "Ajouter une boutique en ligne pour vendre les bières",
      "corriger le thème qui plante sur mobile",
    ]);
    expect(claims[0].suggestions[0]).toMatchObject({ kind: "deliverable", title: "Formulaire de contact" });
    // "pages" also matches a deliverable; the translation exclusion must be among the first three shown
    expect(claims[1].suggestions.slice(0, 3)).toContainEqual(
      expect.objectContaining({
        kind: "exclusion",
        title: "Rédaction ou traduction du contenu",
        matchedTerms: expect.arrayContaining(["traduire"]),
      }),
    );
    expect(claims[3].suggestions[0]).toMatchObject({
      kind: "exclusion",
      title: "Corrections au code existant du thème",
    });
    expect(claims.every((c: { triage?: unknown }) => c.triage === undefined)).toBe(true);
    expect(res.body.offer.sha256).toMatch(/^[0-9a-f]{64}$/);
    const rounds = await owner.get(`/api/v1/mandates/${mandateId}/rounds`);
    expect(rounds.body.items).toEqual([expect.objectContaining({ receivedOn: "2026-12-21", claims: 4, triaged: 0 })]);
  });

  it.skipIf(skip)(
    "triages each claim with its baseline, rationale and hours; refuses incomplete decisions",
    async () => {
      const round = (await owner.post(`/api/v1/mandates/${mandateId}/rounds`, { text: LIST, receivedAt: "2026-12-22" }))
        .body;
      const [form, translate, shop, theme] = round.claims;
      const formRef = { kind: form.suggestions[0].kind, id: form.suggestions[0].id };
      const ok = await owner.patch(`/api/v1/claims/${form.id}`, {
        triage: { outcome: "in_scope", baseline: formRef, estimatedHours: 1.5 },
      });
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      expect(ok.body.triage).toMatchObject({ outcome: "in_scope", estimatedHours: 1.5 });
      const missing = await owner.patch(`/api/v1/claims/${translate.id}`, { triage: { outcome: "declined" } });
      expect(missing.status).toBe(400);
      expect(missing.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(["baseline", "rationale"]);
      const onExclusion = await owner.patch(`/api/v1/claims/${theme.id}`, {
        triage: {
          outcome: "in_scope",
          baseline: { kind: theme.suggestions[0].kind, id: theme.suggestions[0].id },
          estimatedHours: 1,
        },
      });
      expect(onExclusion.body.fields[0].issue).toBe("contradicts_exclusion");
      const foreignRef = await owner.patch(`/api/v1/claims/${shop.id}`, {
        triage: { outcome: "declined", baseline: { kind: "deliverable", id: "nope" }, rationale: "x" },
      });
      expect(foreignRef.body.fields[0].issue).toBe("unknown_baseline");
      expect(
        (await owner.patch(`/api/v1/claims/${shop.id}`, { triage: { outcome: "change_order", estimatedHours: 30 } }))
          .status,
      ).toBe(200);
      expect(
        (
          await owner.patch(`/api/v1/claims/${theme.id}`, {
            triage: { outcome: "goodwill", rationale: "Geste de bonne volonté", estimatedHours: 2 },
          })
        ).status,
      ).toBe(200);
      const view = await owner.get(`/api/v1/rounds/${round.round.id}`);
      expect(view.body.claims.map((c: { triage?: { outcome: string } }) => c.triage?.outcome ?? null)).toEqual([
        "in_scope",
        null,
        "change_order",
        "goodwill",
      ]);
      const audit = await owner.get(`/api/v1/audit?entity=claim&id=${shop.id}`);
      expect(audit.body.items[0]).toMatchObject({
        action: "claim.triaged",
        after: { triage: { outcome: "change_order" } },
      });
      const cleared = await owner.patch(`/api/v1/claims/${shop.id}`, { triage: null });
      expect(cleared.body.triage).toBeUndefined();
    },
  );

  it.skipIf(skip)("merges and splits untriaged claims and keeps the numbering", async () => {
    const round = (await owner.post(`/api/v1/mandates/${mandateId}/rounds`, { text: LIST, receivedAt: "2026-12-23" }))
      .body;
    const [a, b, c] = round.claims;
    const merged = await owner.post(`/api/v1/rounds/${round.round.id}/merge`, { claimIds: [a.id, b.id] });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body.text).toContain("formulaire");
    expect(merged.body.text).toContain("traduire");
    let view = (await owner.get(`/api/v1/rounds/${round.round.id}`)).body;
    expect(view.claims.map((x: { position: number }) => x.position)).toEqual([1, 2, 3]);
    const split = await owner.post(`/api/v1/claims/${c.id}/split`, {
      atOffset: "Ajouter une boutique en ligne".length,
    });
    expect(split.status, JSON.stringify(split.body)).toBe(200);
    view = (await owner.get(`/api/v1/rounds/${round.round.id}`)).body;
    expect(view.claims.map((x: { text: string }) => x.text.trim())).toEqual([
      expect.stringContaining("formulaire"),
      "Ajouter une boutique en ligne",
      "pour vendre les bières",
      "corriger le thème qui plante sur mobile",
    ]);
    expect(view.claims.map((x: { position: number }) => x.position)).toEqual([1, 2, 3, 4]);
    await owner.patch(`/api/v1/claims/${view.claims[3].id}`, {
      triage: { outcome: "change_order", estimatedHours: 3 },
    });
    expect((await owner.post(`/api/v1/claims/${view.claims[3].id}/split`, { atOffset: 5 })).status).toBe(409);
    expect((await owner.post(`/api/v1/rounds/${round.round.id}/merge`, { claimIds: [a.id] })).status).toBe(400);
  });

  it.skipIf(skip)("refuses an empty text, a bad date, and a mandate of another workspace", async () => {
    expect(
      (await owner.post(`/api/v1/mandates/${mandateId}/rounds`, { text: "  ", receivedAt: "2026-12-21" })).status,
    ).toBe(400);
    expect(
      (await owner.post(`/api/v1/mandates/${mandateId}/rounds`, { text: LIST, receivedAt: "hier" })).body.fields[0]
        .path,
    ).toBe("receivedAt");
    expect(
      (await (await fx.owner()).post(`/api/v1/mandates/${mandateId}/rounds`, { text: LIST, receivedAt: "2026-12-21" }))
        .status,
    ).toBe(404);
  });
});

describe.each(engines())("reply to a round on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient;
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    await owner.patch("/api/v1/workspace", { targetHourlyRate: 9500 });
  });
  afterAll(async () => {
    await fx?.close();
  });

  /** A client with Julie as its contact, an offer sent and signed in the portal, and its mandate. */
  async function signedMandate() {
    const clientId = (
      await owner.post(
        "/api/v1/clients",
        buildClient({ contacts: [{ name: "Julie Bergeron", email: "julie@agence.test" }] }),
      )
    ).body.id as string;
    const offer = (await owner.post("/api/v1/offers", buildOffer(clientId))).body;
    const sent = (await owner.post(`/api/v1/offers/${offer.id}/send`)).body;
    await fx.client().post(`/api/v1/portal/${sent.portalUrl.split("/portal/")[1]}/sign`, {
      signerName: "Julie Bergeron",
      consent: true,
    });
    const mandateId = (await owner.get(`/api/v1/offers/${offer.id}`)).body.mandateId as string;
    return { clientId, sent, mandateId };
  }

  it.skipIf(skip)(
    "answers each claim in the client's language, quoting the signed offer, and keeps it in the outbox",
    async () => {
      const { clientId, sent, mandateId } = await signedMandate();
      const round = (await owner.post(`/api/v1/mandates/${mandateId}/rounds`, { text: LIST, receivedAt: "2026-12-21" }))
        .body;
      const [form, translate, shop, theme] = round.claims;
      const early = await owner.post(`/api/v1/rounds/${round.round.id}/reply`, {});
      expect(early.status).toBe(409);
      const ref = (c: { suggestions: { kind: string; id: string }[] }, kind: string) => {
        const s = c.suggestions.find((x) => x.kind === kind)!;
        return { kind: s.kind, id: s.id };
      };
      await owner.patch(`/api/v1/claims/${form.id}`, {
        triage: { outcome: "in_scope", baseline: ref(form, "deliverable"), estimatedHours: 1 },
      });
      await owner.patch(`/api/v1/claims/${translate.id}`, {
        triage: {
          outcome: "declined",
          baseline: ref(translate, "exclusion"),
          rationale: "La traduction est exclue de l'offre signée.",
        },
      });
      await owner.patch(`/api/v1/claims/${shop.id}`, { triage: { outcome: "change_order", estimatedHours: 20 } });
      await owner.patch(`/api/v1/claims/${theme.id}`, {
        triage: { outcome: "goodwill", rationale: "Petit correctif", estimatedHours: 1 },
      });
      const co = await owner.post(`/api/v1/mandates/${mandateId}/change-orders`, {
        claimIds: [shop.id],
        title: "Boutique",
        reason: "Hors offre",
        requester: "Julie",
      });
      expect(co.status, JSON.stringify(co.body)).toBe(201);
      // The goodwill before any time is logged: its estimate (1 h) at the rate a change order would use (the target
      // rate, 95 $, for this fixed price).
      const estimated = (await owner.post(`/api/v1/rounds/${round.round.id}/reply`, {})).body.body as string;
      const courtesy = (text: string) => text.split("\n").find((l) => l.includes("courtoisie")) ?? "";
      expect(courtesy(estimated)).toMatch(/\(environ 1\sh, .* 95,00\s\$\s/);
      // Once done, what the time page counts: 1 h 30 logged against the claim at the member's own rate (120 $/h).
      expect((await owner.patch("/api/v1/me", { billableRate: 12_000 })).status).toBe(200);
      const logged = await owner.post("/api/v1/time-entries", {
        mandateId,
        claimId: theme.id,
        date: "2026-12-22",
        minutes: 90,
        category: "goodwill",
      });
      expect(logged.status, JSON.stringify(logged.body)).toBe(201);
      const reply = await owner.post(`/api/v1/rounds/${round.round.id}/reply`, {});
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      expect(reply.body.language).toBe("fr");
      const body = reply.body.body as string;
      expect(courtesy(body)).toMatch(/\(environ 1,5\sh, .* 180,00\s\$\s/);
      const goodwill = (await owner.get(`/api/v1/goodwill?clientId=${clientId}`)).body;
      expect(JSON.stringify(goodwill)).toContain("18000");
      expect(body).toContain(sent.offer.number);
      expect(body).toContain(sent.offer.sha256.slice(0, 12));
      expect(body).toContain("Formulaire de contact");
      expect(body).toContain("Rédaction ou traduction du contenu");
      expect(body).toContain(`${sent.offer.number}-A1`);
      expect(reply.body.message).toBeNull();
      const edited = await owner.post(`/api/v1/rounds/${round.round.id}/reply`, {
        subject: "Suivi de votre liste",
        body: `${body}\n\nP.-S. Merci!`,
        send: true,
      });
      expect(edited.body.message).toMatchObject({
        status: "kept",
        to: "julie@agence.test",
        subject: "Suivi de votre liste",
      });
      const outbox = await owner.get("/api/v1/outbox");
      expect(outbox.body.items.map((m: { kind: string }) => m.kind)).toContain("round_reply");
    },
  );

  it.skipIf(skip)(
    "says a change order the client rejected was rejected, and when, not that it will be sent",
    async () => {
      const { mandateId } = await signedMandate();
      const round = (
        await owner.post(`/api/v1/mandates/${mandateId}/rounds`, {
          text: "1) Ajouter une boutique en ligne pour vendre les bières",
          receivedAt: "2026-12-21",
        })
      ).body;
      const [shop] = round.claims;
      await owner.patch(`/api/v1/claims/${shop.id}`, { triage: { outcome: "change_order", estimatedHours: 20 } });
      const co = await owner.post(`/api/v1/mandates/${mandateId}/change-orders`, {
        claimIds: [shop.id],
        title: "Boutique",
        reason: "Hors offre",
        requester: "Julie",
      });
      const coSent = await owner.post(`/api/v1/change-orders/${co.body.id}/send`);
      expect(coSent.status, JSON.stringify(coSent.body)).toBe(200);
      const rejected = await fx
        .client()
        .post(`/api/v1/portal/${String(coSent.body.portalUrl).split("/portal/")[1]}/reject`, { reason: "Réglez ça!" });
      expect(rejected.status).toBe(204);
      const reply = await owner.post(`/api/v1/rounds/${round.round.id}/reply`, {});
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      const body = reply.body.body as string;
      expect(body).toMatch(
        new RegExp(`l’avenant ${co.body.number} \\([^)]+\\), que vous avez refusé le \\d{1,2} \\S+ \\d{4}\\.`),
      );
      expect(body).not.toContain("vous sera transmis");
    },
  );
});
