/**
 * The client portal: a link opens exactly one document and nothing else, without an account. Unknown, expired and
 * revoked tokens all answer the same `not_found`; failed look-ups are counted per address in the database and
 * past the limit every look-up from that address is `rate_limited`, so tokens cannot be guessed.
 */
import { DomainError } from "../domain/errors.ts";
import { findPortalLink, type PortalLink } from "../store/portal-store.ts";
import { countRecentAttempts, recordAttempts } from "../store/session-store.ts";
import type { AppContext } from "./context.ts";
import { hashToken } from "./tokens.ts";

export const PORTAL_LIMITS = { windowMinutes: 15, failuresPerAddress: 30 } as const;

export interface PortalCaller {
  ip: string | null;
  userAgent: string | null;
}

/** The live link of a token, or `not_found` (recorded as a failed attempt for the caller's address). */
export async function resolvePortalLink(ctx: AppContext, token: string, caller: PortalCaller): Promise<PortalLink> {
  const now = ctx.now();
  const key = `portal:${caller.ip ?? "unknown"}`;
  const since = new Date(now.getTime() - PORTAL_LIMITS.windowMinutes * 60_000).toISOString();
  if ((await countRecentAttempts(ctx.db, key, since)) >= PORTAL_LIMITS.failuresPerAddress) {
    throw new DomainError("rate_limited", "too many invalid links from this address; try again later", {
      retryAfterSeconds: PORTAL_LIMITS.windowMinutes * 60,
    });
  }
  const link =
    token.length >= 20 && token.length <= 200 ? await findPortalLink(ctx.db, hashToken(ctx.secret, token)) : undefined;
  if (!link || link.revokedAt || link.expiresAt <= now.toISOString()) {
    const at = now.toISOString();
    await recordAttempts(ctx.db, [{ id: ctx.newId(), key, at }], new Date(now.getTime() - 86_400_000).toISOString());
    throw portalNotFound();
  }
  return link;
}

/** The one answer for every link that does not (or no longer) lead to an actionable document. */
export function portalNotFound(): DomainError {
  return new DomainError("not_found", "this link is not valid");
}
