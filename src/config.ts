/**
 * The environment, parsed once with zod and frozen. Nothing else in Mandat reads `process.env`: the result is passed
 * down to whatever needs it.
 */
import { isIP } from "node:net";
import { join, resolve } from "node:path";
import { z } from "zod";

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PUBLIC_URL: z
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SIGNUP_POLICY: z.enum(["open", "first-only", "closed"]).default("first-only"),
  SESSION_SECRET: z
    .string()
    .min(32)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SMTP_URL: z
    .string()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SMTP_FROM: z.string().optional(),
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  LOG_LEVEL: z.enum(["silent", "error", "info", "debug"]).default("info"),
  METRICS_TOKEN: z
    .string()
    .min(16, "at least 16 characters")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every(isAddressOrCidr), "comma-separated IP addresses or CIDRs, e.g. 127.0.0.1,10.0.0.0/8"),
});

/** `203.0.113.7`, `2001:db8::1`, `10.0.0.0/8`, `fd00::/8`. */
function isAddressOrCidr(entry: string): boolean {
  const [address = "", prefix, extra] = entry.split("/");
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits >= 0 && bits <= (family === 4 ? 32 : 128);
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Absolute path of the embedded SQLite file (used when `databaseUrl` is not set). */
  readonly sqlitePath: string;
  readonly databaseUrl: string | undefined;
  readonly publicUrl: string;
  readonly signupPolicy: "open" | "first-only" | "closed";
  /**
   * Key for hashing session, invitation and API tokens. When not given, one is created on first run and kept in the
   * database itself, so every server process sharing that database uses the same one.
   */
  readonly sessionSecret: string | undefined;
  readonly smtpUrl: string | undefined;
  readonly smtpFrom: string;
  readonly logLevel: "silent" | "error" | "info" | "debug";
  /** Seconds between two runs of the scheduled work (reminders); 0: the server runs none (tests tick it directly). */
  readonly schedulerIntervalSeconds: number;
  /**
   * Reverse proxies (addresses or CIDRs) whose `Forwarded` / `X-Forwarded-For` / `X-Forwarded-Proto` headers are
   * believed; empty: the socket's address is the client's and those headers are ignored.
   */
  readonly trustedProxies: readonly string[];
  /** Bearer token that opens `/metrics`; without it the endpoint does not exist. */
  readonly metricsToken: string | undefined;
  /** True when the public URL is https: cookies then get the Secure flag. */
  readonly secureCookies: boolean;
}

/** Parses an environment (default: `process.env`) into a frozen Config; throws a readable error when invalid. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, "");
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir,
    sqlitePath: join(dataDir, "mandat.sqlite"),
    databaseUrl: e.DATABASE_URL,
    publicUrl,
    signupPolicy: e.SIGNUP_POLICY,
    sessionSecret: e.SESSION_SECRET,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM ?? "Mandat <no-reply@localhost>",
    logLevel: e.LOG_LEVEL,
    schedulerIntervalSeconds: e.SCHEDULER_INTERVAL_SECONDS,
    trustedProxies: Object.freeze([...e.TRUSTED_PROXIES]),
    metricsToken: e.METRICS_TOKEN,
    secureCookies: publicUrl.startsWith("https://"),
  });
}
