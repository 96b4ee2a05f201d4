/**
 * Who is calling: a session cookie (the web UI) or `Authorization: Bearer <token>` (API tokens). Cookie-authenticated
 * writes must carry the session's CSRF token in `X-CSRF-Token`; bearer requests cannot be forged by a browser and need
 * none.
 */

import { timingSafeEqual } from "node:crypto";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { authenticateBearer, authenticateSession } from "../app/authenticate.ts";
import type { AppContext } from "../app/context.ts";
import { DomainError } from "../domain/errors.ts";
import type { Actor } from "../domain/permissions.ts";
import type { Principal } from "../store/session-store.ts";

export const SESSION_COOKIE = "mandat_session";

export type HttpEnv = {
  Variables: {
    principal: Principal | undefined;
    sessionToken: string | undefined;
  };
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Resolves the principal (if any) for every /api request and enforces CSRF on cookie-authenticated writes. */
export function authentication(ctx: AppContext): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    // The client portal acts for whoever holds a document's link, never as a member: no session, no CSRF token (a
    // studio member testing the link in the same browser must be able to sign too).
    if (c.req.path.startsWith("/api/v1/portal/")) {
      c.set("principal", undefined);
      return next();
    }
    const header = c.req.header("authorization");
    if (header?.toLowerCase().startsWith("bearer ")) {
      const principal = await authenticateBearer(ctx, header.slice(7).trim());
      if (!principal) throw new DomainError("unauthenticated", "invalid or revoked API token");
      c.set("principal", principal);
      return next();
    }
    const token = getCookie(c, SESSION_COOKIE);
    const principal = token ? await authenticateSession(ctx, token) : undefined;
    c.set("sessionToken", token);
    c.set("principal", principal);
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

/** Client address and user agent, recorded with sessions and signatures. */
export function clientInfo(c: Context): { ip: string | null; userAgent: string | null } {
  let ip: string | null = null;
  try {
    ip = getConnInfo(c).remote.address ?? null;
  } catch {
    ip = null; // in-process requests (tests) have no socket
  }
  return { ip, userAgent: c.req.header("user-agent") ?? null };
}
