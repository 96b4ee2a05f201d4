import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { loadDemo } from "../../app/demo/load-demo.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { acceptInvite, getInvite } from "../../app/workspace/accept-invite.ts";
import { changePassword } from "../../app/workspace/change-password.ts";
import { getMe } from "../../app/workspace/get-me.ts";
import { logIn } from "../../app/workspace/log-in.ts";
import { logOut } from "../../app/workspace/log-out.ts";
import { signUp } from "../../app/workspace/sign-up.ts";
import type { StartedSession } from "../../app/workspace/start-session.ts";
import { updateMe } from "../../app/workspace/update-me.ts";
import { isEmptyInstall } from "../../store/instance-store.ts";
import { clientInfo, type HttpEnv, requirePrincipal, SESSION_COOKIE } from "../auth.ts";
import {
  AcceptInviteSchema,
  ChangePasswordSchema,
  LogInSchema,
  MeSchema,
  RoleSchema,
  SignUpSchema,
  UpdateMeSchema,
} from "../schemas/auth-schemas.ts";
import { jsonBody, jsonResponse, problems } from "../schemas/common-schemas.ts";

const tags = ["Auth"];

function setSession(c: Context<HttpEnv>, ctx: AppContext, session: StartedSession): void {
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "Lax",
    // https per PUBLIC_URL, or as a trusted reverse proxy says the browser connected
    secure: ctx.config.secureCookies || c.get("forwardedHttps"),
    path: "/",
    // Max-Age, not Expires: the lifetime is counted from the server's clock, whatever the browser's says.
    maxAge: Math.max(0, Math.floor((Date.parse(session.expiresAt) - ctx.now().getTime()) / 1000)),
  });
}

export function authRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: "/install",
      tags,
      summary: "Whether this installation is empty and open to sign-up",
      responses: { 200: jsonResponse(z.object({ empty: z.boolean(), signupOpen: z.boolean() }), "Install state") },
    }),
    async (c) => {
      const empty = await isEmptyInstall(ctx.db);
      const policy = ctx.config.signupPolicy;
      return c.json({ empty, signupOpen: policy === "open" || (policy === "first-only" && empty) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/demo",
      tags,
      summary: "Load the demo workspace (founding story) on an empty install and sign in as its owner",
      responses: { 201: jsonResponse(MeSchema, "Signed in to the demo"), ...problems(403, 409) },
    }),
    async (c) => {
      const { session, me } = await loadDemo(ctx, { ...clientInfo(c), requireEmpty: true });
      setSession(c, ctx, session);
      return c.json(me, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/auth/signup",
      tags,
      summary: "Create a workspace and its owner",
      request: jsonBody(SignUpSchema),
      responses: { 201: jsonResponse(MeSchema, "Signed up and signed in"), ...problems(400, 403, 409) },
    }),
    async (c) => {
      const { session, me } = await signUp(ctx, { ...c.req.valid("json"), ...clientInfo(c) });
      setSession(c, ctx, session);
      return c.json(me, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/auth/login",
      tags,
      summary: "Sign in (rate-limited per account and per address)",
      request: jsonBody(LogInSchema),
      responses: { 200: jsonResponse(MeSchema, "Signed in"), ...problems(400, 401, 429) },
    }),
    async (c) => {
      const { session, me } = await logIn(ctx, { ...c.req.valid("json"), ...clientInfo(c) });
      setSession(c, ctx, session);
      return c.json(me, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/auth/logout",
      tags,
      summary: "Sign out",
      responses: { 204: { description: "Signed out" }, ...problems(403) },
    }),
    async (c) => {
      const token = c.get("sessionToken");
      if (token) await logOut(ctx, token);
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/invites/{token}",
      tags,
      summary: "What an invitation link is for",
      request: {
        params: z.object({
          token: z
            .string()
            .min(1)
            .max(200)
            .openapi({ param: { name: "token", in: "path" } }),
        }),
      },
      responses: {
        200: jsonResponse(
          z.object({ email: z.string(), name: z.string(), role: RoleSchema, workspaceName: z.string() }),
          "The invitation",
        ),
        ...problems(404),
      },
    }),
    async (c) => c.json(await getInvite(ctx, c.req.valid("param").token), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/auth/accept-invite",
      tags,
      summary: "Join a workspace through an invitation link",
      request: jsonBody(AcceptInviteSchema),
      responses: { 200: jsonResponse(MeSchema, "Joined and signed in"), ...problems(400, 404) },
    }),
    async (c) => {
      const { session, me } = await acceptInvite(ctx, { ...c.req.valid("json"), ...clientInfo(c) });
      setSession(c, ctx, session);
      return c.json(me, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/me",
      tags,
      summary: "The signed-in person, membership, workspace and CSRF token",
      responses: { 200: jsonResponse(MeSchema, "Me"), ...problems(401) },
    }),
    async (c) => c.json(await getMe(ctx, requirePrincipal(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/me/password",
      tags,
      summary: "Change one's password (the current one required); every other session ends",
      request: jsonBody(ChangePasswordSchema),
      responses: {
        200: jsonResponse(z.object({ endedSessions: z.int() }), "Changed"),
        ...problems(400, 401, 403),
      },
    }),
    async (c) => {
      const p = requirePrincipal(c);
      const body = c.req.valid("json");
      const result = await changePassword(ctx, {
        userId: p.userId,
        memberId: p.memberId,
        workspaceId: p.workspaceId,
        sessionToken: c.get("sessionToken"),
        currentPassword: body.currentPassword,
        newPassword: body.newPassword,
      });
      return c.json(result, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/me",
      tags,
      summary: "Change one's own name, interface language, weekly capacity or rates (not viewers)",
      request: jsonBody(UpdateMeSchema),
      responses: { 200: jsonResponse(MeSchema, "Me"), ...problems(400, 401, 403) },
    }),
    async (c) => c.json(await updateMe(ctx, requirePrincipal(c), c.req.valid("json")), 200),
  );

  return app;
}
