import { DomainError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { type ApiTokenInfo, insertApiToken, listApiTokens, revokeApiTokenRow } from "../../store/session-store.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { hashToken, newToken } from "./tokens.ts";

/**
 * API tokens act as the member who created them, with that member's role. The secret is shown once at creation;
 * only its hash is kept. Creating and revoking need write permission.
 */
export async function createApiToken(
  ctx: AppContext,
  actor: Actor,
  input: { name: string },
): Promise<ApiTokenInfo & { token: string }> {
  requirePermission(actor, "write");
  const token = `mdt_${newToken()}`;
  const info: ApiTokenInfo = {
    id: ctx.newId(),
    name: input.name.trim(),
    memberId: actor.memberId,
    createdAt: ctx.now().toISOString(),
    lastUsedAt: null,
  };
  await transact(ctx, async (trx) => {
    await insertApiToken(trx, { ...info, workspaceId: actor.workspaceId, tokenHash: hashToken(ctx.secret, token) });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "api_token.created",
      entity: "api_token",
      entityId: info.id,
      after: info,
    });
  });
  return { ...info, token };
}

export async function listTokens(ctx: AppContext, actor: Actor): Promise<ApiTokenInfo[]> {
  requirePermission(actor, "write");
  return listApiTokens(ctx.db, actor.workspaceId);
}

export async function revokeApiToken(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, "write");
  await transact(ctx, async (trx) => {
    const at = ctx.now().toISOString();
    if (!(await revokeApiTokenRow(trx, actor.workspaceId, id, at)))
      throw new DomainError("not_found", "token not found");
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "api_token.revoked",
      entity: "api_token",
      entityId: id,
    });
  });
}
