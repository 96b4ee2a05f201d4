/**
 * Who is calling: a session cookie (the web UI) or `Authorization: Bearer <token>` (API tokens). Cookie-authenticated
 * writes must carry the session's CSRF token in `X-CSRF-Token`; bearer requests cannot be forged by a browser and need
 * none.
 */

import { timingSafeEqual } from "node:crypto";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { AppContext } from "../app/shared/context.ts";
import { authenticateBearer, authenticateSessionUntil, credentialsGeneration } from "../app/workspace/authenticate.ts";
import { twoFactorSetupRequired } from "../app/workspace/two-factor-policy.ts";
import { DomainError } from "../domain/errors.ts";
import type { Actor } from "../domain/permissions.ts";
import type { Principal } from "../store/session-store.ts";
import { proxyTrust } from "./client-address.ts";

export const SESSION_COOKIE = "mandat_session";

export type HttpEnv = {
  Variables: {
    principal: Principal | undefined;
    sessionToken: string | undefined;
    /** The client's address: the socket's peer, or what trusted proxies say (see client-address.ts). */
    clientIp: string | null;
    /** A trusted proxy says the client used https (X-Forwarded-Proto / Forwarded proto=). */
    forwardedHttps: boolean;
    /** The id of this request in the logs (and the `X-Request-Id` response header). */
    requestId: string;
    /**
     * The principal's workspace requires a second factor they have not set up (read with the principal, and cached
     * with it: the authentication generation moves when either side changes); `two-factor-gate.ts` holds them.
     */
    twoFactorSetupRequired: boolean;
  };
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A looked-up principal is reused for at most this long (real time) … */
export const PRINCIPAL_CACHE_MS = 10_000;
/** … and while the app's clock has moved less than this since (a clock set forward re-reads the session). */
const PRINCIPAL_CACHE_CLOCK_MS = 60_000;
const PRINCIPAL_CACHE_ENTRIES = 10_000;

/** What a credential stands for: who, until when (sessions), and whether the second-factor gate holds them. */
interface Credential {
  principal: Principal;
  expiresAt?: string | undefined;
  twoFactorSetupRequired: boolean;
}

interface CachedPrincipal {
  credential: Credential;
  generation: string;
  cachedAt: number;
  clockAt: number;
  /** When the session ends on the app's clock (ms since the epoch), read once; Infinity for API tokens. */
  endsAt: number;
}

/**
 * A short-lived cache of the principals behind session cookies and API tokens, so that a read does not look its
 * session up again. Never trusted blindly: every request first reads the database's authentication generation (one
 * pre-compiled indexed read), which triggers raise in the same transaction as any logout, revocation, session or
 * token deletion, expiry change, member role/status change, a workspace's second-factor requirement or a person's
 * second factor changing — by whichever process, the CLI included — so a cached principal is dropped at once
 * everywhere the database is shared. Entries also end with their session, after
 * `PRINCIPAL_CACHE_MS`, and when the app's clock jumps; unknown credentials are never cached.
 */
function principalCache(ctx: AppContext) {
  const entries = new Map<string, CachedPrincipal>();
  return async (
    key: string,
    lookup: () => Promise<{ principal: Principal; expiresAt?: string } | undefined>,
  ): Promise<Credential | undefined> => {
    const generation = await credentialsGeneration(ctx);
    const now = ctx.now().getTime();
    const hit = entries.get(key);
    if (
      hit &&
      hit.generation === generation &&
      performance.now() - hit.cachedAt < PRINCIPAL_CACHE_MS &&
      now >= hit.clockAt &&
      now - hit.clockAt < PRINCIPAL_CACHE_CLOCK_MS &&
      now < hit.endsAt
    ) {
      return hit.credential;
    }
    entries.delete(key);
    const found = await lookup();
    if (!found) return undefined;
    const credential = { ...found, twoFactorSetupRequired: await twoFactorSetupRequired(ctx, found.principal) };
    if (entries.size >= PRINCIPAL_CACHE_ENTRIES) entries.delete(entries.keys().next().value!);
    const endsAt = found.expiresAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(found.expiresAt);
    entries.set(key, { credential, generation, cachedAt: performance.now(), clockAt: now, endsAt });
    return credential;
  };
}

/** Resolves the principal (if any) for every /api request and enforces CSRF on cookie-authenticated writes. */
export function authentication(ctx: AppContext): MiddlewareHandler<HttpEnv> {
  const cached = principalCache(ctx);
  return async (c, next) => {
    // The client portal acts for whoever holds a document's link, never as a member: no session, no CSRF token (a
    // studio member testing the link in the same browser must be able to sign too).
    if (c.req.path.startsWith("/api/v1/portal/")) {
      c.set("principal", undefined);
      c.set("twoFactorSetupRequired", false);
      return next();
    }
    const header = c.req.header("authorization");
    if (header?.toLowerCase().startsWith("bearer ")) {
      const bearer = header.slice(7).trim();
      const credential = await cached(`bearer ${bearer}`, async () => {
        const p = await authenticateBearer(ctx, bearer);
        return p && { principal: p };
      });
      if (!credential) throw new DomainError("unauthenticated", "invalid or revoked API token");
      c.set("principal", credential.principal);
      c.set("twoFactorSetupRequired", credential.twoFactorSetupRequired);
      return next();
    }
    const token = getCookie(c, SESSION_COOKIE);
    const credential = token ? await cached(`session ${token}`, () => authenticateSessionUntil(ctx, token)) : undefined;
    const principal = credential?.principal;
    c.set("sessionToken", token);
    c.set("principal", principal);
    c.set("twoFactorSetupRequired", credential?.twoFactorSetupRequired ?? false);
    if (principal && !SAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header("x-csrf-token") ?? "";
      if (!principal.csrfToken || !sameToken(sent, principal.csrfToken)) {
        throw new DomainError("csrf", "send the X-CSRF-Token header given at sign-in (GET /api/v1/me)");
      }
    }
    return next();
  };
}

/** The signed-in actor, or `unauthenticated`. */
export function requireActor(c: Context<HttpEnv>): Actor {
  const p = c.get("principal");
  if (!p) throw new DomainError("unauthenticated", "sign in first");
  return { userId: p.userId, memberId: p.memberId, workspaceId: p.workspaceId, role: p.role };
}

export function requirePrincipal(c: Context<HttpEnv>): Principal {
  const p = c.get("principal");
  if (!p) throw new DomainError("unauthenticated", "sign in first");
  return p;
}

/** Resolves the client's address once per request, believing forwarding headers only from trusted proxies. */
export function clientAddress(ctx: AppContext): MiddlewareHandler<HttpEnv> {
  const trust = proxyTrust(ctx.config.trustedProxies);
  return async (c, next) => {
    let peer: string | null = null;
    // In-process requests (tests, the bench's in-process timings) have no socket: asked anyway, getConnInfo throws,
    // and building that error cost more than the rest of the request's middleware.
    if ((c.env as { incoming?: unknown } | undefined)?.incoming) {
      try {
        peer = getConnInfo(c).remote.address ?? null;
      } catch {
        peer = null;
      }
    }
    const seen = trust.resolve(peer, c.req.raw.headers);
    c.set("clientIp", seen.address);
    c.set("forwardedHttps", seen.proto === "https");
    return next();
  };
}

/** Client address and user agent, recorded with sessions and signatures and counted by rate limits. */
export function clientInfo(c: Context<HttpEnv>): { ip: string | null; userAgent: string | null } {
  return { ip: c.get("clientIp") ?? null, userAgent: c.req.header("user-agent") ?? null };
}
