/**
 * Recurring invoices and retainers through the API: a template per client, its next period, the invoices the
 * scheduler makes (the period in the client's language on each line), pause/resume/end, a retainer's hours used
 * against the time entries; bad input names the field; another workspace sees nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeRecurringStatus } from "../../src/app/invoices/recurring-invoices.ts";
import { runDueWork } from "../../src/app/shared/scheduler.ts";
import { engines } from "../support/engines.ts";
import { buildClient, buildQuebecStudio } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { signedMandate } from "../support/scope-fixture.ts";
import { startWorker, workerEnv } from "../support/tick-workers.ts";

describe.each(engines())("recurring invoices on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: Awaited<ReturnType<HttpFixture["owner"]>>;
  let clientId: string;
  const at = (date: string) => new Date(`${date}T14:00:00.000Z`);

  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    await owner.patch("/api/v1/workspace", buildQuebecStudio());
    clientId = (await owner.post("/api/v1/clients", buildClient())).body.id as string;
  });
  afterAll(async () => {
    await fx?.close();
  });

  const template = (overrides: Record<string, unknown> = {}) => ({
    clientId,
    name: "Hébergement et maintenance",
    frequency: "monthly",
    anchorDate: "2027-01-01",
    mode: "draft",
    lines: [{ description: "Hébergement", quantityMilli: 1000, unitPrice: 4_500 }],
    ...overrides,
  });

  it.skipIf(skip)("creates a template, shows its next period and makes its drafts on their dates", async () => {
    const created = await owner.post("/api/v1/recurring-invoices", template());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      status: "active",
      currency: "CAD",
      nextPeriod: { index: 0, start: "2027-01-01", end: "2027-01-31", label: "Période du 1er au 31 janvier 2027" },
      runs: [],
    });

    // Nothing before the date; on it, one draft with the period on its line; ticking again makes nothing more.
    await runDueWork(fx.ctx, at("2026-12-31"));
    expect((await owner.get(`/api/v1/recurring-invoices/${id}`)).body.runs).toEqual([]);
    await runDueWork(fx.ctx, at("2027-01-01"));
    await runDueWork(fx.ctx, at("2027-01-02"));
    const after = (await owner.get(`/api/v1/recurring-invoices/${id}`)).body;
    expect(after.runs).toHaveLength(1);
    expect(after.runs[0]).toMatchObject({ periodStart: "2027-01-01", periodEnd: "2027-01-31", status: "draft" });
    expect(after.runs[0].invoice).toMatchObject({ number: null, status: "draft", currency: "CAD" });
    expect(after.nextPeriod).toMatchObject({ start: "2027-02-01", end: "2027-02-28" });
    const invoice = (await owner.get(`/api/v1/invoices/${after.runs[0].invoiceId}`)).body;
    expect(invoice.details.lines[0].detail).toBe("Période du 1er au 31 janvier 2027");
    expect(invoice.details.supplyDate).toEqual({ from: "2027-01-01", to: "2027-01-31" });

    // Paused over February: that period is skipped; resumed in March, the running month's invoice is made.
    expect((await owner.post(`/api/v1/recurring-invoices/${id}/pause`)).body.status).toBe("paused");
    await runDueWork(fx.ctx, at("2027-02-01"));
    await runDueWork(fx.ctx, at("2027-03-01"));
    expect((await owner.get(`/api/v1/recurring-invoices/${id}`)).body).toMatchObject({ status: "paused", runs: [{}] });
    // The studio resumes on March 20 (the use-case at that day's clock; the API's clock is the test's).
    const actor = { userId: "", memberId: owner.memberId, workspaceId: owner.workspaceId, role: "owner" as const };
    const resumed = await changeRecurringStatus({ ...fx.ctx, now: () => at("2027-03-20") }, actor, id, "resume");
    expect(resumed).toMatchObject({ status: "active", nextPeriod: { start: "2027-03-01", end: "2027-03-31" } });
    await runDueWork(fx.ctx, at("2027-03-20"));
    expect(
      (await owner.get(`/api/v1/recurring-invoices/${id}`)).body.runs.map(
        (r: { periodStart: string }) => r.periodStart,
      ),
    ).toEqual(["2027-03-01", "2027-01-01"]);
    // Its terms change for the periods to come; the anchor no longer does (it says which period is which).
    const patched = await owner.patch(`/api/v1/recurring-invoices/${id}`, {
      name: "Hébergement",
      lines: [{ description: "Hébergement", quantityMilli: 1000, unitPrice: 5_000 }],
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ name: "Hébergement", lines: [{ unitPrice: 5_000 }], status: "active" });
    const moved = await owner.patch(`/api/v1/recurring-invoices/${id}`, { anchorDate: "2027-01-15" });
    expect(moved.status).toBe(409);
    expect(moved.body.fields.map((f: { path: string }) => f.path)).toEqual(["anchorDate"]);
    const badPatch = await owner.patch(`/api/v1/recurring-invoices/${id}`, { paymentDays: -1 });
    expect(badPatch.status).toBe(400);
    expect(badPatch.body.fields.map((f: { path: string }) => f.path)).toEqual(["paymentDays"]);
    const stale = await owner.post(`/api/v1/recurring-invoices/${id}/resume`);
    expect(stale.status).toBe(409);
    const ended = await owner.post(`/api/v1/recurring-invoices/${id}/end`);
    expect(ended.body).toMatchObject({ status: "ended", nextPeriod: null });
    await runDueWork(fx.ctx, at("2027-05-01"));
    expect((await owner.get(`/api/v1/recurring-invoices/${id}`)).body.runs).toHaveLength(2);
    expect((await owner.patch(`/api/v1/recurring-invoices/${id}`, { name: "x" })).status).toBe(409);
  });

  it.skipIf(skip)("prints the period in English for an English client and stops after the end date", async () => {
    const en = (await owner.post("/api/v1/clients", buildClient({ language: "en" }))).body.id as string;
    const created = await owner.post(
      "/api/v1/recurring-invoices",
      template({ clientId: en, frequency: "quarterly", anchorDate: "2027-01-31", endDate: "2027-05-01" }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.nextPeriod.label).toBe("Period: January 31 – April 29, 2027");
    await runDueWork(fx.ctx, at("2027-12-31"));
    const after = (await owner.get(`/api/v1/recurring-invoices/${created.body.id}`)).body;
    expect(after.runs.map((r: { periodStart: string }) => r.periodStart)).toEqual(["2027-04-30", "2027-01-31"]);
    expect(after).toMatchObject({ status: "ended", nextPeriod: null });
    const list = await owner.get(`/api/v1/recurring-invoices?clientId=${en}`);
    expect(list.body.items.map((t: { id: string }) => t.id)).toEqual([created.body.id]);
  });

  it.skipIf(skip)("names the field of bad input and writes nothing", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [template({ frequency: "daily" }), "frequency"],
      [template({ anchorDate: "2027-02-30" }), "anchorDate"],
      [template({ endDate: "2026-12-01" }), "endDate"],
      [template({ lines: [] }), "lines"],
      [template({ currency: "EUR" }), "currency"],
      [template({ frequency: "weekly", retainer: { minutesPerPeriod: 600, hourlyRate: 9_500 } }), "frequency"],
      [template({ mode: "send_later" }), "mode"],
      [template({ lines: [{ description: "", quantityMilli: 1000, unitPrice: 100 }] }), "lines.0.description"],
      [template({ contactIds: ["nope"] }), "contactIds.0"],
    ];
    const before = (await owner.get("/api/v1/recurring-invoices")).body.items.length;
    for (const [body, field] of cases) {
      const res = await owner.post("/api/v1/recurring-invoices", body);
      expect(res.status, `${field}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.fields.map((f: { path: string }) => f.path)).toContain(field);
    }
    expect((await owner.get("/api/v1/recurring-invoices")).body.items.length).toBe(before);
  });

  it.skipIf(skip)("keeps each workspace's recurring invoices to itself", async () => {
    const mine = (await owner.post("/api/v1/recurring-invoices", template())).body.id as string;
    const other = await fx.owner();
    expect((await other.get(`/api/v1/recurring-invoices/${mine}`)).status).toBe(404);
    expect((await other.post(`/api/v1/recurring-invoices/${mine}/pause`)).status).toBe(404);
    expect((await other.patch(`/api/v1/recurring-invoices/${mine}`, { name: "Pris" })).status).toBe(404);
    expect((await other.get(`/api/v1/recurring-invoices/${mine}/usage`)).status).toBe(404);
    expect((await other.get("/api/v1/recurring-invoices")).body.items).toEqual([]);
    const foreign = await other.post("/api/v1/recurring-invoices", template());
    expect(foreign.status).toBe(404);
    expect(foreign.body.fields?.map((f: { path: string }) => f.path)).toContain("clientId");
    expect((await owner.get(`/api/v1/recurring-invoices/${mine}`)).body.name).toBe("Hébergement et maintenance");
  });

  it.skipIf(skip)("shows a retainer's hours used against the time entries, and bills its hours monthly", async () => {
    const m = await signedMandate(fx, owner);
    const created = await owner.post("/api/v1/recurring-invoices", {
      clientId: m.clientId,
      mandateId: m.mandateId,
      name: "Banque d'heures",
      frequency: "monthly",
      anchorDate: "2026-11-01",
      mode: "draft",
      retainer: { minutesPerPeriod: 600, hourlyRate: 9_500 },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    const log = async (date: string, minutes: number, category: string) => {
      const r = await owner.post("/api/v1/time-entries", { mandateId: m.mandateId, date, minutes, category });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    };
    await log("2026-10-31", 120, "billable"); // the month before
    await log("2026-11-02", 90, "billable");
    await log("2026-11-13", 240, "included");
    await log("2026-11-20", 60, "goodwill"); // given, not counted
    await log("2026-11-30", 330, "billable");

    const usage = await owner.get(`/api/v1/recurring-invoices/${id}/usage?date=2026-11-15`);
    expect(usage.status, JSON.stringify(usage.body)).toBe(200);
    const counted = async (category: string) =>
      (
        await owner.get(
          `/api/v1/time-entries?clientId=${m.clientId}&category=${category}&from=2026-11-01&to=2026-11-30`,
        )
      ).body.totalMinutes as number;
    const logged = (await counted("billable")) + (await counted("included"));
    expect(logged).toBe(660);
    expect(usage.body).toMatchObject({
      period: { start: "2026-11-01", end: "2026-11-30", label: "Période du 1er au 30 novembre 2026" },
      includedMinutes: 600,
      usedMinutes: logged,
      remainingMinutes: 0,
      overageMinutes: 60,
      overageAmount: { amount: 9_500, currency: "CAD" },
      percentUsed: 110,
    });
    const december = await owner.get(`/api/v1/recurring-invoices/${id}/usage?date=2026-12-01`);
    expect(december.body).toMatchObject({ usedMinutes: 0, remainingMinutes: 600, overageMinutes: 0 });
    expect((await owner.get(`/api/v1/recurring-invoices/${id}/usage?date=2026-13-01`)).status).toBe(400);
    const plain = (await owner.post("/api/v1/recurring-invoices", template())).body.id as string;
    expect((await owner.get(`/api/v1/recurring-invoices/${plain}/usage`)).status).toBe(409);

    // Its monthly invoice: the included hours at the rate, the period under the line.
    await runDueWork(fx.ctx, at("2026-11-26"));
    const run = (await owner.get(`/api/v1/recurring-invoices/${id}`)).body.runs[0];
    expect(run).toMatchObject({ periodStart: "2026-11-01", status: "draft" });
    const invoice = (await owner.get(`/api/v1/invoices/${run.invoiceId}`)).body;
    expect(invoice.lines[0]).toMatchObject({ quantityMilli: 10_000, unitPrice: 9_500 });
    expect(invoice.details.lines[0]).toMatchObject({
      detail: "Période du 1er au 30 novembre 2026",
      mandateId: m.mandateId,
    });
  });
  it.skipIf(skip)("leaves a period's invoice as a draft when issuing is refused, and takes no number", async () => {
    const studio = await fx.owner();
    await studio.patch("/api/v1/workspace", buildQuebecStudio());
    const client = (await studio.post("/api/v1/clients", buildClient())).body.id as string;
    // An invoice issued with a later date: numbers follow dates, so the scheduler cannot issue one dated before it.
    const manual = await studio.post("/api/v1/invoices", {
      clientId: client,
      lines: [{ description: "Refonte", quantityMilli: 1000, unitPrice: 100_000 }],
    });
    const first = await studio.post(`/api/v1/invoices/${manual.body.invoice.id}/issue`, { issueDate: "2027-01-20" });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.number).toBe("2027-0001");
    const created = await studio.post("/api/v1/recurring-invoices", {
      ...template({ clientId: client, anchorDate: "2027-01-10" }),
      mode: "issue_and_send",
    });
    await runDueWork(fx.ctx, at("2027-01-10"));
    const run = (await studio.get(`/api/v1/recurring-invoices/${created.body.id}`)).body.runs[0];
    expect(run).toMatchObject({ status: "draft", invoice: { number: null, status: "draft" } });
    expect(run.error).toContain("not issued");
    // The number the refused issue took was rolled back with it: the next invoice issued is 2027-0002.
    const next = await studio.post(`/api/v1/invoices/${run.invoiceId}/issue`, { issueDate: "2027-01-21" });
    expect(next.status, JSON.stringify(next.body)).toBe(200);
    expect(next.body.number).toBe("2027-0002");
  });

  /** A new Québec studio with a signed mandate, and `log` to put billable time on it (answers the entry's id). */
  const retainerStudio = async () => {
    const studio = await fx.owner();
    await studio.patch("/api/v1/workspace", buildQuebecStudio());
    const m = await signedMandate(fx, studio);
    const log = async (date: string, minutes: number) => {
      const r = await studio.post("/api/v1/time-entries", {
        mandateId: m.mandateId,
        date,
        minutes,
        category: "billable",
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as string;
    };
    return { studio, m, log };
  };
  /**
   * Line `i` bills an overage of 100 min at 95 $/h — 158.333… → 158.33 $ (half-up) — in French, for the period's
   * 11 h 40 worked, under the time's source.
   */
  const expectOverage = (
    invoice: { lines: Record<string, unknown>[]; details: { lines: Record<string, unknown>[] } },
    i: number,
    x: { period: string; entryId: string; mandateId: string },
  ) => {
    expect(invoice.lines[i]).toMatchObject({ quantityMilli: 1_000, unitPrice: 15_833 });
    expect(invoice.lines[i]!.description).toMatch(/^Dépassement : 1,67 h à 95,00\s\$$/);
    expect(invoice.details.lines[i]).toMatchObject({
      detail: `${x.period} : 11,67 h travaillées, dont 10 h couvertes par le forfait`,
      mandateId: x.mandateId,
      source: { kind: "time", id: x.entryId },
    });
  };

  /** A monthly retainer on the mandate from March 2027, 10 h included at 95 $/h, in draft mode; answers its id. */
  const monthlyRetainer = async (
    studio: Awaited<ReturnType<HttpFixture["owner"]>>,
    m: { clientId: string; mandateId: string },
    extra: Record<string, unknown> = {},
  ) => {
    const r = await studio.post("/api/v1/recurring-invoices", {
      clientId: m.clientId,
      mandateId: m.mandateId,
      name: "Banque d'heures",
      frequency: "monthly",
      anchorDate: "2027-03-01",
      mode: "draft",
      retainer: { minutesPerPeriod: 600, hourlyRate: 9_500 },
      ...extra,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as string;
  };

  it.skipIf(skip)(
    "bills a retainer's time once: the next invoice covers it and bills the overage; ledgers agree",
    async () => {
      const { studio, m, log } = await retainerStudio();
      const rated = await studio.patch(`/api/v1/members/${studio.memberId}`, { billableRate: 12_000 });
      expect(rated.status, JSON.stringify(rated.body)).toBe(200);
      const before = await log("2027-02-20", 60); // before the retainer: billed as time
      const id = await monthlyRetainer(studio, m);
      const runOf = async (periodStart: string) =>
        (await studio.get(`/api/v1/recurring-invoices/${id}`)).body.runs.find(
          (r: { periodStart: string }) => r.periodStart === periodStart,
        );
      const issue = async (invoiceId: string, issueDate: string) => {
        const r = await studio.post(`/api/v1/invoices/${invoiceId}/issue`, { issueDate });
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        return r.body;
      };
      await runDueWork(fx.ctx, at("2027-03-01"));
      const march = await runOf("2027-03-01");
      const first = await issue(march.invoiceId, "2027-03-01");
      // March: 11 h 40 logged on the mandate, 10 h included.
      const covered = [await log("2027-03-05", 400), await log("2027-03-20", 300)];
      const offered = async () =>
        (await studio.get(`/api/v1/invoice-sources?clientId=${m.clientId}`)).body.time.map((t: { id: string }) => t.id);
      expect(await offered()).toEqual([before]); // March's time is the retainer's, not billable time

      await runDueWork(fx.ctx, at("2027-04-01"));
      const april = await runOf("2027-04-01");
      const invoice = (await studio.get(`/api/v1/invoices/${april.invoiceId}`)).body;
      // The overage: 100 min at 95 $/h = 158.333… → 158.33 $ (half-up), in the client's language.
      expect(invoice.lines).toHaveLength(2);
      expect(invoice.lines[0]).toMatchObject({ quantityMilli: 10_000, unitPrice: 9_500 });
      expectOverage(invoice, 1, {
        period: "Période du 1er au 31 mars 2027",
        entryId: covered[0]!,
        mandateId: m.mandateId,
      });
      const usage = await studio.get(`/api/v1/recurring-invoices/${id}/usage?date=2027-03-15`);
      expect(usage.body).toMatchObject({ usedMinutes: 700, overageMinutes: 100, overageAmount: { amount: 15_833 } });
      const second = await issue(april.invoiceId, "2027-04-01");
      await log("2027-04-03", 120); // April's time: covered by April's invoice, billed with May's
      const late = await log("2027-03-28", 60); // logged late into March, after March's time was billed

      // A billable-time draft afterwards offers only the hour logged before the retainer.
      expect(await offered()).toEqual([before]);
      const draft = await studio.post("/api/v1/invoices", { clientId: m.clientId, sources: { time: {} } });
      expect(draft.status, JSON.stringify(draft.body)).toBe(201);
      expect(draft.body.invoice.lines).toHaveLength(1);
      expect(draft.body.invoice.lines[0]).toMatchObject({ quantityMilli: 1_000, unitPrice: 12_000 });
      expect(await offered()).toEqual([]);

      // The ledgers show what the invoices say, to the cent: everything the retainer billed is earned and invoiced;
      // the only work not invoiced is the hour on the draft.
      const subtotal = (x: { totals: { subtotal: { amount: number } } }) => x.totals.subtotal.amount;
      const drafted = draft.body.invoice.lines[0].unitPrice as number; // one hour at the rate recorded
      const mandate = (await studio.get(`/api/v1/mandates/${m.mandateId}/money`)).body;
      expect(mandate.ledger.netInvoiced).toBe(subtotal(first.invoice ?? first) + subtotal(second.invoice ?? second));
      expect(mandate.ledger.netInvoiced).toBe(2 * 95_000 + 15_833);
      expect(mandate.ledger.inDrafts).toBe(drafted);
      expect(mandate.ledger.unbilled).toBe(drafted);
      expect(mandate.ledger.unearned).toBe(0);
      const client = (await studio.get(`/api/v1/clients/${m.clientId}/money`)).body;
      expect(client.total.unbilled).toBe(mandate.ledger.unbilled);
      const dashboard = (await studio.get("/api/v1/dashboard/money")).body;
      expect(dashboard.unbilled).toMatchObject({ amount: mandate.ledger.unbilled, mandates: 1 });

      // May's invoice consumes April's two hours (within the allowance: said under the retainer's line) and the hour
      // logged late into March, which adds 1 h to March's overage (1 h at 95 $, exact) — nothing billed twice.
      await runDueWork(fx.ctx, at("2027-05-01"));
      const may = (await studio.get(`/api/v1/invoices/${(await runOf("2027-05-01")).invoiceId}`)).body;
      expect(may.lines).toHaveLength(2);
      expect(may.details.lines[0].detail).toBe(
        "Période du 1er au 31 mai 2027\nPériode du 1er au 30 avril 2027 : 2 h travaillées, dont 2 h couvertes par le forfait",
      );
      expect(may.lines[1]).toMatchObject({ quantityMilli: 1_000, unitPrice: 9_500 });
      expect(may.lines[1].description).toMatch(/^Dépassement : 1 h à 95,00\s\$$/);
      expect(may.details.lines[1]).toMatchObject({
        unit: "h",
        source: { kind: "time", id: late },
        detail: "Période du 1er au 31 mars 2027 : 12,67 h travaillées, dont 10 h couvertes par le forfait",
      });
      expect(await offered()).toEqual([]);
      const after = (await studio.get(`/api/v1/mandates/${m.mandateId}/money`)).body.ledger;
      expect(after).toMatchObject({ netInvoiced: mandate.ledger.netInvoiced, unbilled: mandate.ledger.unbilled });
    },
  );

  it.skipIf(skip)(
    "closes an ended retainer once: one draft bills its last period's overage; none when within the allowance",
    async () => {
      const { studio, m, log } = await retainerStudio();
      const runs = async (id: string) =>
        (await studio.get(`/api/v1/recurring-invoices/${id}`)).body.runs as {
          periodIndex: number;
          invoiceId: string | null;
          status: string;
        }[];
      const ledger = async () => (await studio.get(`/api/v1/mandates/${m.mandateId}/money`)).body.ledger;

      // Ended by its end date after April's invoice; April: 11 h 40 logged, 10 h included.
      const id = await monthlyRetainer(studio, m, { endDate: "2027-04-15" });
      await runDueWork(fx.ctx, at("2027-03-01"));
      await log("2027-03-10", 420);
      await runDueWork(fx.ctx, at("2027-04-01"));
      expect((await studio.get(`/api/v1/recurring-invoices/${id}`)).body.status).toBe("ended");
      const april = [await log("2027-04-05", 400), await log("2027-04-20", 300)];
      await runDueWork(fx.ctx, at("2027-04-30")); // April is not over: nothing yet
      expect(await runs(id)).toHaveLength(2);
      const before = await ledger();

      // After April: two server processes tick at once, then again: one closing draft, the overage 100 min at 95 $/h.
      const workers = await Promise.all([startWorker(workerEnv(fx)), startWorker(workerEnv(fx))]);
      try {
        const ticks = await Promise.all(workers.map((w) => w.tick(at("2027-05-01").toISOString())));
        const made = ticks.map((t) => (t as { recurring: { made: number } }).recurring.made);
        expect(made.sort()).toEqual([0, 1]);
        await Promise.all(workers.map((w) => w.tick(at("2027-05-02").toISOString())));
      } finally {
        await Promise.all(workers.map((w) => w.stop()));
      }
      await runDueWork(fx.ctx, at("2027-05-02"));
      const closing = (await runs(id)).filter((r) => r.periodIndex === -1);
      expect(closing).toHaveLength(1);
      expect(closing[0]).toMatchObject({ status: "draft" });
      const draft = (await studio.get(`/api/v1/invoices/${closing[0]!.invoiceId}`)).body;
      expect(draft.status).toBe("draft");
      expect(draft.lines).toHaveLength(1);
      expectOverage(draft, 0, {
        period: "Période du 1er au 30 avril 2027",
        entryId: april[0]!,
        mandateId: m.mandateId,
      });
      const sources = await studio.get(`/api/v1/invoice-sources?clientId=${m.clientId}`);
      expect(sources.body.time).toEqual([]);
      // The ledger agrees to the cent: the draft changes nothing invoiced; issued, it adds exactly its overage.
      const drafted = await ledger();
      expect(drafted).toMatchObject({ netInvoiced: before.netInvoiced, unbilled: before.unbilled, unearned: 0 });
      const issued = await studio.post(`/api/v1/invoices/${draft.id}/issue`, { issueDate: "2027-05-03" });
      expect(issued.status, JSON.stringify(issued.body)).toBe(200);
      const after = await ledger();
      expect(after.netInvoiced).toBe(before.netInvoiced + 15_833);
      expect(after).toMatchObject({ unbilled: before.unbilled, unearned: 0 });
      await runDueWork(fx.ctx, at("2027-06-01"));
      expect(await runs(id)).toHaveLength(3);

      // Ended by the studio during May, 5 h logged (within the allowance): after May, no closing draft.
      const other = await monthlyRetainer(studio, m);
      await runDueWork(fx.ctx, at("2027-05-03"));
      await log("2027-05-10", 300);
      const ended = await studio.post(`/api/v1/recurring-invoices/${other}/end`, {});
      expect(ended.status, JSON.stringify(ended.body)).toBe(200);
      await runDueWork(fx.ctx, at("2027-05-31"));
      expect((await runs(other)).filter((r) => r.periodIndex === -1)).toEqual([]);
      const invoices = () =>
        fx.db.store.db.selectFrom("invoices").select("id").where("workspace_id", "=", studio.workspaceId).execute();
      const invoicesBefore = await invoices();
      await Promise.all([runDueWork(fx.ctx, at("2027-06-01")), runDueWork(fx.ctx, at("2027-06-01"))]);
      const closed = (await runs(other)).filter((r) => r.periodIndex === -1);
      expect(closed).toMatchObject([{ status: "nothing_to_bill", invoiceId: null }]);
      expect(await invoices()).toEqual(invoicesBefore);
    },
  );
});
