/**
 * Changing one's password (the current one required) and the operator's reset (`mandat reset-password`): the new
 * hash replaces the old, every other session of the person ends, and the workspace's audit trail records it (never
 * the password).
 */
import { randomBytes } from "node:crypto";
import { fieldError } from "../../domain/errors.ts";
import { findActiveMembershipOfUser, findUser, findUserByEmail } from "../../store/people-store.ts";
import { deleteSessionsOfUser, findPasswordHash, setPasswordHash } from "../../store/session-store.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { hashPassword, requireStrongPassword, verifyPassword } from "./passwords.ts";
import { hashToken } from "./tokens.ts";

export interface ChangePasswordInput {
  userId: string;
  memberId: string;
  workspaceId: string;
  /** The session making the change stays open; every other one ends. */
  sessionToken: string | undefined;
  currentPassword: string;
  newPassword: string;
}

export async function changePassword(ctx: AppContext, input: ChangePasswordInput): Promise<{ endedSessions: number }> {
  const stored = await findPasswordHash(ctx.db, input.userId);
  if (!stored || !(await verifyPassword(stored, input.currentPassword))) {
    throw fieldError("currentPassword", "incorrect", "the current password is not correct");
  }
  if (input.newPassword === input.currentPassword) {
    throw fieldError("newPassword", "unchanged", "choose a password different from the current one");
  }
  const user = await findUser(ctx.db, input.userId);
  await requireStrongPassword("newPassword", input.newPassword, user ? [user.email, user.name] : []);
  const passwordHash = await hashPassword(input.newPassword);
  const keep = input.sessionToken ? hashToken(ctx.secret, input.sessionToken) : undefined;
  return transact(ctx, async (trx) => {
    await setPasswordHash(trx, input.userId, passwordHash);
    const endedSessions = await deleteSessionsOfUser(trx, input.userId, keep);
    await recordAudit(ctx, trx, {
      workspaceId: input.workspaceId,
      actorMemberId: input.memberId,
      action: "user.password_changed",
      entity: "user",
      entityId: input.userId,
      after: { endedSessions },
    });
    return { endedSessions };
  });
}

/** The operator's reset: a new random password for the account (shown once by the CLI), every session ended. */
export async function resetPasswordByOperator(ctx: AppContext, email: string): Promise<{ password: string }> {
  const user = await findUserByEmail(ctx.db, email.trim().toLowerCase());
  if (!user) throw fieldError("email", "not_found", "no account with this e-mail");
  const password = randomBytes(18).toString("base64url");
  const passwordHash = await hashPassword(password);
  const member = await findActiveMembershipOfUser(ctx.db, user.id);
  await transact(ctx, async (trx) => {
    await setPasswordHash(trx, user.id, passwordHash);
    const endedSessions = await deleteSessionsOfUser(trx, user.id);
    if (member) {
      await recordAudit(ctx, trx, {
        workspaceId: member.workspaceId,
        actorMemberId: null,
        action: "user.password_reset_by_operator",
        entity: "user",
        entityId: user.id,
        after: { endedSessions },
      });
    }
  });
  return { password };
}
