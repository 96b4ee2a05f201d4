import { DomainError, fieldError } from "../../domain/errors.ts";
import { validateThreePoint } from "../../domain/estimate/pert.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { replaceMemberEstimates } from "../../store/offer-store.ts";
import { findMember } from "../../store/people-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getOfferRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";

export interface EstimateOfferInput {
  /** Whose estimate; defaults to the caller. Owners may enter a colleague's. */
  memberId?: string | undefined;
  items: { deliverableId: string; optimistic: number; likely: number; pessimistic: number }[];
}

/** Records one member's three-point estimates (hours) for the deliverables of a draft or sent offer. */
export async function estimateOffer(ctx: AppContext, actor: Actor, offerId: string, input: EstimateOfferInput) {
  requirePermission(actor, "write");
  const memberId = input.memberId ?? actor.memberId;
  if (memberId !== actor.memberId) requirePermission(actor, "admin");
  const at = ctx.now().toISOString();
  await transact(ctx, async (trx) => {
    const stored = await getOfferRecord(trx, actor.workspaceId, offerId);
    if (stored.offer.status !== "draft" && stored.offer.status !== "sent") {
      throw new DomainError("invalid_state", `a ${stored.offer.status} offer is no longer estimated`);
    }
    if (!(await findMember(trx, actor.workspaceId, memberId)))
      throw fieldError("memberId", "not_found", "no such member");
    const ids = new Set(stored.offer.content.deliverables.map((d) => d.id));
    input.items.forEach((item, i) => {
      if (!ids.has(item.deliverableId))
        throw fieldError(`items.${i}.deliverableId`, "not_found", "not a deliverable of this offer");
      const check = validateThreePoint(item);
      if (!check.ok)
        throw fieldError(`items.${i}`, check.reason, "expected optimistic ≤ likely ≤ pessimistic, all ≥ 0");
    });
    const estimates = input.items.map((e) => ({ ...e, memberId }));
    await replaceMemberEstimates(trx, { workspaceId: actor.workspaceId, offerId, memberId, estimates, at });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "offer.estimated",
      entity: "offer",
      entityId: offerId,
      after: { memberId, items: input.items },
    });
  });
}
