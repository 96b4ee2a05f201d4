/**
 * The first-run guide (issue 15, item 3): each step is done when the records hold what it asks — identity and a tax
 * number, every active member's rate and capacity, values, payment instructions, outgoing e-mail — and the day's
 * to-do counts what waits: offers to sign, draft invoices, claims to triage.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { buildClient, buildOffer, buildQuebecStudio, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { signedMandate } from "../support/scope-fixture.ts";

describe.each(engines())("first-run guide on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient & { memberId: string };
  const status = async () => {
    const res = await owner.get("/api/v1/setup");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as {
      steps: { id: string; done: boolean }[];
      today: string;
      todo: Record<string, number>;
    };
  };
  const done = async () => (await status()).steps.filter((s) => s.done).map((s) => s.id);

  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("starts with nothing done and nothing to do, each step marked done by the data itself", async () => {
    const first = await status();
    expect(first.steps.map((s) => s.id)).toEqual(["identity", "team", "values", "payment", "email"]);
    expect(await done()).toEqual([]);
    expect(Object.values(first.todo).every((n) => n === 0)).toBe(true);

    await owner.patch("/api/v1/workspace", buildQuebecStudio());
    expect(await done()).toEqual(["identity"]);
    await owner.patch(`/api/v1/members/${owner.memberId}`, { billableRate: 9500, weeklyCapacityHours: 30 });
    expect(await done()).toEqual(["identity", "team"]);
    await owner.patch("/api/v1/workspace", { values: [{ statement: "Collaboration saine", weight: 5 }] });
    expect(await done()).toEqual(["identity", "team", "values"]);
    await owner.patch("/api/v1/workspace", {
      paymentInstructions: { institutionNumber: "815", transitNumber: "20001", accountNumber: "1234567" },
    });
    // Without SMTP_URL, e-mail stays to do: messages wait in the outbox.
    expect(await done()).toEqual(["identity", "team", "values", "payment"]);

    // A new member without figures makes the team step due again.
    await fx.memberOf(owner, "member");
    expect(await done()).toEqual(["identity", "values", "payment"]);
  });

  it.skipIf(skip)("counts what waits today: an offer to sign, a draft invoice, claims to triage", async () => {
    const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
    const offer = (await owner.post("/api/v1/offers", buildOffer(clientId))).body;
    expect((await owner.post(`/api/v1/offers/${offer.id}/send`)).status).toBe(200);
    const m = await signedMandate(fx, owner);
    await owner.post(`/api/v1/mandates/${m.mandateId}/rounds`, {
      text: "1) Ajouter une page\n2) Changer une couleur",
      receivedAt: "2026-12-21",
    });
    await owner.post("/api/v1/invoices", {
      clientId,
      lines: [{ description: "Maintenance", quantityMilli: 1000, unitPrice: 10_000 }],
    });
    expect((await status()).todo).toEqual({
      overdueInvoices: 0,
      draftInvoices: 1,
      offersAwaitingSignature: 1,
      changeOrdersAwaitingApproval: 0,
      untriagedClaims: 2,
    });
    // Another workspace sees none of it.
    const other = await fx.owner();
    const theirs = (await other.get("/api/v1/setup")).body;
    expect(Object.values(theirs.todo).every((n) => n === 0)).toBe(true);
  });
});
