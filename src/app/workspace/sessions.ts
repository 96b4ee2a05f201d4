/**
 * A person's sessions: each browser signed in (created, last seen, user agent, the address the server saw), listed
 * so the person can end one, or every other one. Ending deletes the session row: the next request with its cookie
 * is signed out.
 */
import type { Kysely } from "kysely";
import { DomainError } from "../../domain/errors.ts";
import type { Actor } from "../../domain/permissions.ts";
import { deleteSessionOfUser, listSessionsOfUser } from "../../store/account-security-store.ts";
import type { Database } from "../../store/schema.ts";
import { deleteSessionsOfUser } from "../../store/session-store.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { hashToken } from "./tokens.ts";

export interface SessionView {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  /** The session making this request. */
  current: boolean;
}

export async function listMySessions(
  ctx: AppContext,
  actor: Actor,
  sessionToken: string | undefined,
): Promise<SessionView[]> {
  const currentKey = sessionToken ? hashToken(ctx.secret, sessionToken) : undefined;
  const rows = await listSessionsOfUser(ctx.db, actor.userId, ctx.now().toISOString());
  return rows.map(({ key, workspaceId: _, ...s }) => ({ ...s, current: key === currentKey }));
}

function auditRevoked(ctx: AppContext, trx: Kysely<Database>, actor: Actor, sessions: number) {
  return recordAudit(ctx, trx, {
    workspaceId: actor.workspaceId,
    actorMemberId: actor.memberId,
    action: "user.session_revoked",
    entity: "user",
    entityId: actor.userId,
    after: { sessions },
  });
}

export async function revokeMySession(ctx: AppContext, actor: Actor, sessionId: string): Promise<void> {
  await transact(ctx, async (trx) => {
    if (!(await deleteSessionOfUser(trx, actor.userId, sessionId))) {
      throw new DomainError("not_found", "session not found");
    }
    await auditRevoked(ctx, trx, actor, 1);
  });
}

/** Ends every session of the person but the one making the request. */
export async function revokeMyOtherSessions(
  ctx: AppContext,
  actor: Actor,
  sessionToken: string | undefined,
): Promise<{ endedSessions: number }> {
  const keep = sessionToken ? hashToken(ctx.secret, sessionToken) : undefined;
  return transact(ctx, async (trx) => {
    const endedSessions = await deleteSessionsOfUser(trx, actor.userId, keep);
    if (endedSessions > 0) await auditRevoked(ctx, trx, actor, endedSessions);
    return { endedSessions };
  });
}
