/**
 * Notifications to the studio: each event (offer viewed, signed, declined; change order approved, rejected; invoice
 * first opened, overdue, paid in full; a client crossing the health threshold) makes one notification for the member
 * who owns the record — the one who sent it to the client — never for the member whose own action it was; an e-mail
 * reaches a real SMTP peer in the member's language only for the kinds they chose; two scheduler processes ticking at
 * the same instant, and a second tick, create nothing twice. The API lists, counts and marks only the member's own.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../src/app/shared/context.ts";
import { runDueWork } from "../../src/app/shared/scheduler.ts";
import { createHttpApp } from "../../src/http/app.ts";
import { createMailer } from "../../src/mail/mailer.ts";
import type { Engine } from "../../src/store/open-database.ts";
import { TEST_START, testNow } from "../support/clock.ts";
import { createDemoFixture, type DemoFixture } from "../support/demo-fixture.ts";
import { type Dovecot, dovecotAvailable, rawMessage, startDovecot } from "../support/dovecot.ts";
import { createTestDatabase, engines, type TestDatabase, testConfig } from "../support/engines.ts";
import { buildClient, buildOffer, buildSignUp, TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { mimeParts } from "../support/mime-parts.ts";
import { portalToken } from "../support/scope-fixture.ts";
import { type SmtpPeer, startSmtpPeer } from "../support/smtp-peer.ts";
import { startWorker, workerEnv } from "../support/tick-workers.ts";

const LIST = "1) Ajouter une boutique en ligne\n2) Ajouter une version anglaise du site";
const start = TEST_START.toISOString().slice(0, 10);
const DAY = 86_400_000;

/** The app on a fresh database of `engine`, its mail handed to a real SMTP peer. */
async function mailingApp(engine: Engine) {
  const smtp = await startSmtpPeer();
  const db = await createTestDatabase(engine);
  const config = testConfig(db.dataDir, { SMTP_URL: smtp.url, SMTP_FROM: "Mandat <mandat@studio.test>" });
  const mailer = createMailer(config.smtpUrl, config.smtpFrom);
  const secret = config.sessionSecret!;
  const ctx = createContext({ db: db.store.db, engine: db.engine, config, secret, mailer, now: testNow });
  return { smtp, db, mailer, ctx, app: createHttpApp(ctx) };
}

describe.each(engines())("notifications on $engine", ({ engine, skip }) => {
  let db: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let mailer: ReturnType<typeof createMailer>;
  let app: ReturnType<typeof createHttpApp>;
  let owner: TestClient;
  let member: TestClient;
  let ownerEmail: string;
  let memberEmail: string;
  const portal = () => new TestClient(app);

  beforeAll(async () => {
    if (skip) return;
    ({ smtp, db, mailer, app } = await mailingApp(engine));
    owner = new TestClient(app);
    const signUp = buildSignUp();
    ownerEmail = signUp.email;
    expect((await owner.post("/api/v1/auth/signup", signUp)).status).toBe(201);
    await owner.patch("/api/v1/workspace", { targetHourlyRate: 9500 });
    memberEmail = `alex-${Date.now().toString(36)}@studio.test`;
    const invited = await owner.post("/api/v1/members", { email: memberEmail, name: "Alex Member", role: "member" });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    member = new TestClient(app);
    const joined = await member.post("/api/v1/auth/accept-invite", {
      token: String(invited.body.inviteUrl).split("/invite/")[1],
      name: "Alex Member",
      password: "another long password",
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    expect((await member.patch("/api/v1/me", { locale: "en" })).status).toBe(200);
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
    await db?.drop();
  });

  const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
  const textOf = (raw: string) =>
    (mimeParts(raw).find((p) => p.contentType === "text/plain")?.text ?? raw).replace(/\r\n/g, "\n");
  const notificationsOf = async (c: TestClient) => {
    const res = await c.get("/api/v1/notifications?order=date&pageSize=200");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.items as { id: string; kind: string; entityId: string; path: string; readAt: string | null }[];
  };
  const kindsFor = async (c: TestClient, entityId: string) =>
    (await notificationsOf(c)).filter((n) => n.entityId === entityId).map((n) => n.kind);

  async function sentOffer(sender: TestClient) {
    const clientId = (await sender.post("/api/v1/clients", buildClient({ name: `Client ${Date.now()}` }))).body.id;
    const offer = (await sender.post("/api/v1/offers", buildOffer(clientId))).body;
    const sent = await sender.post(`/api/v1/offers/${offer.id}/send`);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    return { offerId: offer.id as string, token: portalToken(sent.body.portalUrl), clientId: clientId as string };
  }

  async function issuedInvoice(by: TestClient, paymentDays = 30) {
    const clientId = (await by.post("/api/v1/clients", buildClient())).body.id;
    const draft = await by.post("/api/v1/invoices", {
      clientId,
      paymentDays,
      lines: [{ description: "Intégration", quantityMilli: 1000, unitPrice: 100_000 }],
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const id = draft.body.invoice.id as string;
    const issued = await by.post(`/api/v1/invoices/${id}/issue`, {});
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    return { id, total: issued.body.totals.total.amount as number };
  }

  it.skipIf(skip)(
    "an offer's viewing and signature go to the member who sent it, by e-mail only if chosen",
    async () => {
      const prefs = await member.request("PUT", "/api/v1/me/notification-preferences", {
        email: ["offer_signed", "change_order_approved"],
      });
      expect(prefs.status, JSON.stringify(prefs.body)).toBe(200);
      expect(prefs.body).toEqual({ email: ["offer_signed", "change_order_approved"], isDefault: false });
      const { offerId, token } = await sentOffer(member);
      const before = mailsTo(memberEmail).length;

      expect((await portal().get(`/api/v1/portal/${token}`)).status).toBe(200);
      expect((await portal().get(`/api/v1/portal/${token}`)).status).toBe(200);
      expect(await kindsFor(member, offerId)).toEqual(["offer_viewed"]);
      expect(await kindsFor(owner, offerId)).toEqual([]);
      expect(mailsTo(memberEmail)).toHaveLength(before); // viewing is not among the member's e-mail choices

      const signed = await portal().post(`/api/v1/portal/${token}/sign`, {
        signerName: "Julie Bergeron",
        consent: true,
      });
      expect(signed.status, JSON.stringify(signed.body)).toBe(200);
      expect(await kindsFor(member, offerId)).toEqual(["offer_signed", "offer_viewed"]);
      const mails = mailsTo(memberEmail).slice(before);
      expect(mails).toHaveLength(1);
      const text = textOf(mails[0]!.raw);
      expect(text).toContain("Hello Alex Member");
      expect(text).toMatch(/^Client \d+ signed offer OFF-\d{4}-\d+\.$/m);
      expect(text).toContain(`http://mandat.test/offers/${offerId}`);
      const outbox = await db.store.db
        .selectFrom("outbox")
        .selectAll()
        .where("kind", "=", "notification")
        .where("entity_id", "=", offerId)
        .execute();
      expect(outbox.map((m) => [m.to_address, m.status])).toEqual([[memberEmail, "sent"]]);
    },
  );

  it.skipIf(skip)("a declined offer and the change orders' decisions reach their sender in French", async () => {
    const declinedOffer = await sentOffer(owner);
    const before = mailsTo(ownerEmail).length;
    expect((await portal().post(`/api/v1/portal/${declinedOffer.token}/reject`, { reason: "Trop cher" })).status).toBe(
      204,
    );
    expect(await kindsFor(owner, declinedOffer.offerId)).toEqual(["offer_declined"]);
    const declinedMail = textOf(mailsTo(ownerEmail).at(-1)!.raw);
    expect(declinedMail).toMatch(/Bonjour .*,\n\nClient \d+ a refusé l'offre OFF-/);
    expect(mailsTo(ownerEmail)).toHaveLength(before + 1);

    // The member's signed mandate; the owner builds and sends both change orders: the owner is told, not the member.
    const signedOffer = await sentOffer(member);
    await portal().post(`/api/v1/portal/${signedOffer.token}/sign`, { signerName: "Julie Bergeron", consent: true });
    const mandateId = (await owner.get(`/api/v1/offers/${signedOffer.offerId}`)).body.mandateId as string;
    const created = await owner.post(`/api/v1/mandates/${mandateId}/rounds`, { text: LIST, receivedAt: start });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const round = created.body;
    const cos: string[] = [];
    for (const claim of round.claims.slice(0, 2)) {
      await owner.patch(`/api/v1/claims/${claim.id}`, { triage: { outcome: "change_order", estimatedHours: 5 } });
      const co = await owner.post(`/api/v1/mandates/${mandateId}/change-orders`, {
        claimIds: [claim.id],
        title: "Ajout",
        reason: "Hors offre",
        requester: "Julie",
      });
      expect(co.status, JSON.stringify(co.body)).toBe(201);
      const sent = await owner.post(`/api/v1/change-orders/${co.body.id}/send`);
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      cos.push(co.body.id, portalToken(sent.body.portalUrl));
    }
    const [approvedId, approveToken, rejectedId, rejectToken] = cos as [string, string, string, string];
    const mailsBefore = mailsTo(ownerEmail).length;
    expect(
      (await portal().post(`/api/v1/portal/${approveToken}/approve`, { signerName: "Julie", consent: true })).status,
    ).toBe(200);
    expect((await portal().post(`/api/v1/portal/${rejectToken}/reject`, { reason: "Non" })).status).toBe(204);
    expect(await kindsFor(owner, approvedId)).toEqual(["change_order_approved"]);
    expect(await kindsFor(owner, rejectedId)).toEqual(["change_order_rejected"]);
    expect(await kindsFor(member, approvedId)).toEqual([]);
    const texts = mailsTo(ownerEmail)
      .slice(mailsBefore)
      .map((m) => textOf(m.raw));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/a approuvé l'avenant/);
    expect(texts[1]).toMatch(/a refusé l'avenant/);
  });

  it.skipIf(skip)(
    "an invoice's first opening and its full payment go to its sender; one's own payment does not",
    async () => {
      const inv = await issuedInvoice(owner);
      const sent = await owner.post(`/api/v1/invoices/${inv.id}/send`);
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      const before = mailsTo(ownerEmail).length;
      for (let i = 0; i < 3; i++)
        expect((await portal().get(`/api/v1/portal/${portalToken(sent.body.portalUrl)}`)).status).toBe(200);
      expect(await kindsFor(owner, inv.id)).toEqual(["invoice_opened"]);
      expect(mailsTo(ownerEmail)).toHaveLength(before); // the owner keeps the defaults: openings stay in the app

      const part = await member.post(`/api/v1/invoices/${inv.id}/payments`, {
        date: start,
        amount: 1000,
        method: "interac",
      });
      expect(part.status, JSON.stringify(part.body)).toBe(201);
      expect(await kindsFor(owner, inv.id)).toEqual(["invoice_opened"]); // partly paid: not yet
      const rest = await member.post(`/api/v1/invoices/${inv.id}/payments`, {
        date: start,
        amount: inv.total - 1000,
        method: "interac",
      });
      expect(rest.status, JSON.stringify(rest.body)).toBe(201);
      expect(rest.body.invoice.status).toBe("paid");
      expect(await kindsFor(owner, inv.id)).toEqual(["invoice_paid", "invoice_opened"]);
      const paidMail = textOf(mailsTo(ownerEmail).at(-1)!.raw);
      expect(paidMail).toMatch(/La facture .* est payée\./);
      expect(paidMail).toContain(`http://mandat.test/invoices/${inv.id}`);

      const own = await issuedInvoice(owner);
      await owner.post(`/api/v1/invoices/${own.id}/payments`, { date: start, amount: own.total, method: "cheque" });
      expect(await kindsFor(owner, own.id)).toEqual([]);
    },
  );

  it.skipIf(skip)(
    "an overdue invoice is told once, across two processes ticking together and a later tick; a stale one is not",
    async () => {
      // The member gets no e-mail for overdue invoices; the owner keeps the defaults (e-mailed).
      const chosen = await member.request("PUT", "/api/v1/me/notification-preferences", { email: ["offer_signed"] });
      expect(chosen.status).toBe(200);
      const inv = await issuedInvoice(member, 0); // due today, overdue tomorrow
      const env = workerEnv({ db } as HttpFixture, {
        SMTP_URL: smtp.url,
        SMTP_FROM: "Mandat <mandat@studio.test>",
        TICK_START: TEST_START.toISOString(),
      });
      const workers = await Promise.all([startWorker(env), startWorker(env)]);
      try {
        const at = new Date(TEST_START.getTime() + 3_600_000).toISOString();
        await Promise.all(workers.map((w) => w.tick(at)));
        await Promise.all(workers.map((w) => w.tick(at)));
        await workers[0]!.tick(new Date(TEST_START.getTime() + 86_400_000).toISOString());
      } finally {
        await Promise.all(workers.map((w) => w.stop()));
      }
      const rows = await db.store.db
        .selectFrom("notifications")
        .select(["member_id", "kind", "email_status"])
        .where("entity_id", "=", inv.id)
        .execute();
      const memberId = (await member.get("/api/v1/me")).body.member.id;
      expect(rows).toEqual([{ member_id: memberId, kind: "invoice_overdue", email_status: "none" }]);
      expect(await kindsFor(member, inv.id)).toEqual(["invoice_overdue"]); // not among the member's e-mail choices

      // The owner's overdue invoice (default choices: e-mailed) — once, by one of the two processes.
      const mine = await issuedInvoice(owner, 1); // due tomorrow, overdue the day after
      const stale = await issuedInvoice(owner, 2); // first seen overdue 38 days late: no longer news
      const before = mailsTo(ownerEmail).filter((m) => m.raw.includes(" est en retard")).length;
      const again = await Promise.all([startWorker(env), startWorker(env)]);
      try {
        const at = new Date(TEST_START.getTime() + 2 * DAY + 3_600_000).toISOString();
        await Promise.all(again.map((w) => w.tick(at)));
        await Promise.all(again.map((w) => w.tick(at)));
        await again[0]!.tick(new Date(TEST_START.getTime() + 40 * DAY).toISOString());
      } finally {
        await Promise.all(again.map((w) => w.stop()));
      }
      expect(await kindsFor(owner, mine.id)).toEqual(["invoice_overdue"]);
      expect(await kindsFor(owner, stale.id)).toEqual([]);
      const overdueMails = mailsTo(ownerEmail).filter((m) => textOf(m.raw).includes("est en retard"));
      expect(overdueMails.length - before).toBe(1);
      const row = await db.store.db
        .selectFrom("notifications")
        .select("email_status")
        .where("entity_id", "=", mine.id)
        .executeTakeFirstOrThrow();
      expect(row.email_status).toBe("sent");
    },
    60_000,
  );

  it.skipIf(skip)("lists unread first, counts, marks read; another workspace sees and marks none of it", async () => {
    const all = await notificationsOf(owner);
    expect(all.length).toBeGreaterThanOrEqual(4);
    const count = (await owner.get("/api/v1/notifications/unread-count")).body.unread as number;
    expect(count).toBe(all.filter((n) => n.readAt === null).length);
    const first = all[0]!;
    const marked = await owner.post("/api/v1/notifications/read", { notificationIds: [first.id] });
    expect(marked.body).toEqual({ marked: 1, unread: count - 1 });
    const unreadFirst = (await owner.get("/api/v1/notifications?pageSize=200")).body.items as { id: string }[];
    expect(unreadFirst.at(-1)!.id).toBe(first.id);
    const paged = (await owner.get("/api/v1/notifications?page=2&pageSize=1")).body;
    expect(paged).toMatchObject({ total: all.length, page: 2, pageSize: 1 });
    expect(paged.items).toHaveLength(1);

    const stranger = new TestClient(app);
    await stranger.post("/api/v1/auth/signup", buildSignUp());
    expect((await stranger.get("/api/v1/notifications")).body).toMatchObject({ items: [], total: 0, unread: 0 });
    const foreign = await stranger.post("/api/v1/notifications/read", { notificationIds: [all[1]!.id] });
    expect(foreign.status).toBe(404);
    expect(foreign.body.fields[0].path).toBe("notificationIds.0");
    expect((await stranger.post("/api/v1/notifications/read", { all: true })).body).toEqual({ marked: 0, unread: 0 });
    // the member's ids are not the owner's either
    const memberIds = (await notificationsOf(member)).map((n) => n.id);
    expect((await owner.post("/api/v1/notifications/read", { notificationIds: memberIds })).status).toBe(404);
    expect((await owner.get("/api/v1/notifications/unread-count")).body.unread).toBe(count - 1);

    expect((await owner.post("/api/v1/notifications/read", { all: true })).body).toEqual({
      marked: count - 1,
      unread: 0,
    });
    expect((await member.get("/api/v1/notifications/unread-count")).body.unread).toBe(memberIds.length);

    expect((await stranger.get("/api/v1/me/notification-preferences")).body).toEqual({
      email: [
        "offer_signed",
        "offer_declined",
        "change_order_approved",
        "change_order_rejected",
        "invoice_overdue",
        "invoice_paid",
        "list_received",
        "client_health",
      ],
      isDefault: true,
    });
    const bad = await stranger.request("PUT", "/api/v1/me/notification-preferences", { email: ["offer_paid"] });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe("email.0");
    expect((await stranger.get("/api/v1/me/notification-preferences")).body.isDefault).toBe(true);
  });
});

describe.each(engines())("health crossings notified on $engine", ({ engine, skip }) => {
  let demo: DemoFixture;
  beforeAll(async () => {
    if (!skip) demo = await createDemoFixture(engine);
  }, 120_000);
  afterAll(async () => {
    await demo?.fx.close();
  });

  it.skipIf(skip)(
    "a client crossing the threshold is told once per crossing; the demo's overdue invoices once",
    async () => {
      const { fx, owner, agencyId } = demo;
      const now = testNow();
      const health = async () =>
        (await owner.get("/api/v1/notifications?pageSize=200")).body.items.filter(
          (n: { kind: string }) => n.kind === "client_health",
        ) as { entityId: string; path: string }[];
      await runDueWork(fx.ctx, now);
      const first = await health();
      expect(first.map((n) => n.entityId)).toEqual([agencyId]);
      expect(first[0]!.path).toBe(`/clients/${agencyId}/health`);
      const overdue = (await owner.get("/api/v1/notifications?pageSize=200")).body.items.filter(
        (n: { kind: string }) => n.kind === "invoice_overdue",
      );
      expect(overdue.length).toBeGreaterThan(0);
      // Health is read at most once an hour of the clock: each later tick is an hour on.
      const hour = (n: number) => new Date(now.getTime() + n * 3_600_000);
      await runDueWork(fx.ctx, hour(1));
      expect(await health()).toHaveLength(1);
      const all = (await owner.get("/api/v1/notifications?pageSize=200")).body.total;

      // Thresholds so low nobody is in trouble: the agency recovers (nothing told); back to normal: a second crossing.
      expect(
        (await owner.request("PUT", "/api/v1/health/settings", { threshold: 5, criticalThreshold: 1 })).status,
      ).toBe(200);
      await runDueWork(fx.ctx, hour(2));
      expect((await owner.get("/api/v1/notifications?pageSize=200")).body.total).toBe(all);
      await owner.request("PUT", "/api/v1/health/settings", {});
      await runDueWork(fx.ctx, new Date(hour(2).getTime() + 60_000)); // within the hour: health is not read again
      expect(await health()).toHaveLength(1);
      await runDueWork(fx.ctx, hour(3));
      expect(await health()).toHaveLength(2);
    },
    60_000,
  );
});

describe.each(engines())("a list received by e-mail, notified on $engine", ({ engine, skip }) => {
  const off = skip || !dovecotAvailable();
  let fx: HttpFixture;
  let dovecot: Dovecot;
  beforeAll(async () => {
    if (off) return;
    dovecot = await startDovecot();
    fx = await createHttpFixture(engine);
  });
  afterAll(async () => {
    await fx?.close();
    await dovecot?.stop();
  });

  it.skipIf(off)("tells the member who sent the mandate's offer, once, not the member who imported it", async () => {
    const owner = await fx.owner();
    const member = await fx.memberOf(owner, "member");
    const clientId = (await member.post("/api/v1/clients", buildClient({ name: "Agence Boréale" }))).body.id;
    const offer = (await member.post("/api/v1/offers", buildOffer(clientId))).body;
    const sent = await member.post(`/api/v1/offers/${offer.id}/send`);
    await fx.client().post(`/api/v1/portal/${portalToken(sent.body.portalUrl)}/sign`, {
      signerName: "Julie Bergeron",
      consent: true,
    });
    const mandateId = (await owner.get(`/api/v1/offers/${offer.id}`)).body.mandateId as string;
    const uid = await dovecot.append(
      rawMessage({
        from: "Julie Bergeron <julie@boreale.test>",
        to: "studio@collectif.test",
        subject: "Quelques ajouts",
        date: new Date("2026-11-25T14:00:00Z"),
        text: LIST,
        messageId: "<ajouts@boreale.test>",
      }),
    );
    const mailbox = await owner.request("PUT", "/api/v1/mailbox", {
      host: dovecot.host,
      port: dovecot.port,
      security: "none",
      username: dovecot.user,
      password: dovecot.password,
      folder: "INBOX",
    });
    expect(mailbox.status, JSON.stringify(mailbox.body)).toBe(200);
    const imported = await owner.post(`/api/v1/mandates/${mandateId}/rounds/from-mailbox`, { uid });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect((await owner.post(`/api/v1/mandates/${mandateId}/rounds/from-mailbox`, { uid })).status).toBe(409);

    const mine = (await member.get("/api/v1/notifications")).body.items as { kind: string; path: string }[];
    const lists = mine.filter((n) => n.kind === "list_received");
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ path: `/rounds/${imported.body.round.id}`, clientName: "Agence Boréale" });
    const theirs = (await owner.get("/api/v1/notifications")).body.items as { kind: string }[];
    expect(theirs.filter((n) => n.kind === "list_received")).toEqual([]);
  });
});

describe.each(engines())("notification e-mails retried on $engine", ({ engine, skip }) => {
  let db: TestDatabase;
  let smtp: SmtpPeer;
  let mailer: ReturnType<typeof createMailer>;
  let ctx: ReturnType<typeof createContext>;
  let owner: TestClient;
  let ownerEmail: string;
  const env = () =>
    workerEnv({ db } as HttpFixture, {
      SMTP_URL: smtp.url,
      SMTP_FROM: "Mandat <mandat@studio.test>",
      TICK_START: TEST_START.toISOString(),
    });

  beforeAll(async () => {
    if (skip) return;
    let app: ReturnType<typeof createHttpApp>;
    ({ smtp, db, mailer, ctx, app } = await mailingApp(engine));
    owner = new TestClient(app);
    const signUp = buildSignUp();
    ownerEmail = signUp.email;
    expect((await owner.post("/api/v1/auth/signup", signUp)).status).toBe(201);
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
    await db?.drop();
  });

  const notificationOf = (entityId: string) =>
    db.store.db
      .selectFrom("notifications")
      .select(["id", "email_status", "email_attempts", "email_next_attempt_at", "email_last_attempt_at", "email_error"])
      .where("entity_id", "=", entityId)
      .executeTakeFirstOrThrow();
  const outboxOf = (entityId: string) =>
    db.store.db
      .selectFrom("outbox")
      .select(["status", "error"])
      .where("kind", "=", "notification")
      .where("entity_id", "=", entityId)
      .executeTakeFirstOrThrow();
  /** The messages the peer accepted under the notification's stable Message-ID. */
  const deliveredOf = (notificationId: string) =>
    smtp.received.filter((m) => m.raw.includes(`Message-ID: <notification.${notificationId}@mandat.test>`));
  const offersToOwner = () => smtp.offered.filter((a) => a === ownerEmail).length;
  const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000);

  async function declinedOffer(): Promise<string> {
    const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id as string;
    const offer = (await owner.post("/api/v1/offers", buildOffer(clientId))).body;
    const sent = await owner.post(`/api/v1/offers/${offer.id}/send`);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const declined = await new TestClient(createHttpApp(ctx)).post(
      `/api/v1/portal/${portalToken(sent.body.portalUrl)}/reject`,
      { reason: "Trop cher" },
    );
    expect(declined.status, JSON.stringify(declined.body)).toBe(204);
    return offer.id as string;
  }

  it.skipIf(skip)(
    "a transient SMTP failure goes back to pending with backoff and ends in one e-mail; a permanent one is failed",
    async () => {
      smtp.refuse(ownerEmail, [451]);
      const offerId = await declinedOffer();
      const first = await notificationOf(offerId);
      expect(first).toMatchObject({ email_status: "pending", email_attempts: 1 });
      expect(first.email_error).toMatch(/451/);
      expect(first.email_next_attempt_at! > first.email_last_attempt_at!).toBe(true);
      expect((await outboxOf(offerId)).status).toBe("pending");
      expect(offersToOwner()).toBe(1);

      // Before the backoff has run nothing is tried; once it has, the next tick delivers it.
      await runDueWork(ctx, at(first.email_last_attempt_at!, 0.5));
      expect(offersToOwner()).toBe(1);
      await runDueWork(ctx, new Date(first.email_next_attempt_at!));
      expect(deliveredOf(first.id)).toHaveLength(1);
      expect(await notificationOf(offerId)).toMatchObject({
        email_status: "sent",
        email_attempts: 2,
        email_next_attempt_at: null,
        email_error: null,
      });
      expect(await outboxOf(offerId)).toEqual({ status: "sent", error: null });
      await runDueWork(ctx, at(first.email_next_attempt_at!, 60));
      expect(deliveredOf(first.id)).toHaveLength(1);
      expect(offersToOwner()).toBe(2);

      // A 5xx refusal is recorded with its error and never tried again.
      smtp.refuse(ownerEmail, [550]);
      const refusedId = await declinedOffer();
      const refused = await notificationOf(refusedId);
      expect(refused).toMatchObject({ email_status: "failed", email_attempts: 1, email_next_attempt_at: null });
      expect(refused.email_error).toMatch(/550/);
      expect(await outboxOf(refusedId)).toEqual({ status: "failed", error: refused.email_error });
      const offered = offersToOwner();
      await runDueWork(ctx, at(refused.email_last_attempt_at!, 60));
      expect(offersToOwner()).toBe(offered);
      expect(deliveredOf(refused.id)).toHaveLength(0);
      expect((await notificationOf(refusedId)).email_status).toBe("failed");
    },
    60_000,
  );

  it.skipIf(skip)(
    "an e-mail left sending by a process that died is taken back after the lease by one of two processes, sent once",
    async () => {
      const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id as string;
      const draft = await owner.post("/api/v1/invoices", {
        clientId,
        paymentDays: 0,
        lines: [{ description: "Intégration", quantityMilli: 1000, unitPrice: 100_000 }],
      });
      expect(draft.status, JSON.stringify(draft.body)).toBe(201);
      const invoiceId = draft.body.invoice.id as string;
      expect((await owner.post(`/api/v1/invoices/${invoiceId}/issue`, {})).status).toBe(200);

      // A process tells the owner of the overdue invoice and dies waiting for the server's answer to the message.
      const overdueAt = new Date(TEST_START.getTime() + DAY + 3_600_000).toISOString();
      const held = smtp.hold(ownerEmail);
      const dying = await startWorker(env());
      const ticked = dying.tick(overdueAt);
      await held;
      dying.child.kill("SIGKILL");
      expect(await ticked).toMatchObject({ type: "exit" });
      const left = await notificationOf(invoiceId);
      expect(left).toMatchObject({ email_status: "sending", email_attempts: 1, email_last_attempt_at: overdueAt });
      expect(deliveredOf(left.id)).toHaveLength(0);

      // Within the lease it is left alone; after it, two processes ticking together deliver it once.
      await runDueWork(ctx, at(overdueAt, 5));
      expect((await notificationOf(invoiceId)).email_status).toBe("sending");
      const workers = await Promise.all([startWorker(env()), startWorker(env())]);
      try {
        const later = at(overdueAt, 11).toISOString();
        await Promise.all(workers.map((w) => w.tick(later)));
        await Promise.all(workers.map((w) => w.tick(at(overdueAt, 60).toISOString())));
      } finally {
        await Promise.all(workers.map((w) => w.stop()));
      }
      expect(deliveredOf(left.id)).toHaveLength(1);
      expect(await notificationOf(invoiceId)).toMatchObject({ email_status: "sent", email_attempts: 2 });
      expect(await outboxOf(invoiceId)).toEqual({ status: "sent", error: null });
    },
    60_000,
  );
});
