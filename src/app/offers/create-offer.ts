import { type DraftOffer, createOffer as newOffer } from "../../domain/offer/offer.ts";
import { duplicateOfferContent } from "../../domain/offer/reorder-deliverables.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { insertOffer } from "../../store/offer-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getOfferRecord, getWorkspaceRecord, requireClientOpen } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { studioToday } from "../shared/studio-day.ts";
import { transact } from "../shared/transact.ts";
import { mergeOfferInput, type OfferInput, offerDefaults } from "./offer-input.ts";

export interface CreateOfferInput extends OfferInput {
  clientId: string;
  /** Start from a previous offer's content (new ids), then apply the rest of the input. */
  fromOfferId?: string | undefined;
}

/** Writes a new draft offer for a client, with the workspace's default terms and the client's document language. */
export async function createOffer(ctx: AppContext, actor: Actor, input: CreateOfferInput): Promise<DraftOffer> {
  requirePermission(actor, "write");
  const [workspace, client] = await Promise.all([
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    getClientRecord(ctx.db, actor.workspaceId, input.clientId),
  ]);
  requireClientOpen(client);
  const now = ctx.now().toISOString();
  let base = offerDefaults(workspace, client, studioToday(ctx, workspace));
  if (input.fromOfferId) {
    const source = await getOfferRecord(ctx.db, actor.workspaceId, input.fromOfferId);
    const c = source.offer.content;
    const ids = (n: number) => Array.from({ length: n }, () => ctx.newId());
    const copy = duplicateOfferContent(c, {
      deliverables: ids(c.deliverables.length),
      exclusions: ids(c.exclusions.length),
      assumptions: ids(c.assumptions.length),
    });
    // A copy is a new offer: it is for this client, in this client's language, with today's dates.
    base = {
      ...copy,
      clientId: client.id,
      language: base.language,
      startDate: base.startDate,
      deliveryDate: base.deliveryDate,
    };
  }
  const { clientId: _c, fromOfferId: _f, ...rest } = input;
  const offer = newOffer({
    id: ctx.newId(),
    number: "",
    content: mergeOfferInput(base, rest, ctx.newId),
    createdAt: now,
  });
  await transact(ctx, async (trx) => {
    await insertOffer(trx, actor.workspaceId, offer, now);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: input.fromOfferId ? "offer.duplicated" : "offer.created",
      entity: "offer",
      entityId: offer.id,
      after: offer,
    });
  });
  return offer;
}
