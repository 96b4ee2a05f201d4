/**
 * Reminders go out by themselves: two real server processes tick the scheduler at the same moments while the clock
 * moves day by day over 90 days, on one PostgreSQL database and on one SQLite file. Every due reminder reaches the SMTP
 * peer exactly once (one outbox row per invoice and step); paying an invoice stops its reminders; a process killed
 * after claiming a batch and a restarted one send nothing twice and skip nothing; a paused client gets none.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDueWork } from "../../src/app/shared/scheduler.ts";
import { addDays } from "../../src/domain/calendar-date.ts";
import { automaticReminderPlan } from "../../src/domain/invoice/reminder-schedule.ts";
import { createMailer } from "../../src/mail/mailer.ts";
import { TEST_START } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import { buildClient, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { startSmtpPeer } from "../support/smtp-peer.ts";
import { startWorker, type Worker, workerEnv } from "../support/tick-workers.ts";

const DAYS = 90;
const start = TEST_START.toISOString().slice(0, 10);
const dayOf = (d: number) => addDays(start, d);
/** Mid-morning of day `d`: what the processes' clock reads when they tick. */
const instant = (d: number) => new Date(TEST_START.getTime() + d * 86_400_000 + 3_600_000).toISOString();

describe.each(engines())("reminders by themselves on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let env: Record<string, string>;
  const invoices: Record<string, { id: string; due: string }> = {};
  const workers: Worker[] = [];

  async function issue(clientId: string, key: string, paymentDays: number) {
    const draft = await owner.post("/api/v1/invoices", {
      clientId,
      paymentDays,
      lines: [{ description: `Travaux ${key}`, quantityMilli: 1000, unitPrice: 100_000 }],
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const res = await owner.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, { issueDate: start });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    invoices[key] = { id: draft.body.invoice.id, due: res.body.dueDate };
  }

  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    smtp = await startSmtpPeer();
    owner = await fx.owner();
    await owner.patch("/api/v1/workspace", {
      legalName: "Collectif WEB coop",
      taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001" },
      terms: { paymentDays: 30, lateInterestBp: 1200, noticeDays: 30 },
    });
    const client = (await owner.post("/api/v1/clients", buildClient())).body.id as string;
    const paused = (await owner.post("/api/v1/clients", buildClient())).body.id as string;
    for (const key of ["a", "b", "c", "d"]) await issue(client, key, 30);
    await issue(client, "e", 14);
    await issue(paused, "p", 20);
    const pause = await owner.request("PUT", `/api/v1/clients/${paused}/reminders-pause`, { paused: true });
    expect(pause.status, JSON.stringify(pause.body)).toBe(200);
    env = workerEnv(fx, { SMTP_URL: smtp.url, TICK_START: instant(0) });
    workers.push(...(await Promise.all([startWorker(env), startWorker(env)])));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await smtp?.close();
    await fx?.close();
  });

  it.skipIf(skip)(
    "sends each due reminder once across two processes, a crash and a restart, and stops when paid",
    async () => {
      for (let d = 0; d <= DAYS; d++) {
        if (d === 33) {
          // Invoice b is paid in full three days after its due date: its firm reminders must never go.
          const paid = await owner.post(`/api/v1/invoices/${invoices.b!.id}/payments`, {
            date: dayOf(33),
            amount: 114_975,
            method: "interac",
            reference: "E-TR 77",
          });
          expect(paid.status, JSON.stringify(paid.body)).toBe(201);
        }
        if (d === 27) {
          // Four invoices come due in three days: one process claims a batch of two and dies before delivering.
          const crashed = (await workers[0]!.tick(instant(d), { crash: true })) as { type: string; code: number };
          expect(crashed).toMatchObject({ type: "exit", code: 70 });
          workers[0] = await startWorker(env);
        }
        await Promise.all(workers.map((w) => w.tick(instant(d))));
      }

      // What should have gone: every e-mail step of every open invoice up to day 90, b's only until it was paid, none
      // for the paused client.
      const expected = Object.entries(invoices).flatMap(([key, inv]) =>
        key === "p"
          ? []
          : automaticReminderPlan(inv.due)
              .filter((s) => s.kind === "email" && s.date <= dayOf(DAYS) && (key !== "b" || s.date < dayOf(33)))
              .map((s) => `reminder:${inv.id}:${s.step}`),
      );
      expect(expected).toHaveLength(4 * 4 + 2);

      const rows = await fx.db.store.db
        .selectFrom("outbox")
        .select(["message_key", "status"])
        .where("kind", "=", "invoice_reminder")
        .execute();
      const keys = rows.map((r) => r.message_key).sort();
      expect(keys).toEqual([...expected].sort());
      expect(rows.every((r) => r.status === "sent")).toBe(true);

      // The studio's own notifications (an invoice became overdue) go to the peer too: count the clients' reminders.
      const ids = smtp.received
        .map((m) => /^Message-ID:\s*<([^>]+)>/im.exec(m.raw)?.[1])
        .filter((id) => id?.startsWith("reminder."));
      expect(ids).toHaveLength(expected.length);
      expect(new Set(ids).size).toBe(expected.length);

      const schedule = await fx.db.store.db
        .selectFrom("reminder_schedule")
        .select(["invoice_id", "step", "status", "attempts"])
        .execute();
      const state = (key: string, step: string) =>
        schedule.find((r) => r.invoice_id === invoices[key]!.id && r.step === step);
      expect(state("a", "late_21")).toMatchObject({ status: "sent", attempts: 1 });
      expect(state("a", "formal_notice")?.status).toBe("proposed");
      expect(state("b", "on_due")?.status).toBe("sent");
      expect(state("b", "late_7")?.status).toBe("stopped");
      expect(state("b", "formal_notice")?.status).toBe("stopped");
      const pausedSteps = schedule.filter((r) => r.invoice_id === invoices.p!.id).map((r) => r.status);
      expect(pausedSteps.sort()).toEqual(["proposed", "skipped", "skipped", "skipped", "skipped"]);

      // The schedule as the API and the studio see it.
      const view = await owner.get(`/api/v1/invoices/${invoices.a!.id}/reminders`);
      expect(view.status, JSON.stringify(view.body)).toBe(200);
      expect(view.body.planned.map((p: { state: string }) => p.state)).toEqual([
        "sent",
        "sent",
        "sent",
        "sent",
        "proposed",
      ]);
      expect(view.body.planned[0].sentAt.slice(0, 10)).toBe(addDays(invoices.a!.due, -3));
      const paidView = await owner.get(`/api/v1/invoices/${invoices.b!.id}/reminders`);
      expect(paidView.body.planned.map((p: { state: string }) => p.state).slice(2)).toEqual([
        "cancelled",
        "cancelled",
        "cancelled",
      ]);
      expect(paidView.body.nextReminderOn).toBeNull();
    },
    300_000,
  );
});

describe.each(engines())("reminder delivery on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    smtp = await startSmtpPeer();
    owner = await fx.owner();
  });
  afterAll(async () => {
    await smtp?.close();
    await fx?.close();
  });

  it.skipIf(skip)("retries a transient SMTP failure with backoff and records a permanent one", async () => {
    // Two clients, each with its own address on the real SMTP peer: one answered 451 twice (transient), one 550.
    const retryClient = buildClient();
    const refusedClient = buildClient();
    const retryTo = retryClient.contacts[0]!.email;
    const refusedTo = refusedClient.contacts[0]!.email;
    const ids: string[] = [];
    const clientIds: string[] = [];
    for (const [key, body] of [
      ["retry", retryClient],
      ["refused", refusedClient],
    ] as const) {
      const clientId = (await owner.post("/api/v1/clients", body)).body.id as string;
      clientIds.push(clientId);
      const draft = await owner.post("/api/v1/invoices", {
        clientId,
        paymentDays: 10,
        lines: [{ description: key, quantityMilli: 1000, unitPrice: 50_000 }],
      });
      await owner.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, { issueDate: start });
      ids.push(draft.body.invoice.id);
    }
    const clientId = clientIds[0]!;
    smtp.refuse(retryTo, [451, 451]);
    smtp.refuse(refusedTo, [550]);
    const delivered = () => smtp.received.filter((m) => m.to.includes(retryTo)).length;
    const tries = () => smtp.offered.filter((a) => a === retryTo).length;
    const mailer = createMailer(smtp.url, "Mandat <mandat@studio.test>")!;
    const ctx = { ...fx.ctx, mailer };
    const at = (d: number, minutes = 0) => new Date(Date.parse(instant(d)) + minutes * 60_000);
    const step = async (id: string) =>
      (await owner.get(`/api/v1/invoices/${id}/reminders`)).body.planned[0] as { state: string; attempts: number };

    const nextOf = async (id: string) =>
      ((await owner.get("/api/v1/receivables")).body.invoices as { id: string; nextReminderOn: string | null }[]).find(
        (i) => i.id === id,
      )?.nextReminderOn;
    expect(await nextOf(ids[0]!)).toBe(dayOf(7));

    // Day 7: both "before due" reminders are due. The first fails twice (4xx), the second is refused (5xx).
    const first = await runDueWork(ctx, at(7));
    expect(first.reminders).toMatchObject({ queued: 2, sent: 0, failed: 1 });
    expect(await step(ids[0]!)).toMatchObject({ state: "sending", attempts: 1 });
    expect(await step(ids[1]!)).toMatchObject({ state: "failed", attempts: 1 });
    // Before the backoff has run nothing is tried; after it, the second try fails again, the third goes.
    expect((await runDueWork(ctx, at(7, 0.5))).reminders.sent).toBe(0);
    expect(tries()).toBe(1);
    await runDueWork(ctx, at(7, 2));
    expect(tries()).toBe(2);
    expect((await runDueWork(ctx, at(7, 8))).reminders.sent).toBe(1);
    expect(await step(ids[0]!)).toMatchObject({ state: "sent", attempts: 3 });
    expect(delivered()).toBe(1);
    // Ticking again sends nothing more; the refused one stays failed for a person to look at.
    await runDueWork(ctx, at(7, 60));
    expect(delivered()).toBe(1);
    // The next reminder moved to the due date, on the receivables page and on the invoice.
    expect(await nextOf(ids[0]!)).toBe(dayOf(10));
    expect((await owner.get(`/api/v1/invoices/${ids[0]}/reminders`)).body.nextReminderOn).toBe(dayOf(10));
    // Pausing the client empties it; resuming brings it back.
    await owner.request("PUT", `/api/v1/clients/${clientId}/reminders-pause`, { paused: true });
    expect(await nextOf(ids[0]!)).toBeNull();
    await owner.request("PUT", `/api/v1/clients/${clientId}/reminders-pause`, { paused: false });
    expect(await nextOf(ids[0]!)).toBe(dayOf(10));
    const outbox = await fx.db.store.db
      .selectFrom("outbox")
      .select(["status", "error", "entity_id"])
      .where("kind", "=", "invoice_reminder")
      .execute();
    expect(outbox.find((m) => m.entity_id === ids[1])).toMatchObject({
      status: "failed",
      error: expect.stringContaining("550"),
    });
    expect(outbox.find((m) => m.entity_id === ids[0])).toMatchObject({ status: "sent", error: null });
    mailer.close();
  });
});
