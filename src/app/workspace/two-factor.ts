/**
 * The second factor (TOTP, RFC 6238: SHA-1, 6 digits, 30 s, as every authenticator app reads it) with otpauth. Set
 * up in two steps (a secret offered, then confirmed by its first code), it gives ten single-use recovery codes shown
 * once and stored as keyed hashes. The secret is stored encrypted (secret-box.ts) and never answered again after
 * setup. A code is accepted one step early or late (clock drift) and only once: the last step used is recorded.
 */
import { randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { DomainError, fieldError } from "../../domain/errors.ts";
import type { Actor } from "../../domain/permissions.ts";
import {
  claimTotpStep,
  disableTwoFactor as clearTwoFactor,
  countUnusedRecoveryCodes,
  findTwoFactor,
  replaceRecoveryCodes,
  setPendingTwoFactor,
  spendRecoveryCode,
  enableTwoFactor as storeTwoFactor,
} from "../../store/account-security-store.ts";
import { findUser } from "../../store/people-store.ts";
import { findPasswordHash } from "../../store/session-store.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { openSecret, sealSecret } from "../shared/secret-box.ts";
import { transact } from "../shared/transact.ts";
import { verifyPassword } from "./passwords.ts";
import { hashToken } from "./tokens.ts";
import { requireSecondFactorOptional } from "./two-factor-policy.ts";

const PURPOSE = "totp";
const PERIOD = 30;
const RECOVERY_CODES = 10;
/** Recovery code letters: no 0/O, 1/I/L, so a code read aloud or copied by hand stays right. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

function totp(secret: Secret, label: string): TOTP {
  return new TOTP({ issuer: "Mandat", label, algorithm: "SHA1", digits: 6, period: PERIOD, secret });
}

/** The time step a 6-digit code belongs to (±1 step), or undefined when it matches none. */
function stepOf(ctx: AppContext, base32: string, code: string): number | undefined {
  const timestamp = ctx.now().getTime();
  const delta = totp(Secret.fromBase32(base32), "").validate({ token: code, timestamp, window: 1 });
  return delta === null ? undefined : Math.floor(timestamp / 1000 / PERIOD) + delta;
}

function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, "");
}

function recoveryHash(ctx: AppContext, code: string): string {
  return hashToken(ctx.secret, `recovery:${normaliseRecoveryCode(code)}`);
}

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

const isTotpCode = (code: string) => /^\d{6}$/.test(code.replace(/\s/g, ""));

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: string | null;
  recoveryCodesLeft: number;
}

export async function getTwoFactorStatus(ctx: AppContext, actor: Actor): Promise<TwoFactorStatus> {
  const row = await findTwoFactor(ctx.db, actor.userId);
  const enabled = Boolean(row?.secretEnc);
  return {
    enabled,
    enabledAt: row?.enabledAt ?? null,
    recoveryCodesLeft: enabled ? await countUnusedRecoveryCodes(ctx.db, actor.userId) : 0,
  };
}

/** Offers a new secret to add to an authenticator app; it is kept aside until its first code confirms it. */
export async function beginTwoFactorSetup(ctx: AppContext, actor: Actor): Promise<{ secret: string; uri: string }> {
  const [row, user] = await Promise.all([findTwoFactor(ctx.db, actor.userId), findUser(ctx.db, actor.userId)]);
  if (!user || !row) throw new DomainError("not_found", "account not found");
  if (row.secretEnc)
    throw new DomainError("invalid_state", "two-factor authentication is already on; turn it off first");
  const secret = new Secret({ size: 20 });
  await transact(ctx, (trx) => setPendingTwoFactor(trx, actor.userId, sealSecret(ctx.secret, PURPOSE, secret.base32)));
  return { secret: secret.base32, uri: totp(secret, user.email).toString() };
}

/** Turns the second factor on with the first code of the offered secret; answers the recovery codes, once. */
export async function confirmTwoFactor(
  ctx: AppContext,
  actor: Actor,
  code: string,
): Promise<{ recoveryCodes: string[] }> {
  const row = await findTwoFactor(ctx.db, actor.userId);
  if (row?.secretEnc) throw new DomainError("invalid_state", "two-factor authentication is already on");
  const base32 = row?.pendingEnc ? openSecret(ctx.secret, PURPOSE, row.pendingEnc) : undefined;
  if (!row?.pendingEnc || !base32) {
    throw new DomainError("invalid_state", "start the setup first (POST /me/two-factor/setup)");
  }
  const step = isTotpCode(code) ? stepOf(ctx, base32, code.replace(/\s/g, "")) : undefined;
  if (step === undefined) throw fieldError("code", "incorrect", "this code is not the one the app shows now");
  const recoveryCodes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  const at = ctx.now().toISOString();
  await transact(ctx, async (trx) => {
    await storeTwoFactor(trx, actor.userId, row.pendingEnc as string, at, step);
    await replaceRecoveryCodes(
      trx,
      actor.userId,
      recoveryCodes.map((c) => ({ id: ctx.newId(), codeHash: recoveryHash(ctx, c) })),
      at,
    );
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "user.two_factor_enabled",
      entity: "user",
      entityId: actor.userId,
      after: { recoveryCodes: recoveryCodes.length },
    });
  });
  return { recoveryCodes };
}

/**
 * Checks a second-factor code of a person whose factor is on: the app's current code (once) or an unused recovery
 * code (used up). False otherwise.
 */
export async function checkSecondFactor(ctx: AppContext, userId: string, code: string): Promise<boolean> {
  const row = await findTwoFactor(ctx.db, userId);
  const base32 = row?.secretEnc ? openSecret(ctx.secret, PURPOSE, row.secretEnc) : undefined;
  if (!base32) return false;
  if (isTotpCode(code)) {
    const step = stepOf(ctx, base32, code.replace(/\s/g, ""));
    return step !== undefined && (await claimTotpStep(ctx.db, userId, step));
  }
  if (normaliseRecoveryCode(code).length !== 10) return false;
  return spendRecoveryCode(ctx.db, userId, recoveryHash(ctx, code), ctx.now().toISOString());
}

/** Whether the person must give a second factor at sign-in. */
export async function hasSecondFactor(ctx: AppContext, userId: string): Promise<boolean> {
  return Boolean((await findTwoFactor(ctx.db, userId))?.secretEnc);
}

/** Turns the second factor off: the password and a current code (or a recovery code) are both required. */
export async function turnOffTwoFactor(
  ctx: AppContext,
  actor: Actor,
  input: { password: string; code: string },
): Promise<TwoFactorStatus> {
  const stored = await findPasswordHash(ctx.db, actor.userId);
  if (!stored || !(await verifyPassword(stored, input.password))) {
    throw fieldError("password", "incorrect", "the password is not correct");
  }
  if (!(await hasSecondFactor(ctx, actor.userId))) {
    throw new DomainError("invalid_state", "two-factor authentication is not on");
  }
  await requireSecondFactorOptional(ctx, actor);
  if (!(await checkSecondFactor(ctx, actor.userId, input.code))) {
    throw fieldError("code", "incorrect", "this code is not the one the app shows now");
  }
  await transact(ctx, async (trx) => {
    await clearTwoFactor(trx, actor.userId);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "user.two_factor_disabled",
      entity: "user",
      entityId: actor.userId,
    });
  });
  return { enabled: false, enabledAt: null, recoveryCodesLeft: 0 };
}
