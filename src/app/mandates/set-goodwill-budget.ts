import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { setGoodwillBudget as saveBudget } from "../../store/time-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getMandateRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";

/** Sets (or removes, with null) the goodwill budget in hours of a client or a mandate. */
export async function setGoodwillBudget(
  ctx: AppContext,
  actor: Actor,
  input: { scope: "client" | "mandate"; id: string; hours: number | null },
): Promise<void> {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  await transact(ctx, async (trx) => {
    if (input.scope === "client") await getClientRecord(trx, actor.workspaceId, input.id);
    else await getMandateRecord(trx, actor.workspaceId, input.id);
    const minutes = input.hours === null ? null : Math.round(input.hours * 60);
    await saveBudget(trx, { workspaceId: actor.workspaceId, scope: input.scope, scopeId: input.id, minutes, at });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "goodwill_budget.set",
      entity: input.scope,
      entityId: input.id,
      after: { hours: input.hours },
    });
  });
}
