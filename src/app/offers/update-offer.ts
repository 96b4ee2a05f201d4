import { DomainError } from "../../domain/errors.ts";
import { editOffer, type Offer } from "../../domain/offer/offer.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { insertOffer, saveOffer } from "../../store/offer-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getOfferRecord, requireClientOpen } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { mergeOfferInput, type OfferInput } from "./offer-input.ts";

/**
 * Edits an offer. A draft changes in place. A sent offer is never changed: the edit becomes version N+1 (a new
 * draft, to be sent again), the sent version is superseded and its portal link then says it was replaced. Signed,
 * declined, superseded and cancelled offers refuse every edit (`invalid_state`): a signed scope changes only through
 * change orders.
 */
export async function updateOffer(ctx: AppContext, actor: Actor, id: string, input: OfferInput): Promise<Offer> {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    const stored = await getOfferRecord(trx, actor.workspaceId, id);
    requireClientOpen(await getClientRecord(trx, actor.workspaceId, stored.clientId));
    const before = stored.offer;
    const content = mergeOfferInput(before.content, input, ctx.newId);
    const result = editOffer(before, { content, at, newId: ctx.newId() });
    const audit = { workspaceId: actor.workspaceId, actorMemberId: actor.memberId, entity: "offer" };
    if (result.kind === "updated") {
      await saveOffer(trx, { workspaceId: actor.workspaceId, offer: result.offer, expectedStatus: before.status, at });
      await recordAudit(ctx, trx, { ...audit, action: "offer.updated", entityId: id, before, after: result.offer });
      return result.offer;
    }
    if (before.status !== "sent") throw new DomainError("invalid_state", "only a sent offer can be revised");
    await saveOffer(trx, { workspaceId: actor.workspaceId, offer: result.superseded, expectedStatus: "sent", at });
    await insertOffer(trx, actor.workspaceId, result.offer, at);
    await recordAudit(ctx, trx, {
      ...audit,
      action: "offer.superseded",
      entityId: id,
      before,
      after: result.superseded,
    });
    await recordAudit(ctx, trx, { ...audit, action: "offer.revised", entityId: result.offer.id, after: result.offer });
    return result.offer;
  });
}
