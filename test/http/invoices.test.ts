/**
 * Invoices end to end over HTTP: drafts from a deposit, an approved change order, billable time and manual lines;
 * issue with a gap-free number; payments, credit notes, overpayment; every refusal a 4xx problem that writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDay } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import { buildClient, buildQuebecStudio, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { portalToken, signedMandate } from "../support/scope-fixture.ts";

describe.each(engines())("invoices on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient & { memberId: string };
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    await owner.patch("/api/v1/workspace", buildQuebecStudio());
    await owner.patch(`/api/v1/members/${owner.memberId}`, { billableRate: 9000, weeklyCapacityHours: 30 });
  });
  afterAll(async () => {
    await fx?.close();
  });

  const count = async (table: "invoices" | "payments" | "credit_notes" | "audit_events") =>
    (await fx.db.store.db.selectFrom(table).select("id").execute()).length;

  async function manualDraft(clientId: string, unitPrice = 100_000) {
    const res = await owner.post("/api/v1/invoices", {
      clientId,
      lines: [{ description: "Maintenance — novembre", quantityMilli: 1000, unitPrice }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.invoice.id as string;
  }

  async function approvedChangeOrder(mandateId: string) {
    const round = (
      await owner.post(`/api/v1/mandates/${mandateId}/rounds`, {
        text: "1) Ajouter une boutique en ligne\n2) Autre chose",
        receivedAt: "2026-12-21",
      })
    ).body;
    await owner.patch(`/api/v1/claims/${round.claims[0].id}`, {
      triage: { outcome: "change_order", estimatedHours: 10 },
    });
    const co = (
      await owner.post(`/api/v1/mandates/${mandateId}/change-orders`, {
        claimIds: [round.claims[0].id],
        title: "Boutique",
        reason: "Hors offre",
        requester: "Julie",
      })
    ).body;
    const sent = (await owner.post(`/api/v1/change-orders/${co.id}/send`)).body;
    const ok = await fx
      .client()
      .post(`/api/v1/portal/${portalToken(sent.portalUrl)}/approve`, { signerName: "Julie", consent: true });
    expect(ok.status).toBe(200);
    return co;
  }

  it.skipIf(skip)(
    "invoices a deposit, an approved change order and billable time; issues it with GST and QST apart",
    async () => {
      const m = await signedMandate(fx, owner);
      const co = await approvedChangeOrder(m.mandateId);
      for (const [date, minutes] of [
        ["2026-12-02", 90],
        ["2026-12-03", 60],
      ] as const) {
        const t = await owner.post("/api/v1/time-entries", {
          mandateId: m.mandateId,
          date,
          minutes,
          category: "billable",
        });
        expect(t.status, JSON.stringify(t.body)).toBe(201);
      }
      const sources = await owner.get(`/api/v1/invoice-sources?clientId=${m.clientId}`);
      expect(sources.status).toBe(200);
      expect(sources.body.deposits).toEqual([expect.objectContaining({ offerId: m.offerId, amount: 58_500 })]);
      expect(sources.body.changeOrders).toEqual([expect.objectContaining({ changeOrderId: co.id, amount: 95_000 })]);
      expect(sources.body.time).toHaveLength(2);

      const draft = await owner.post("/api/v1/invoices", {
        clientId: m.clientId,
        sources: { depositOfferIds: [m.offerId], changeOrderIds: [co.id], time: { groupBy: "mandate_member" } },
        lines: [{ description: "Hébergement annuel", quantityMilli: 1000, unitPrice: 24_000 }],
      });
      expect(draft.status, JSON.stringify(draft.body)).toBe(201);
      const lines = draft.body.invoice.lines;
      expect(lines.map((l: { unitPrice: number }) => l.unitPrice)).toEqual([58_500, 95_000, 9_000, 24_000]);
      expect(lines[2].quantityMilli).toBe(2_500);
      expect(draft.body.invoice.taxes.map((t: { taxCode: string }) => t.taxCode)).toEqual(["GST", "QST"]);
      // Sources are reserved: a second draft cannot take them again.
      const again = await owner.get(`/api/v1/invoice-sources?clientId=${m.clientId}`);
      expect(again.body).toMatchObject({ deposits: [], changeOrders: [], time: [] });
      const twice = await owner.post("/api/v1/invoices", {
        clientId: m.clientId,
        sources: { depositOfferIds: [m.offerId] },
      });
      expect(twice.status).toBe(400);
      expect(twice.body.fields[0].path).toBe("sources.depositOfferIds");

      const issued = await owner.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, {});
      expect(issued.status, JSON.stringify(issued.body)).toBe(200);
      const today = testDay();
      const due = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
      expect(issued.body).toMatchObject({
        status: "issued",
        number: `${today.slice(0, 4)}-0001`,
        issueDate: today,
        dueDate: due,
      });
      // 58 500 + 95 000 + 22 500 + 24 000 = 200 000; GST 5 % = 10 000; QST 9.975 % = 19 950 (same base, not compounded).
      expect(issued.body.totals.subtotal.amount).toBe(200_000);
      expect(issued.body.totals.taxes.map((t: { amount: { amount: number } }) => t.amount.amount)).toEqual([
        10_000, 19_950,
      ]);
      expect(issued.body.totals.total.amount).toBe(229_950);
      const entries = await fx.db.store.db
        .selectFrom("time_entries")
        .select("invoice_id")
        .where("client_id", "=", m.clientId)
        .execute();
      expect(entries.every((e) => e.invoice_id === draft.body.invoice.id)).toBe(true);
    },
  );

  it.skipIf(skip)("an issued invoice refuses every change with 409 and nothing is written", async () => {
    const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
    const id = await manualDraft(clientId);
    expect((await owner.post(`/api/v1/invoices/${id}/issue`, {})).status).toBe(200);
    const before = JSON.stringify((await owner.get(`/api/v1/invoices/${id}`)).body);
    const audits = await count("audit_events");
    const attempts = [
      await owner.patch(`/api/v1/invoices/${id}`, { lines: [{ description: "x", quantityMilli: 1000, unitPrice: 1 }] }),
      await owner.patch(`/api/v1/invoices/${id}`, { paymentDays: 10 }),
      await owner.delete(`/api/v1/invoices/${id}`),
      await owner.post(`/api/v1/invoices/${id}/issue`, {}),
    ];
    for (const res of attempts) {
      expect(res.status, JSON.stringify(res.body)).toBe(409);
      expect(res.body.code).toBe("invalid_state");
    }
    expect(JSON.stringify((await owner.get(`/api/v1/invoices/${id}`)).body)).toBe(before);
    expect(await count("audit_events")).toBe(audits);
  });

  it.skipIf(skip)("a deleted draft leaves no gap: numbers are only taken at issue", async () => {
    const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
    const a = await manualDraft(clientId);
    const b = await manualDraft(clientId);
    const c = await manualDraft(clientId);
    expect((await owner.delete(`/api/v1/invoices/${b}`)).status).toBe(204);
    expect((await owner.get(`/api/v1/invoices/${b}`)).status).toBe(404);
    // The body of /issue is optional: nothing means today, tax point on the issue date.
    const na = (await owner.request("POST", `/api/v1/invoices/${a}/issue`)).body.number as string;
    const nc = (await owner.post(`/api/v1/invoices/${c}/issue`, {})).body.number as string;
    expect(Number(nc.split("-")[1])).toBe(Number(na.split("-")[1]) + 1);
  });

  it.skipIf(skip)("payments: partial, several, then overpayment kept as client credit", async () => {
    const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
    const id = await manualDraft(clientId, 100_000); // 100 000 + 5 000 GST + 9 975 QST = 114 975
    await owner.post(`/api/v1/invoices/${id}/issue`, {});
    const p1 = await owner.post(`/api/v1/invoices/${id}/payments`, {
      date: "2026-12-15",
      amount: 50_000,
      method: "transfer",
      reference: "VIR-1",
    });
    expect(p1.status, JSON.stringify(p1.body)).toBe(201);
    expect(p1.body.invoice).toMatchObject({ status: "partially_paid", balance: { balance: { amount: 64_975 } } });
    const p2 = await owner.post(`/api/v1/invoices/${id}/payments`, {
      date: "2026-12-20",
      amount: 70_000,
      method: "cheque",
    });
    expect(p2.body.invoice.status).toBe("paid");
    expect(p2.body.clientCredit.amount).toBe(5_025);
    const more = await owner.post(`/api/v1/invoices/${id}/payments`, { date: "2026-12-21", amount: 1, method: "cash" });
    expect(more.status).toBe(409);
    const detail = await owner.get(`/api/v1/invoices/${id}`);
    expect(detail.body.paymentRecords.map((p: { reference: string }) => p.reference)).toEqual(["VIR-1", ""]);
    const receivables = await owner.get(`/api/v1/receivables?clientId=${clientId}`);
    expect(receivables.body.clients[0].credit.amount).toBe(5_025);
  });

  it.skipIf(skip)(
    "credit notes restore the balance, take their own numbers and never exceed what is creditable",
    async () => {
      const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
      const id = await manualDraft(clientId, 100_000);
      await owner.post(`/api/v1/invoices/${id}/issue`, {});
      await owner.post(`/api/v1/invoices/${id}/payments`, { date: "2026-12-15", amount: 14_975, method: "transfer" });
      const partial = await owner.post(`/api/v1/invoices/${id}/credit-note`, {
        reason: "Remise commerciale",
        lines: [{ lineIndex: 0, amount: 20_000 }],
      });
      expect(partial.status, JSON.stringify(partial.body)).toBe(201);
      expect(partial.body.creditNote.number).toMatch(/^AV-\d{4}-\d{4}$/);
      expect(partial.body.creditNote.totals.total.amount).toBe(22_995);
      expect(partial.body.invoice.balance.balance.amount).toBe(114_975 - 14_975 - 22_995);
      const notes = await count("credit_notes");
      const tooMuch = await owner.post(`/api/v1/invoices/${id}/credit-note`, {
        reason: "x",
        lines: [{ lineIndex: 0, amount: 80_001 }],
      });
      expect(tooMuch.status).toBe(400);
      expect(tooMuch.body.fields[0].path).toBe("request");
      expect(await count("credit_notes")).toBe(notes);
      const full = await owner.post(`/api/v1/invoices/${id}/credit-note`, { reason: "Annulation" });
      expect(full.status).toBe(201);
      expect(full.body.invoice.status).toBe("credited");
      expect(full.body.clientCredit.amount).toBe(14_975);
      const n1 = Number(partial.body.creditNote.number.split("-")[2]);
      expect(full.body.creditNote.number.endsWith(String(n1 + 1).padStart(4, "0"))).toBe(true);
      const pdf = await fx.app.request(`/api/v1/credit-notes/${full.body.creditNote.id}/pdf`, {
        headers: { cookie: owner.cookie! },
      });
      expect(pdf.status).toBe(200);
    },
  );

  it.skipIf(skip)("refuses bad input with the field at fault and writes nothing", async () => {
    const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
    const invoices = await count("invoices");
    const cases: [unknown, string][] = [
      [{ clientId, lines: [{ description: "", quantityMilli: 1000, unitPrice: 1 }] }, "lines.0.description"],
      [{ clientId, lines: [{ description: "x", quantityMilli: -1, unitPrice: 1 }] }, "lines.0.quantityMilli"],
      [{ clientId, lines: [] }, "lines"],
      [{ clientId: "nope", lines: [{ description: "x", quantityMilli: 1000, unitPrice: 1 }] }, "clientId"],
      [{ clientId, lines: [{ description: "x", quantityMilli: 1000, unitPrice: 1 }], paymentDays: 400 }, "paymentDays"],
      [{ clientId, sources: { changeOrderIds: ["nope"] } }, "sources.changeOrderIds"],
    ];
    for (const [body, path] of cases) {
      const res = await owner.post("/api/v1/invoices", body);
      expect([400, 404], JSON.stringify(res.body)).toContain(res.status);
      expect(res.body.fields.map((f: { path: string }) => f.path)).toContain(path);
    }
    expect(await count("invoices")).toBe(invoices);
    const id = await manualDraft(clientId);
    const payments = await count("payments");
    const onDraft = await owner.post(`/api/v1/invoices/${id}/payments`, {
      date: "2026-12-15",
      amount: 10,
      method: "cash",
    });
    expect(onDraft.status).toBe(409);
    const badPayment = await owner.post(`/api/v1/invoices/${id}/payments`, {
      date: "2026-02-30",
      amount: 0,
      method: "gold",
    });
    expect(badPayment.status).toBe(400);
    expect(badPayment.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(["amount", "date", "method"]);
    expect(await count("payments")).toBe(payments);
    expect((await owner.post(`/api/v1/invoices/${id}/issue`, { issueDate: "2020-01-01" })).status).toBe(400);
    expect((await owner.get("/api/v1/reports/taxes?from=2026-12-31&to=2026-01-01")).status).toBe(400);
    expect((await owner.get("/api/v1/invoice-sources")).status).toBe(400);
  });

  it.skipIf(skip)("edits a draft, previews it, and lists invoices by status", async () => {
    const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
    const id = await manualDraft(clientId);
    const patched = await owner.patch(`/api/v1/invoices/${id}`, {
      lines: [
        {
          description: "Maintenance",
          quantityMilli: 2000,
          unitPrice: 10_000,
          discount: { kind: "percent", ratePpm: 100_000 },
        },
        { description: "Frais de déplacement", quantityMilli: 1000, unitPrice: 5_000, taxable: false },
      ],
      paymentDays: 15,
      buyer: { purchaseOrder: "PO-77" },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.details.paymentDays).toBe(15);
    const pdf = await fx.app.request(`/api/v1/invoices/${id}/pdf`, { headers: { cookie: owner.cookie! } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-disposition")).toContain("brouillon-");
    const list = await owner.get(`/api/v1/invoices?clientId=${clientId}&status=draft`);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect(list.body.items[0].total).toBe(18_000 + 900 + 1_796 + 5_000);
    // Each row names its client as it is now.
    const client = await owner.get(`/api/v1/clients/${clientId}`);
    expect(list.body.items[0].clientName).toBe(client.body.name);
    await owner.patch(`/api/v1/clients/${clientId}`, { name: "Agence Renommée" });
    expect((await owner.get(`/api/v1/invoices?clientId=${clientId}`)).body.items[0].clientName).toBe("Agence Renommée");
  });
  it.skipIf(skip)("writes off a bad debt: the balance leaves the receivables, later changes are refused", async () => {
    const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
    const id = await manualDraft(clientId, 100_000);
    expect((await owner.post(`/api/v1/invoices/${id}/write-off`, { reason: "Faillite" })).status).toBe(409);
    await owner.post(`/api/v1/invoices/${id}/issue`, {});
    expect((await owner.request("POST", `/api/v1/invoices/${id}/write-off`)).status).toBe(400);
    const noReason = await owner.post(`/api/v1/invoices/${id}/write-off`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields[0].path).toBe("reason");
    expect((await owner.post(`/api/v1/invoices/${id}/reminders`, { tone: "loud" })).status).toBe(400);
    await owner.post(`/api/v1/invoices/${id}/payments`, { date: "2026-12-15", amount: 14_975, method: "transfer" });
    const res = await owner.post(`/api/v1/invoices/${id}/write-off`, { reason: "Faillite du client" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: "written_off", writeOff: { amount: { amount: 100_000 } } });
    expect((await owner.get(`/api/v1/receivables?clientId=${clientId}`)).body.total.total.amount).toBe(0);
    for (const attempt of [
      await owner.post(`/api/v1/invoices/${id}/payments`, { date: "2026-12-20", amount: 1, method: "cash" }),
      await owner.post(`/api/v1/invoices/${id}/credit-note`, { reason: "x" }),
      await owner.post(`/api/v1/invoices/${id}/reminders`, {}),
    ]) {
      expect(attempt.status).toBe(409);
    }
  });
  it.skipIf(skip)("numbers follow the workspace's pattern; a bad pattern is refused with its field", async () => {
    const studio = await fx.owner();
    const bad = await studio.patch("/api/v1/workspace", { invoiceNumberPattern: "{SEQ}-{SEQ}" });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe("invoiceNumberPattern");
    const ok = await studio.patch("/api/v1/workspace", { invoiceNumberPattern: "F-{YY}{SEQ:5}" });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.invoiceNumberPattern).toBe("F-{YY}{SEQ:5}");
    const clientId = (await studio.post("/api/v1/clients", buildClient())).body.id;
    const numbers: string[] = [];
    for (let i = 0; i < 2; i++) {
      const draft = await studio.post("/api/v1/invoices", {
        clientId,
        lines: [{ description: "Travaux", quantityMilli: 1000, unitPrice: 1_000 }],
      });
      numbers.push((await studio.request("POST", `/api/v1/invoices/${draft.body.invoice.id}/issue`)).body.number);
    }
    const yy = testDay().slice(2, 4);
    expect(numbers).toEqual([`F-${yy}00001`, `F-${yy}00002`]);
  });
});
