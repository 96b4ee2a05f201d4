/**
 * The server polls the mailbox by itself: a real Dovecot holds the client's lists and a few broken messages; the
 * scheduler's work runs at the app's clock in two "processes" at once (two connections to one database), then again
 * after a restart. Each message is kept exactly once, broken ones with their reason, a failing mailbox records its
 * error without stopping the others, and a kept list becomes a round in one action.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRST_LIST, SECOND_LIST } from "../../src/app/demo/founding-story-rounds.ts";
import { pollMailbox } from "../../src/app/mail/poll-mailboxes.ts";
import type { AppContext } from "../../src/app/shared/context.ts";
import { runDueWork } from "../../src/app/shared/scheduler.ts";
import { openDatabase, type Store } from "../../src/store/open-database.ts";
import { testNow } from "../support/clock.ts";
import { type Dovecot, dovecotAvailable, freePort, rawMessage, startDovecot } from "../support/dovecot.ts";
import { engines } from "../support/engines.ts";
import type { TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { signedMandate } from "../support/scope-fixture.ts";

const hasDovecot = dovecotAvailable();
const LIMIT = 64 * 1024;
const options = { mailboxes: { maxMessageBytes: LIMIT } };

type Received = {
  id: string;
  subject: string;
  problem: string | null;
  problemDetail: string | null;
  attachments: { filename: string }[];
  client: { id: string; match: string } | null;
  mandate: { id: string } | null;
  imported: { roundId: string } | null;
};

describe.each(engines())("the mailbox polled by the server on $engine", ({ engine, skip }) => {
  const off = skip || !hasDovecot;
  let fx: HttpFixture;
  let owner: TestClient & { workspaceId: string };
  let refused: TestClient;
  let down: TestClient;
  let dovecot: Dovecot;
  let mandateId: string;
  let clientId: string;
  let julie: string;
  let second: Store | undefined;
  let other: AppContext;
  const t0 = new Date(testNow().getTime() + 3_600_000);
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

  /**
   * Another server process on the same database: its own PostgreSQL pool. better-sqlite3 blocks the thread while it
   * waits for SQLite's lock, so in one test process a second SQLite connection would wait on the first forever: there
   * the two pollers are two concurrent calls on the one connection (what the file's single writer serialises anyway).
   */
  const concurrentProcess = (): { store: Store | undefined; ctx: AppContext } => {
    if (engine !== "postgres") return { store: undefined, ctx: fx.ctx };
    const store = openDatabase(fx.db.location);
    return { store, ctx: { ...fx.ctx, db: store.db } };
  };

  const connect = (c: TestClient, over: Record<string, unknown> = {}) =>
    c.request("PUT", "/api/v1/mailbox", {
      host: dovecot.host,
      port: dovecot.port,
      security: "none",
      username: dovecot.user,
      password: dovecot.password,
      ...over,
    });
  const received = async (c: TestClient) =>
    (await c.get("/api/v1/mailbox/received?pageSize=100")).body.items as Received[];
  const rowsOf = (workspaceId: string) =>
    fx.db.store.db.selectFrom("mail_messages").select("message_key").where("workspace_id", "=", workspaceId).execute();

  beforeAll(async () => {
    if (off) return;
    dovecot = await startDovecot();
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    const m = await signedMandate(fx, owner);
    mandateId = m.mandateId;
    clientId = m.clientId;
    julie = (await owner.get(`/api/v1/clients/${clientId}`)).body.contacts[0].email;
    const mail = (over: Partial<Parameters<typeof rawMessage>[0]>) =>
      rawMessage({
        from: `Julie Bergeron <${julie}>`,
        to: "alexandre@collectif-web.demo",
        subject: "Liste",
        date: "Mon, 23 Nov 2026 21:30:00 -0500",
        text: FIRST_LIST,
        ...over,
      });
    await dovecot.append(mail({ subject: "La moitié manque", messageId: "<first@boreale.demo>" }));
    await dovecot.append(
      mail({
        subject: "Logo seulement",
        text: "",
        messageId: "<logo@boreale.demo>",
        attachments: [{ filename: "logo.svg", contentType: "image/svg+xml", content: "<svg/>" }],
      }),
    );
    // A multipart message whose parts' boundary never appears: nothing can be read from it.
    await dovecot.append(
      [
        `From: Julie <${julie}>`,
        "Subject: Message abîmé",
        "Message-ID: <broken@boreale.demo>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="jamais-vu"',
        "",
        "1. Ajouter un blogue",
        "",
      ].join("\r\n"),
    );
    await dovecot.append(
      mail({
        subject: "Maquettes en haute définition",
        text: "Voici les maquettes.",
        messageId: "<huge@boreale.demo>",
        attachments: [
          { filename: "maquettes.psd", contentType: "image/vnd.adobe.photoshop", content: "x".repeat(LIMIT) },
        ],
      }),
    );
    // A colleague of Julie's, unknown to Mandat, writes from the agency's domain; no Message-ID at all.
    await dovecot.append(
      mail({ from: `Marc Roy <marc@${julie.split("@")[1]}>`, subject: "Deux ajouts", text: SECOND_LIST }),
    );

    // Two other workspaces whose mailboxes fail: a wrong password, a server that is down.
    refused = await fx.owner();
    down = await fx.owner();
    ({ store: second, ctx: other } = concurrentProcess());
  });
  afterAll(async () => {
    await second?.close();
    await fx?.close();
    await dovecot?.stop();
  });

  it.skipIf(off)("two processes polling at once keep each message once; the failing mailboxes say why", async () => {
    expect((await connect(owner)).status).toBe(200);
    expect((await connect(refused, { password: "pas le bon" })).status).toBe(200);
    expect((await connect(down, { port: await freePort() })).status).toBe(200);

    const [a, b] = await Promise.all([runDueWork(fx.ctx, at(0), options), runDueWork(other, at(0), options)]);
    // Each mailbox was taken by exactly one of the two processes.
    expect(a.mailboxes.polled + b.mailboxes.polled).toBe(3);
    expect(a.mailboxes.failed + b.mailboxes.failed).toBe(2);
    expect(a.mailboxes.received + b.mailboxes.received).toBe(5);
    const keys = (await rowsOf(owner.workspaceId)).map((r) => r.message_key);
    expect(keys).toHaveLength(5);
    expect(new Set(keys).size).toBe(5);

    const refusedBox = (await refused.get("/api/v1/mailbox")).body;
    expect(refusedBox.lastError).toMatch(/refused the user name or password/);
    expect(refusedBox.lastErrorAt).toBe(at(0).toISOString());
    expect((await down.get("/api/v1/mailbox")).body.lastError).toMatch(/connection refused/);
    const ok = (await owner.get("/api/v1/mailbox")).body;
    expect(ok).toMatchObject({ lastError: null, polledAt: at(0).toISOString() });
    expect(await received(refused)).toEqual([]);
  });

  it.skipIf(off)("broken messages are kept and listed with their reason; lists are matched to the client", async () => {
    const items = await received(owner);
    const by = (subject: string) => items.find((m) => m.subject === subject)!;
    expect(by("La moitié manque")).toMatchObject({
      problem: null,
      client: { id: clientId, match: "address" },
      mandate: { id: mandateId },
      imported: null,
    });
    expect(by("Deux ajouts")).toMatchObject({ problem: null, client: { id: clientId, match: "domain" } });
    expect(by("Logo seulement")).toMatchObject({ problem: "no_text", attachments: [{ filename: "logo.svg" }] });
    expect(by("Message abîmé")).toMatchObject({ problem: "broken_mime" });
    expect(by("Message abîmé").problemDetail).toMatch(/boundary/);
    const huge = by("Maquettes en haute définition");
    expect(huge).toMatchObject({ problem: "too_large", attachments: [{ filename: "maquettes.psd" }] });
    const row = await fx.db.store.db
      .selectFrom("mail_messages")
      .select(["source_base64", "message_key"])
      .where("id", "=", by("La moitié manque").id)
      .executeTakeFirstOrThrow();
    // Kept as received: the source itself, byte for byte.
    expect(Buffer.from(row.source_base64!, "base64").toString()).toContain("Message-ID: <first@boreale.demo>");
    // Its attachments kept: each one downloads as it was sent, never shown inline.
    const logo = await fx.app.request(`/api/v1/mailbox/received/${by("Logo seulement").id}/attachments/0`, {
      headers: { cookie: owner.cookie! },
    });
    expect(logo.status).toBe(200);
    expect(logo.headers.get("content-type")).toBe("application/octet-stream");
    expect(logo.headers.get("content-disposition")).toBe('attachment; filename="logo.svg"');
    expect(await logo.text()).toBe("<svg/>");
    expect((await owner.get(`/api/v1/mailbox/received/${by("Logo seulement").id}/attachments/1`)).status).toBe(404);
    expect((await owner.get(`/api/v1/mailbox/received/${huge.id}/attachments/0`)).status).toBe(404);
    expect((await refused.get(`/api/v1/mailbox/received/${by("Logo seulement").id}/attachments/0`)).status).toBe(404);
    const detail = (await owner.get(`/api/v1/mailbox/received/${by("La moitié manque").id}`)).body;
    expect(detail.text).toContain("Intégrer la boutique Shopify");
  });

  it.skipIf(off)(
    "a restart and two pollers that lost their cursor import nothing twice; a new message once",
    async () => {
      // Before the interval has run, the scheduler leaves the mailbox alone.
      expect((await runDueWork(fx.ctx, at(1), options)).mailboxes.polled).toBe(0);
      // The cursor lost (as after the folder is rebuilt): both pollers read everything again at once.
      await fx.db.store.db
        .updateTable("mailboxes")
        .set({ poll_uidvalidity: null, poll_last_uid: 0 })
        .where("workspace_id", "=", owner.workspaceId)
        .execute();
      const again = await Promise.all([
        pollMailbox(fx.ctx, owner.workspaceId, options.mailboxes),
        pollMailbox(other, owner.workspaceId, options.mailboxes),
      ]);
      expect(again.map((o) => o.received)).toEqual([0, 0]);
      expect(await rowsOf(owner.workspaceId)).toHaveLength(5);

      // A restart: the second process ends, a new one opens the database; a new message arrives meanwhile.
      await second?.close();
      ({ store: second, ctx: other } = concurrentProcess());
      await dovecot.append(
        rawMessage({
          from: `Julie <${julie}>`,
          to: "alexandre@collectif-web.demo",
          subject: "Un oubli",
          date: at(2),
          text: "Bonjour,\n\n1. Ajouter un calendrier des événements\n\nMerci",
          messageId: "<oubli@boreale.demo>",
        }),
      );
      const [a, b] = await Promise.all([runDueWork(fx.ctx, at(3), options), runDueWork(other, at(3), options)]);
      expect(a.mailboxes.received + b.mailboxes.received).toBe(1);
      expect(await rowsOf(owner.workspaceId)).toHaveLength(6);
    },
  );

  it.skipIf(off)("a kept list becomes a round of the client's current mandate in one action, once", async () => {
    const first = (await received(owner)).find((m) => m.subject === "La moitié manque")!;
    const res = await owner.post(`/api/v1/mailbox/received/${first.id}/round`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.round).toMatchObject({ mandateId, receivedOn: "2026-11-23" });
    expect(res.body.claims).toHaveLength(8);
    expect(res.body.message).toMatchObject({ messageId: "<first@boreale.demo>", subject: "La moitié manque" });
    const again = await owner.post(`/api/v1/mailbox/received/${first.id}/round`, { mandateId });
    expect(again.status).toBe(409);
    expect(again.body.roundId).toBe(res.body.round.id);
    // The same message read live from the mailbox is known as imported too.
    const live = (await owner.get("/api/v1/mailbox/messages")).body.items as { subject: string; uid: number }[];
    const uid = live.find((m) => m.subject === "La moitié manque")!.uid;
    expect((await owner.post(`/api/v1/mandates/${mandateId}/rounds/from-mailbox`, { uid })).status).toBe(409);
    expect((await received(owner)).find((m) => m.id === first.id)!.imported).toMatchObject({
      roundId: res.body.round.id,
    });

    const broken = (await received(owner)).find((m) => m.subject === "Message abîmé")!;
    const refusedRound = await owner.post(`/api/v1/mailbox/received/${broken.id}/round`, {});
    expect(refusedRound.status).toBe(400);
    expect(refusedRound.body.fields[0]).toMatchObject({ path: "id", issue: "broken_mime" });
    expect((await owner.get(`/api/v1/mandates/${mandateId}/rounds`)).body.items).toHaveLength(1);
    // Another workspace reaches none of it.
    expect((await refused.get(`/api/v1/mailbox/received/${first.id}`)).status).toBe(404);
    expect((await refused.post(`/api/v1/mailbox/received/${first.id}/round`, {})).status).toBe(404);
  });

  it.skipIf(off)("a person may poll now; the repaired mailbox clears its error", async () => {
    expect((await connect(refused)).status).toBe(200);
    const now = await refused.post("/api/v1/mailbox/poll", {});
    expect(now.status, JSON.stringify(now.body)).toBe(200);
    expect(now.body).toMatchObject({ received: 6, withProblem: 3, error: null });
    expect((await refused.get("/api/v1/mailbox")).body.lastError).toBeNull();
    const viewer = await fx.memberOf(owner, "viewer");
    expect((await viewer.post("/api/v1/mailbox/poll", {})).status).toBe(403);
  });
});
