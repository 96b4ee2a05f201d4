/**
 * Recurring invoices by themselves: two real server processes tick the scheduler at the same moments while the clock
 * moves over a year, on one PostgreSQL database and on one SQLite file. A monthly template issued and sent makes
 * twelve invoices numbered without gaps, each e-mailed once; a draft template makes twelve drafts; a process killed
 * right after making a period and a restarted one make and send nothing twice; after three months without any tick
 * every missed period is made, each once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { buildClient, buildQuebecStudio } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { startSmtpPeer } from "../support/smtp-peer.ts";
import { startWorker, type Worker, workerEnv } from "../support/tick-workers.ts";

/** The days both processes tick: around each period's date, and none from mid-May to August 20 (a downtime). */
function tickDays(): string[] {
  const days: string[] = ["2026-12-30"];
  for (let m = 1; m <= 12; m++) {
    for (const d of [1, 2, 15, 16, 28]) days.push(`2027-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  }
  return days
    .filter((d) => d < "2027-05-16" || d >= "2027-08-20")
    .concat("2027-08-20")
    .sort();
}
const instant = (day: string) => `${day}T14:00:00.000Z`;

describe.each(engines())("recurring invoices by themselves on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: Awaited<ReturnType<HttpFixture["owner"]>>;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let env: Record<string, string>;
  let sentId: string;
  let draftId: string;
  const workers: Worker[] = [];

  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    smtp = await startSmtpPeer();
    owner = await fx.owner();
    await owner.patch("/api/v1/workspace", buildQuebecStudio());
    const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id as string;
    const lines = [{ description: "Hébergement et maintenance", quantityMilli: 1000, unitPrice: 45_000 }];
    const base = { clientId, frequency: "monthly", lines, paymentDays: 30 };
    const sent = await owner.post("/api/v1/recurring-invoices", {
      ...base,
      name: "Maintenance",
      anchorDate: "2027-01-01",
      mode: "issue_and_send",
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    sentId = sent.body.id;
    const draft = await owner.post("/api/v1/recurring-invoices", {
      ...base,
      name: "Soutien",
      anchorDate: "2027-01-15",
      mode: "draft",
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    draftId = draft.body.id;
    env = workerEnv(fx, { SMTP_URL: smtp.url, TICK_START: instant("2026-12-30") });
    workers.push(...(await Promise.all([startWorker(env), startWorker(env)])));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await smtp?.close();
    await fx?.close();
  });

  it.skipIf(skip)(
    "makes each period once across two processes, a crash, a restart and a downtime; numbers without gaps",
    async () => {
      for (const day of tickDays()) {
        if (day === "2027-03-01") {
          // March's invoice is made and issued by one process, which dies before sending it.
          const crashed = (await workers[0]!.tick(instant(day), { crashInRecurring: true })) as { type: string };
          expect(crashed).toMatchObject({ type: "exit", code: 70 });
          workers[0] = await startWorker(env);
        }
        await Promise.all(workers.map((w) => w.tick(instant(day))));
      }
      // And once more after the year: nothing new.
      await Promise.all(workers.map((w) => w.tick(instant("2027-12-31"))));

      const db = fx.db.store.db;
      const runs = await db
        .selectFrom("recurring_invoice_runs")
        .select(["template_id", "period_index", "period_start", "invoice_id", "status"])
        .orderBy("period_start")
        .execute();
      const of = (id: string) => runs.filter((r) => r.template_id === id);
      expect(of(sentId).map((r) => r.period_start)).toEqual(
        Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}-01`),
      );
      expect(of(draftId).map((r) => r.period_start)).toEqual(
        Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}-15`),
      );
      expect(of(sentId).every((r) => r.status === "sent")).toBe(true);
      expect(of(draftId).every((r) => r.status === "draft")).toBe(true);
      expect(new Set(runs.map((r) => r.invoice_id)).size).toBe(24);

      // Twelve issued invoices, numbered 2027-0001 to 2027-0012 with no gap, none twice; twelve drafts, unnumbered.
      const invoices = await db
        .selectFrom("invoices")
        .select(["id", "number", "status", "issue_date"])
        .where("workspace_id", "=", owner.workspaceId)
        .execute();
      const issued = invoices.filter((i) => i.number !== null);
      expect(issued.map((i) => i.number).sort()).toEqual(
        Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(4, "0")}`),
      );
      expect(invoices.filter((i) => i.status === "draft")).toHaveLength(12);
      // Numbers follow dates: June to August, made together after the downtime, are issued on August 20.
      const byNumber = [...issued].sort((a, b) => a.number!.localeCompare(b.number!));
      expect(byNumber.map((i) => i.issue_date)).toEqual([...byNumber.map((i) => i.issue_date)].sort());
      expect(byNumber.slice(5, 8).map((i) => i.issue_date)).toEqual(["2027-08-20", "2027-08-20", "2027-08-20"]);

      // Each issued invoice e-mailed once, with its PDF, under its own key.
      const outbox = await db
        .selectFrom("outbox")
        .select(["message_key", "status", "entity_id"])
        .where("kind", "=", "invoice_sent")
        .execute();
      expect(outbox.map((m) => m.message_key).sort()).toEqual(
        Array.from({ length: 12 }, (_, i) => `recurring:${sentId}:${i}`).sort(),
      );
      expect(outbox.every((m) => m.status === "sent")).toBe(true);
      expect(new Set(outbox.map((m) => m.entity_id))).toEqual(new Set(issued.map((i) => i.id)));
      const withPdf = smtp.received.filter((m) => m.raw.includes("application/pdf"));
      expect(withPdf).toHaveLength(12);
      const numbers = withPdf.map((m) => /2027-\d{4}/.exec(m.raw)?.[0]);
      expect(new Set(numbers).size).toBe(12);

      // The period is printed on each line in the client's language.
      const march = of(sentId)[2]!;
      const invoice = await owner.get(`/api/v1/invoices/${march.invoice_id}`);
      expect(invoice.body.details.lines[0].detail).toBe("Période du 1er au 31 mars 2027");
    },
    600_000,
  );
});
