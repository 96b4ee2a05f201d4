/** A real SMTP server (the smtp-server package) on loopback that keeps what it receives, for e-mail tests. */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface SmtpPeer {
  url: string;
  received: ReceivedMail[];
  /** Every recipient offered (RCPT TO), accepted or not, in order: one per delivery attempt. */
  offered: string[];
  /** The next RCPT TO for `address` are answered with these codes, one each (4xx transient, 5xx permanent). */
  refuse(address: string, codes: number[]): void;
  /**
   * The next message to `address` is read to its end and never answered (nor kept), as a server is when the sending
   * process dies waiting for its reply; resolves once the message is read.
   */
  hold(address: string): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpPeer(): Promise<SmtpPeer> {
  const received: ReceivedMail[] = [];
  const offered: string[] = [];
  const refusals = new Map<string, number[]>();
  const holds = new Map<string, () => void>();
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      offered.push(address.address);
      const code = refusals.get(address.address)?.shift();
      if (code === undefined) return callback();
      callback(Object.assign(new Error(`${code} refused by the test peer`), { responseCode: code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      const to = session.envelope.rcptTo.map((r) => r.address);
      const held = to.map((a) => holds.get(a)).find((h) => h !== undefined);
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (held) {
          for (const a of to) holds.delete(a);
          held(); // read, never answered: the sender cannot know whether it was accepted
          return;
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to,
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    offered,
    refuse: (address, codes) => refusals.set(address, [...codes]),
    hold: (address) => new Promise<void>((resolve) => holds.set(address, resolve)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The decoded text body of a received message (quoted-printable or base64 parts decoded). */
export function mailText(raw: string): string {
  const [, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  if (/Content-Transfer-Encoding: base64/i.test(raw))
    return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/Content-Transfer-Encoding: quoted-printable/i.test(raw)) {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}
