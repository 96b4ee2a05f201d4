/**
 * A workspace's owner may require a second factor of every member. A member without one still signs in, but the
 * session is limited to setting it up (and to signing out): every other API answers 403 `two_factor_setup_required`
 * until they have (the gate in http/two-factor-gate.ts). An owner turns the requirement on only with their own second
 * factor on, so the workspace cannot lock its owners out; owners see which members have one.
 */
import { DomainError } from "../domain/errors.ts";
import { type Actor, requirePermission } from "../domain/permissions.ts";
import {
  findTwoFactorDuty,
  findTwoFactorRequired,
  listMembersTwoFactor,
  setTwoFactorRequired,
} from "../store/account-security-store.ts";
import type { AppContext } from "./context.ts";
import { recordAudit } from "./record-audit.ts";
import { transact } from "./transact.ts";
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
