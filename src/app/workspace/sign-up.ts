import { DomainError, fieldError } from "../../domain/errors.ts";
import type { Currency } from "../../domain/money.ts";
import { defaultsForJurisdiction, EMPTY_ADDRESS, type Jurisdiction, type Locale } from "../../domain/workspace.ts";
import { isEmptyInstall } from "../../store/instance-store.ts";
import { findUserByEmail, insertMember, insertUser } from "../../store/people-store.ts";
import { insertWorkspace } from "../../store/workspace-store.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { getMe, type Me } from "./get-me.ts";
import { hashPassword, requireStrongPassword } from "./passwords.ts";
import { type StartedSession, startSession } from "./start-session.ts";

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
  workspace: { name: string; jurisdiction: Jurisdiction; currency: Currency; locale: Locale };
  ip: string | null;
  userAgent: string | null;
}

/** Creates a workspace and its owner, and signs the owner in. Honours SIGNUP_POLICY. */
export async function signUp(ctx: AppContext, input: SignUpInput): Promise<{ session: StartedSession; me: Me }> {
  const policy = ctx.config.signupPolicy;
  if (policy === "closed" || (policy === "first-only" && !(await isEmptyInstall(ctx.db)))) {
    throw new DomainError("signup_closed", "sign-up is closed on this installation; ask an owner for an invitation");
  }
  return createWorkspaceWithOwner(ctx, input);
}

/** Creates a workspace, its owner and a session, whatever the sign-up policy (the demo and tests use it). */
export async function createWorkspaceWithOwner(
  ctx: AppContext,
  input: SignUpInput,
): Promise<{ session: StartedSession; me: Me }> {
  const email = input.email.trim().toLowerCase();
  if (await findUserByEmail(ctx.db, email)) throw fieldError("email", "taken", "an account already uses this e-mail");
  await requireStrongPassword("password", input.password, [email, input.name, input.workspace.name]);
  const passwordHash = await hashPassword(input.password);
  const at = ctx.now().toISOString();
  const ids = { user: ctx.newId(), workspace: ctx.newId(), member: ctx.newId() };
  const session = await transact(ctx, async (trx) => {
    if (await findUserByEmail(trx, email)) throw fieldError("email", "taken", "an account already uses this e-mail");
    await insertUser(trx, {
      id: ids.user,
      email,
      name: input.name.trim(),
      locale: input.workspace.locale,
      passwordHash,
      createdAt: at,
    });
    const { country, region } = defaultsForJurisdiction(input.workspace.jurisdiction);
    const workspace = {
      id: ids.workspace,
      name: input.workspace.name.trim(),
      legalName: input.workspace.name.trim(),
      address: { ...EMPTY_ADDRESS, country, region },
      jurisdiction: input.workspace.jurisdiction,
      currency: input.workspace.currency,
      locale: input.workspace.locale,
      taxIds: { gst: null, qst: null, siren: null, vat: null },
      targetHourlyRate: 0,
      terms: { paymentDays: 30, lateInterestBp: 0, noticeDays: 30 },
      values: [],
      timeRoundingMinutes: 0 as const,
      createdAt: at,
    };
    await insertWorkspace(trx, workspace, at);
    const member = {
      id: ids.member,
      workspaceId: ids.workspace,
      userId: ids.user,
      name: input.name.trim(),
      email,
      role: "owner" as const,
      status: "active" as const,
      weeklyCapacityHours: 0,
      costRate: 0,
      billableRate: 0,
      createdAt: at,
    };
    await insertMember(trx, member);
    const actor = { workspaceId: ids.workspace, actorMemberId: ids.member };
    await recordAudit(ctx, trx, {
      ...actor,
      action: "workspace.created",
      entity: "workspace",
      entityId: ids.workspace,
      after: workspace,
    });
    await recordAudit(ctx, trx, {
      ...actor,
      action: "member.created",
      entity: "member",
      entityId: ids.member,
      after: member,
    });
    return startSession(ctx, trx, {
      userId: ids.user,
      memberId: ids.member,
      workspaceId: ids.workspace,
      ip: input.ip,
      userAgent: input.userAgent,
    });
  });
  const me = await getMe(ctx, {
    userId: ids.user,
    memberId: ids.member,
    workspaceId: ids.workspace,
    role: "owner",
    csrfToken: session.csrfToken,
  });
  return { session, me };
}
