/**
 * What clients owe over HTTP: aging buckets and DSO, reminders through the outbox in the client's language, late
 * interest shown and invoiced on demand, the tax report net of credit notes, and the CSV exports.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { receivablesReadPoint, receivablesWrittenSince } from "../../src/store/receivable-store.ts";
import { testDay } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import { buildClient, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

const day = (offset: number) => testDay(offset);

describe.each(engines())("receivables on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient;
  let clientId: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    await owner.patch("/api/v1/workspace", {
      legalName: "Collectif WEB coop",
      taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001" },
      terms: { paymentDays: 30, lateInterestBp: 1200, noticeDays: 30 },
    });
    clientId = (await owner.post("/api/v1/clients", buildClient({ legalName: 'Agence "Étoile", inc.' }))).body.id;
    // Issued 100, 50 and 0 days ago, due 30 days later: 70 days late, 20 days late, current.
    for (const [key, issued, price] of [
      ["old", -100, 100_000],
      ["late", -50, 200_000],
      ["current", 0, 300_000],
    ] as const) {
      const draft = await owner.post("/api/v1/invoices", {
        clientId,
        lines: [{ description: `Travaux ${key}`, quantityMilli: 1000, unitPrice: price }],
      });
      const res = await owner.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, { issueDate: day(issued) });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      ids[key] = draft.body.invoice.id;
    }
    await owner.post(`/api/v1/invoices/${ids.late}/payments`, {
      date: day(-10),
      amount: 29_950,
      method: "interac",
      reference: "E-TR, 42",
    });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("ages the open balances per client and in total, with DSO", async () => {
    const res = await owner.get("/api/v1/receivables");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { total } = res.body;
    expect(total.days61to90.amount).toBe(114_975);
    expect(total.days1to30.amount).toBe(229_950 - 29_950);
    expect(total.current.amount).toBe(344_925);
    expect(total.over90.amount).toBe(0);
    expect(total.total.amount).toBe(114_975 + 200_000 + 344_925);
    expect(res.body.clients[0]).toMatchObject({ clientId, aging: { total: { amount: 659_900 } } });
    expect(res.body.clients[0].dso.days).toBeGreaterThan(0);
    expect(res.body.invoices[0]).toMatchObject({ id: ids.old, daysPastDue: 70, bucket: "days61to90" });
    const later = await owner.get(`/api/v1/receivables?asOf=${day(40)}`);
    expect(later.body.total.over90.amount).toBe(114_975);
  });

  it.skipIf(skip)("keeps the page while nothing it reads is written, by any path", async () => {
    const generation = async () =>
      (await sql<{ value: string }>`select value from instance where key = 'receivables_generation'`.execute(fx.ctx.db))
        .rows[0]?.value ?? "0";
    const marks = async () =>
      engine === "postgres"
        ? Number((await sql<{ n: number }>`select count(*) as n from receivables_marks`.execute(fx.ctx.db)).rows[0]!.n)
        : 0;
    const page = async () => (await owner.get("/api/v1/receivables")).body;
    const first = await page();
    expect(await page()).toEqual(first);
    // A write straight in SQL (an import, a restore, another process) to any table the page reads raises it.
    for (const table of [
      "workspaces",
      "clients",
      "invoices",
      "payments",
      "credit_notes",
      "client_credits",
      "reminder_schedule",
    ]) {
      const before = await generation();
      const marksBefore = await marks();
      const key = sql.ref("id");
      await sql`update ${sql.table(table)} set ${key} = ${key}
        where ${key} in (select ${key} from ${sql.table(table)} limit 1)`.execute(fx.ctx.db);
      const count = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(fx.ctx.db);
      // SQLite keeps a generation; PostgreSQL an append-only mark per write statement (decision 0014).
      if (engine === "postgres") {
        expect(await generation(), table).toBe("0");
        if (Number(count.rows[0]!.n) > 0) expect(await marks(), table).toBeGreaterThan(marksBefore);
      } else if (Number(count.rows[0]!.n) > 0) expect(await generation(), table).not.toBe(before);
    }
    // …so the page kept before is not served again: an invoice's balance changed in SQL shows at once, and goes back.
    await sql`update invoices set balance = balance - 100 where id = ${ids.old}`.execute(fx.ctx.db);
    expect((await page()).total.total.amount).toBe(first.total.total.amount - 100);
    await sql`update invoices set balance = balance + 100 where id = ${ids.old}`.execute(fx.ctx.db);
    expect(await page()).toEqual(first);
    if (engine === "postgres") {
      // A transaction left open holds the snapshots' xmin while later writes commit: the page still follows them, and a
      // write a snapshot saw is not news to it (by `xmin` alone it would be).
      await fx.ctx.db.connection().execute(async (open) => {
        await sql`begin`.execute(open);
        await sql`select pg_current_xact_id()`.execute(open);
        try {
          expect(await page()).toEqual(first);
          await sql`update invoices set balance = balance - 100 where id = ${ids.old}`.execute(fx.ctx.db);
          expect((await page()).total.total.amount).toBe(first.total.total.amount - 100);
          const { workspace_id: workspaceId } = await fx.ctx.db
            .selectFrom("invoices")
            .select("workspace_id")
            .where("id", "=", ids.old!)
            .executeTakeFirstOrThrow();
          const seen = await receivablesReadPoint(fx.ctx.db);
          expect(await receivablesWrittenSince(fx.ctx.db, workspaceId, seen)).toBe(false);
          await sql`update invoices set balance = balance + 0 where id = ${ids.old}`.execute(fx.ctx.db);
          expect(await receivablesWrittenSince(fx.ctx.db, workspaceId, seen)).toBe(true);
        } finally {
          await sql`rollback`.execute(open);
          await sql`update invoices set balance = balance + 100 where id = ${ids.old}`.execute(fx.ctx.db);
        }
      });
      expect(await page()).toEqual(first);
    }
  });

  it.skipIf(skip)("shows Québec late interest at the terms' annual rate and invoices it on demand", async () => {
    const res = await owner.get(`/api/v1/invoices/${ids.old}/interest`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const expected = Math.round((114_975 * 0.12 * 70) / 365);
    expect(res.body).toMatchObject({ rules: "quebec", days: 70, interest: { amount: expected } });
    expect(res.body.quebec.annualRatePpm).toBe(120_000);
    const none = await owner.get(`/api/v1/invoices/${ids.old}/interest?demeure=none`);
    expect(none.body.interest.amount).toBe(0);
    const bad = await owner.get(`/api/v1/invoices/${ids.old}/interest?demeure=formal_notice`);
    expect(bad.status).toBe(400);
    const draft = await owner.request("POST", `/api/v1/invoices/${ids.old}/interest-invoice`);
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect(draft.body.invoice.lines[0]).toMatchObject({ unitPrice: expected, taxIds: [] });
    expect(draft.body.invoice.lines[0].description).toContain("Intérêts de retard");
    // Asked again for the same day: nothing more is owed, nothing is charged twice.
    const twice = await owner.request("POST", `/api/v1/invoices/${ids.old}/interest-invoice`);
    expect(twice.status).toBe(409);
    // Ten days later only the difference is charged.
    const later = await owner.post(`/api/v1/invoices/${ids.old}/interest-invoice`, { asOf: day(10) });
    expect(later.status, JSON.stringify(later.body)).toBe(201);
    expect(later.body.invoice.lines[0].unitPrice).toBe(Math.round((114_975 * 0.12 * 80) / 365) - expected);
    // A deleted draft frees what it charged.
    expect((await owner.delete(`/api/v1/invoices/${later.body.invoice.id}`)).status).toBe(204);
    expect((await owner.delete(`/api/v1/invoices/${draft.body.invoice.id}`)).status).toBe(204);
    const again = await owner.request("POST", `/api/v1/invoices/${ids.old}/interest-invoice`);
    expect(again.body.invoice.lines[0].unitPrice).toBe(expected);
    expect((await owner.delete(`/api/v1/invoices/${again.body.invoice.id}`)).status).toBe(204);
  });

  it.skipIf(skip)("plans reminders and sends a firm one in French through the outbox", async () => {
    const plan = await owner.get(`/api/v1/invoices/${ids.current}/reminders`);
    expect(plan.body.planned.map((p: { offsetDays: number }) => p.offsetDays)).toEqual([-3, 0, 7, 21, 30]);
    expect(plan.body.planned.map((p: { state: string }) => p.state)).toEqual([
      "upcoming",
      "upcoming",
      "upcoming",
      "upcoming",
      "upcoming",
    ]);
    expect(plan.body.nextReminderOn).toBe(plan.body.planned[0].date);
    const sent = await owner.post(`/api/v1/invoices/${ids.old}/reminders`, {});
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body.reminder).toMatchObject({ tone: "firm", offsetDays: 70 });
    expect(sent.body.message.subject).toContain("impayée depuis 70");
    expect(sent.body.message.body).toContain("taux annuel de 12");
    const outbox = await owner.get("/api/v1/outbox");
    expect(JSON.stringify(outbox.body)).toContain(sent.body.message.subject);
    const after = await owner.get(`/api/v1/invoices/${ids.old}/reminders`);
    // Issued long ago and not planned yet: its past e-mails are skipped (never sent late in a burst), the formal
    // notice is proposed.
    expect(after.body.planned.map((p: { state: string }) => p.state)).toEqual([
      "skipped",
      "skipped",
      "skipped",
      "skipped",
      "proposed",
    ]);
    expect(after.body.sent).toHaveLength(1);
    const courteous = await owner.request("POST", `/api/v1/invoices/${ids.late}/reminders`);
    expect(courteous.body.reminder.tone).toBe("courteous");
  });

  it.skipIf(skip)("reports GST and QST collected over the period, net of credit notes", async () => {
    const before = await owner.get(`/api/v1/reports/taxes?from=${day(-120)}&to=${day(0)}`);
    expect(before.status).toBe(200);
    const row = (code: string, body = before.body) => body.rows.find((r: { taxCode: string }) => r.taxCode === code);
    expect(row("GST").collected.amount).toBe(5_000 + 10_000 + 15_000);
    expect(row("QST").collected.amount).toBe(9_975 + 19_950 + 29_925);
    const note = await owner.post(`/api/v1/invoices/${ids.current}/credit-note`, { reason: "Annulation" });
    expect(note.status).toBe(201);
    const after = await owner.get(`/api/v1/reports/taxes?from=${day(-120)}&to=${day(0)}`);
    expect(row("GST", after.body).netTax.amount).toBe(15_000);
    expect(after.body.netByTaxCode.QST.amount).toBe(29_925);
  });

  it.skipIf(skip)("exports invoices and payments as RFC 4180 CSV with a BOM and decimal amounts", async () => {
    const res = await fx.app.request("/api/v1/exports/invoices.csv", { headers: { cookie: owner.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      "number,issue_date,due_date,tax_date,client,status,currency,subtotal,gst,hst,qst,tva,total,paid,credited,balance",
    );
    expect(lines[1]).toContain('"Agence ""Étoile"", inc."');
    expect(lines[1]).toContain(",1000.00,50.00,0.00,99.75,0.00,1149.75,");
    const payments = await fx.app.request("/api/v1/exports/payments.csv", { headers: { cookie: owner.cookie! } });
    const p = (await payments.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(p[1]).toMatch(/,299\.50,CAD,interac,"E-TR, 42"$/);
  });

  it.skipIf(skip)("sends a reminder to the billing contact, as the invoice, not to the first contact", async () => {
    const agency = (
      await owner.post(
        "/api/v1/clients",
        buildClient({
          contacts: [
            { name: "Julie Bergeron", email: "julie@agence.test", phone: "", role: "Gestionnaire de projet" },
            { name: "Louise Côté", email: "compta@agence.test", phone: "", role: "Comptabilité" },
          ],
        }),
      )
    ).body.id;
    const draft = await owner.post("/api/v1/invoices", {
      clientId: agency,
      lines: [{ description: "Travaux", quantityMilli: 1000, unitPrice: 100_000 }],
    });
    const issued = await owner.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, {});
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const sent = await owner.post(`/api/v1/invoices/${draft.body.invoice.id}/reminders`, {});
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body.message.to).toBe("compta@agence.test");
    expect(sent.body.message.body).toContain("Louise Côté");
  });
  it.skipIf(skip)(
    "reads aging and DSO from the open invoices and the period's: paid, part-paid, credited, written off, moved later",
    async () => {
      // A studio of its own: its invoices are numbered in their issue dates' order from the first.
      const studio = await fx.owner();
      await studio.patch("/api/v1/workspace", {
        legalName: "Atelier Rivage",
        taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001" },
        terms: { paymentDays: 30, lateInterestBp: 1200, noticeDays: 30 },
      });
      const other = (await studio.post("/api/v1/clients", buildClient({ name: "Coopérative Rivage" }))).body.id;
      const issue = async (issued: number) => {
        const draft = await studio.post("/api/v1/invoices", {
          clientId: other,
          lines: [{ description: "Travaux", quantityMilli: 1000, unitPrice: 100_000 }],
        });
        expect(
          (await studio.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, { issueDate: day(issued) })).status,
        ).toBe(200);
        return draft.body.invoice.id as string;
      };
      const pay = (id: string, date: number, amount: number) =>
        studio.post(`/api/v1/invoices/${id}/payments`, { date: day(date), amount, method: "transfer" });
      const writtenOff = await issue(-60);
      const paid = await issue(-40);
      expect((await pay(paid, -20, 114_975)).status).toBe(201);
      const partly = await issue(-35);
      expect((await pay(partly, -10, 50_000)).status).toBe(201);
      const credited = await issue(-30);
      const note = await studio.post(`/api/v1/invoices/${credited}/credit-note`, {
        reason: "Remise",
        lines: [{ lineIndex: 0, amount: 20_000 }],
      });
      expect(note.status, JSON.stringify(note.body)).toBe(201);
      expect((await studio.post(`/api/v1/invoices/${writtenOff}/write-off`, { reason: "Faillite" })).status).toBe(200);
      const mine = async (query: string) => {
        const res = await studio.get(`/api/v1/receivables?clientId=${other}${query}`);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        return res.body;
      };
      // Today: the paid and the written-off invoices left aging; all four were sold in the period, less the credit.
      const today = await mine("");
      expect(today.invoices.map((i: { id: string }) => i.id).sort()).toEqual([partly, credited].sort());
      expect(today.total.total.amount).toBe(64_975 + 114_975 - 22_995);
      const sales = 4 * 114_975 - 22_995;
      expect(today.dso).toMatchObject({
        receivables: { amount: 64_975 + 114_975 - 22_995 },
        netCreditSales: { amount: sales },
      });
      expect(today.dso.days).toBe(Math.round((((64_975 + 114_975 - 22_995) * 90) / sales) * 10) / 10);
      // Fifteen days ago: the part payment, the credit note and the write-off came later — three invoices still owed.
      const before = await mine(`&asOf=${day(-15)}`);
      expect(before.dso).toMatchObject({
        days: 67.5,
        receivables: { amount: 3 * 114_975 },
        netCreditSales: { amount: 4 * 114_975 },
      });
      expect(before.clients[0].dso).toEqual(before.dso);
    },
  );
});
