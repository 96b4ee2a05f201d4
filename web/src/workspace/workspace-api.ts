/**
 * Calls of the workspace, account and team endpoints (`/api/v1/workspace`, `/me`, `/members`, `/tokens`, `/audit`,
 * `/auth`, `/invites`, `/install`, `/demo`, `/setup`, `/search`) through the generated client, and their cache keys:
 * the one place they are written (TanStack Query). `workspaceKeys.me` is a prefix of the account's own keys.
 */
import { call, client, type operations } from "../api/client.ts";

type Body<Op extends keyof operations> = NonNullable<operations[Op]["requestBody"]>["content"]["application/json"];
type Query<Op extends keyof operations> = NonNullable<operations[Op]["parameters"]["query"]>;
const path = (id: string) => ({ params: { path: { id } } });

export const workspaceKeys = {
  workspace: ["workspace"] as const,
  twoFactorPolicy: ["workspace", "two-factor"] as const,
  /** The signed-in member (null when signed out); a prefix of the account's own keys below. */
  me: ["me"] as const,
  twoFactor: ["me", "two-factor"] as const,
  sessions: ["me", "sessions"] as const,
  members: ["members"] as const,
  tokens: ["tokens"] as const,
  audit: (filters: Record<string, unknown>, page: number) => ["audit", filters, page] as const,
  install: ["install"] as const,
  invite: (token: string) => ["invite", token] as const,
  setup: ["setup"] as const,
  search: (q: string) => ["search", q] as const,
};

export const workspaceApi = {
  workspace: () => call(client.GET("/api/v1/workspace")),
  updateWorkspace: (body: Body<"patchWorkspace">) => call(client.PATCH("/api/v1/workspace", { body })),
  me: () => call(client.GET("/api/v1/me")),
  updateMe: (body: Body<"patchMe">) => call(client.PATCH("/api/v1/me", { body })),
  changePassword: (body: Body<"postMePassword">) => call(client.POST("/api/v1/me/password", { body })),
  sessions: () => call(client.GET("/api/v1/me/sessions")),
  endSession: (id: string) => call(client.DELETE("/api/v1/me/sessions/{id}", path(id))),
  endOtherSessions: () => call(client.POST("/api/v1/me/sessions/revoke-others")),
  members: () => call(client.GET("/api/v1/members")),
  invite: (body: Body<"postMembers">) => call(client.POST("/api/v1/members", { body })),
  updateMember: (id: string, body: Body<"patchMembersById">) =>
    call(client.PATCH("/api/v1/members/{id}", { ...path(id), body })),
  tokens: () => call(client.GET("/api/v1/tokens")),
  createToken: (body: Body<"postTokens">) => call(client.POST("/api/v1/tokens", { body })),
  revokeToken: (id: string) => call(client.DELETE("/api/v1/tokens/{id}", path(id))),
  audit: (query: Query<"getAudit">) => call(client.GET("/api/v1/audit", { params: { query } })),
  verifyAudit: () => call(client.GET("/api/v1/audit/verify")),
  install: () => call(client.GET("/api/v1/install")),
  signUp: (body: Body<"postAuthSignup">) => call(client.POST("/api/v1/auth/signup", { body })),
  demo: () => call(client.POST("/api/v1/demo")),
  logIn: (body: Body<"postAuthLogin">) => call(client.POST("/api/v1/auth/login", { body })),
  logOut: () => call(client.POST("/api/v1/auth/logout")),
  requestPasswordReset: (body: Body<"postAuthPasswordReset">) =>
    call(client.POST("/api/v1/auth/password-reset", { body })),
  completePasswordReset: (body: Body<"postAuthPasswordResetComplete">) =>
    call(client.POST("/api/v1/auth/password-reset/complete", { body })),
  inviteOf: (token: string) => call(client.GET("/api/v1/invites/{token}", { params: { path: { token } } })),
  acceptInvite: (body: Body<"postAuthAcceptInvite">) => call(client.POST("/api/v1/auth/accept-invite", { body })),
  setup: () => call(client.GET("/api/v1/setup")),
  search: (q: string) => call(client.GET("/api/v1/search", { params: { query: { q } } })),
};
