/** Sessions, API tokens and login attempts: everything authentication keeps, in the database so processes share it. */
import { type Kysely, sql } from "kysely";
import type { Role } from "../domain/permissions.ts";
import { instanceCounter } from "./instance-store.ts";
import type { Engine } from "./open-database.ts";
import type { Database } from "./schema.ts";

export interface SessionRow {
  id: string;
  userId: string;
  memberId: string;
  workspaceId: string;
  csrfToken: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  expiresAt: string;
  /** What the person sees and revokes it by (GET /me/sessions). */
  publicId: string;
}

export async function insertSession(trx: Kysely<Database>, s: SessionRow): Promise<void> {
  await trx
    .insertInto("sessions")
    .values({
      id: s.id,
      user_id: s.userId,
      member_id: s.memberId,
      workspace_id: s.workspaceId,
      csrf_token: s.csrfToken,
      ip: s.ip,
      user_agent: s.userAgent,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
      public_id: s.publicId,
      last_seen_at: s.createdAt,
    })
    .execute();
}

export interface Principal {
  userId: string;
  memberId: string;
  workspaceId: string;
  role: Role;
  csrfToken: string | null;
}

/** The live session's principal: unexpired, member still active. Notes when it was last seen (every 5 minutes). */
export async function findSessionPrincipal(
  db: Kysely<Database>,
  sessionId: string,
  at: string,
): Promise<Principal | undefined> {
  return (await findLiveSession(db, sessionId, at))?.principal;
}

/** `findSessionPrincipal` with the session's end (`expiresAt`), for a cache that must not outlive it. */
export async function findLiveSession(
  db: Kysely<Database>,
  sessionId: string,
  at: string,
): Promise<{ principal: Principal; expiresAt: string } | undefined> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("members", "members.id", "sessions.member_id")
    .select([
      "sessions.user_id",
      "sessions.member_id",
      "sessions.workspace_id",
      "sessions.csrf_token",
      "sessions.last_seen_at",
      "sessions.expires_at",
      "members.role",
    ])
    .where("sessions.id", "=", sessionId)
    .where("sessions.expires_at", ">", at)
    .where("members.status", "=", "active")
    .executeTakeFirst();
  if (row && (!row.last_seen_at || Date.parse(at) - Date.parse(row.last_seen_at) > 5 * 60_000)) {
    await db.updateTable("sessions").set({ last_seen_at: at }).where("id", "=", sessionId).execute();
  }
  return row
    ? {
        principal: {
          userId: row.user_id,
          memberId: row.member_id,
          workspaceId: row.workspace_id,
          role: row.role as Role,
          csrfToken: row.csrf_token,
        },
        expiresAt: row.expires_at,
      }
    : undefined;
}

/**
 * A number that database triggers raise whenever a session or API token stops being valid or a member changes
 * (logout, revocation, expiry moved, role or status changed, anything deleted): read before a cached principal is
 * trusted, it tells every server process of a database at once.
 */
export function authGeneration(db: Kysely<Database>): Promise<string> {
  return instanceCounter(db, "auth_generation");
}

export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

/** Ends every session of a person (all workspaces), except `keepSessionId` when given. */
export async function deleteSessionsOfUser(
  trx: Kysely<Database>,
  userId: string,
  keepSessionId?: string | undefined,
): Promise<number> {
  let q = trx.deleteFrom("sessions").where("user_id", "=", userId);
  if (keepSessionId) q = q.where("id", "<>", keepSessionId);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function findPasswordHash(db: Kysely<Database>, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom("users").select("password_hash").where("id", "=", userId).executeTakeFirst();
  return row?.password_hash;
}

export async function setPasswordHash(trx: Kysely<Database>, userId: string, passwordHash: string): Promise<void> {
  await trx.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
}

/** Ends every session of a membership; answers how many ended. */
export async function deleteSessionsOfMember(trx: Kysely<Database>, memberId: string): Promise<number> {
  const result = await trx.deleteFrom("sessions").where("member_id", "=", memberId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Revokes every live API token of a member of this workspace; answers how many were revoked. */
export async function revokeApiTokensOfMember(
  trx: Kysely<Database>,
  workspaceId: string,
  memberId: string,
  at: string,
): Promise<number> {
  const result = await trx
    .updateTable("api_tokens")
    .set({ revoked_at: at })
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "=", memberId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The principal of an unrevoked API token of an active member; records its use. */
export async function findTokenPrincipal(
  db: Kysely<Database>,
  tokenHash: string,
  at: string,
): Promise<Principal | undefined> {
  const row = await db
    .selectFrom("api_tokens")
    .innerJoin("members", "members.id", "api_tokens.member_id")
    .select([
      "api_tokens.id",
      "api_tokens.last_used_at",
      "members.user_id",
      "api_tokens.member_id",
      "api_tokens.workspace_id",
      "members.role",
    ])
    .where("api_tokens.token_hash", "=", tokenHash)
    .where("api_tokens.revoked_at", "is", null)
    .where("members.status", "=", "active")
    .executeTakeFirst();
  if (!row?.user_id) return undefined;
  // Record the use at most every five minutes: a write (and, on SQLite, a disk sync) per API read would dominate.
  if (!row.last_used_at || Date.parse(at) - Date.parse(row.last_used_at) > 5 * 60_000) {
    await db.updateTable("api_tokens").set({ last_used_at: at }).where("id", "=", row.id).execute();
  }
  return {
    userId: row.user_id,
    memberId: row.member_id,
    workspaceId: row.workspace_id,
    role: row.role as Role,
    csrfToken: null,
  };
}

export interface ApiTokenInfo {
  id: string;
  name: string;
  memberId: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export async function insertApiToken(
  trx: Kysely<Database>,
  t: ApiTokenInfo & { workspaceId: string; tokenHash: string },
): Promise<void> {
  await trx
    .insertInto("api_tokens")
    .values({
      id: t.id,
      workspace_id: t.workspaceId,
      member_id: t.memberId,
      name: t.name,
      token_hash: t.tokenHash,
      created_at: t.createdAt,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
}

export async function listApiTokens(db: Kysely<Database>, workspaceId: string): Promise<ApiTokenInfo[]> {
  const rows = await db
    .selectFrom("api_tokens")
    .select(["id", "name", "member_id", "created_at", "last_used_at"])
    .where("workspace_id", "=", workspaceId)
    .where("revoked_at", "is", null)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    memberId: r.member_id,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
  }));
}

/** Revokes a token of this workspace; false when there is no such live token. */
export async function revokeApiTokenRow(
  trx: Kysely<Database>,
  workspaceId: string,
  id: string,
  at: string,
): Promise<boolean> {
  const result = await trx
    .updateTable("api_tokens")
    .set({ revoked_at: at })
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function countRecentAttempts(db: Kysely<Database>, key: string, since: string): Promise<number> {
  const row = await db
    .selectFrom("login_attempts")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("key", "=", key)
    .where("at", ">", since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function recordAttempts(
  db: Kysely<Database>,
  rows: { id: string; key: string; at: string }[],
  purgeBefore: string,
): Promise<void> {
  await db.insertInto("login_attempts").values(rows).execute();
  await db.deleteFrom("login_attempts").where("at", "<", purgeBefore).execute();
}

/**
 * Serialises counting-then-recording of attempts on these keys until the transaction ends. SQLite write transactions
 * already hold the database's write lock (BEGIN IMMEDIATE); PostgreSQL takes one transaction-scoped advisory lock per
 * key (in a fixed order, so two bursts cannot deadlock), which a parallel burst queues on.
 */
export async function lockAttemptKeys(trx: Kysely<Database>, engine: Engine, keys: string[]): Promise<void> {
  if (engine !== "postgres") return;
  for (const key of [...keys].sort()) await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
}

export async function deleteAttempt(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom("login_attempts").where("id", "=", id).execute();
}

export async function clearAttempts(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("login_attempts").where("key", "=", key).execute();
}
