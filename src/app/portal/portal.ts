/**
 * The client portal: a link opens exactly one document and nothing else, without an account. Unknown, expired and
 * revoked tokens all answer the same `not_found`; failed look-ups are counted per address in the database and
 * past the limit every look-up from that address is `rate_limited`, so tokens cannot be guessed.
 */
import { DomainError } from "../../domain/errors.ts";
import { type SignatureEvidence, signatureEvidence } from "../../domain/offer/signature.ts";
import { findPortalLink, type PortalLink } from "../../store/portal-store.ts";
import { countRecentAttempts, recordAttempts } from "../../store/session-store.ts";
import type { AppContext } from "../shared/context.ts";
import { hashToken } from "../workspace/tokens.ts";

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

/** What the client sends to sign an offer or approve a change order. */
export interface PortalConsentInput {
  signerName: string;
  consent: boolean;
  /** The consent text that was shown; the document's own when absent. */
  consentText?: string | undefined;
}

/**
 * The evidence of a signature or an approval through the portal: typed name, consent text (checked against the one
 * shown), time, address, user agent and the SHA-256 of the frozen text. Throws `validation` when incomplete.
 */
export function portalEvidence(input: {
  request: PortalConsentInput;
  consentText: string;
  sha256: string;
  caller: PortalCaller;
  at: string;
}): SignatureEvidence {
  return signatureEvidence({
    request: { ...input.request, consentText: input.request.consentText ?? input.consentText },
    shownConsentText: input.consentText,
    sha256: input.sha256,
    signedAt: input.at,
    ip: input.caller.ip ?? "unknown",
    userAgent: input.caller.userAgent ?? "unknown",
  });
}
