/**
 * A person's own account security: the second factor (TOTP) and the sessions signed in. Managed from a signed-in
 * browser only (a session cookie with its CSRF token): an API token cannot turn a second factor off or end sessions.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppContext } from "../../app/shared/context.ts";
import { completePasswordReset, requestPasswordReset } from "../../app/workspace/password-reset.ts";
import { listMySessions, revokeMyOtherSessions, revokeMySession } from "../../app/workspace/sessions.ts";
import {
  beginTwoFactorSetup,
  confirmTwoFactor,
  getTwoFactorStatus,
  turnOffTwoFactor,
} from "../../app/workspace/two-factor.ts";
import { DomainError } from "../../domain/errors.ts";
import type { Actor } from "../../domain/permissions.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { PasswordSchema } from "../schemas/auth-schemas.ts";
import { EmailSchema, IdParamsSchema, jsonBody, jsonResponse, problems } from "../schemas/common-schemas.ts";

const tags = ["Account"];

/** The actor of a browser session (cookie), never of an API token. */
function requireSessionActor(c: Context<HttpEnv>): Actor {
  const actor = requireActor(c);
  if (!c.get("sessionToken") || c.get("principal")?.csrfToken === null) {
    throw new DomainError("forbidden", "account security is managed from a signed-in browser, not with an API token");
  }
  return actor;
}

const TwoFactorStatusSchema = z
  .object({ enabled: z.boolean(), enabledAt: z.string().nullable(), recoveryCodesLeft: z.int() })
  .openapi("TwoFactorStatus");
const CodeSchema = z.string().trim().min(1, "required").max(40);

const SessionSchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    expiresAt: z.string(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    current: z.boolean(),
  })
  .openapi("Session");

export function accountRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: "/me/two-factor",
      tags,
      summary: "Whether one's second factor is on, and how many recovery codes are left",
      responses: { 200: jsonResponse(TwoFactorStatusSchema, "Status"), ...problems(401, 403) },
    }),
    async (c) => c.json(await getTwoFactorStatus(ctx, requireSessionActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/me/two-factor/setup",
      tags,
      summary: "Offer a new TOTP secret (base32 and otpauth:// URI) to add to an authenticator app",
      responses: {
        200: jsonResponse(z.object({ secret: z.string(), uri: z.string() }), "The secret, shown this once"),
        ...problems(401, 403, 409),
      },
    }),
    async (c) => c.json(await beginTwoFactorSetup(ctx, requireSessionActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/me/two-factor/enable",
      tags,
      summary: "Turn the second factor on with the app's first code; answers ten single-use recovery codes, once",
      request: jsonBody(z.strictObject({ code: CodeSchema }).openapi("EnableTwoFactor")),
      responses: {
        200: jsonResponse(z.object({ recoveryCodes: z.array(z.string()) }), "On"),
        ...problems(400, 401, 403, 409),
      },
    }),
    async (c) => c.json(await confirmTwoFactor(ctx, requireSessionActor(c), c.req.valid("json").code), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/me/two-factor/disable",
      tags,
      summary: "Turn the second factor off (the password and a current or recovery code required)",
      request: jsonBody(
        z.strictObject({ password: z.string().min(1).max(200), code: CodeSchema }).openapi("DisableTwoFactor"),
      ),
      responses: { 200: jsonResponse(TwoFactorStatusSchema, "Off"), ...problems(400, 401, 403, 409) },
    }),
    async (c) => c.json(await turnOffTwoFactor(ctx, requireSessionActor(c), c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/me/sessions",
      tags,
      summary: "One's sessions signed in (created, last seen, user agent, address)",
      responses: {
        200: jsonResponse(z.object({ items: z.array(SessionSchema) }), "Sessions, newest first"),
        ...problems(401, 403),
      },
    }),
    async (c) => {
      const items = await listMySessions(ctx, requireSessionActor(c), c.get("sessionToken"));
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/me/sessions/revoke-others",
      tags,
      summary: "End every session but this one",
      responses: { 200: jsonResponse(z.object({ endedSessions: z.int() }), "Ended"), ...problems(401, 403) },
    }),
    async (c) => c.json(await revokeMyOtherSessions(ctx, requireSessionActor(c), c.get("sessionToken")), 200),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/me/sessions/{id}",
      tags,
      summary: "End one of one's sessions (at once: its next request is signed out)",
      request: { params: IdParamsSchema },
      responses: { 204: { description: "Ended" }, ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      await revokeMySession(ctx, requireSessionActor(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/auth/password-reset",
      tags,
      summary:
        "Ask for a password reset link by e-mail (the same answer whether or not the account exists; needs SMTP)",
      request: jsonBody(z.strictObject({ email: EmailSchema }).openapi("RequestPasswordReset")),
      responses: { 202: jsonResponse(z.object({}), "If the account exists, a link is on its way"), ...problems(400) },
    }),
    async (c) => {
      await requestPasswordReset(ctx, c.req.valid("json").email);
      return c.json({}, 202);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/auth/password-reset/complete",
      tags,
      summary: "Choose a new password through a reset link (once, within 30 minutes); every session ends",
      request: jsonBody(
        z
          .strictObject({ token: z.string().min(10).max(200), password: PasswordSchema })
          .openapi("CompletePasswordReset"),
      ),
      responses: { 204: { description: "Password changed: sign in with it" }, ...problems(400, 404) },
    }),
    async (c) => {
      await completePasswordReset(ctx, c.req.valid("json"));
      return c.body(null, 204);
    },
  );

  return app;
}
