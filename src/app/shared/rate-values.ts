import { fieldError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { saveValueRatings } from "../../store/health-store.ts";
import { refreshClientHealth } from "../health/client-health.ts";
import type { AppContext } from "./context.ts";
import { getClientRecord, getWorkspaceRecord } from "./load-records.ts";
import { recordAudit } from "./record-audit.ts";
import { transact } from "./transact.ts";

/**
 * A member rates how the relationship with a client lives up to each of the studio's values (1 = against it, 5 = fully
 * in line); the client's alignment is the weighted average of every member's ratings.
 */
export async function rateValues(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  ratings: { valueId: string; rating: number }[],
): Promise<void> {
  requirePermission(actor, "write");
  const workspace = await getWorkspaceRecord(ctx.db, actor.workspaceId);
  const known = new Set(workspace.values.map((v) => v.id));
  ratings.forEach((r, i) => {
    if (!known.has(r.valueId))
      throw fieldError(`ratings.${i}.valueId`, "not_found", "not one of the workspace's values");
  });
  const at = ctx.now().toISOString();
  await transact(ctx, async (trx) => {
    await getClientRecord(trx, actor.workspaceId, clientId);
    await saveValueRatings(trx, { workspaceId: actor.workspaceId, clientId, memberId: actor.memberId, ratings, at });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "client.values_rated",
      entity: "client",
      entityId: clientId,
      after: { ratings },
    });
    await refreshClientHealth(ctx, trx, { workspaceId: actor.workspaceId, clientIds: [clientId] });
  });
}
