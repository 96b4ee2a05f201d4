/** Sending an offer with SMTP configured delivers the portal link to a real SMTP peer. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../src/app/shared/context.ts";
import { createHttpApp } from "../../src/http/app.ts";
import { createMailer } from "../../src/mail/mailer.ts";
import { createTestDatabase, type TestDatabase, testConfig } from "../support/engines.ts";
import { buildClient, buildOffer, buildSignUp, TestClient } from "../support/http-client.ts";
import { mailText, startSmtpPeer } from "../support/smtp-peer.ts";

describe("offer e-mail over SMTP", () => {
  let db: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let client: TestClient;
  let mailer: ReturnType<typeof createMailer>;
  beforeAll(async () => {
    smtp = await startSmtpPeer();
    db = await createTestDatabase("sqlite");
    const config = testConfig(db.dataDir, { SMTP_URL: smtp.url, SMTP_FROM: "Collectif WEB <bonjour@collectif.test>" });
    mailer = createMailer(config.smtpUrl, config.smtpFrom);
    const ctx = createContext({ db: db.store.db, engine: db.engine, config, secret: config.sessionSecret!, mailer });
    client = new TestClient(createHttpApp(ctx));
    await client.post("/api/v1/auth/signup", buildSignUp());
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
    await db?.drop();
  });

  it("delivers the offer e-mail in the client's language with its portal link", async () => {
    const c = (
      await client.post(
        "/api/v1/clients",
        buildClient({ contacts: [{ name: "Julie Bergeron", email: "julie@agence.test" }] }),
      )
    ).body;
    const offer = (await client.post("/api/v1/offers", buildOffer(c.id))).body;
    const sent = await client.post(`/api/v1/offers/${offer.id}/send`);
    expect(sent.status).toBe(200);
    expect(sent.body.message.status).toBe("sent");
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(["julie@agence.test"]);
    expect(mail.from).toBe("bonjour@collectif.test");
    const text = mailText(mail.raw);
    expect(text).toContain("Bonjour Julie Bergeron");
    expect(text).toContain(sent.body.portalUrl);
    expect(text).toContain("Intégration de contenu");
    expect(mail.raw).toMatch(/Subject: .*OFF-\d{4}-\d{4}/);
  });

  it("records a delivery failure on the message instead of failing the send", async () => {
    await smtp.close();
    const c = (
      await client.post("/api/v1/clients", buildClient({ contacts: [{ name: "Marc", email: "marc@agence.test" }] }))
    ).body;
    const offer = (await client.post("/api/v1/offers", buildOffer(c.id))).body;
    const sent = await client.post(`/api/v1/offers/${offer.id}/send`);
    expect(sent.status).toBe(200);
    expect(sent.body.offer.status).toBe("sent");
    expect(sent.body.message.status).toBe("failed");
    const row = await db.store.db
      .selectFrom("outbox")
      .select(["status", "error"])
      .where("id", "=", sent.body.message.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("failed");
    expect(row.error).toBeTruthy();
  });
});
