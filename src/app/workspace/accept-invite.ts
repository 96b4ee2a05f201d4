import { DomainError, fieldError } from "../../domain/errors.ts";
import type { Role } from "../../domain/permissions.ts";
import {
  findMember,
  findOpenInvite,
  findUserByEmail,
  insertUser,
  markInviteUsed,
  updateMemberRow,
} from "../../store/people-store.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { getMe, type Me } from "./get-me.ts";
import { hashPassword, requireStrongPassword, verifyPassword } from "./passwords.ts";
import { type StartedSession, startSession } from "./start-session.ts";
import { hashToken } from "./tokens.ts";

/** What an invitation link shows before it is accepted; unknown, used or expired links are simply not found. */
export async function getInvite(ctx: AppContext, token: string) {
  const invite = await findOpenInvite(ctx.db, hashToken(ctx.secret, token), ctx.now().toISOString());
  if (!invite) throw new DomainError("not_found", "invitation not found");
  return { email: invite.email, name: invite.name, role: invite.role as Role, workspaceName: invite.workspace_name };
}

export interface AcceptInviteInput {
  token: string;
  name: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Joins the workspace: creates the login (or, when the e-mail already has one, checks its password), activates the
 * membership, uses up the link and signs in.
 */
export async function acceptInvite(
  ctx: AppContext,
  input: AcceptInviteInput,
): Promise<{ session: StartedSession; me: Me }> {
  const at = ctx.now().toISOString();
  const invite = await findOpenInvite(ctx.db, hashToken(ctx.secret, input.token), at);
  if (!invite) throw new DomainError("not_found", "invitation not found");
  const existing = await findUserByEmail(ctx.db, invite.email);
  if (existing && !(await verifyPassword(existing.password_hash, input.password))) {
    throw fieldError("password", "existing_account", "this e-mail already has an account: enter its password");
  }
  if (!existing)
    await requireStrongPassword("password", input.password, [invite.email, input.name, invite.workspace_name]);
  const passwordHash = existing ? undefined : await hashPassword(input.password);
  const userId = existing?.id ?? ctx.newId();
  const session = await transact(ctx, async (trx) => {
    const still = await findOpenInvite(trx, hashToken(ctx.secret, input.token), at);
    const member = still && (await findMember(trx, still.workspace_id, still.member_id));
    if (!still || !member) throw new DomainError("not_found", "invitation not found");
    if (passwordHash) {
      await insertUser(trx, {
        id: userId,
        email: invite.email,
        name: input.name.trim(),
        locale: "fr-CA",
        passwordHash,
        createdAt: at,
      });
    }
    const after = { ...member, userId, name: input.name.trim() || member.name, status: "active" as const };
    await updateMemberRow(trx, after, at);
    await markInviteUsed(trx, still.id, at);
    await recordAudit(ctx, trx, {
      workspaceId: member.workspaceId,
      actorMemberId: member.id,
      action: "member.joined",
      entity: "member",
      entityId: member.id,
      before: member,
      after,
    });
    return startSession(ctx, trx, {
      userId,
      memberId: member.id,
      workspaceId: member.workspaceId,
      ip: input.ip,
      userAgent: input.userAgent,
    });
  });
  const me = await getMe(ctx, {
    userId,
    memberId: invite.member_id,
    workspaceId: invite.workspace_id,
    role: invite.role as Role,
    csrfToken: session.csrfToken,
  });
  return { session, me };
}
