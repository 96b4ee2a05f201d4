/**
 * "Today" is the studio's day, not UTC's: at 20:30 in Québec on 31 December it is already 1 January in UTC. An invoice
 * issued then is dated 31 December (the year it belongs to for taxes), an invoice due that day is not yet overdue, and
 * its interest has not started; at 00:30 the next morning in Québec, both have moved on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { buildClient, buildQuebecStudio, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("the studio's day on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient;
  let now = new Date("2026-12-31T15:00:00Z");
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine, {}, () => now);
    owner = await fx.owner();
    await owner.patch("/api/v1/workspace", {
      ...buildQuebecStudio(),
      terms: { paymentDays: 0, lateInterestBp: 1200, noticeDays: 30 },
    });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)(
    "dates an invoice issued at 20:30 in Québec on 31 December that day, due and not yet overdue",
    async () => {
      const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id as string;
      const draft = await owner.post("/api/v1/invoices", {
        clientId,
        lines: [{ description: "Maintenance — décembre", quantityMilli: 1000, unitPrice: 100_000 }],
      });
      expect(draft.status, JSON.stringify(draft.body)).toBe(201);
      const id = draft.body.invoice.id as string;

      now = new Date("2027-01-01T01:30:00Z"); // 20:30 on 31 December in Québec (UTC−5)
      const issued = await owner.post(`/api/v1/invoices/${id}/issue`, {});
      expect(issued.status, JSON.stringify(issued.body)).toBe(200);
      expect(issued.body.issueDate).toBe("2026-12-31");
      expect(issued.body.dueDate).toBe("2026-12-31");

      // Its portal link, valid 60 days, is said valid until the studio's day it ends (1 March), not UTC's (2 March).
      const sent = await owner.post(`/api/v1/invoices/${id}/send`);
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      const mail = (await owner.get("/api/v1/outbox")).body.items.find(
        (m: { kind: string }) => m.kind === "invoice_sent",
      );
      expect(mail.body).toContain("valide jusqu'au 1er mars 2027");

      const money = await owner.get("/api/v1/dashboard/money");
      expect(money.body.asOf).toBe("2026-12-31");
      expect(money.body.overdue).toEqual({ amount: 0, invoices: 0 });
      expect((await owner.get(`/api/v1/invoices/${id}/interest`)).body.asOf).toBe("2026-12-31");

      now = new Date("2027-01-01T05:30:00Z"); // 00:30 on 1 January in Québec
      const next = await owner.get("/api/v1/dashboard/money");
      expect(next.body.asOf).toBe("2027-01-01");
      expect(next.body.overdue.invoices).toBe(1);
    },
  );
});
