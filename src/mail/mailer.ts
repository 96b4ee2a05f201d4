/**
 * Outgoing e-mail through nodemailer over SMTP (`SMTP_URL`, e.g. `smtp://user:pass@host:587`), loaded with the first
 * message sent: a server that sends none (no SMTP configured, or none due yet) starts without it.
 */
import type { Transporter } from "nodemailer";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: Uint8Array; contentType: string }[];
  /** The Message-ID header (without brackets); nodemailer makes one up when absent. */
  messageId?: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** A mailer for the configured SMTP server, or undefined when none is configured (messages stay in the outbox). */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer | undefined {
  if (!smtpUrl) return undefined;
  let transport: Promise<Transporter> | undefined;
  const open = () => {
    transport ??= import("nodemailer").then((m) => m.default.createTransport(smtpUrl));
    return transport;
  };
  return {
    async send(mail) {
      await (await open()).sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.messageId ? { messageId: `<${mail.messageId}>` } : {}),
        attachments: mail.attachments?.map((a) => ({
          filename: a.filename,
          content: Buffer.from(a.content),
          contentType: a.contentType,
        })),
      });
    },
    close: () => void transport?.then((t) => t.close()).catch(() => undefined),
  };
}
