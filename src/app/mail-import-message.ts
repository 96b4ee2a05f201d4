/**
 * An e-mail's source as Mandat keeps it: its text (the text part, else the HTML part converted to text), subject,
 * sender, date, the names of its attachments, and the key that makes it importable once (its Message-ID, else the
 * SHA-256 of its source).
 */
import { createHash } from "node:crypto";
import type { simpleParser } from "mailparser";
import { fieldError } from "../domain/errors.ts";
import type { MailAttachment } from "../store/mailbox-store.ts";

export interface ParsedMailMessage {
  messageKey: string;
  messageId: string | null;
  subject: string;
  /** `Julie Bergeron <julie@boreale.demo>`, or the bare address. */
  sender: string;
  senderAddress: string;
  /** When the sender sent it (Date header), ISO; null without a usable header. */
  sentAt: string | null;
  /** The calendar day it was received, as the sender's clock showed it (the Date header's own offset). */
  receivedOn: string;
  text: string;
  attachments: MailAttachment[];
}

/** `Fri, 20 Nov 2026 21:00:00 -0500` → the day in that offset: 2026-11-20 (not the UTC 21st). */
export function dayInOwnOffset(sentAt: Date, dateHeaderLine: string | undefined): string {
  const offset = dateHeaderLine?.match(/([+-])(\d{2})(\d{2})\s*(?:\([^)]*\)\s*)?$/);
  const minutes = offset ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  return new Date(sentAt.getTime() + minutes * 60_000).toISOString().slice(0, 10);
}

/** `arrivedAt`: when the server received it (ISO), for a message without a usable Date header. */
export async function parseMailMessage(source: Buffer, arrivedAt: string): Promise<ParsedMailMessage> {
  let parsed: Awaited<ReturnType<typeof simpleParser>>;
  try {
    // mailparser is loaded on the first message parsed, not when the server starts.
    const { simpleParser: parse } = await import("mailparser");
    parsed = await parse(source, { skipImageLinks: true });
  } catch {
    throw fieldError("uid", "broken_message", "this message cannot be read (broken MIME structure)");
  }
  const text = (parsed.text ?? "").replace(/\r\n/g, "\n").trim();
  if (!text) throw fieldError("uid", "no_text", "this message has no text to split into requests");
  const from = parsed.from?.value[0];
  const address = from?.address ?? "";
  const sender = from?.name ? `${from.name} <${address}>` : address;
  const sentAt = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : undefined;
  const dateLine = parsed.headerLines.find((h) => h.key === "date")?.line;
  const receivedOn = sentAt ? dayInOwnOffset(sentAt, dateLine) : arrivedAt.slice(0, 10);
  const messageId = parsed.messageId?.trim() || null;
  return {
    messageKey: messageId ?? `sha256:${createHash("sha256").update(source).digest("hex")}`,
    messageId,
    subject: (parsed.subject ?? "").slice(0, 500),
    sender: sender.slice(0, 500),
    senderAddress: address.toLowerCase(),
    sentAt: sentAt ? sentAt.toISOString() : null,
    receivedOn,
    text,
    attachments: parsed.attachments.map((a) => ({
      filename: a.filename ?? "",
      contentType: a.contentType,
      size: a.size,
    })),
  };
}
