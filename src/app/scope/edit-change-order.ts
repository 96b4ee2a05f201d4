/**
 * Editing a draft change order before it is sent: each line's hours and price (hours × rate, or a fixed amount), the
 * proposed delivery date and the delay. The lines stay those built from the claims (same ids, same claims); the
 * language and the currency stay the signed offer's. The date can be re-proposed from capacity for edited hours.
 */

import type { ChangeOrder } from "../../domain/change-order/change-order.ts";
import { editChangeOrder } from "../../domain/change-order/change-order.ts";
import type { ChangeOrderPrice } from "../../domain/change-order/change-order-content.ts";
import type { ProposedDelivery } from "../../domain/change-order/propose-delivery-date.ts";
import { DomainError, fieldError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { findChangeOrder, saveChangeOrder } from "../../store/change-order-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getMandateRecord, getOfferRecord, requireClientOpen } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { studioTodayOf } from "../shared/studio-day.ts";
import { transact } from "../shared/transact.ts";
import { proposeChangeOrderSchedule } from "./change-order-schedule.ts";
import { signedOffer } from "./change-orders.ts";

/** The editable part of one line. */
export interface ChangeOrderLineInput {
  id: string;
  title: string;
  description: string;
  hours: number;
  price: ChangeOrderPrice;
}

/** Everything the studio can change on a draft; the lines are the draft's own, by id. */
export interface UpdateChangeOrderInput {
  title: string;
  reason: string;
  requester: string;
  items: ChangeOrderLineInput[];
  proposedDeliveryDate: string;
  scheduleImpactDays: number;
}

/** Saves the edited draft (`invalid_state` once sent; `validation` for unknown or missing lines). */
export async function updateChangeOrder(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateChangeOrderInput,
): Promise<ChangeOrder> {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    const stored = await findChangeOrder(trx, actor.workspaceId, id);
    if (!stored) throw new DomainError("not_found", "change order not found");
    requireClientOpen(await getClientRecord(trx, actor.workspaceId, stored.clientId));
    const before = stored.changeOrder;
    const byId = new Map(before.content.items.map((i) => [i.id, i]));
    if (input.items.length !== byId.size || new Set(input.items.map((i) => i.id)).size !== byId.size) {
      throw fieldError("items", "items_changed", "send each line of the change order once");
    }
    const items = input.items.map((line, i) => {
      const existing = byId.get(line.id);
      if (!existing) throw fieldError(`items.${i}.id`, "unknown_item", `no line ${line.id} in this change order`);
      return { ...existing, title: line.title, description: line.description, hours: line.hours, price: line.price };
    });
    const after = editChangeOrder(before, {
      ...before.content,
      title: input.title,
      reason: input.reason,
      requester: input.requester,
      items,
      proposedDeliveryDate: input.proposedDeliveryDate,
      scheduleImpactDays: input.scheduleImpactDays,
    });
    await saveChangeOrder(trx, { workspaceId: actor.workspaceId, changeOrder: after, expectedStatus: "draft", at });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "change_order.updated",
      entity: "change_order",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** The delivery date and delay the team's capacity gives for a change order of `hours` on this mandate, today. */
export async function proposeChangeOrderDelivery(
  ctx: AppContext,
  actor: Actor,
  id: string,
  hours: number,
): Promise<ProposedDelivery> {
  requirePermission(actor, "read");
  const stored = await findChangeOrder(ctx.db, actor.workspaceId, id);
  if (!stored) throw new DomainError("not_found", "change order not found");
  const { mandate } = await getMandateRecord(ctx.db, actor.workspaceId, stored.changeOrder.mandateId);
  const offer = signedOffer(await getOfferRecord(ctx.db, actor.workspaceId, mandate.offerId));
  return proposeChangeOrderSchedule(ctx.db, {
    workspaceId: actor.workspaceId,
    mandateId: mandate.id,
    offer,
    addedHours: hours,
    from: await studioTodayOf(ctx, actor.workspaceId),
    authorId: actor.memberId,
  });
}
