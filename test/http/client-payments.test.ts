/**
 * One payment from a client over several of its open invoices: as the studio allocates it, or the earliest due first;
 * the rest becomes the client's credit; a wrong allocation is refused naming its field and moves nothing; another
 * workspace's invoice is not found. Both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDay } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import { buildClient, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("payments allocated over invoices on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient;
  let clientId: string;
  const ids: string[] = [];
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
    // Three invoices of 1 000 $ (a studio not registered for taxes), issued 60, 40 and 20 days ago, due 30 days later.
    for (const issued of [-60, -40, -20]) {
      const draft = await owner.post("/api/v1/invoices", {
        clientId,
        paymentDays: 30,
        lines: [{ description: `Travaux ${issued}`, quantityMilli: 1000, unitPrice: 100_000 }],
      });
      await owner.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, { issueDate: testDay(issued) });
      ids.push(draft.body.invoice.id);
    }
  });
  afterAll(async () => {
    await fx?.close();
  });

  const balance = async (id: string) => (await owner.get(`/api/v1/invoices/${id}`)).body.balance.balance.amount;

  it.skipIf(skip)("refuses a wrong allocation naming its field, and moves nothing", async () => {
    const tooMuch = await owner.post(`/api/v1/clients/${clientId}/payments`, {
      date: testDay(0),
      amount: 200_000,
      method: "transfer",
      allocations: [{ invoiceId: ids[0], amount: 100_001 }],
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.fields[0].path).toBe("allocations.0.amount");
    const overAllocated = await owner.post(`/api/v1/clients/${clientId}/payments`, {
      date: testDay(0),
      amount: 1_000,
      method: "transfer",
      allocations: [{ invoiceId: ids[0], amount: 2_000 }],
    });
    expect(overAllocated.body.fields[0].path).toBe("allocations");
    expect(await balance(ids[0]!)).toBe(100_000);
  });

  it.skipIf(skip)("pays the earliest due first and keeps the rest as the client's credit", async () => {
    const res = await owner.post(`/api/v1/clients/${clientId}/payments`, {
      date: testDay(0),
      amount: 150_000,
      method: "interac",
      reference: "E-TR 42",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.payments.map((p: { invoiceId: string; amount: number }) => [p.invoiceId, p.amount])).toEqual([
      [ids[0], 100_000],
      [ids[1], 50_000],
    ]);
    expect(res.body.credit.amount).toBe(0);
    expect(await balance(ids[0]!)).toBe(0);
    expect(await balance(ids[1]!)).toBe(50_000);
    const invoice = await owner.get(`/api/v1/invoices/${ids[1]}`);
    expect(invoice.body.paymentRecords[0]).toMatchObject({ method: "interac", reference: "E-TR 42" });
  });

  it.skipIf(skip)("follows the studio's allocation, the excess becoming credit", async () => {
    const res = await owner.post(`/api/v1/clients/${clientId}/payments`, {
      date: testDay(0),
      amount: 200_000,
      method: "cheque",
      reference: "Chèque 118",
      allocations: [
        { invoiceId: ids[2], amount: 100_000 },
        { invoiceId: ids[1], amount: 50_000 },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.credit.amount).toBe(50_000);
    expect(await balance(ids[1]!)).toBe(0);
    expect(await balance(ids[2]!)).toBe(0);
    const receivables = await owner.get("/api/v1/receivables");
    const client = receivables.body.clients.find((c: { clientId: string }) => c.clientId === clientId);
    expect(client.credit.amount).toBe(50_000);
    // Nothing is left to allocate to: the whole payment is credit.
    const all = await owner.post(`/api/v1/clients/${clientId}/payments`, {
      date: testDay(0),
      amount: 1_000,
      method: "cash",
    });
    expect(all.body).toMatchObject({ payments: [], credit: { amount: 1_000 } });
  });

  it.skipIf(skip)("does not find another workspace's invoice", async () => {
    const other = await fx.owner();
    const res = await other.post(`/api/v1/clients/${clientId}/payments`, {
      date: testDay(0),
      amount: 1_000,
      method: "cash",
    });
    expect(res.status).toBe(404);
    const otherClient = (await other.post("/api/v1/clients", buildClient())).body.id;
    const foreign = await other.post(`/api/v1/clients/${otherClient}/payments`, {
      date: testDay(0),
      amount: 1_000,
      method: "cash",
      allocations: [{ invoiceId: ids[0], amount: 1_000 }],
    });
    expect(foreign.status).toBe(404);
  });
});
