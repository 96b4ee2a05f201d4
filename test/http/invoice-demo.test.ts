/** The demo's invoicing part: the second offer's deposit invoice and the first mandate's invoice, unpaid and overdue. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDay } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("demo invoices on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine, { SIGNUP_POLICY: "first-only" });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("issues the deposit invoice, then the first mandate's invoice, now overdue", async () => {
    const c = fx.client();
    expect((await c.post("/api/v1/demo")).status).toBe(201);
    const list = (await c.get("/api/v1/invoices?status=issued")).body.items;
    const year = (n: number) => testDay(-n).slice(0, 4);
    expect(list.map((i: { number: string }) => i.number).sort()).toEqual(
      [`${year(31)}-0001`, `${year(24)}-${year(24) === year(31) ? "0002" : "0001"}`].sort(),
    );
    const receivables = (await c.get("/api/v1/receivables")).body;
    const late = receivables.invoices.find((i: { daysPastDue: number }) => i.daysPastDue === 9);
    expect(late, JSON.stringify(receivables.invoices)).toMatchObject({ bucket: "days1to30" });
    const first = (await c.get(`/api/v1/invoices/${late.id}`)).body;
    // The first mandate is billed from its signed offer: one balance line linked to the mandate.
    expect(first.lines[0].description).toMatch(/^Solde — offre OFF-\d{4}-\d{4} « Intégration/);
    expect(first.details.lines[0]).toMatchObject({ source: { kind: "offer" } });
    const money = (await c.get(`/api/v1/mandates/${first.details.lines[0].mandateId}/money`)).body;
    expect(money.ledger).toMatchObject({ unbilled: 0, netInvoiced: first.totals.subtotal.amount });
    expect(first.totals.taxes.map((t: { taxCode: string }) => t.taxCode)).toEqual(["GST", "QST"]);
    const deposit = list.find((i: { id: string }) => i.id !== late.id);
    const detail = (await c.get(`/api/v1/invoices/${deposit.id}`)).body;
    expect(detail.lines[0].description).toContain("Acompte de 30 %");
    expect((await c.get(`/api/v1/invoices/${late.id}/interest`)).body.interest.amount).toBeGreaterThan(0);
    expect((await c.get("/api/v1/audit/verify")).body.valid).toBe(true);
  });
});
