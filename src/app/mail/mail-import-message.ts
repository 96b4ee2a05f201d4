/**
 * An e-mail's source as Mandat keeps it: its text (the text part, else the HTML part converted to text), subject,
 * sender, date, the names of its attachments, and the key that makes it importable once (its Message-ID, else the
 * SHA-256 of its source).
 */
import { createHash } from "node:crypto";
import { fieldError } from "../../domain/errors.ts";
import type { MailAttachment } from "../../store/mailbox-store.ts";

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

/**
 * A structural fault mailparser reads past in silence (it then finds no text): a multipart body without a boundary,
 * or whose boundary never appears, or a base64 body that is not base64. Only the top level is checked.
 */
export function mimeDefect(source: Buffer): string | null {
  const text = source.toString("latin1");
  const end = text.search(/\r?\n\r?\n/);
  const head = (end < 0 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const body = end < 0 ? "" : text.slice(end).trim();
  const header = (name: string) => head.match(new RegExp(`^${name}:[ \\t]*(.*)$`, "im"))?.[1]?.trim() ?? "";
  const type = header("content-type");
  if (/^multipart\//i.test(type)) {
    const boundary = type.match(/boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i);
    const value = boundary?.[1] ?? boundary?.[2];
    if (!value) return "a multipart message without a boundary";
    if (!body.includes(`--${value}`)) return "the parts' boundary never appears in the message";
  }
  if (/^base64$/i.test(header("content-transfer-encoding")) && /[^A-Za-z0-9+/=\s]/.test(body)) {
    return "a base64 body that is not base64";
  }
  return null;
}

/** `arrivedAt`: when the server received it (ISO), for a message without a usable Date header. */
export async function readMailMessage(
  source: Buffer,
  arrivedAt: string,
): Promise<ParsedMailMessage & { problem: "no_text" | "broken_mime" | null; problemDetail: string | null }> {
  // mailparser is loaded on the first message parsed, not when the server starts. It reads anything, never throws.
  const { simpleParser } = await import("mailparser");
  const parsed = await simpleParser(source, { skipImageLinks: true });
  const text = (parsed.text ?? "").replace(/\r\n/g, "\n").trim();
  const defect = text ? null : mimeDefect(source);
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
    problem: text ? null : defect ? "broken_mime" : "no_text",
    problemDetail: defect,
  };
}

/** The message as a list to import: one that cannot be read or has no text is refused naming `uid`. */
export async function parseMailMessage(source: Buffer, arrivedAt: string): Promise<ParsedMailMessage> {
  const { problem, problemDetail, ...read } = await readMailMessage(source, arrivedAt);
  if (problem === "broken_mime")
    throw fieldError("uid", "broken_message", `this message cannot be read (${problemDetail})`);
  if (problem === "no_text") throw fieldError("uid", "no_text", "this message has no text to split into requests");
  return read;
}

/** The attachments of a message's source, in the order {@link readMailMessage} lists them, with their bytes. */
export async function readMailAttachments(source: Buffer): Promise<{ bytes: Uint8Array; filename: string }[]> {
  const { simpleParser } = await import("mailparser");
  const parsed = await simpleParser(source, { skipImageLinks: true });
  return parsed.attachments.map((a) => ({ bytes: new Uint8Array(a.content), filename: a.filename ?? "" }));
}
