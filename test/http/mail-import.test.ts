/**
 * Lists received by e-mail: a real Dovecot (started by the test, on its own port and directory) holds the founding
 * story's lists; the workspace connects to it over IMAP, sees the recent messages and imports one as a round, once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRST_LIST, SECOND_LIST } from "../../src/app/demo/founding-story-rounds.ts";
import { type Dovecot, dovecotAvailable, freePort, rawMessage, startDovecot } from "../support/dovecot.ts";
import { engines } from "../support/engines.ts";
import type { TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { signedMandate } from "../support/scope-fixture.ts";

const hasDovecot = dovecotAvailable();

type Message = {
  uid: number;
  messageId: string | null;
  subject: string;
  from: { name: string; address: string } | null;
  date: string | null;
  attachments: { filename: string }[];
  clientMatch: string | null;
  imported: { roundId: string } | null;
};

describe.each(engines())("mailbox import over IMAP on $engine", ({ engine, skip }) => {
  const off = skip || !hasDovecot;
  let fx: HttpFixture;
  let owner: TestClient;
  let dovecot: Dovecot;
  let mandateId: string;
  let julie: string;
  const uids: Record<string, number> = {};

  beforeAll(async () => {
    if (off) return;
    dovecot = await startDovecot();
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    const m = await signedMandate(fx, owner);
    mandateId = m.mandateId;
    julie = (await owner.get(`/api/v1/clients/${m.clientId}`)).body.contacts[0].email;
    // Monday 23 November, 21:30 in Québec: already the 24th in UTC; the round is received on the 23rd.
    uids.first = await dovecot.append(
      rawMessage({
        from: `Julie Bergeron <${julie}>`,
        to: "alexandre@collectif-web.demo",
        subject: "La moitié manque",
        date: "Mon, 23 Nov 2026 21:30:00 -0500",
        text: FIRST_LIST,
        messageId: "<first-list@boreale.demo>",
        attachments: [{ filename: "captures-iphone.pdf", contentType: "application/pdf", content: "%PDF-1.4 …" }],
      }),
    );
    uids.second = await dovecot.append(
      rawMessage({
        from: `Julie <${julie}>`,
        to: "alexandre@collectif-web.demo",
        subject: "Liste complète avant la mise en ligne",
        date: new Date("2026-12-07T14:00:00Z"),
        text: SECOND_LIST,
        messageId: "<second-list@boreale.demo>",
      }),
    );
    uids.noText = await dovecot.append(
      rawMessage({
        from: `Julie <${julie}>`,
        to: "alexandre@collectif-web.demo",
        subject: "Logo",
        date: new Date("2026-12-08T14:00:00Z"),
        text: "",
        messageId: "<logo-only@boreale.demo>",
        attachments: [{ filename: "logo.svg", contentType: "image/svg+xml", content: "<svg/>" }],
      }),
    );
    uids.other = await dovecot.append(
      rawMessage({
        from: "Infolettre <nouvelles@fournisseur.example>",
        to: "alexandre@collectif-web.demo",
        subject: "Nouveautés",
        date: new Date("2026-12-09T14:00:00Z"),
        text: "Nos nouveautés de décembre.",
        messageId: "<news@fournisseur.example>",
      }),
    );
  });
  afterAll(async () => {
    await fx?.close();
    await dovecot?.stop();
  });

  const put = (c: TestClient, body: unknown) => c.request("PUT", "/api/v1/mailbox", body);
  const settings = (over: Record<string, unknown> = {}) => ({
    host: dovecot.host,
    port: dovecot.port,
    security: "none",
    username: dovecot.user,
    password: dovecot.password,
    folder: "INBOX",
    ...over,
  });

  it.skipIf(off)(
    "connects the mailbox: owners only, the password required, stored encrypted, never shown",
    async () => {
      expect((await owner.get("/api/v1/mailbox")).body).toMatchObject({ configured: false });
      const noPassword = await put(owner, { ...settings(), password: undefined });
      expect(noPassword.status).toBe(400);
      expect(noPassword.body.fields[0].path).toBe("password");
      const clear = await put(owner, settings({ host: "imap.example.com" }));
      expect(clear.status).toBe(400);
      expect(clear.body.fields[0].path).toBe("security");
      const badPort = await put(owner, settings({ port: 70000 }));
      expect(badPort.status).toBe(400);
      expect(badPort.body.fields[0].path).toBe("port");
      const member = await fx.memberOf(owner, "member");
      expect((await put(member, settings())).status).toBe(403);

      const saved = await put(owner, settings());
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(saved.body).toMatchObject({
        configured: true,
        host: dovecot.host,
        port: dovecot.port,
        username: dovecot.user,
      });
      expect(JSON.stringify(saved.body)).not.toContain(dovecot.password);
      expect(JSON.stringify((await owner.get("/api/v1/mailbox")).body)).not.toContain(dovecot.password);
      const row = await fx.db.store.db.selectFrom("mailboxes").selectAll().executeTakeFirstOrThrow();
      expect(row.password_enc).not.toContain(dovecot.password);
      expect(row.password_enc).not.toContain(Buffer.from(dovecot.password).toString("base64url"));
      // Saving again without a password keeps the stored one.
      expect((await put(owner, { ...settings(), password: undefined })).status).toBe(200);
      const folders = await owner.get("/api/v1/mailbox/folders");
      expect(folders.status, JSON.stringify(folders.body)).toBe(200);
      expect(folders.body.items.map((f: { path: string }) => f.path)).toContain("INBOX");
    },
  );

  it.skipIf(off)("lists the recent messages, newest first, the client's marked, without reading them", async () => {
    const res = await owner.get(`/api/v1/mailbox/messages?mandateId=${mandateId}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const items = res.body.items as Message[];
    expect(items.map((m) => m.uid)).toEqual([uids.other, uids.noText, uids.second, uids.first]);
    const first = items.find((m) => m.uid === uids.first)!;
    expect(first).toMatchObject({
      messageId: "<first-list@boreale.demo>",
      subject: "La moitié manque",
      from: { name: "Julie Bergeron", address: julie },
      date: "2026-11-24T02:30:00.000Z",
      clientMatch: "address",
      imported: null,
    });
    expect(first.attachments.map((a) => a.filename)).toEqual(["captures-iphone.pdf"]);
    expect(items.find((m) => m.uid === uids.other)!.clientMatch).toBeNull();
    const limited = await owner.get("/api/v1/mailbox/messages?limit=2");
    expect(limited.body.items.map((m: Message) => m.uid)).toEqual([uids.other, uids.noText]);
    const viewer = await fx.memberOf(owner, "viewer");
    expect((await viewer.get("/api/v1/mailbox/messages")).status).toBe(403);
    const unknown = await owner.get("/api/v1/mailbox/messages?folder=Nulle-part");
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields[0].path).toBe("folder");
  });

  it.skipIf(off)(
    "imports a message as a round once: its text split, its day, its attachments; again → 409 naming the round",
    async () => {
      const res = await owner.post(`/api/v1/mandates/${mandateId}/rounds/from-mailbox`, { uid: uids.first });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.round.receivedOn).toBe("2026-11-23");
      const texts = (res.body.claims as { text: string }[]).map((c) => c.text);
      // The eight numbered requests, in order; the greeting, the closing and the signature are not claims.
      expect(texts).toEqual(
        FIRST_LIST.split("\n")
          .filter((l) => /^\d\. /.test(l))
          .map((l) => l.slice(3)),
      );
      expect(texts.join("\n")).not.toMatch(/Julie|Gestionnaire|Bonjour|Merci/);
      expect(res.body.message).toMatchObject({
        messageId: "<first-list@boreale.demo>",
        subject: "La moitié manque",
        sender: `Julie Bergeron <${julie}>`,
        attachments: [{ filename: "captures-iphone.pdf", contentType: "application/pdf" }],
      });
      const roundId = res.body.round.id as string;
      expect((await owner.get(`/api/v1/rounds/${roundId}`)).body.round.text).toContain("Intégrer la boutique Shopify");
      const source = (await owner.get(`/api/v1/rounds/${roundId}/mail`)).body.mail;
      expect(source).toMatchObject({
        messageId: "<first-list@boreale.demo>",
        subject: "La moitié manque",
        sentAt: "2026-11-24T02:30:00.000Z",
        attachments: [{ filename: "captures-iphone.pdf" }],
      });

      const again = await owner.post(`/api/v1/mandates/${mandateId}/rounds/from-mailbox`, { uid: uids.first });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: "conflict", roundId });
      expect(again.body.detail).toContain(roundId);
      const listed = (await owner.get("/api/v1/mailbox/messages")).body.items as Message[];
      expect(listed.find((m) => m.uid === uids.first)!.imported).toMatchObject({ roundId });
      expect((await owner.get(`/api/v1/mandates/${mandateId}/rounds`)).body.items).toHaveLength(1);
      // Listed and imported, yet left unread for the people who read the mailbox.
      expect(await dovecot.flags(uids.first!)).not.toContain("\\Seen");
    },
  );

  it.skipIf(off)("two imports of the same message at once: one round, the other answered 409 naming it", async () => {
    const [a, b] = await Promise.all([
      owner.post(`/api/v1/mandates/${mandateId}/rounds/from-mailbox`, { uid: uids.second }),
      owner.post(`/api/v1/mandates/${mandateId}/rounds/from-mailbox`, { uid: uids.second }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const won = a.status === 201 ? a : b;
    const lost = a.status === 201 ? b : a;
    expect(lost.body.roundId).toBe(won.body.round.id);
    expect(won.body.round.receivedOn).toBe("2026-12-07");
    expect((await owner.get(`/api/v1/mandates/${mandateId}/rounds`)).body.items).toHaveLength(2);
  });

  it.skipIf(off)("a message without text is refused naming it; nothing is created", async () => {
    const res = await owner.post(`/api/v1/mandates/${mandateId}/rounds/from-mailbox`, { uid: uids.noText });
    expect(res.status).toBe(400);
    expect(res.body.fields[0]).toMatchObject({ path: "uid", issue: "no_text" });
    const gone = await owner.post(`/api/v1/mandates/${mandateId}/rounds/from-mailbox`, { uid: 9999 });
    expect(gone.status).toBe(404);
    expect((await owner.get(`/api/v1/mandates/${mandateId}/rounds`)).body.items).toHaveLength(2);
  });

  it.skipIf(off)("another workspace sees neither the mailbox nor the mandate", async () => {
    const other = await fx.owner();
    expect((await other.get("/api/v1/mailbox")).body.configured).toBe(false);
    expect((await other.get("/api/v1/mailbox/messages")).status).toBe(404);
    const listed = (await owner.get("/api/v1/mailbox/messages")).body.items as Message[];
    const roundId = listed.find((m) => m.uid === uids.first)!.imported!.roundId;
    expect((await other.get(`/api/v1/rounds/${roundId}/mail`)).status).toBe(404);
    const pasted = await owner.post(`/api/v1/mandates/${mandateId}/rounds`, {
      text: SECOND_LIST,
      receivedAt: "2026-12-07",
    });
    expect((await owner.get(`/api/v1/rounds/${pasted.body.round.id}/mail`)).body).toEqual({ mail: null });
    const res = await other.post(`/api/v1/mandates/${mandateId}/rounds/from-mailbox`, { uid: uids.first });
    expect(res.status).toBe(404);
  });

  it.skipIf(off)("a refused login answers 422 and an unreachable server 502, never 500", async () => {
    expect((await put(owner, settings({ password: "pas le bon" }))).status).toBe(200);
    const refused = await owner.get("/api/v1/mailbox/messages");
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe("mail_login_refused");
    const importRefused = await owner.post(`/api/v1/mandates/${mandateId}/rounds/from-mailbox`, { uid: uids.first });
    expect(importRefused.status).toBe(422);

    // A port nobody listens on: the server is gone.
    const closed = await freePort();
    expect((await put(owner, settings({ port: closed }))).status).toBe(200);
    // Asked without the test client: its contract check counts every 5xx as a fault, and this 502 is deliberate.
    const down = await fx.app.request("/api/v1/mailbox/folders", { headers: { cookie: owner.cookie! } });
    expect(down.status).toBe(502);
    expect(await down.json()).toMatchObject({ code: "mail_server_unreachable", reason: "connection refused" });
    expect((await put(owner, settings())).status).toBe(200);
    expect((await owner.get("/api/v1/mailbox/folders")).status).toBe(200);
  });
});
