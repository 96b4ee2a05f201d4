import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppContext } from "../../app/shared/context.ts";
import { inviteMember } from "../../app/workspace/invite-member.ts";
import { listMembers } from "../../app/workspace/list-members.ts";
import { createApiToken, listTokens, revokeApiToken } from "../../app/workspace/manage-api-tokens.ts";
import { getTwoFactorPolicy, resetMemberTwoFactor, setTwoFactorPolicy } from "../../app/workspace/two-factor-policy.ts";
import { updateMember } from "../../app/workspace/update-member.ts";
import { getWorkspace, updateWorkspace } from "../../app/workspace/update-workspace.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import {
  ApiTokenSchema,
  InviteMemberSchema,
  MemberSchema,
  UpdateMemberSchema,
  UpdateWorkspaceSchema,
  WorkspaceSchema,
} from "../schemas/auth-schemas.ts";
import { IdParamsSchema, jsonBody, jsonResponse, problems, RequiredText } from "../schemas/common-schemas.ts";

export function workspaceRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const ws = ["Workspace"];
  const members = ["Members"];

  app.openapi(
    createRoute({
      method: "get",
      path: "/workspace",
      tags: ws,
      summary: "Workspace settings",
      responses: { 200: jsonResponse(WorkspaceSchema, "Workspace"), ...problems(401) },
    }),
    async (c) => c.json(await getWorkspace(ctx, requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/workspace",
      tags: ws,
      summary: "Change workspace settings (owner)",
      request: jsonBody(UpdateWorkspaceSchema),
      responses: { 200: jsonResponse(WorkspaceSchema, "Workspace"), ...problems(400, 401, 403) },
    }),
    async (c) => c.json(await updateWorkspace(ctx, requireActor(c), c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/members",
      tags: members,
      summary: "Members of the workspace",
      responses: { 200: jsonResponse(z.object({ items: z.array(MemberSchema) }), "Members"), ...problems(401) },
    }),
    async (c) => c.json({ items: await listMembers(ctx, requireActor(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/members",
      tags: members,
      summary: "Invite a member (owner); returns the one-time invitation link",
      request: jsonBody(InviteMemberSchema),
      responses: {
        201: jsonResponse(z.object({ member: MemberSchema, inviteUrl: z.string() }), "Invited"),
        ...problems(400, 401, 403),
      },
    }),
    async (c) => c.json(await inviteMember(ctx, requireActor(c), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/members/{id}",
      tags: members,
      summary: "Change a member's role, capacity or rates, or disable them (owner)",
      request: { params: IdParamsSchema, ...jsonBody(UpdateMemberSchema) },
      responses: { 200: jsonResponse(MemberSchema, "Member"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await updateMember(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  // Two-step sign-in required of every member (owner): a member without it is limited to setting it up.
  const TwoFactorPolicySchema = z
    .object({
      required: z.boolean(),
      members: z.array(
        z.object({
          memberId: z.string(),
          name: z.string(),
          email: z.string(),
          role: z.string(),
          enabledAt: z
            .string()
            .nullable()
            .openapi({ description: "When their two-step sign-in was turned on; null: off" }),
        }),
      ),
    })
    .openapi("TwoFactorPolicy");
  app.openapi(
    createRoute({
      method: "get",
      path: "/workspace/two-factor",
      tags: ws,
      summary: "Whether two-step sign-in is required of every member, and which active members have it (owner)",
      responses: { 200: jsonResponse(TwoFactorPolicySchema, "Policy"), ...problems(401, 403) },
    }),
    async (c) => c.json(await getTwoFactorPolicy(ctx, requireActor(c)), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/workspace/two-factor",
      tags: ws,
      summary: "Require two-step sign-in of every member, or stop requiring it (owner, with their own turned on)",
      request: jsonBody(z.strictObject({ required: z.boolean() })),
      responses: { 200: jsonResponse(TwoFactorPolicySchema, "Policy"), ...problems(400, 401, 403, 409) },
    }),
    async (c) => c.json(await setTwoFactorPolicy(ctx, requireActor(c), c.req.valid("json").required), 200),
  );

  const TwoFactorResetSchema = z
    .object({
      memberId: z.string(),
      sessionsEnded: z.int().min(0).openapi({ description: "The member's sessions in the workspace that ended" }),
      apiTokensRevoked: z.int().min(0).openapi({ description: "The member's API tokens that were revoked" }),
    })
    .openapi("TwoFactorReset");
  app.openapi(
    createRoute({
      method: "post",
      path: "/members/{id}/two-factor/reset",
      tags: members,
      summary:
        "Reset another member's two-step sign-in (owner), for a member who lost their phone and recovery codes: " +
        "removes their secret and recovery codes and ends their sessions and API tokens; where the workspace requires " +
        "it, their next sign-in leads them through setting it up again. 409 on oneself, when it is not on, or when " +
        "the person also belongs to another workspace",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(TwoFactorResetSchema, "Reset"), ...problems(401, 403, 404, 409) },
    }),
    async (c) => c.json(await resetMemberTwoFactor(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  const tokens = ["API tokens"];
  app.openapi(
    createRoute({
      method: "get",
      path: "/tokens",
      tags: tokens,
      summary: "Live API tokens of the workspace",
      responses: { 200: jsonResponse(z.object({ items: z.array(ApiTokenSchema) }), "Tokens"), ...problems(401, 403) },
    }),
    async (c) => c.json({ items: await listTokens(ctx, requireActor(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/tokens",
      tags: tokens,
      summary: "Create an API token (its secret is shown once)",
      request: jsonBody(z.strictObject({ name: RequiredText(100) })),
      responses: {
        201: jsonResponse(ApiTokenSchema.extend({ token: z.string() }), "Created"),
        ...problems(400, 401, 403),
      },
    }),
    async (c) => c.json(await createApiToken(ctx, requireActor(c), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/tokens/{id}",
      tags: tokens,
      summary: "Revoke an API token",
      request: { params: IdParamsSchema },
      responses: { 204: { description: "Revoked" }, ...problems(401, 403, 404) },
    }),
    async (c) => {
      await revokeApiToken(ctx, requireActor(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

  return app;
}
