/**
 * Sending invoices to a real SMTP peer: the PDF attached (read back as text, with the payment instructions and the
 * reference to quote), the client's language, the portal link; the outbox records it; the billing contact by default,
 * chosen contacts otherwise; credit notes; without SMTP the message waits in the outbox. The portal shows the invoice
 * (amount due, payments, instructions, PDF), records its first opening for the studio, and answers every foreign,
 * expired or revoked token with the same 404.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../src/http/app.ts";
import type { Mailer } from "../../src/mail/mailer.ts";
import { collapse, pdfText } from "../fixtures/pdf/pdf-text.ts";
import { testNow } from "../support/clock.ts";
import { createTestDatabase, engines, mailingTestContext, type TestDatabase, testContext } from "../support/engines.ts";
import { buildClient, buildSignUp, TestClient } from "../support/http-client.ts";
import { mimeParts } from "../support/mime-parts.ts";
import { startSmtpPeer } from "../support/smtp-peer.ts";

const INSTRUCTIONS = {
  accountHolder: "Collectif WEB coop",
  institutionNumber: "815",
  transitNumber: "30001",
  accountNumber: "1234567",
  interacEmail: "paiement@collectif.test",
  chequePayableTo: "Collectif WEB coop",
};

describe.each(engines())("invoice sending and portal on $engine", ({ engine, skip }) => {
  let db: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let mailer: Mailer | undefined;
  let app: ReturnType<typeof createHttpApp>;
  let owner: TestClient;
  let skew = 0;

  beforeAll(async () => {
    if (skip) return;
    smtp = await startSmtpPeer();
    db = await createTestDatabase(engine);
    const mailing = mailingTestContext(
      db,
      { SMTP_URL: smtp.url, SMTP_FROM: "Collectif WEB <bonjour@collectif.test>" },
      () => new Date(testNow().getTime() + skew),
    );
    mailer = mailing.mailer;
    const ctx = mailing.ctx;
    app = createHttpApp(ctx);
    owner = new TestClient(app);
    await owner.post("/api/v1/auth/signup", buildSignUp());
    const patched = await owner.patch("/api/v1/workspace", {
      legalName: "Collectif WEB coop",
      taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001" },
      paymentInstructions: INSTRUCTIONS,
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
    await db?.drop();
  });

  async function issued(client: Record<string, unknown>) {
    const c = (await owner.post("/api/v1/clients", buildClient(client))).body;
    const draft = await owner.post("/api/v1/invoices", {
      clientId: c.id,
      lines: [{ description: "Intégration des pages", quantityMilli: 8_000, unit: "page", unitPrice: 12_500 }],
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const id = draft.body.invoice.id as string;
    const res = await owner.post(`/api/v1/invoices/${id}/issue`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { id, number: res.body.number as string, client: c };
  }

  const tokenOf = (url: string) => url.split("/portal/")[1]!;

  it.skipIf(skip)("e-mails the invoice in French to the billing contact with the PDF and the portal link", async () => {
    const { id, number } = await issued({
      language: "fr",
      contacts: [
        { name: "Marc Tremblay", email: "marc@agence.test", phone: "", role: "Directeur" },
        { name: "Louise Côté", email: "compta@agence.test", phone: "", role: "Comptabilité" },
      ],
    });
    const before = smtp.received.length;
    const sent = await owner.post(`/api/v1/invoices/${id}/send`);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.message.status).toBe("sent");
    expect(smtp.received).toHaveLength(before + 1);
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toEqual(["compta@agence.test"]);
    expect(mail.raw).toMatch(new RegExp(`Subject: .*${number}`));
    const parts = mimeParts(mail.raw);
    const text = parts.find((p) => p.contentType === "text/plain")!.text;
    expect(text).toContain("Bonjour Louise Côté");
    expect(text).toContain("Vous trouverez ci-jointe la facture");
    expect(text).toContain(sent.body.portalUrl);
    const pdf = parts.find((p) => p.contentType === "application/pdf")!;
    expect(pdf.filename).toBe(`${number}.pdf`);
    const pdfLines = collapse((await pdfText(new Uint8Array(pdf.bytes))).text);
    expect(pdfLines).toContain("Modalités de paiement");
    expect(pdfLines).toContain("Virement bancaire : institution 815, transit 30001, compte 1234567");
    expect(pdfLines).toContain("Virement Interac : paiement@collectif.test");
    expect(pdfLines).toMatch(/Référence à indiquer avec le paiement : RF\d{2} /);

    const row = await db.store.db
      .selectFrom("outbox")
      .selectAll()
      .where("id", "=", sent.body.message.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: "invoice_sent", entity: "invoice", entity_id: id, status: "sent" });
    expect(row.sent_at).toBeTruthy();
    expect(JSON.parse(row.attachments_json!)).toEqual([{ filename: `${number}.pdf`, entity: "invoice", entityId: id }]);
  });

  it.skipIf(skip)(
    "writes in English to the chosen contacts, resends, sends a credit note, lists the sendings",
    async () => {
      const { id, number, client } = await issued({
        language: "en",
        contacts: [
          { name: "Ann Lee", email: "ann@agency.test", phone: "", role: "CEO" },
          { name: "Bob Roy", email: "bob@agency.test", phone: "", role: "PM" },
          { name: "No Mail", email: "", phone: "", role: "Billing" },
        ],
      });
      const [ann, bob, nomail] = client.contacts as { id: string }[];
      const refused = await owner.post(`/api/v1/invoices/${id}/send`, { contactIds: [nomail!.id] });
      expect(refused.status).toBe(400);
      expect(refused.body.fields[0].path).toBe("contactIds");
      const sent = await owner.post(`/api/v1/invoices/${id}/send`, { contactIds: [ann!.id, bob!.id] });
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      const mail = smtp.received.at(-1)!;
      expect(mail.to).toEqual(["ann@agency.test", "bob@agency.test"]);
      const text = mimeParts(mail.raw).find((p) => p.contentType === "text/plain")!.text;
      expect(text).toContain("Hello Ann Lee, Bob Roy");
      expect(text).toContain(`Please find attached invoice ${number}`);
      const pdf = mimeParts(mail.raw).find((p) => p.contentType === "application/pdf")!;
      expect(collapse((await pdfText(new Uint8Array(pdf.bytes))).text)).toContain(
        "Bank transfer: institution 815, transit 30001, account 1234567",
      );

      const again = await owner.post(`/api/v1/invoices/${id}/send`, {});
      expect(again.status).toBe(200);
      expect(again.body.portalUrl).not.toBe(sent.body.portalUrl);
      expect(smtp.received.at(-1)!.to).toEqual(["ann@agency.test"]);

      const note = await owner.post(`/api/v1/invoices/${id}/credit-note`, {
        reason: "Discount",
        lines: [{ lineIndex: 0, amount: 10_000 }],
      });
      expect(note.status, JSON.stringify(note.body)).toBe(201);
      const noteSent = await owner.post(`/api/v1/invoices/${id}/send`, { creditNoteId: note.body.creditNote.id });
      expect(noteSent.status, JSON.stringify(noteSent.body)).toBe(200);
      const noteMail = smtp.received.at(-1)!;
      expect(noteMail.raw).toContain(`Subject: =?UTF-8?Q?Credit_note_${note.body.creditNote.number}_`);
      expect(mimeParts(noteMail.raw).find((p) => p.contentType === "application/pdf")!.filename).toBe(
        `${note.body.creditNote.number}.pdf`,
      );

      const sendings = await owner.get(`/api/v1/invoices/${id}/sendings`);
      expect(sendings.status).toBe(200);
      expect(sendings.body.messages.map((m: { kind: string }) => m.kind)).toEqual([
        "invoice_sent",
        "invoice_sent",
        "credit_note_sent",
      ]);
      expect(sendings.body.messages.every((m: { sentAt: string | null }) => m.sentAt)).toBe(true);
      expect(sendings.body.firstOpenedAt).toBeNull();
    },
  );

  it.skipIf(skip)("refuses malformed payment instructions, naming the field, and keeps the saved ones", async () => {
    const bad = await owner.patch("/api/v1/workspace", { paymentInstructions: { transitNumber: "123" } });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe("paymentInstructions.transitNumber");
    const iban = await owner.patch("/api/v1/workspace", {
      paymentInstructions: { iban: "FR76 3000 6000 0112 3456 7890 188" },
    });
    expect(iban.status).toBe(400);
    expect(iban.body.fields[0].path).toBe("paymentInstructions.iban");
    const ws = await owner.get("/api/v1/workspace");
    expect(ws.body.paymentInstructions).toMatchObject({ ...INSTRUCTIONS, iban: "" });
  });

  it.skipIf(skip)("refuses to send a draft", async () => {
    const c = (await owner.post("/api/v1/clients", buildClient())).body;
    const draft = await owner.post("/api/v1/invoices", {
      clientId: c.id,
      lines: [{ description: "X", quantityMilli: 1_000, unitPrice: 100 }],
    });
    const res = await owner.post(`/api/v1/invoices/${draft.body.invoice.id}/send`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe("invalid_state");
  });

  it.skipIf(skip)("shows the invoice in the portal, records the first opening, serves its PDF", async () => {
    const { id, number } = await issued({ language: "fr" });
    await owner.post(`/api/v1/invoices/${id}/payments`, { date: "2026-12-01", amount: 30_000, method: "transfer" });
    const sent = await owner.post(`/api/v1/invoices/${id}/send`);
    const token = tokenOf(sent.body.portalUrl);
    const visitor = new TestClient(app);
    const view = await visitor.get(`/api/v1/portal/${token}`);
    expect(view.status, JSON.stringify(view.body)).toBe(200);
    expect(view.body).toMatchObject({
      kind: "invoice",
      language: "fr",
      number,
      status: "partially_paid",
      total: 114_975,
      paid: 30_000,
      balanceDue: 84_975,
      payments: [{ date: "2026-12-01", amount: 30_000 }],
      paymentInstructions: { transitNumber: "30001", interacEmail: "paiement@collectif.test" },
    });
    expect(view.body.paymentReference).toMatch(/^RF\d{2} /);
    expect(view.body.paymentInstructionLines.at(-1)).toContain(view.body.paymentReference);
    const first = (await owner.get(`/api/v1/invoices/${id}/sendings`)).body.firstOpenedAt;
    expect(first).toBeTruthy();
    await visitor.get(`/api/v1/portal/${token}`);
    expect((await owner.get(`/api/v1/invoices/${id}/sendings`)).body.firstOpenedAt).toBe(first);
    const pdf = await app.request(`/api/v1/portal/${token}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(collapse((await pdfText(new Uint8Array(await pdf.arrayBuffer()))).text)).toContain(number);
  });

  it.skipIf(skip)("answers the same 404 for a foreign, unknown, expired or revoked token", async () => {
    const { id } = await issued({ language: "fr" });
    const visitor = new TestClient(app);
    const revokedToken = tokenOf((await owner.post(`/api/v1/invoices/${id}/send`)).body.portalUrl);
    expect((await visitor.get(`/api/v1/portal/${revokedToken}`)).status).toBe(200);
    expect((await owner.post(`/api/v1/invoices/${id}/revoke-links`)).body.revoked).toBeGreaterThanOrEqual(1);
    const liveToken = tokenOf((await owner.post(`/api/v1/invoices/${id}/send`)).body.portalUrl);

    // another studio's invoice: its link opens only its own invoice, never this one's PDF or credit notes
    const other = new TestClient(app);
    await other.post("/api/v1/auth/signup", buildSignUp());
    const oc = (await other.post("/api/v1/clients", buildClient())).body;
    const od = await other.post("/api/v1/invoices", {
      clientId: oc.id,
      lines: [{ description: "Y", quantityMilli: 1_000, unitPrice: 5_000 }],
    });
    await other.post(`/api/v1/invoices/${od.body.invoice.id}/issue`, {});
    const foreignId = od.body.invoice.id as string;
    const foreign = await owner.post(`/api/v1/invoices/${foreignId}/send`);
    expect(foreign.status).toBe(404);

    const unknown = "A".repeat(43);
    const answers = [
      await visitor.get(`/api/v1/portal/${unknown}`),
      await visitor.get(`/api/v1/portal/${revokedToken}`),
      await visitor.get(`/api/v1/portal/${revokedToken.slice(0, -1)}x`),
    ];
    const pdfAnswers = [
      await app.request(`/api/v1/portal/${revokedToken}/pdf`),
      await app.request(`/api/v1/portal/${liveToken}/pdf?creditNote=${foreignId}`),
    ];
    skew = 61 * 86_400_000; // past the link's 60 days
    answers.push(await visitor.get(`/api/v1/portal/${liveToken}`));
    skew = 0;
    for (const a of answers) {
      expect(a.status).toBe(404);
      expect(a.body).toEqual(answers[0]!.body);
    }
    for (const p of pdfAnswers) {
      expect(p.status).toBe(404);
      expect(await p.json()).toEqual(answers[0]!.body);
    }
    expect((await visitor.get(`/api/v1/portal/${liveToken}`)).status).toBe(200);
  });
});

describe("invoice sending without SMTP", () => {
  let db: TestDatabase;
  afterAll(async () => {
    await db?.drop();
  });
  it("keeps the message in the outbox for the user", async () => {
    db = await createTestDatabase("sqlite");
    const ctx = testContext(db);
    const owner = new TestClient(createHttpApp(ctx));
    await owner.post("/api/v1/auth/signup", buildSignUp());
    const c = (await owner.post("/api/v1/clients", buildClient())).body;
    const draft = await owner.post("/api/v1/invoices", {
      clientId: c.id,
      lines: [{ description: "X", quantityMilli: 1_000, unitPrice: 10_000 }],
    });
    await owner.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, {});
    const sent = await owner.post(`/api/v1/invoices/${draft.body.invoice.id}/send`);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.message).toMatchObject({ status: "kept", sentAt: null, kind: "invoice_sent" });
    const outbox = await owner.get("/api/v1/outbox");
    expect(outbox.body.items[0].id).toBe(sent.body.message.id);
  });
});
