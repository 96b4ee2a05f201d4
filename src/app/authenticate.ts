import { findSessionPrincipal, findTokenPrincipal, type Principal } from "../store/session-store.ts";
import type { AppContext } from "./context.ts";
import { hashToken } from "./tokens.ts";

/** The principal behind a session cookie, or undefined when unknown, expired or the member is no longer active. */
export function authenticateSession(ctx: AppContext, token: string): Promise<Principal | undefined> {
  return findSessionPrincipal(ctx.db, hashToken(ctx.secret, token), ctx.now().toISOString());
}

/** The principal behind an API token (`Authorization: Bearer …`), or undefined. */
export function authenticateBearer(ctx: AppContext, token: string): Promise<Principal | undefined> {
  return findTokenPrincipal(ctx.db, hashToken(ctx.secret, token), ctx.now().toISOString());
}
