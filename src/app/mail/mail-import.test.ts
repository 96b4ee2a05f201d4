/** The pure parts of importing lists by e-mail: the password at rest, the day a message was sent, loopback hosts. */
import { describe, expect, it } from "vitest";
import { DomainError } from "../../domain/errors.ts";
import { isLoopbackHost } from "./mail-import.ts";
import { decryptMailboxPassword, encryptMailboxPassword } from "./mail-import-credentials.ts";
import { dayInOwnOffset, parseMailMessage } from "./mail-import-message.ts";

const SECRET = "test-secret-test-secret-test-secret-0123";

describe("the mailbox password at rest", () => {
  it("reads back what was stored, never stores it in clear, and differs each time", () => {
    const a = encryptMailboxPassword(SECRET, "mot de passe de Julie");
    const b = encryptMailboxPassword(SECRET, "mot de passe de Julie");
    expect(a).not.toBe(b);
    expect(a).not.toContain("Julie");
    expect(decryptMailboxPassword(SECRET, a)).toBe("mot de passe de Julie");
  });

  it("refuses a tampered value or another secret with a clear error, not a crash", () => {
    const stored = encryptMailboxPassword(SECRET, "secret");
    const [v, iv, tag, body] = stored.split(".");
    const flipped = `${v}.${iv}.${tag}.${Buffer.from(Buffer.from(body!, "base64url").map((x) => x ^ 1)).toString("base64url")}`;
    for (const bad of [flipped, "garbage", encryptMailboxPassword("another-secret-another-secret-000000", "secret")]) {
      expect(() => decryptMailboxPassword(SECRET, bad)).toThrow(DomainError);
    }
  });
});

describe("the day a message was received", () => {
  it("is the day on the sender's clock, from the Date header's own offset", () => {
    const at = new Date("2026-11-24T02:30:00Z");
    expect(dayInOwnOffset(at, "Date: Mon, 23 Nov 2026 21:30:00 -0500")).toBe("2026-11-23");
    expect(dayInOwnOffset(at, "Date: Tue, 24 Nov 2026 03:30:00 +0100 (CET)")).toBe("2026-11-24");
    expect(dayInOwnOffset(at, undefined)).toBe("2026-11-24");
  });

  it("falls back to the server's arrival time without a Date header; keeps Message-ID or hashes the source", async () => {
    const source = Buffer.from("From: julie@boreale.demo\r\nSubject: Liste\r\n\r\n1. Un\r\n2. Deux\r\n");
    const parsed = await parseMailMessage(source, "2026-12-01T10:00:00.000Z");
    expect(parsed).toMatchObject({ receivedOn: "2026-12-01", sentAt: null, messageId: null, subject: "Liste" });
    expect(parsed.messageKey).toMatch(/^sha256:[0-9a-f]{64}$/);
    const html = Buffer.from(
      "From: Julie <julie@boreale.demo>\r\nMessage-ID: <a@b>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Bonjour,</p><ol><li>Ajouter un blogue</li></ol>",
    );
    const fromHtml = await parseMailMessage(html, "2026-12-01T10:00:00.000Z");
    expect(fromHtml.messageKey).toBe("<a@b>");
    expect(fromHtml.text).toContain("Ajouter un blogue");
    expect(fromHtml.sender).toBe("Julie <julie@boreale.demo>");
  });
});

describe("hosts that may be spoken to without TLS", () => {
  it("are this machine only", () => {
    for (const h of ["127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"]) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ["imap.example.test", "10.0.0.1", "127.example.test", "::ffff:10.0.0.1"])
      expect(isLoopbackHost(h), h).toBe(false);
  });
});
