/**
 * What the scheduled deliveries (automatic reminders, notification e-mails) share about handing a message to SMTP: which
 * failures are worth retrying, how long a delivery may stay `sending`, and the stable Message-ID a resend keeps.
 */
import type { AppContext } from "./context.ts";

/** How long a delivery may stay `sending` before its process is presumed dead. */
export const SENDING_LEASE_MS = 10 * 60_000;

/** An SMTP failure worth retrying: a 4xx reply or no reply at all (connection refused, timeout, reset). */
export function isTransient(err: unknown): boolean {
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code !== "number" || (code >= 400 && code < 500);
}

/** A Message-ID that stays the same for every attempt at one message, so a receiving server can drop a second copy. */
export function stableMessageId(ctx: AppContext, local: string): string {
  const host = new URL(ctx.config.publicUrl).hostname || "mandat";
  return `${local}@${host}`;
}
