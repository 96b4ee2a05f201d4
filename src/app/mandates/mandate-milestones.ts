/**
 * A mandate's milestones: the signed offer's delivery date, the approved change orders' dates, and the dates the user
 * adds or removes (stored with the mandate). The exit reads them to keep the end away from them (C.c.Q. 2126).
 */
import type { Kysely } from "kysely";
import type { Mandate } from "../../domain/mandate/mandate.ts";
import {
  addMilestone,
  type Milestone,
  mandateMilestones,
  removeMilestone,
} from "../../domain/mandate/mandate-milestones.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { listChangeOrdersOfMandate } from "../../store/change-order-store.ts";
import { findOffer } from "../../store/offer-store.ts";
import type { Database } from "../../store/schema.ts";
import type { AppContext } from "../shared/context.ts";
import { getMandateRecord } from "../shared/load-records.ts";
import { changeMandate } from "./mandate-work.ts";

/** Every milestone of a loaded mandate, earliest first. */
export async function milestonesOf(db: Kysely<Database>, workspaceId: string, mandate: Mandate): Promise<Milestone[]> {
  const [offer, changeOrders] = await Promise.all([
    findOffer(db, workspaceId, mandate.offerId),
    listChangeOrdersOfMandate(db, workspaceId, mandate.id),
  ]);
  return mandateMilestones({
    mandate,
    offer: {
      title: offer?.offer.content.title ?? mandate.offerNumber,
      deliveryDate: offer?.offer.content.deliveryDate ?? mandate.createdAt.slice(0, 10),
      lang: offer?.offer.content.language ?? "fr",
    },
    approvedChangeOrders: changeOrders
      .filter((s) => s.changeOrder.status === "approved")
      .map((s) => ({
        id: s.changeOrder.id,
        number: s.changeOrder.number,
        proposedDeliveryDate: s.changeOrder.content.proposedDeliveryDate,
      })),
  });
}

export async function listMandateMilestones(ctx: AppContext, actor: Actor, mandateId: string) {
  requirePermission(actor, "read");
  const { mandate } = await getMandateRecord(ctx.db, actor.workspaceId, mandateId);
  return { items: await milestonesOf(ctx.db, actor.workspaceId, mandate) };
}

/** Adds a dated milestone (a launch, a trade show) to an open mandate. */
export async function addMandateMilestone(
  ctx: AppContext,
  actor: Actor,
  mandateId: string,
  input: { title: string; date: string },
) {
  const id = ctx.newId();
  await changeMandate(ctx, actor, mandateId, "mandate.milestone_added", (m) =>
    addMilestone(m, { id, title: input.title, date: input.date }),
  );
  return listMandateMilestones(ctx, actor, mandateId);
}

/** Removes a milestone the user added. */
export async function removeMandateMilestone(ctx: AppContext, actor: Actor, mandateId: string, milestoneId: string) {
  await changeMandate(ctx, actor, mandateId, "mandate.milestone_removed", (m) => removeMilestone(m, milestoneId));
  return listMandateMilestones(ctx, actor, mandateId);
}
