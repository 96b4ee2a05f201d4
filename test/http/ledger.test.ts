/**
 * The money thread through HTTP, on both engines: a fixed-price offer with a deposit, a progress invoice, the
 * delivery, the balance invoiced from the offer (never twice), the same outstanding on the mandate, the client and the
 * receivables; then the exit bills only what was not billed (nothing when everything was, the unbilled half when half
 * was) and credits a cancelled offer's unpaid deposit, and the letter says so. Figures are hand-computed: the offer is
 * 10 pages × 150 $ + a 450 $ form = 1 950 $, deposit 30 % = 585 $; GST 5 % and QST 9.975 % rounded half-up per tax.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { buildQuebecStudio, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { signedMandate } from "../support/scope-fixture.ts";

/** Taxes included: GST 5 % + QST 9.975 %, each rounded half-up on the same base. */
const withTaxes = (base: number) => base + Math.round(base * 0.05) + Math.floor((base * 9975 + 50_000) / 100_000);

describe.each(engines())("the money thread on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient & { memberId: string };
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    await owner.patch("/api/v1/workspace", buildQuebecStudio());
  });
  afterAll(async () => {
    await fx?.close();
  });

  async function issue(body: Record<string, unknown>) {
    const draft = await owner.post("/api/v1/invoices", body);
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const issued = await owner.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, {});
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const b = issued.body;
    return {
      id: b.id as string,
      number: b.number as string,
      subtotal: b.totals.subtotal.amount as number,
      total: b.totals.total.amount as number,
    };
  }

  async function tick(mandateId: string, titles?: string[]) {
    const mandate = (await owner.get(`/api/v1/mandates/${mandateId}`)).body;
    const checklist = mandate.checklist
      .filter((i: { title: string }) => !titles || titles.includes(i.title))
      .map((i: { id: string }) => ({ id: i.id, done: true }));
    expect((await owner.patch(`/api/v1/mandates/${mandateId}`, { checklist })).status).toBe(200);
  }

  const money = async (mandateId: string) => (await owner.get(`/api/v1/mandates/${mandateId}/money`)).body;

  async function readyExit(clientId: string) {
    // A serious reason needs its evidence, a record of this client (C.c.Q. 2126).
    const signal = await owner.post(`/api/v1/clients/${clientId}/signals`, {
      kind: "note",
      severity: 2,
      occurredOn: "2026-11-20",
      text: "Demandes hors offre répétées; avenant refusé",
    });
    expect(signal.status, JSON.stringify(signal.body)).toBe(201);
    const exit = await owner.post(`/api/v1/clients/${clientId}/exits`, {
      noticeDate: "2026-11-27",
      effectiveDate: "2026-12-28",
      options: {
        reason: {
          category: "unilateralChangeOfTerms",
          description: "Avenant refusé, demandes répétées",
          evidence: [{ kind: "signal", id: signal.body.id }],
        },
        contract: { duration: "project" },
      },
    });
    expect(exit.status, JSON.stringify(exit.body)).toBe(201);
    return exit.body;
  }

  async function execute(exitId: string) {
    const patched = await owner.patch(`/api/v1/exits/${exitId}`, {
      handoverDone: [{ key: "repository", doneOn: "2026-11-28" }],
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const ready = await owner.patch(`/api/v1/exits/${exitId}`, { status: "ready" });
    expect(ready.status, JSON.stringify(ready.body)).toBe(200);
    const res = await owner.post(`/api/v1/exits/${exitId}/execute`, { doNotReengage: false, lesson: "Facturer tôt." });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { finalInvoiceIds: string[] };
  }

  it.skipIf(skip)(
    "bills the deposit, a progress invoice and the balance from the signed offer, once; the exit bills nothing more",
    async () => {
      const m = await signedMandate(fx, owner);
      const deposit = await issue({ clientId: m.clientId, sources: { depositOfferIds: [m.offerId] } });
      expect(deposit.subtotal).toBe(58_500);

      // Nothing delivered yet: the offer is offered with 0 % done, its deposit already billed.
      let sources = (await owner.get(`/api/v1/invoice-sources?clientId=${m.clientId}`)).body;
      expect(sources.offers).toEqual([
        expect.objectContaining({ offerId: m.offerId, price: 195_000, billedToDate: 58_500, balanceAmount: 136_500 }),
      ]);
      expect(sources.offers[0].progress).toMatchObject({ percent: 0, basis: "price" });

      // A delivery of nothing is refused, and writes nothing: recorded, the ledger would count nothing earned and an
      // exit would offer to credit the whole billed price.
      const empty = await owner.post(`/api/v1/mandates/${m.mandateId}/deliveries`, { date: "2026-12-10", note: "" });
      expect(empty.status, JSON.stringify(empty.body)).toBe(409);
      expect(empty.body).toMatchObject({ code: "invalid_state", reason: "nothing_delivered" });
      expect((await owner.get(`/api/v1/mandates/${m.mandateId}`)).body).toMatchObject({
        status: "active",
        deliveries: [],
      });

      // The pages delivered: 1 500 $ of 1 950 $ by price.
      await tick(m.mandateId, ["Intégration des pages"]);
      sources = (await owner.get(`/api/v1/invoice-sources?clientId=${m.clientId}`)).body;
      expect(sources.offers[0].progressAmount).toBe(150_000 - 58_500);

      // A milestone at 50 %: 975 $ less the 585 $ deposit.
      const progress = await issue({
        clientId: m.clientId,
        sources: { offers: [{ offerId: m.offerId, target: "progress", percent: 50 }] },
      });
      expect(progress.subtotal).toBe(39_000);

      await tick(m.mandateId);
      const delivered = await owner.post(`/api/v1/mandates/${m.mandateId}/deliveries`, {
        date: "2026-12-18",
        note: "Tout est livré",
      });
      expect(delivered.status, JSON.stringify(delivered.body)).toBe(201);
      const balance = await issue({
        clientId: m.clientId,
        sources: { offers: [{ offerId: m.offerId, target: "balance" }] },
      });
      expect(balance.subtotal).toBe(195_000 - 97_500);

      // Billed in full: the offer is no longer a source, and a second balance says where it was billed.
      sources = (await owner.get(`/api/v1/invoice-sources?clientId=${m.clientId}`)).body;
      expect(sources.offers).toEqual([]);
      const twice = await owner.post("/api/v1/invoices", {
        clientId: m.clientId,
        sources: { offers: [{ offerId: m.offerId, target: "balance" }] },
      });
      expect(twice.status).toBe(400);
      expect(twice.body.fields[0].path).toBe("sources.offers.0.target");
      expect(twice.body.fields[0].message).toContain(balance.number);

      const pay = await owner.post(`/api/v1/invoices/${deposit.id}/payments`, {
        date: "2026-12-05",
        amount: deposit.total,
        method: "transfer",
      });
      expect(pay.status, JSON.stringify(pay.body)).toBe(201);

      const owed = withTaxes(39_000) + withTaxes(97_500);
      const mm = await money(m.mandateId);
      expect(mm.work).toMatchObject({ method: "progress", signed: 195_000, earned: 195_000 });
      expect(mm.ledger).toMatchObject({
        signed: 195_000,
        earned: 195_000,
        invoiced: 195_000,
        credited: 0,
        advances: 58_500,
        paid: withTaxes(58_500),
        outstanding: owed,
        unbilled: 0,
        unearned: 0,
      });
      const client = (await owner.get(`/api/v1/clients/${m.clientId}/money`)).body;
      expect(client.total.outstanding).toBe(owed);
      const receivables = (await owner.get(`/api/v1/receivables?clientId=${m.clientId}`)).body;
      expect(JSON.stringify(receivables)).toContain(String(owed));

      const exit = await readyExit(m.clientId);
      expect(exit.plan.mandates).toHaveLength(1);
      expect(exit.plan.mandates[0].settlement).toMatchObject({ earned: 195_000, invoicedToDate: 195_000 });
      expect(exit.plan.totals.finalInvoice).toBe(0);
      const letter = (await owner.get(`/api/v1/exits/${exit.id}/letter`)).body;
      expect(letter.paragraphs.join("\n")).toContain("Aucune facture finale ne sera émise");
      const before = (await owner.get(`/api/v1/invoices?clientId=${m.clientId}`)).body.total;
      const done = await execute(exit.id);
      expect(done.finalInvoiceIds).toEqual([]);
      expect((await owner.get(`/api/v1/invoices?clientId=${m.clientId}`)).body.total).toBe(before);
    },
  );

  it.skipIf(skip)("with half the work billed, the exit's final invoice is the unbilled half", async () => {
    const m = await signedMandate(fx, owner);
    await issue({ clientId: m.clientId, sources: { depositOfferIds: [m.offerId] } });
    await issue({
      clientId: m.clientId,
      sources: { offers: [{ offerId: m.offerId, target: "progress", percent: 50 }] },
    });
    await tick(m.mandateId);
    expect((await money(m.mandateId)).ledger).toMatchObject({ earned: 195_000, invoiced: 97_500, unbilled: 97_500 });

    const exit = await readyExit(m.clientId);
    expect(exit.plan.totals.finalInvoice).toBe(97_500);
    const letter = (await owner.get(`/api/v1/exits/${exit.id}/letter`)).body;
    expect(letter.paragraphs.join("\n")).toMatch(/Une facture finale de 975,00\s\$ avant taxes/);
    const done = await execute(exit.id);
    expect(done.finalInvoiceIds).toHaveLength(1);
    const final = (await owner.get(`/api/v1/invoices/${done.finalInvoiceIds[0]}`)).body;
    expect(final.totals.subtotal.amount).toBe(97_500);
    expect(final.details.lines[0]).toMatchObject({ mandateId: m.mandateId, source: { kind: "offer" } });
    expect((await money(m.mandateId)).ledger).toMatchObject({ invoiced: 195_000, unbilled: 0 });
  });

  it.skipIf(skip)("credits a cancelled offer's unpaid deposit, and the letter says so", async () => {
    const m = await signedMandate(fx, owner);
    const deposit = await issue({ clientId: m.clientId, sources: { depositOfferIds: [m.offerId] } });
    const exit = await readyExit(m.clientId);
    expect(exit.plan.mandates).toHaveLength(0);
    expect(exit.plan.offers[0].deposit).toMatchObject({ action: "credit", invoiced: 58_500, creditNote: 58_500 });
    expect(exit.plan.invoices).toEqual([expect.objectContaining({ id: deposit.id, action: "credit" })]);
    expect(exit.plan.totals).toMatchObject({ outstanding: 0, depositCredit: 58_500, depositRefund: 0 });
    const text = (await owner.get(`/api/v1/exits/${exit.id}/letter`)).body.paragraphs.join("\n");
    expect(text).toContain(
      `l’acompte de 585,00 $ avant taxes (facture nº ${deposit.number}) sera annulé par une note de crédit`.replace(
        / \$/g,
        "\u00a0$",
      ),
    );
    expect(text).not.toContain("demeure payable");
    await execute(exit.id);
    const after = (await owner.get(`/api/v1/invoices/${deposit.id}`)).body;
    expect(after.status).toBe("credited");
  });

  it.skipIf(skip)(
    "counts a cost in what was earned, invoices it once, and keeps it while an invoice bills it",
    async () => {
      const m = await signedMandate(fx, owner);
      const cost = await owner.post(`/api/v1/mandates/${m.mandateId}/costs`, {
        date: "2026-12-02",
        description: "Licence de thème premium",
        amount: 8_900,
      });
      expect(cost.status, JSON.stringify(cost.body)).toBe(201);
      expect((await money(m.mandateId)).ledger).toMatchObject({ costs: 8_900, earned: 8_900, unbilled: 8_900 });
      const sources = (await owner.get(`/api/v1/invoice-sources?clientId=${m.clientId}`)).body;
      expect(sources.costs).toEqual([expect.objectContaining({ costId: cost.body.id, amount: 8_900 })]);
      const inv = await issue({ clientId: m.clientId, sources: { costIds: [cost.body.id] } });
      expect(inv.subtotal).toBe(8_900);
      expect((await money(m.mandateId)).ledger).toMatchObject({ invoiced: 8_900, unbilled: 0 });
      expect((await owner.get(`/api/v1/invoice-sources?clientId=${m.clientId}`)).body.costs).toEqual([]);
      const again = await owner.post("/api/v1/invoices", {
        clientId: m.clientId,
        sources: { costIds: [cost.body.id] },
      });
      expect(again.status).toBe(400);
      expect((await owner.delete(`/api/v1/costs/${cost.body.id}`)).status).toBe(409);
      // Another workspace cannot see or add to this mandate.
      const stranger = await fx.owner();
      const foreign = await stranger.post(`/api/v1/mandates/${m.mandateId}/costs`, {
        date: "2026-12-02",
        description: "x",
        amount: 1,
      });
      expect(foreign.status).toBe(404);
      expect((await stranger.get(`/api/v1/mandates/${m.mandateId}/money`)).status).toBe(404);
    },
  );

  it.skipIf(skip)(
    "never bills a fixed price beyond it: a deposit and the balance on one draft make the price",
    async () => {
      const m = await signedMandate(fx, owner);
      const both = await issue({
        clientId: m.clientId,
        sources: { depositOfferIds: [m.offerId], offers: [{ offerId: m.offerId, target: "balance" }] },
      });
      expect(both.subtotal).toBe(195_000);
      const sources = (await owner.get(`/api/v1/invoice-sources?clientId=${m.clientId}`)).body;
      expect(sources.deposits).toEqual([]);
      expect(sources.offers).toEqual([]);

      // Once the offer itself is billed, its deposit is no longer offered.
      const other = await signedMandate(fx, owner);
      await issue({
        clientId: other.clientId,
        sources: { offers: [{ offerId: other.offerId, target: "progress", percent: 10 }] },
      });
      const after = (await owner.get(`/api/v1/invoice-sources?clientId=${other.clientId}`)).body;
      expect(after.deposits).toEqual([]);
      expect(after.offers[0]).toMatchObject({ billedToDate: 19_500, balanceAmount: 175_500 });
    },
  );
});
