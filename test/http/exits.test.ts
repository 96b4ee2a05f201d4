/** Planning the end of the founding story's agency relationship: plan from the records, Québec checks, the letter. */
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import type { TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("exit plans on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let c: TestClient;
  let agencyId: string;
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine, { SIGNUP_POLICY: "first-only" });
    c = fx.client();
    await c.post("/api/v1/demo");
    agencyId = (await c.get("/api/v1/clients?q=boreale")).body.items[0].id;
  }, 120_000);
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)(
    "prefills the plan: the offer signed last week cancelled, the handover dated before the end",
    async () => {
      const res = await c.post(`/api/v1/clients/${agencyId}/exits`, {
        noticeDate: "2026-11-27",
        effectiveDate: "2026-12-18",
        options: {
          reason: {
            category: "unilateralChangeOfTerms",
            description: "Demandes hors offre répétées, avenant refusé",
            evidence: ["avenant refusé"],
          },
        },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const plan = res.body.plan;
      expect(plan.jurisdiction).toBe("CA-QC");
      expect(plan.offers.map((o: { title: string; action: string }) => [o.title, o.action])).toEqual([
        ["Nouveau site vitrine — Clinique dentaire Beauport", "cancel"],
      ]);
      expect(plan.mandates).toHaveLength(1);
      expect(plan.handover.every((h: { dueDate: string }) => h.dueDate <= "2026-12-18")).toBe(true);
      expect(res.body.checks.checks.length).toBeGreaterThan(0);
      for (const check of res.body.checks.checks) expect(check.source.title).toBeTruthy();
      expect(res.body.checks.disclaimer.fr).toBeTruthy();
    },
  );

  it.skipIf(skip)(
    "refuses to mark ready on an insufficient reason without a clause, accepts a serious one",
    async () => {
      const exit = (
        await c.post(`/api/v1/clients/${agencyId}/exits`, {
          options: { reason: { category: "personalityClash", evidence: [] }, contract: { duration: "project" } },
        })
      ).body;
      const blocking = exit.checks.checks.filter(
        (k: { severity: string; passed: boolean }) => k.severity === "blocking" && !k.passed,
      );
      expect(blocking.length).toBeGreaterThan(0);
      const ready = await c.patch(`/api/v1/exits/${exit.id}`, { status: "ready" });
      expect(ready.status).toBe(409);
      const fixed = await c.patch(`/api/v1/exits/${exit.id}`, {
        options: {
          reason: {
            category: "unilateralChangeOfTerms",
            description: "Avenant refusé, demandes répétées",
            evidence: ["avenant"],
          },
        },
      });
      expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
      const readyNow = await c.patch(`/api/v1/exits/${exit.id}`, { status: "ready" });
      expect(readyNow.status, JSON.stringify(readyNow.body)).toBe(200);
      expect(readyNow.body.status).toBe("ready");
    },
  );

  it.skipIf(skip)("writes the letter in French and English, as JSON and as a PDF", async () => {
    const exit = (
      await c.post(`/api/v1/clients/${agencyId}/exits`, { noticeDate: "2026-11-27", effectiveDate: "2026-12-18" })
    ).body;
    const fr = (await c.get(`/api/v1/exits/${exit.id}/letter`)).body;
    expect(fr.lang).toBe("fr");
    const text = fr.paragraphs.join("\n");
    expect(text).toContain("Nouveau site vitrine — Clinique dentaire Beauport");
    expect(text).toMatch(/18 décembre 2026/);
    const en = (await c.get(`/api/v1/exits/${exit.id}/letter?lang=en`)).body;
    expect(en.lang).toBe("en");
    expect(en.paragraphs.join("\n")).toMatch(/December 18, 2026|18 December 2026/);
    const pdf = await fx.app.request(`/api/v1/exits/${exit.id}/letter?format=pdf`, { headers: { cookie: c.cookie! } });
    expect(pdf.status).toBe(200);
    const doc = await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer()));
    const pdfText = (await extractText(doc, { mergePages: true })).text.replace(/\s+/g, " ");
    expect(pdfText).toContain("Objet");
    expect(pdfText).toContain("Clinique dentaire Beauport");
    const edited = await c.patch(`/api/v1/exits/${exit.id}`, {
      letter: { subject: "Fin de notre collaboration", paragraphs: ["Bonjour,", "Merci."], lang: "fr" },
    });
    expect(edited.status).toBe(200);
    expect((await c.get(`/api/v1/exits/${exit.id}/letter`)).body).toMatchObject({
      subject: "Fin de notre collaboration",
      generated: false,
    });
  });
});
