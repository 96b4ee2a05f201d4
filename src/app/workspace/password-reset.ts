/**
 * Resetting a forgotten password by e-mail. Asking answers the same whether or not the e-mail has an account (no
 * enumeration), and the link is sent only when an SMTP server is configured (otherwise the operator resets with
 * `mandat reset-password`). The link carries a 256-bit token kept only as its HMAC, good for 30 minutes and once; at
 * most 3 are sent per account per hour. The message goes through the outbox like every e-mail, but the copy kept
 * there never holds the link (an owner reading the outbox must not be able to take over a member's account).
 * Setting the new password checks its strength, ends every session and is recorded in the audit trail; a second
 * factor stays on.
 */

import { DomainError } from "../../domain/errors.ts";
import {
  countRecentPasswordResets,
  findLivePasswordReset,
  insertPasswordReset,
  spendPasswordReset,
} from "../../store/account-security-store.ts";
import { markOutboxMessage } from "../../store/outbox-store.ts";
import { findActiveMembershipOfUser, findUser, findUserByEmail } from "../../store/people-store.ts";
import { deleteSessionsOfUser, setPasswordHash } from "../../store/session-store.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { queueMessage } from "../shared/send-messages.ts";
import { transact } from "../shared/transact.ts";
import { hashPassword, requireStrongPassword } from "./passwords.ts";
import { hashToken, newToken } from "./tokens.ts";

export const RESET_MINUTES = 30;
const RESETS_PER_HOUR = 3;

function resetMessage(locale: string, url: string): { subject: string; body: (link: string) => string } {
  if (locale.startsWith("en")) {
    return {
      subject: "Reset your Mandat password",
      body: (link) =>
        `Someone (hopefully you) asked to reset the password of your Mandat account.\n\nChoose a new password here within ${RESET_MINUTES} minutes (the link works once):\n${link}\n\nIf you did not ask, ignore this message: your password does not change.\n\n${url}\n`,
    };
  }
  return {
    subject: "Réinitialiser votre mot de passe Mandat",
    body: (link) =>
      `Quelqu'un (vous, espérons-le) a demandé à réinitialiser le mot de passe de votre compte Mandat.\n\nChoisissez un nouveau mot de passe ici d'ici ${RESET_MINUTES} minutes (le lien ne sert qu'une fois) :\n${link}\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.\n\n${url}\n`,
  };
}

/**
 * Sends a reset link when the e-mail has an active account (and SMTP is configured). Returns at once: the sending
 * happens after the answer, so its time tells nothing. Resolves `sending` for tests and the CLI.
 */
export async function requestPasswordReset(ctx: AppContext, email: string): Promise<{ sending: Promise<void> }> {
  const done = { sending: Promise.resolve() };
  const mailer = ctx.mailer;
  if (!mailer) return done;
  const user = await findUserByEmail(ctx.db, email.trim().toLowerCase());
  const member = user ? await findActiveMembershipOfUser(ctx.db, user.id) : undefined;
  if (!user || !member) return done;
  const now = ctx.now();
  const since = new Date(now.getTime() - 3_600_000).toISOString();
  if ((await countRecentPasswordResets(ctx.db, user.id, since)) >= RESETS_PER_HOUR) return done;
  const token = newToken();
  const link = `${ctx.config.publicUrl}/login?reset=${token}`;
  const text = resetMessage(user.locale, ctx.config.publicUrl);
  const message = await transact(ctx, async (trx) => {
    await insertPasswordReset(trx, {
      id: hashToken(ctx.secret, token),
      userId: user.id,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000).toISOString(),
    });
    return queueMessage(ctx, trx, {
      workspaceId: member.workspaceId,
      kind: "password_reset",
      to: user.email,
      subject: text.subject,
      body: text.body("(link sent by e-mail, not kept here / lien envoyé par courriel, non conservé ici)"),
      entity: "user",
      entityId: user.id,
    });
  });
  const sending = mailer
    .send({ to: user.email, subject: text.subject, text: text.body(link) })
    .then(() => markOutboxMessage(ctx.db, message.id, { status: "sent", error: null, sentAt: ctx.now().toISOString() }))
    .catch((err: unknown) =>
      markOutboxMessage(ctx.db, message.id, {
        status: "failed",
        error: err instanceof Error ? err.message : String(err),
        sentAt: null,
      }).catch(() => undefined),
    );
  return { sending };
}

/** Sets a new password through a reset link: once, before it expires; every session ends. */
export async function completePasswordReset(
  ctx: AppContext,
  input: { token: string; password: string },
): Promise<void> {
  const id = hashToken(ctx.secret, input.token);
  const at = ctx.now().toISOString();
  const pending = await findLivePasswordReset(ctx.db, id, at);
  const user = pending ? await findUser(ctx.db, pending.userId) : undefined;
  if (!user) throw new DomainError("not_found", "this reset link is unknown, used or expired");
  await requireStrongPassword("password", input.password, [user.email, user.name]);
  const passwordHash = await hashPassword(input.password);
  const member = await findActiveMembershipOfUser(ctx.db, user.id);
  await transact(ctx, async (trx) => {
    if (!(await spendPasswordReset(trx, id, at))) {
      throw new DomainError("not_found", "this reset link is unknown, used or expired");
    }
    await setPasswordHash(trx, user.id, passwordHash);
    const endedSessions = await deleteSessionsOfUser(trx, user.id);
    if (member) {
      await recordAudit(ctx, trx, {
        workspaceId: member.workspaceId,
        actorMemberId: member.id,
        action: "user.password_reset",
        entity: "user",
        entityId: user.id,
        after: { endedSessions },
      });
    }
  });
}
