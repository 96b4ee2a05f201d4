/**
 * A workspace's owner may require a second factor of every member. A member without one still signs in, but the
 * session is limited to setting it up (and to signing out): every other API answers 403 `two_factor_setup_required`
 * until they have (the gate in http/two-factor-gate.ts). An owner turns the requirement on only with their own second
 * factor on, so the workspace cannot lock its owners out; owners see which members have one. An owner resets the
 * second factor of a member who lost both their phone and their recovery codes (`resetMemberTwoFactor`).
 */
import type { Kysely } from "kysely";
import { DomainError, fieldError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import {
  disableTwoFactor,
  findTwoFactorDuty,
  findTwoFactorRequired,
  hasMembershipElsewhere,
  listMembershipsOfUser,
  listMembersTwoFactor,
  setTwoFactorRequired,
} from "../../store/account-security-store.ts";
import { findMember, findUserByEmail } from "../../store/people-store.ts";
import type { Database } from "../../store/schema.ts";
import { deleteSessionsOfUser, revokeApiTokensOfMember } from "../../store/session-store.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { hasSecondFactor } from "./two-factor.ts";

export interface TwoFactorPolicy {
  required: boolean;
  members: { memberId: string; name: string; email: string; role: string; enabledAt: string | null }[];
}

/** Whether this member must set up a second factor before doing anything else. */
export async function twoFactorSetupRequired(
  ctx: AppContext,
  who: { workspaceId: string; memberId: string },
): Promise<boolean> {
  const duty = await findTwoFactorDuty(ctx.db, who.workspaceId, who.memberId);
  return Boolean(duty?.required && !duty.enabled);
}

/** Refuses when the member's workspace requires a second factor (a person may not turn theirs off there). */
export async function requireSecondFactorOptional(ctx: AppContext, actor: Actor): Promise<void> {
  if (await findTwoFactorRequired(ctx.db, actor.workspaceId)) {
    throw new DomainError("invalid_state", "the workspace requires two-step sign-in of every member; it stays on");
  }
}

export async function getTwoFactorPolicy(ctx: AppContext, actor: Actor): Promise<TwoFactorPolicy> {
  requirePermission(actor, "admin");
  const [required, members] = await Promise.all([
    findTwoFactorRequired(ctx.db, actor.workspaceId),
    listMembersTwoFactor(ctx.db, actor.workspaceId),
  ]);
  return { required, members };
}

/** Owners require (or stop requiring) a second factor of every member. Audited. */
export async function setTwoFactorPolicy(ctx: AppContext, actor: Actor, required: boolean): Promise<TwoFactorPolicy> {
  requirePermission(actor, "admin");
  if (required && !(await hasSecondFactor(ctx, actor.userId))) {
    throw new DomainError("invalid_state", "turn on your own two-step sign-in before requiring it of every member", {
      fields: [{ path: "required", issue: "own_two_factor_off", message: "turn on your own two-step sign-in first" }],
    });
  }
  await transact(ctx, async (trx) => {
    const before = await findTwoFactorRequired(trx, actor.workspaceId);
    if (before === required) return;
    await setTwoFactorRequired(trx, actor.workspaceId, required);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "workspace.two_factor_policy_changed",
      entity: "workspace",
      entityId: actor.workspaceId,
      before: { requireTwoFactor: before },
      after: { requireTwoFactor: required },
    });
  });
  return getTwoFactorPolicy(ctx, actor);
}

export interface TwoFactorReset {
  memberId: string;
  sessionsEnded: number;
  apiTokensRevoked: number;
}

const refuseReset = (issue: string, message: string) =>
  new DomainError("invalid_state", message, { fields: [{ path: "id", issue, message }] });

/**
 * An owner removes another member's second factor (secret and recovery codes), for a member who lost both their phone
 * and their recovery codes. Their sessions and API tokens in the workspace end in the same transaction (the database
 * raises the authentication generation, so every process drops its cached principal at once); where the workspace
 * requires a second factor, their next sign-in leads them through setting it up again. Audited: who reset whom and
 * what ended, never a secret. Refused on oneself (turn it off in Settings), on a member whose factor is not on, and
 * on a person who also belongs to another workspace: the factor is the person's, and it protects that workspace too.
 */
export async function resetMemberTwoFactor(ctx: AppContext, actor: Actor, memberId: string): Promise<TwoFactorReset> {
  requirePermission(actor, "admin");
  return transact(ctx, async (trx) => {
    const member = await findMember(trx, actor.workspaceId, memberId);
    if (!member) throw new DomainError("not_found", "member not found");
    if (member.id === actor.memberId || member.userId === actor.userId) {
      throw refuseReset("own_account", "an owner does not reset their own two-step sign-in: turn it off in Settings");
    }
    const duty = await findTwoFactorDuty(trx, actor.workspaceId, member.id);
    if (!member.userId || !duty?.enabled) {
      throw refuseReset("two_factor_off", "this member's two-step sign-in is not on: there is nothing to reset");
    }
    if (await hasMembershipElsewhere(trx, member.userId, actor.workspaceId)) {
      throw refuseReset(
        "other_workspaces",
        "this person also belongs to another workspace, which their two-step sign-in protects too: the server's operator resets it (mandat reset-two-factor)",
      );
    }
    const ended = await clearSecondFactor(ctx, trx, member.userId, [member]);
    const reset = { memberId: member.id, ...ended };
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "member.two_factor_reset",
      entity: "member",
      entityId: member.id,
      before: { twoFactorEnabled: true },
      after: { twoFactorEnabled: false, ...ended },
    });
    return reset;
  });
}

/** Removes a person's second factor and ends every session of theirs and the API tokens of the given memberships. */
async function clearSecondFactor(
  ctx: AppContext,
  trx: Kysely<Database>,
  userId: string,
  memberships: { id: string; workspaceId: string }[],
): Promise<{ sessionsEnded: number; apiTokensRevoked: number }> {
  await disableTwoFactor(trx, userId);
  const sessionsEnded = await deleteSessionsOfUser(trx, userId);
  const at = ctx.now().toISOString();
  let apiTokensRevoked = 0;
  for (const m of memberships) apiTokensRevoked += await revokeApiTokensOfMember(trx, m.workspaceId, m.id, at);
  return { sessionsEnded, apiTokensRevoked };
}

/**
 * The operator's reset (`mandat reset-two-factor`), for a person locked out whom no owner can reset: the only owner
 * of their workspace, or a person of several workspaces. The second factor is removed, every session of the person
 * ends and the API tokens of each of their memberships are revoked; each of their workspaces' audit trails records
 * it (no member as the actor). Their password is unchanged.
 */
export async function resetTwoFactorByOperator(
  ctx: AppContext,
  email: string,
): Promise<{ sessionsEnded: number; apiTokensRevoked: number; workspaces: number }> {
  const user = await findUserByEmail(ctx.db, email.trim().toLowerCase());
  if (!user) throw fieldError("email", "not_found", "no account with this e-mail");
  if (!(await hasSecondFactor(ctx, user.id))) {
    throw fieldError("email", "two_factor_off", "this account's two-step sign-in is not on: there is nothing to reset");
  }
  return transact(ctx, async (trx) => {
    const memberships = await listMembershipsOfUser(trx, user.id);
    const ended = await clearSecondFactor(ctx, trx, user.id, memberships);
    for (const workspaceId of new Set(memberships.map((m) => m.workspaceId))) {
      await recordAudit(ctx, trx, {
        workspaceId,
        actorMemberId: null,
        action: "user.two_factor_reset_by_operator",
        entity: "user",
        entityId: user.id,
        after: { twoFactorEnabled: false, ...ended },
      });
    }
    return { ...ended, workspaces: memberships.length };
  });
}
