import { DomainError, fieldError } from "../../domain/errors.ts";
import { findActiveMembershipOfUser, findUserByEmail } from "../../store/people-store.ts";
import {
  clearAttempts,
  countRecentAttempts,
  deleteAttempt,
  lockAttemptKeys,
  recordAttempts,
} from "../../store/session-store.ts";
import type { AppContext } from "../shared/context.ts";
import { transact } from "../shared/transact.ts";
import { getMe, type Me } from "./get-me.ts";
import { decoyHash, verifyPassword } from "./passwords.ts";
import { type StartedSession, startSession } from "./start-session.ts";
import { checkSecondFactor, hasSecondFactor } from "./two-factor.ts";

/** Failed attempts allowed in the window, per account and per client address. */
export const LOGIN_LIMITS = { windowMinutes: 15, perAccount: 10, perAddress: 50 } as const;

export interface LogInInput {
  email: string;
  password: string;
  /** The second factor, when the account has one: the authenticator app's code or a recovery code. */
  code?: string | undefined;
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
  const at = now.toISOString();
  const reserved = { account: ctx.newId(), address: ctx.newId() };
  // Count and record the attempt in one transaction, serialised per key, before the password is checked: of a
  // parallel burst, exactly as many attempts as the limit allows are checked. A success withdraws its record.
  await transact(ctx, async (trx) => {
    await lockAttemptKeys(trx, ctx.engine, [keys.account, keys.address]);
    const [byAccount, byAddress] = await Promise.all([
      countRecentAttempts(trx, keys.account, since),
      countRecentAttempts(trx, keys.address, since),
    ]);
    if (byAccount >= LOGIN_LIMITS.perAccount || byAddress >= LOGIN_LIMITS.perAddress) {
      throw new DomainError("rate_limited", "too many failed sign-in attempts; try again in a few minutes", {
        retryAfterSeconds: LOGIN_LIMITS.windowMinutes * 60,
      });
    }
    await recordAttempts(
      trx,
      [
        { id: reserved.account, key: keys.account, at },
        { id: reserved.address, key: keys.address, at },
      ],
      new Date(now.getTime() - 86_400_000).toISOString(),
    );
  });
  const user = await findUserByEmail(ctx.db, email);
  const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), input.password);
  const member = ok && user ? await findActiveMembershipOfUser(ctx.db, user.id) : undefined;
  if (!user || !ok || !member) throw new DomainError("unauthenticated", "e-mail or password is incorrect");
  if (await hasSecondFactor(ctx, user.id)) {
    if (!input.code) {
      // The first step: the password was right. Its attempt is withdrawn, but earlier failures (wrong codes) stay
      // counted: only a complete sign-in clears them.
      await deleteAttempt(ctx.db, reserved.account);
      await deleteAttempt(ctx.db, reserved.address);
      throw fieldError("code", "two_factor_required", "enter the code of your authenticator app (or a recovery code)");
    }
    // A wrong code keeps this attempt counted, toward the same limits as wrong passwords.
    if (!(await checkSecondFactor(ctx, user.id, input.code))) {
      throw fieldError("code", "incorrect", "this code is not the one the app shows now");
    }
  }
  await deleteAttempt(ctx.db, reserved.address);
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
