import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { revokePortalLinks } from "../../store/portal-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getOfferRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";

/** Revokes every portal link of an offer (a link sent to the wrong person); the offer itself is unchanged. */
export async function revokeOfferLinks(ctx: AppContext, actor: Actor, id: string): Promise<{ revoked: number }> {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    await getOfferRecord(trx, actor.workspaceId, id);
    const revoked = await revokePortalLinks(trx, actor.workspaceId, id, at);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "offer.links_revoked",
      entity: "offer",
      entityId: id,
      after: { revoked },
    });
    return { revoked };
  });
}
