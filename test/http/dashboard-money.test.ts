/**
 * The dashboard's money is the same money every other page shows: on the demo studio (the founding story, with
 * invoices issued, one overdue, mandates with work done), what is owed and overdue equals the receivables page, what is
 * not yet invoiced equals the sum of the open mandates' ledgers on the clients' pages, and the goodwill of the quarter
 * is the goodwill report's time logged since the quarter began.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import type { TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("the dashboard's money on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let c: TestClient;
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine, { SIGNUP_POLICY: "first-only" });
    c = fx.client();
    expect((await c.post("/api/v1/demo")).status).toBe(201);
  });
  afterAll(async () => fx?.close());

  it.skipIf(skip)("reads what is owed and overdue from the receivables, to the cent", async () => {
    const money = (await c.get("/api/v1/dashboard/money")).body;
    const receivables = (await c.get("/api/v1/receivables")).body;
    expect(money.currency).toBe("CAD");
    expect(money.outstanding.amount).toBe(receivables.total.total.amount);
    const { current, total } = receivables.total;
    expect(money.overdue.amount).toBe(total.amount - current.amount);
    expect(money.outstanding.amount).toBeGreaterThan(0);
    expect(money.overdue.invoices).toBeGreaterThan(0);
  });

  it.skipIf(skip)("reads the work not yet invoiced from the open mandates' ledgers", async () => {
    const money = (await c.get("/api/v1/dashboard/money")).body;
    const clients = (await c.get("/api/v1/clients?pageSize=100")).body.items as { id: string }[];
    let unbilled = 0;
    let mandates = 0;
    for (const client of clients) {
      const ledger = (await c.get(`/api/v1/clients/${client.id}/money`)).body;
      for (const m of ledger.mandates as { status: string; ledger: { unbilled: number } }[]) {
        if ((m.status === "active" || m.status === "delivered") && m.ledger.unbilled > 0) {
          unbilled += m.ledger.unbilled;
          mandates += 1;
        }
      }
    }
    expect(money.unbilled).toEqual({ amount: unbilled, mandates, otherCurrencies: 0 });
  });

  it.skipIf(skip)("counts the goodwill given since the quarter began, at the members' rates", async () => {
    const money = (await c.get("/api/v1/dashboard/money")).body;
    expect(money.goodwill.from).toBe(`${money.asOf.slice(0, 4)}-10-01`);
    expect(money.goodwill.to).toBe(money.asOf);
    const entries = (await c.get(`/api/v1/time-entries?from=${money.goodwill.from}&to=${money.asOf}&pageSize=200`)).body
      .items as { category: string; minutes: number }[];
    const minutes = entries.filter((e) => e.category === "goodwill").reduce((s, e) => s + e.minutes, 0);
    expect(money.goodwill.minutes).toBe(minutes);
    expect(money.goodwill.minutes).toBeGreaterThan(0);
    expect(money.goodwill.value).toBeGreaterThan(0);
  });

  it.skipIf(skip)("needs a signed-in member", async () => {
    expect((await fx.client().get("/api/v1/dashboard/money")).status).toBe(401);
  });
});
