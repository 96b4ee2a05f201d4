/**
 * A private Dovecot (Debian's dovecot-imapd) for the mailbox import tests: its own configuration, a passwd-file user
 * and a Maildir in a temporary directory, listening on a free loopback port, without TLS. Nothing outside the
 * temporary directory is touched. When Dovecot is not installed the tests that need it are skipped with a loud
 * notice (`.ci/run` installs it).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, connect as netConnect } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { ImapFlow } from "imapflow";

export const DOVECOT = "/usr/sbin/dovecot";

let warned = false;
/** True when Dovecot can be started; otherwise says so loudly, once. */
export function dovecotAvailable(): boolean {
  if (existsSync(DOVECOT)) return true;
  if (!warned) {
    warned = true;
    console.warn(
      "\n" +
        "=====================================================================\n" +
        ` SKIPPED: dovecot not installed (${DOVECOT}): the IMAP import tests\n` +
        " do not run here. Install dovecot-imapd (.ci/run does).\n" +
        "=====================================================================\n",
    );
  }
  return false;
}

export interface Dovecot {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Puts a raw RFC 5322 message into a folder (created when missing) with IMAP APPEND; returns its UID. */
  append(raw: string, folder?: string, date?: Date): Promise<number>;
  /** A message's flags (`\\Seen`…), read without changing them. */
  flags(uid: number, folder?: string): Promise<string[]>;
  /** Stops the server and removes its directory. */
  stop(): Promise<void>;
}

/** A loopback port free right now (also: a port nobody answers on). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Dovecot wants the group's name, not its number. */
function groupName(gid: number): string {
  const line = readFileSync("/etc/group", "utf8")
    .split("\n")
    .find((l) => l.split(":")[2] === String(gid));
  if (!line) throw new Error(`no name for group ${gid} in /etc/group`);
  return line.split(":")[0]!;
}

/** Resolves once the port accepts a connection and greets, rejects when the process exits first. */
async function waitForGreeting(port: number, child: ChildProcess, log: string): Promise<void> {
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  for (;;) {
    if (exited)
      throw new Error(`dovecot exited before listening:\n${existsSync(log) ? readFileSync(log, "utf8") : ""}`);
    const greeted = await new Promise<boolean>((resolve) => {
      const socket = netConnect(port, "127.0.0.1");
      socket.once("data", (data) => {
        socket.destroy();
        resolve(data.toString().startsWith("* OK"));
      });
      socket.once("error", () => resolve(false));
    });
    if (greeted) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Starts Dovecot as the current user. As root, the mail user and the internal processes run as Debian's `dovecot`
 * and `dovenull` accounts (Dovecot refuses mail access as UID 0); otherwise everything runs as the current user.
 */
export async function startDovecot(input: { user?: string; password?: string } = {}): Promise<Dovecot> {
  const user = input.user ?? "julie@boreale.demo";
  const password = input.password ?? "mot de passe de Julie";
  const dir = mkdtempSync(join(tmpdir(), "mandat-dovecot-"));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const me = userInfo();
  const asRoot = me.uid === 0;
  const mailUser = asRoot ? "dovecot" : me.username;
  const home = join(dir, "home");
  for (const d of ["run", "state", "home"]) mkdirSync(join(dir, d));
  if (asRoot) {
    const [uid, gid] = readFileSync("/etc/passwd", "utf8")
      .split("\n")
      .map((l) => l.split(":"))
      .filter((f) => f[0] === "dovecot")
      .map((f) => [Number(f[2]), Number(f[3])])[0] ?? [NaN, NaN];
    if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error("the dovecot system user is missing");
    chownSync(home, uid as number, gid as number);
  }
  const log = join(dir, "dovecot.log");
  writeFileSync(join(dir, "passwd"), `${user}:{PLAIN}${password}\n`, { mode: 0o644 });
  const config = [
    `base_dir = ${join(dir, "run")}`,
    `state_dir = ${join(dir, "state")}`,
    `log_path = ${log}`,
    `info_log_path = ${log}`,
    "protocols = imap",
    "listen = 127.0.0.1",
    "ssl = no",
    "auth_mechanisms = plain",
    "auth_failure_delay = 0",
    "disable_plaintext_auth = no",
    `default_internal_user = ${mailUser}`,
    `default_internal_group = ${asRoot ? "dovecot" : groupName(me.gid)}`,
    `default_login_user = ${asRoot ? "dovenull" : me.username}`,
    "first_valid_uid = 1",
    "first_valid_gid = 1",
    "mail_location = maildir:~/Maildir",
    "passdb {",
    "  driver = passwd-file",
    `  args = scheme=PLAIN username_format=%u ${join(dir, "passwd")}`,
    "}",
    "userdb {",
    "  driver = static",
    `  args = uid=${asRoot ? "dovecot" : me.uid} gid=${asRoot ? "dovecot" : me.gid} home=${home}/%u`,
    "}",
    "service imap-login {",
    ...(asRoot ? [] : ["  chroot ="]),
    "  inet_listener imap {",
    "    address = 127.0.0.1",
    `    port = ${port}`,
    "  }",
    "  inet_listener imaps {",
    "    port = 0",
    "  }",
    "}",
    // The tests refuse logins on purpose: no growing authentication penalty (Dovecot's documented switch).
    "service anvil {",
    ...(asRoot ? [] : ["  chroot ="]),
    "  unix_listener anvil-auth-penalty {",
    "    mode = 0",
    "  }",
    "}",
    "",
  ].join("\n");
  const configPath = join(dir, "dovecot.conf");
  writeFileSync(configPath, config);
  const child = spawn(DOVECOT, ["-F", "-c", configPath], { stdio: "ignore" });
  try {
    await waitForGreeting(port, child, log);
  } catch (err) {
    child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }

  const connect = async () => {
    const client = new ImapFlow({
      host: "127.0.0.1",
      port,
      secure: false,
      doSTARTTLS: false,
      auth: { user, pass: password },
      logger: false,
    });
    await client.connect();
    return client;
  };

  return {
    host: "127.0.0.1",
    port,
    user,
    password,
    async append(raw, folder = "INBOX", date) {
      const client = await connect();
      try {
        if (folder !== "INBOX" && !(await client.list()).some((m) => m.path === folder)) {
          await client.mailboxCreate(folder);
        }
        const appended = await client.append(folder, raw, [], date);
        if (!appended || typeof appended.uid !== "number") throw new Error("the server gave no UID");
        return appended.uid;
      } finally {
        await client.logout();
      }
    },
    async flags(uid, folder = "INBOX") {
      const client = await connect();
      try {
        const lock = await client.getMailboxLock(folder, { readOnly: true });
        try {
          const m = await client.fetchOne(String(uid), { uid: true, flags: true }, { uid: true });
          return m ? [...(m.flags ?? [])] : [];
        } finally {
          lock.release();
        }
      } finally {
        await client.logout();
      }
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A raw e-mail (RFC 5322, UTF-8 text body, optional attachments) as a client would send it. */
export function rawMessage(input: {
  from: string;
  to: string;
  subject: string;
  /** A Date, written in UTC, or the header exactly as given (`Mon, 23 Nov 2026 21:30:00 -0500`). */
  date: Date | string;
  text: string;
  messageId?: string;
  attachments?: { filename: string; contentType: string; content: string }[];
}): string {
  const boundary = "mandat-boundary-7f3a";
  const headers = [
    `From: ${input.from}`,
    `To: ${input.to}`,
    `Subject: =?UTF-8?B?${Buffer.from(input.subject).toString("base64")}?=`,
    `Date: ${typeof input.date === "string" ? input.date : input.date.toUTCString().replace("GMT", "+0000")}`,
    ...(input.messageId ? [`Message-ID: ${input.messageId}`] : []),
    "MIME-Version: 1.0",
  ];
  const textPart = [
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    Buffer.from(input.text)
      .toString("base64")
      .replace(/(.{76})/g, "$1\r\n"),
  ];
  if (!input.attachments?.length) return [...headers, ...textPart].join("\r\n");
  const parts = [
    textPart.join("\r\n"),
    ...input.attachments.map((a) =>
      [
        `Content-Type: ${a.contentType}; name="${a.filename}"`,
        `Content-Disposition: attachment; filename="${a.filename}"`,
        "Content-Transfer-Encoding: base64",
        "",
        Buffer.from(a.content).toString("base64"),
      ].join("\r\n"),
    ),
  ];
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    ...parts.map((p) => `--${boundary}\r\n${p}`),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
