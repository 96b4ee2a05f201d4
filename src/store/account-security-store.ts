/** What account security keeps: the second factor, recovery codes, a person's sessions and password reset links. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

export interface TwoFactorRow {
  secretEnc: string | null;
  pendingEnc: string | null;
  enabledAt: string | null;
  lastStep: number | null;
}

export async function findTwoFactor(db: Kysely<Database>, userId: string): Promise<TwoFactorRow | undefined> {
  const row = await db
    .selectFrom("users")
    .select(["totp_secret_enc", "totp_pending_enc", "totp_enabled_at", "totp_last_step"])
    .where("id", "=", userId)
    .executeTakeFirst();
  return row
    ? {
        secretEnc: row.totp_secret_enc,
        pendingEnc: row.totp_pending_enc,
        enabledAt: row.totp_enabled_at,
        lastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
      }
    : undefined;
}

export async function setPendingTwoFactor(trx: Kysely<Database>, userId: string, pendingEnc: string): Promise<void> {
  await trx.updateTable("users").set({ totp_pending_enc: pendingEnc }).where("id", "=", userId).execute();
}

export async function enableTwoFactor(
  trx: Kysely<Database>,
  userId: string,
  secretEnc: string,
  at: string,
  step: number,
): Promise<void> {
  await trx
    .updateTable("users")
    .set({ totp_secret_enc: secretEnc, totp_pending_enc: null, totp_enabled_at: at, totp_last_step: step })
    .where("id", "=", userId)
    .execute();
}

export async function disableTwoFactor(trx: Kysely<Database>, userId: string): Promise<void> {
  await trx
    .updateTable("users")
    .set({ totp_secret_enc: null, totp_pending_enc: null, totp_enabled_at: null, totp_last_step: null })
    .where("id", "=", userId)
    .execute();
  await trx.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
}

/**
 * Records `step` as the last TOTP step used, only if it is later than the one recorded: false when this code (or a
 * later one) was already used, so a code seen by someone else cannot be replayed.
 */
export async function claimTotpStep(db: Kysely<Database>, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set({ totp_last_step: step })
    .where("id", "=", userId)
    .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function replaceRecoveryCodes(
  trx: Kysely<Database>,
  userId: string,
  rows: { id: string; codeHash: string }[],
  at: string,
): Promise<void> {
  await trx.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
  await trx
    .insertInto("recovery_codes")
    .values(rows.map((r) => ({ id: r.id, user_id: userId, code_hash: r.codeHash, created_at: at, used_at: null })))
    .execute();
}

/** Uses up an unused recovery code; false when there is none with this hash (or it was used, even just now). */
export async function spendRecoveryCode(
  db: Kysely<Database>,
  userId: string,
  codeHash: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable("recovery_codes")
    .set({ used_at: at })
    .where("user_id", "=", userId)
    .where("code_hash", "=", codeHash)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function countUnusedRecoveryCodes(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom("recovery_codes")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface SessionInfo {
  id: string;
  workspaceId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  /** The session row's key (the cookie's hash), to tell the current one; never answered. */
  key: string;
}

/** A person's live sessions, newest first. */
export async function listSessionsOfUser(db: Kysely<Database>, userId: string, at: string): Promise<SessionInfo[]> {
  const rows = await db
    .selectFrom("sessions")
    .select(["id", "public_id", "workspace_id", "created_at", "last_seen_at", "expires_at", "ip", "user_agent"])
    .where("user_id", "=", userId)
    .where("expires_at", ">", at)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.public_id ?? r.id,
    workspaceId: r.workspace_id,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at ?? r.created_at,
    expiresAt: r.expires_at,
    ip: r.ip,
    userAgent: r.user_agent,
    key: r.id,
  }));
}

/** Ends one of the person's sessions by its public id; false when there is no such session of theirs. */
export async function deleteSessionOfUser(trx: Kysely<Database>, userId: string, publicId: string): Promise<boolean> {
  const result = await trx
    .deleteFrom("sessions")
    .where("user_id", "=", userId)
    .where("public_id", "=", publicId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function insertPasswordReset(
  trx: Kysely<Database>,
  r: { id: string; userId: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await trx
    .insertInto("password_resets")
    .values({ id: r.id, user_id: r.userId, created_at: r.createdAt, expires_at: r.expiresAt, used_at: null })
    .execute();
}

/** Uses up a live reset link; the user it is for, or undefined (unknown, used or expired: never distinguished). */
export async function spendPasswordReset(
  trx: Kysely<Database>,
  id: string,
  at: string,
): Promise<{ userId: string } | undefined> {
  const row = await trx
    .selectFrom("password_resets")
    .select(["user_id"])
    .where("id", "=", id)
    .where("used_at", "is", null)
    .where("expires_at", ">", at)
    .executeTakeFirst();
  if (!row) return undefined;
  const result = await trx
    .updateTable("password_resets")
    .set({ used_at: at })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0 ? { userId: row.user_id } : undefined;
}

/** Live reset links of a person since `since` (to limit how many one can ask for). */
export async function countRecentPasswordResets(db: Kysely<Database>, userId: string, since: string): Promise<number> {
  const row = await db
    .selectFrom("password_resets")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("created_at", ">", since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The user a live reset link is for, without using it up. */
export async function findLivePasswordReset(
  db: Kysely<Database>,
  id: string,
  at: string,
): Promise<{ userId: string } | undefined> {
  const row = await db
    .selectFrom("password_resets")
    .select("user_id")
    .where("id", "=", id)
    .where("used_at", "is", null)
    .where("expires_at", ">", at)
    .executeTakeFirst();
  return row ? { userId: row.user_id } : undefined;
}

/** Whether the member's workspace requires a second factor, and whether the member's person has one. */
export async function findTwoFactorDuty(
  db: Kysely<Database>,
  workspaceId: string,
  memberId: string,
): Promise<{ required: boolean; enabled: boolean } | undefined> {
  const row = await db
    .selectFrom("members")
    .innerJoin("workspaces", "workspaces.id", "members.workspace_id")
    .innerJoin("users", "users.id", "members.user_id")
    .select(["workspaces.require_two_factor", "users.totp_secret_enc"])
    .where("members.workspace_id", "=", workspaceId)
    .where("members.id", "=", memberId)
    .executeTakeFirst();
  return row ? { required: Number(row.require_two_factor) === 1, enabled: row.totp_secret_enc !== null } : undefined;
}

export async function findTwoFactorRequired(db: Kysely<Database>, workspaceId: string): Promise<boolean> {
  const row = await db
    .selectFrom("workspaces")
    .select("require_two_factor")
    .where("id", "=", workspaceId)
    .executeTakeFirst();
  return Number(row?.require_two_factor) === 1;
}

export async function setTwoFactorRequired(trx: Kysely<Database>, workspaceId: string, required: boolean) {
  await trx
    .updateTable("workspaces")
    .set({ require_two_factor: required ? 1 : 0 })
    .where("id", "=", workspaceId)
    .execute();
}

export interface MemberTwoFactorRow {
  memberId: string;
  name: string;
  email: string;
  role: string;
  enabledAt: string | null;
}

/** The workspace's active members with the day each turned their second factor on (null: not on). */
export async function listMembersTwoFactor(db: Kysely<Database>, workspaceId: string): Promise<MemberTwoFactorRow[]> {
  const rows = await db
    .selectFrom("members")
    .innerJoin("users", "users.id", "members.user_id")
    .select([
      "members.id",
      "members.name",
      "members.email",
      "members.role",
      "users.totp_secret_enc",
      "users.totp_enabled_at",
    ])
    .where("members.workspace_id", "=", workspaceId)
    .where("members.status", "=", "active")
    .orderBy("members.name")
    .orderBy("members.id")
    .execute();
  return rows.map((r) => ({
    memberId: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    enabledAt: r.totp_secret_enc === null ? null : r.totp_enabled_at,
  }));
}

/** Whether the person also has a membership (of any status) in a workspace other than this one. */
export async function hasMembershipElsewhere(db: Kysely<Database>, userId: string, workspaceId: string) {
  const row = await db
    .selectFrom("members")
    .select("id")
    .where("user_id", "=", userId)
    .where("workspace_id", "<>", workspaceId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Every membership of a person (any status, any workspace): what an operator's reset of their account touches. */
export async function listMembershipsOfUser(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom("members")
    .select(["id", "workspace_id as workspaceId"])
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}
