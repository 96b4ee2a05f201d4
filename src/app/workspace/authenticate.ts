import {
  authGeneration,
  findLiveSession,
  findSessionPrincipal,
  findTokenPrincipal,
  type Principal,
} from "../../store/session-store.ts";
import type { AppContext } from "../shared/context.ts";
import { hashToken } from "./tokens.ts";

/** The principal behind a session cookie, or undefined when unknown, expired or the member is no longer active. */
export function authenticateSession(ctx: AppContext, token: string): Promise<Principal | undefined> {
  return findSessionPrincipal(ctx.db, hashToken(ctx.secret, token), ctx.now().toISOString());
}

/** The principal behind an API token (`Authorization: Bearer …`), or undefined. */
export function authenticateBearer(ctx: AppContext, token: string): Promise<Principal | undefined> {
  return findTokenPrincipal(ctx.db, hashToken(ctx.secret, token), ctx.now().toISOString());
}

/** `authenticateSession` with when the session ends, for a cache that must not outlive it. */
export function authenticateSessionUntil(
  ctx: AppContext,
  token: string,
): Promise<{ principal: Principal; expiresAt: string } | undefined> {
  return findLiveSession(ctx.db, hashToken(ctx.secret, token), ctx.now().toISOString());
}

/** The authentication generation of the database (see `authGeneration`): changes when any credential may have. */
export function credentialsGeneration(ctx: AppContext): Promise<string> {
  return authGeneration(ctx.db);
}
