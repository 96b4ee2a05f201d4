import { DomainError } from "../domain/errors.ts";
import { findActiveMembershipOfUser, findUserByEmail } from "../store/people-store.ts";
import { clearAttempts, countRecentAttempts, recordAttempts } from "../store/session-store.ts";
import type { AppContext } from "./context.ts";
import { getMe, type Me } from "./get-me.ts";
import { decoyHash, verifyPassword } from "./passwords.ts";
import { type StartedSession, startSession } from "./start-session.ts";
import { transact } from "./transact.ts";

/** Failed attempts allowed in the window, per account and per client address. */
export const LOGIN_LIMITS = { windowMinutes: 15, perAccount: 10, perAddress: 50 } as const;

export interface LogInInput {
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Checks the password and opens a session. Failures are counted in the database (so every server process sees
 * them) per account and per address; past the limit the answer is `rate_limited` whatever the password.
 */
export async function logIn(ctx: AppContext, input: LogInInput): Promise<{ session: StartedSession; me: Me }> {
  const email = input.email.trim().toLowerCase();
  const now = ctx.now();
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000).toISOString();
  const keys = { account: `account:${email}`, address: `address:${input.ip ?? "unknown"}` };
  const [byAccount, byAddress] = await Promise.all([
    countRecentAttempts(ctx.db, keys.account, since),
    countRecentAttempts(ctx.db, keys.address, since),
  ]);
  if (byAccount >= LOGIN_LIMITS.perAccount || byAddress >= LOGIN_LIMITS.perAddress) {
    throw new DomainError("rate_limited", "too many failed sign-in attempts; try again in a few minutes", {
      retryAfterSeconds: LOGIN_LIMITS.windowMinutes * 60,
    });
  }
  const user = await findUserByEmail(ctx.db, email);
  const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), input.password);
  const member = ok && user ? await findActiveMembershipOfUser(ctx.db, user.id) : undefined;
  if (!user || !ok || !member) {
    const at = now.toISOString();
    await recordAttempts(
      ctx.db,
      [
        { id: ctx.newId(), key: keys.account, at },
        { id: ctx.newId(), key: keys.address, at },
      ],
      new Date(now.getTime() - 86_400_000).toISOString(),
    );
    throw new DomainError("unauthenticated", "e-mail or password is incorrect");
  }
  await clearAttempts(ctx.db, keys.account);
  const session = await transact(ctx, (trx) =>
    startSession(ctx, trx, {
      userId: user.id,
      memberId: member.id,
      workspaceId: member.workspaceId,
      ip: input.ip,
      userAgent: input.userAgent,
    }),
  );
  const me = await getMe(ctx, {
    userId: user.id,
    memberId: member.id,
    workspaceId: member.workspaceId,
    role: member.role,
    csrfToken: session.csrfToken,
  });
  return { session, me };
}
