import { fieldError } from "../../domain/errors.ts";
import { type Actor, type Role, requirePermission } from "../../domain/permissions.ts";
import { findMemberByEmail, insertInvite, insertMember, type Member } from "../../store/people-store.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { hashToken, newToken } from "./tokens.ts";

export const INVITE_DAYS = 14;

export interface InviteMemberInput {
  email: string;
  name: string;
  role: Role;
  weeklyCapacityHours?: number | undefined;
  costRate?: number | undefined;
  billableRate?: number | undefined;
}

/**
 * Owners add a person to the workspace with a role. The person joins through a one-time invitation link (valid 14
 * days) where they choose their password; the link is returned once and only its hash is kept.
 */
export async function inviteMember(
  ctx: AppContext,
  actor: Actor,
  input: InviteMemberInput,
): Promise<{ member: Member; inviteUrl: string }> {
  requirePermission(actor, "admin");
  const email = input.email.trim().toLowerCase();
  const token = newToken();
  const now = ctx.now();
  const at = now.toISOString();
  const member: Member = {
    id: ctx.newId(),
    workspaceId: actor.workspaceId,
    userId: null,
    name: input.name.trim(),
    email,
    role: input.role,
    status: "invited",
    weeklyCapacityHours: input.weeklyCapacityHours ?? 0,
    costRate: input.costRate ?? 0,
    billableRate: input.billableRate ?? 0,
    createdAt: at,
  };
  await transact(ctx, async (trx) => {
    if (await findMemberByEmail(trx, actor.workspaceId, email)) {
      throw fieldError("email", "taken", "this person is already a member of the workspace");
    }
    await insertMember(trx, member);
    await insertInvite(trx, {
      id: ctx.newId(),
      workspaceId: actor.workspaceId,
      memberId: member.id,
      tokenHash: hashToken(ctx.secret, token),
      expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString(),
      createdAt: at,
    });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "member.invited",
      entity: "member",
      entityId: member.id,
      after: member,
    });
  });
  return { member, inviteUrl: `${ctx.config.publicUrl}/invite/${token}` };
}
