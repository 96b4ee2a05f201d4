import { stopMandate } from "../../domain/mandate/mandate.ts";
import { cancelOffer as cancel, type Offer } from "../../domain/offer/offer.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { findMandate, findMandateOfOffer, saveMandate } from "../../store/mandate-store.ts";
import { saveOffer } from "../../store/offer-store.ts";
import { revokePortalLinks } from "../../store/portal-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getOfferRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";

/**
 * Cancels a draft, a sent offer (its link stops working) or a signed offer whose work has not started (no delivery,
 * no checklist item done); the mandate of a signed offer is stopped with the same reason. Started work is refused:
 * it ends through the mandate or an exit.
 */
export async function cancelOffer(ctx: AppContext, actor: Actor, id: string, reason: string): Promise<Offer> {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    const stored = await getOfferRecord(trx, actor.workspaceId, id);
    const ref = await findMandateOfOffer(trx, actor.workspaceId, id);
    const mandate = ref ? (await findMandate(trx, actor.workspaceId, ref.id))?.mandate : undefined;
    const workStarted = !!mandate && (mandate.deliveries.length > 0 || mandate.checklist.some((i) => i.done));
    const cancelled = cancel(stored.offer, { at, reason: reason.trim(), workStarted });
    await saveOffer(trx, { workspaceId: actor.workspaceId, offer: cancelled, expectedStatus: stored.offer.status, at });
    await revokePortalLinks(trx, actor.workspaceId, id, at);
    const audit = { workspaceId: actor.workspaceId, actorMemberId: actor.memberId };
    if (mandate && (mandate.status === "active" || mandate.status === "delivered")) {
      const stopped = stopMandate(mandate, { at, reason: reason.trim() });
      await saveMandate(trx, { workspaceId: actor.workspaceId, mandate: stopped, expectedStatus: mandate.status, at });
      await recordAudit(ctx, trx, {
        ...audit,
        action: "mandate.stopped",
        entity: "mandate",
        entityId: mandate.id,
        before: mandate,
        after: stopped,
      });
    }
    await recordAudit(ctx, trx, {
      ...audit,
      action: "offer.cancelled",
      entity: "offer",
      entityId: id,
      before: stored.offer,
      after: cancelled,
    });
    return cancelled;
  });
}
