/** The client portal: exactly one document per link, signature evidence, frozen content, and no guessing. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collapse, pdfText } from "../fixtures/pdf/pdf-text.ts";
import { engines } from "../support/engines.ts";
import { buildClient, buildOffer, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("portal on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient & { workspaceId: string };
  let clientId: string;

  async function sentOffer(overrides: Record<string, unknown> = {}) {
    const offer = (await owner.post("/api/v1/offers", buildOffer(clientId, overrides))).body;
    const sent = (await owner.post(`/api/v1/offers/${offer.id}/send`)).body;
    return { id: offer.id as string, token: sent.portalUrl.split("/portal/")[1] as string, sent };
  }

  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("shows the whole document, then signs it with evidence and creates the mandate", async () => {
    const { id, token, sent } = await sentOffer();
    const visitor = fx.client();
    const view = await visitor.request("GET", `/api/v1/portal/${token}`, undefined, {
      "user-agent": "Mozilla/5.0 test",
    });
    expect(view.status).toBe(200);
    expect(view.body.state).toBe("sent");
    expect(view.body.document.deliverables.map((d: { title: string }) => d.title)).toEqual([
      "Intégration des pages",
      "Formulaire de contact",
    ]);
    expect(view.body.document.exclusions.map((e: { text: string }) => e.text)).toContain(
      "Rédaction ou traduction du contenu",
    );
    expect(view.body.document.terms.terminationClause).toContain("14 jours");
    expect(view.body.sha256).toBe(sent.offer.sha256);
    const noConsent = await visitor.post(`/api/v1/portal/${token}/sign`, {
      signerName: "Julie Bergeron",
      consent: false,
    });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.fields[0]).toMatchObject({ path: "consent", issue: "consent_required" });
    const wrongText = await visitor.post(`/api/v1/portal/${token}/sign`, {
      signerName: "Julie Bergeron",
      consent: true,
      consentText: "I agree to anything",
    });
    expect(wrongText.body.fields[0].issue).toBe("consent_text_mismatch");
    const signed = await visitor.request(
      "POST",
      `/api/v1/portal/${token}/sign`,
      { signerName: "  Julie Bergeron ", consent: true, consentText: view.body.document.consentText },
      { "user-agent": "Mozilla/5.0 test" },
    );
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body.signature).toMatchObject({
      signerName: "Julie Bergeron",
      sha256: sent.offer.sha256,
      userAgent: "Mozilla/5.0 test",
    });
    const detail = await owner.get(`/api/v1/offers/${id}`);
    expect(detail.body.offer.status).toBe("signed");
    expect(detail.body.offer.signature.consentText).toBe(view.body.document.consentText);
    const mandate = await owner.get(`/api/v1/mandates/${detail.body.mandateId}`);
    expect(mandate.body.status).toBe("active");
    expect(mandate.body.checklist.map((i: { title: string; done: boolean }) => [i.title, i.done])).toEqual([
      ["Intégration des pages", false],
      ["Formulaire de contact", false],
    ]);
    const again = await visitor.post(`/api/v1/portal/${token}/sign`, { signerName: "Julie Bergeron", consent: true });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("invalid_state");
    expect((await visitor.get(`/api/v1/portal/${token}`)).body).toMatchObject({
      state: "signed",
      signature: { signerName: "Julie Bergeron" },
    });
    const edit = await owner.patch(`/api/v1/offers/${id}`, { title: "Changed after signature" });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe("invalid_state");
  });

  it.skipIf(skip)(
    "gives the client its copy of the offer as a PDF: as sent, then signed with its certificate",
    async () => {
      const { token, sent } = await sentOffer();
      const pdfOf = async () => {
        const res = await fx.app.request(`/api/v1/portal/${token}/pdf`);
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toContain("application/pdf");
        return collapse((await pdfText(new Uint8Array(await res.arrayBuffer()))).text);
      };
      const before = await pdfOf();
      expect(before).toContain(sent.offer.number);
      expect(before).not.toContain("Julie Bergeron");
      await fx.client().post(`/api/v1/portal/${token}/sign`, { signerName: "Julie Bergeron", consent: true });
      const signed = await pdfOf();
      expect(signed).toContain(sent.offer.number);
      expect(signed).toContain("Julie Bergeron");
      expect(signed).toContain(sent.offer.sha256);
      // a credit note's id on an offer's link finds nothing
      expect((await fx.app.request(`/api/v1/portal/${token}/pdf?creditNote=x`)).status).toBe(404);
    },
  );

  it.skipIf(skip)("a byte changed in the database makes verify answer valid: false", async () => {
    const { id, token } = await sentOffer();
    await fx.client().post(`/api/v1/portal/${token}/sign`, { signerName: "Julie Bergeron", consent: true });
    expect((await owner.get(`/api/v1/offers/${id}/verify`)).body.valid).toBe(true);
    const row = await fx.db.store.db
      .selectFrom("offers")
      .select("document_text")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const tampered = row.document_text!.replace("45000", "4500");
    expect(tampered).not.toBe(row.document_text);
    await fx.db.store.db.updateTable("offers").set({ document_text: tampered }).where("id", "=", id).execute();
    const res = await owner.get(`/api/v1/offers/${id}/verify`);
    expect(res.body.valid).toBe(false);
  });

  it.skipIf(skip)(
    "lets a signed-in studio member use a portal link in the same browser (no CSRF token needed)",
    async () => {
      const { token } = await sentOffer();
      const res = await owner.request(
        "POST",
        `/api/v1/portal/${token}/sign`,
        { signerName: "Julie Bergeron", consent: true },
        { "x-csrf-token": "" },
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    },
  );

  it.skipIf(skip)("declines with a reason", async () => {
    const { id, token } = await sentOffer();
    expect((await fx.client().post(`/api/v1/portal/${token}/reject`, { reason: "Trop cher pour nous" })).status).toBe(
      204,
    );
    expect((await owner.get(`/api/v1/offers/${id}`)).body.offer).toMatchObject({
      status: "declined",
      declineReason: "Trop cher pour nous",
    });
    expect(
      (await fx.client().post(`/api/v1/portal/${token}/sign`, { signerName: "Julie", consent: true })).status,
    ).toBe(409);
  });

  it.skipIf(skip)("answers the same 404 for unknown, expired, revoked and replaced links", async () => {
    const unknown = await fx.client().get(`/api/v1/portal/${"x".repeat(43)}`);
    const { token: expiredToken } = await sentOffer();
    await fx.db.store.db
      .updateTable("portal_links")
      .set({ expires_at: "2000-01-01T00:00:00.000Z" })
      .where("created_at", "<", "9999")
      .where("revoked_at", "is", null)
      .execute();
    const expired = await fx.client().get(`/api/v1/portal/${expiredToken}`);
    const { id, token: revokedToken } = await sentOffer();
    await owner.post(`/api/v1/offers/${id}/cancel`, { reason: "withdrawn" });
    const revoked = await fx.client().get(`/api/v1/portal/${revokedToken}`);
    for (const res of [unknown, expired, revoked]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual(unknown.body);
    }
    expect(JSON.stringify(unknown.body)).not.toMatch(/expired|revoked|cancel/i);
  });

  it.skipIf(skip)("a token shows only its own document", async () => {
    const a = await sentOffer({ title: "Offre A" });
    await sentOffer({ title: "Offre B" });
    const view = await fx.client().get(`/api/v1/portal/${a.token}`);
    expect(view.body.document.title).toBe("Offre A");
    expect(JSON.stringify(view.body)).not.toContain("Offre B");
    expect((await fx.client().get(`/api/v1/offers/${a.id}`)).status).toBe(401);
  });

  it.skipIf(skip)("rate-limits token guessing per address", async () => {
    const guesser = fx.client();
    let last = 0;
    for (let i = 0; i < 40; i++) {
      last = (await guesser.request("GET", `/api/v1/portal/guess-${i}-${"y".repeat(30)}`)).status;
      if (last === 429) break;
    }
    expect(last).toBe(429);
    const { token } = await sentOffer();
    const blocked = await fx.client().get(`/api/v1/portal/${token}`);
    expect(blocked.status).toBe(429);
    await fx.db.store.db.deleteFrom("login_attempts").execute();
    expect((await fx.client().get(`/api/v1/portal/${token}`)).status).toBe(200);
  });

  it.skipIf(skip)("records deliveries with the checklist as it was, then accepts the mandate", async () => {
    const { id, token } = await sentOffer();
    await fx.client().post(`/api/v1/portal/${token}/sign`, { signerName: "Julie Bergeron", consent: true });
    const mandateId = (await owner.get(`/api/v1/offers/${id}`)).body.mandateId;
    const m = (await owner.get(`/api/v1/mandates/${mandateId}`)).body;
    const ticked = await owner.patch(`/api/v1/mandates/${mandateId}`, {
      checklist: [{ id: m.checklist[0].id, done: true }],
    });
    expect(ticked.body.checklist[0].done).toBe(true);
    const delivered = await owner.post(`/api/v1/mandates/${mandateId}/deliveries`, {
      date: "2026-12-18",
      note: "Pages intégrées",
    });
    expect(delivered.status).toBe(201);
    expect(delivered.body.status).toBe("delivered");
    expect(delivered.body.deliveries[0].checklist.map((i: { done: boolean }) => i.done)).toEqual([true, false]);
    await owner.patch(`/api/v1/mandates/${mandateId}`, { checklist: [{ id: m.checklist[1].id, done: true }] });
    expect((await owner.get(`/api/v1/mandates/${mandateId}`)).body.deliveries[0].checklist[1].done).toBe(false);
    const accepted = await owner.patch(`/api/v1/mandates/${mandateId}`, { status: "accepted" });
    expect(accepted.body.status).toBe("accepted");
    expect((await owner.patch(`/api/v1/mandates/${mandateId}`, { status: "stopped", reason: "x" })).status).toBe(409);
    expect((await owner.post(`/api/v1/offers/${id}/cancel`, { reason: "too late" })).status).toBe(409);
  });

  it.skipIf(skip)("cancels a signed offer whose work has not started and stops its mandate", async () => {
    const { id, token } = await sentOffer();
    await fx.client().post(`/api/v1/portal/${token}/sign`, { signerName: "Julie Bergeron", consent: true });
    const res = await owner.post(`/api/v1/offers/${id}/cancel`, { reason: "Fin de la collaboration" });
    expect(res.status).toBe(200);
    const mandateId = (await owner.get(`/api/v1/offers/${id}`)).body.mandateId;
    expect((await owner.get(`/api/v1/mandates/${mandateId}`)).body).toMatchObject({
      status: "stopped",
      stopReason: "Fin de la collaboration",
    });
    expect((await owner.get(`/api/v1/offers/${id}/verify`)).body.valid).toBe(true);
  });
});
