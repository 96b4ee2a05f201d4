/** The demo workspace tells the founding story through the real use-cases, and it verifies end to end. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collapse, pdfText } from "../fixtures/pdf/pdf-text.ts";
import { engines } from "../support/engines.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("demo on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine, { SIGNUP_POLICY: "first-only" });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("loads on an empty install only, signs in, and tells the story so far", async () => {
    const c = fx.client();
    expect((await c.get("/api/v1/install")).body).toEqual({ empty: true, signupOpen: true });
    const res = await c.post("/api/v1/demo");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.workspace).toMatchObject({ name: "Collectif WEB", jurisdiction: "CA-QC", targetHourlyRate: 9500 });
    expect(res.body.workspace.values).toHaveLength(5);
    expect((await c.get("/api/v1/install")).body).toEqual({ empty: false, signupOpen: false });

    const members = (await c.get("/api/v1/members")).body.items;
    expect(members.map((m: { status: string }) => m.status)).toEqual(["active", "active", "active", "active"]);

    const agency = (await c.get("/api/v1/clients?q=boreale")).body.items[0];
    expect(agency).toMatchObject({ kind: "agency", lastSignal: { kind: "warning" } });
    const detail = (await c.get(`/api/v1/clients/${agency.id}`)).body;
    expect(detail.signals[0].text).toContain("mener la vie dure");

    const offers = (await c.get(`/api/v1/offers?clientId=${agency.id}`)).body.items;
    expect(offers.map((o: { number: string; status: string }) => [o.number, o.status])).toEqual([
      [expect.stringMatching(/^OFF-\d{4}-0002$/), "signed"],
      [expect.stringMatching(/^OFF-\d{4}-0001$/), "signed"],
    ]);
    expect(offers[0].total).toBeGreaterThanOrEqual(100_000);
    for (const o of offers) expect((await c.get(`/api/v1/offers/${o.id}/verify`)).body.valid).toBe(true);
    const second = (await c.get(`/api/v1/offers/${offers[0].id}`)).body;
    expect(second.teamEstimate.items.some((i: { disagreement: boolean }) => i.disagreement)).toBe(true);
    const first = (await c.get(`/api/v1/offers/${offers[1].id}`)).body;
    const mandate = (await c.get(`/api/v1/mandates/${first.mandateId}`)).body;
    expect(mandate.status).toBe("delivered");
    expect(mandate.deliveries[0].checklist.every((i: { done: boolean }) => i.done)).toBe(true);
    const rounds = (await c.get(`/api/v1/mandates/${first.mandateId}/rounds`)).body.items;
    expect(rounds.map((r: { claims: number; triaged: number }) => [r.claims, r.triaged])).toEqual([
      [8, 8],
      [12, 0],
    ]);
    const firstRound = (await c.get(`/api/v1/rounds/${rounds[0].id}`)).body;
    expect(firstRound.summary.counts).toMatchObject({
      change_order: 2,
      goodwill: 2,
      alternative: 2,
      in_scope: 1,
      declined: 1,
    });
    const goodwill = (await c.get(`/api/v1/goodwill?clientId=${agency.id}`)).body;
    expect(goodwill.total.hours).toBe(11.5);
    const log = (await c.get(`/api/v1/mandates/${first.mandateId}/change-orders`)).body.items;
    expect(log.map((x: { status: string }) => x.status)).toEqual(["rejected"]);
    const decisions = (await c.get(`/api/v1/clients/${agency.id}/decisions`)).body.items;
    expect(decisions.map((d: { status: string; verdict: string }) => [d.status, d.verdict])).toEqual([
      ["decided", "stop"],
    ]);
    const exits = (await c.get(`/api/v1/clients/${agency.id}/exits`)).body.items;
    expect(exits.map((e: { status: string }) => e.status)).toEqual(["ready"]);
    const letter = (await c.get(`/api/v1/exits/${exits[0].id}/letter`)).body;
    expect(letter.lang).toBe("fr");
    // The collective's payment instructions, printed on its invoices (the story's step 8).
    const invoices = (await c.get(`/api/v1/invoices?clientId=${agency.id}`)).body.items;
    const pdf = await fx.app.request(`/api/v1/invoices/${invoices[0].id}/pdf`, { headers: { cookie: c.cookie! } });
    expect(pdf.status).toBe(200);
    const printed = collapse((await pdfText(new Uint8Array(await pdf.arrayBuffer()))).text);
    expect(printed).toContain("paiement@collectif-web.demo");
    expect(printed).toMatch(/815.*20245.*0123456/);
    const timeline = (await c.get(`/api/v1/clients/${agency.id}/timeline`)).body.items;
    expect(timeline[0].at >= timeline[timeline.length - 1].at).toBe(true);
    expect(timeline.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        "offer.signed",
        "mandate.delivered",
        "round.received",
        "change_order.rejected",
        "decision.decided",
        "exit.prepared",
      ]),
    );
    expect((await c.get("/api/v1/audit/verify")).body.valid).toBe(true);

    expect((await fx.client().post("/api/v1/demo")).status).toBe(409);
  });
});
