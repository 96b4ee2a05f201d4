/**
 * When the workspace requires a second factor, a member without one may only set it up: read who they are, change
 * their language, see and set up the second factor, and sign out. Every other API answers 403
 * `two_factor_setup_required`, whether the member came with a session cookie or an API token. Public operations
 * (sign-in, sign-up, invitations, password reset, the portal) need no principal and are never held.
 */
import type { MiddlewareHandler } from "hono";
import { DomainError } from "../domain/errors.ts";
import type { HttpEnv } from "./auth.ts";

/** What a member who must set up a second factor may still call (method and path under /api/v1). */
const WHILE_SETTING_UP = new Set([
  "GET /me",
  "PATCH /me",
  "GET /me/two-factor",
  "POST /me/two-factor/setup",
  "POST /me/two-factor/enable",
  "POST /auth/logout",
  "GET /openapi.json",
]);
const PUBLIC_PREFIXES = ["/auth/", "/invites/", "/portal/"];
const PUBLIC_PATHS = new Set(["/install", "/demo"]);

/** Holds members who must set up a second factor; what `authentication` read (and cached) with the principal. */
export function twoFactorGate(): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    if (!c.get("principal") || !c.get("twoFactorSetupRequired")) return next();
    const path = c.req.path.replace(/^\/api\/v1/, "").replace(/\/+$/, "");
    if (
      WHILE_SETTING_UP.has(`${c.req.method} ${path}`) ||
      PUBLIC_PATHS.has(path) ||
      PUBLIC_PREFIXES.some((prefix) => path.startsWith(prefix))
    ) {
      return next();
    }
    throw new DomainError(
      "two_factor_setup_required",
      "the workspace requires two-step sign-in: set it up first (POST /api/v1/me/two-factor/setup, then /enable)",
    );
  };
}
