import type { Kysely } from "kysely";
import type { Database } from "../../store/schema.ts";
import { insertSession } from "../../store/session-store.ts";
import type { AppContext } from "../shared/context.ts";
import { hashToken, newToken } from "./tokens.ts";

export const SESSION_DAYS = 30;

export interface StartSessionInput {
  userId: string;
  memberId: string;
  workspaceId: string;
  ip: string | null;
  userAgent: string | null;
}

export interface StartedSession {
  /** The cookie value; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: string;
}

export async function startSession(
  ctx: AppContext,
  trx: Kysely<Database>,
  input: StartSessionInput,
): Promise<StartedSession> {
  const token = newToken();
  const csrfToken = newToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  await insertSession(trx, {
    id: hashToken(ctx.secret, token),
    ...input,
    userAgent: input.userAgent?.slice(0, 500) ?? null,
    csrfToken,
    publicId: ctx.newId(),
    createdAt: now.toISOString(),
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}
