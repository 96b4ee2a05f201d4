/**
 * Resetting a forgotten password by e-mail, with a real SMTP peer: the same answer for an unknown e-mail, a link that
 * works once and not after 30 minutes, the outbox never keeping it, a weak password refused, every session ended.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../src/http/app.ts";
import type { Mailer } from "../../src/mail/mailer.ts";
import { TEST_START } from "../support/clock.ts";
import { createTestDatabase, engines, mailingTestContext, type TestDatabase } from "../support/engines.ts";
import { buildSignUp, TestClient } from "../support/http-client.ts";
import { mailText, startSmtpPeer } from "../support/smtp-peer.ts";

describe.each(engines())("password reset by e-mail on $engine", ({ engine, skip }) => {
  let db: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let mailer: Mailer | undefined;
  let app: ReturnType<typeof createHttpApp>;
  let clock = TEST_START.getTime();
  beforeAll(async () => {
    if (skip) return;
    smtp = await startSmtpPeer();
    db = await createTestDatabase(engine);
    const mailing = mailingTestContext(
      db,
      { SMTP_URL: smtp.url, SMTP_FROM: "Mandat <mandat@studio.test>" },
      () => new Date(clock),
    );
    mailer = mailing.mailer;
    const ctx = mailing.ctx;
    app = createHttpApp(ctx);
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
    await db?.drop();
  });

  /** The reset link of the n-th message received, once it has arrived. */
  async function linkOf(n: number): Promise<string> {
    await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBeGreaterThan(n);
    const text = mailText(smtp.received[n]!.raw);
    const link = /http:\/\/mandat\.test\/login\?reset=([A-Za-z0-9_-]{43})/.exec(text);
    expect(link, text).not.toBeNull();
    return link![1]!;
  }

  it.skipIf(skip)("sends a single-use link and sets a strong password with it, ending every session", async () => {
    const data = buildSignUp();
    const signedIn = new TestClient(app);
    await signedIn.post("/api/v1/auth/signup", data);
    const anyone = new TestClient(app);
    const before = smtp.received.length;

    const unknown = await anyone.post("/api/v1/auth/password-reset", { email: "nobody@studio.test" });
    const known = await anyone.post("/api/v1/auth/password-reset", { email: data.email.toUpperCase() });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    const token = await linkOf(before);
    expect(smtp.received[before]!.to).toEqual([data.email]);
    expect(smtp.received.length).toBe(before + 1);

    // The outbox records the sending, never the link.
    const outbox = await signedIn.get("/api/v1/outbox");
    const sent = outbox.body.items.find((m: { kind: string }) => m.kind === "password_reset");
    expect(sent.to).toBe(data.email);
    expect(JSON.stringify(outbox.body)).not.toContain(token);
    await expect.poll(async () => (await signedIn.get("/api/v1/outbox")).body.items[0].status).toBe("sent");

    const weak = await anyone.post("/api/v1/auth/password-reset/complete", { token, password: "password1234" });
    expect(weak.status).toBe(400);
    expect(weak.body.fields[0]).toMatchObject({ path: "password", issue: "weak_password" });

    const done = await anyone.post("/api/v1/auth/password-reset/complete", {
      token,
      password: "sept lapins sous la lune",
    });
    expect(done.status).toBe(204);
    expect((await signedIn.get("/api/v1/me")).status).toBe(401);
    const again = await anyone.post("/api/v1/auth/password-reset/complete", {
      token,
      password: "huit lapins sous la lune",
    });
    expect(again.status).toBe(404);
    expect(
      (await new TestClient(app).post("/api/v1/auth/login", { email: data.email, password: data.password })).status,
    ).toBe(401);
    const back = new TestClient(app);
    expect(
      (await back.post("/api/v1/auth/login", { email: data.email, password: "sept lapins sous la lune" })).status,
    ).toBe(200);
    const audit = await back.get("/api/v1/audit?entity=user");
    expect(audit.body.items[0].action).toBe("user.password_reset");
    expect(JSON.stringify(audit.body)).not.toContain("lapins");
  });

  it.skipIf(skip)("a link expires after 30 minutes, and at most 3 are sent an hour", async () => {
    const data = buildSignUp();
    await new TestClient(app).post("/api/v1/auth/signup", data);
    const anyone = new TestClient(app);
    const before = smtp.received.length;
    await anyone.post("/api/v1/auth/password-reset", { email: data.email });
    const token = await linkOf(before);
    clock += 31 * 60_000;
    const late = await anyone.post("/api/v1/auth/password-reset/complete", {
      token,
      password: "sept lapins sous la lune",
    });
    expect(late.status).toBe(404);
    await anyone.post("/api/v1/auth/password-reset", { email: data.email });
    await anyone.post("/api/v1/auth/password-reset", { email: data.email });
    await linkOf(before + 2);
    expect((await anyone.post("/api/v1/auth/password-reset", { email: data.email })).status).toBe(202);
    await new Promise((resolve) => setImmediate(resolve));
    const rows = await db.store.db.selectFrom("password_resets").select("id").execute();
    expect(rows.length).toBe(4); // 1 from the first test, 3 here: the fourth request sent nothing
    expect(smtp.received.length).toBe(before + 3);
    clock += 60 * 60_000;
  });
});
