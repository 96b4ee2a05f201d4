/**
 * Change orders (avenants): out-of-scope claims become a priced, scheduled addition to a mandate, numbered after the
 * signed offer (`OFF-2026-0007-A1`), sent through the portal for the client to approve or reject. Once approved, its
 * items join the current scope; rejected or withdrawn ones free their claims.
 */

import { canonicalText, sha256Hex } from "../../domain/canonical.ts";
import {
  type ChangeOrder,
  sendChangeOrder as markSent,
  withdrawChangeOrder,
} from "../../domain/change-order/change-order.ts";
import { changeOrderDocument } from "../../domain/change-order/change-order-document.ts";
import { changeOrderFromClaims } from "../../domain/change-order/change-order-from-claims.ts";
import { formatChangeOrderNumber } from "../../domain/change-order/change-order-number.ts";
import { changeOrderTotals } from "../../domain/change-order/change-order-totals.ts";
import { suggestHourlyRate } from "../../domain/change-order/suggest-hourly-rate.ts";
import { DomainError, fieldError } from "../../domain/errors.ts";
import { formatDate } from "../../domain/health/localized.ts";
import { changeOrderEmail } from "../../domain/messages/change-order-email.ts";
import type { SignedOffer } from "../../domain/offer/offer.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import {
  countChangeOrdersOfMandate,
  findChangeOrder,
  insertChangeOrder,
  listChangeOrdersOfMandate,
  saveChangeOrder,
} from "../../store/change-order-store.ts";
import { insertPortalLink } from "../../store/portal-store.ts";
import { listClaimsOfMandate } from "../../store/round-store.ts";
import { PORTAL_LINK_DAYS } from "../offers/send-offer.ts";
import type { AppContext } from "../shared/context.ts";
import { clientEmail, clientParty, issuerParty } from "../shared/document-parties.ts";
import {
  getClientRecord,
  getMandateRecord,
  getOfferRecord,
  getWorkspaceRecord,
  requireClientOpen,
} from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { deliverMessages, queueMessage } from "../shared/send-messages.ts";
import { studioDay, studioTodayOf } from "../shared/studio-day.ts";
import { transact } from "../shared/transact.ts";
import { hashToken, newToken } from "../workspace/tokens.ts";
import { proposeChangeOrderSchedule } from "./change-order-schedule.ts";
import { linkClaimsToChangeOrder } from "./link-claims.ts";

export interface CreateChangeOrderInput {
  claimIds: string[];
  title: string;
  reason: string;
  requester: string;
  /** Minor units per hour; defaults to the signed offer's agreed rate, else the workspace's target rate. */
  hourlyRate?: number | undefined;
}

/** The signed offer a change order amends (`invalid_state` when the offer is not signed). */
export function signedOffer(o: { offer: { status: string } }): SignedOffer {
  if (o.offer.status !== "signed") throw new DomainError("invalid_state", "change orders amend a signed offer");
  return o.offer as SignedOffer;
}

export async function createChangeOrder(
  ctx: AppContext,
  actor: Actor,
  mandateId: string,
  input: CreateChangeOrderInput,
): Promise<ChangeOrder> {
  requirePermission(actor, "write");
  const now = ctx.now();
  const at = now.toISOString();
  return transact(ctx, async (trx) => {
    const { mandate } = await getMandateRecord(trx, actor.workspaceId, mandateId);
    if (mandate.status !== "active" && mandate.status !== "delivered") {
      throw new DomainError("invalid_state", `a ${mandate.status} mandate takes no change order`);
    }
    const [workspace, client, stored, claims, count] = await Promise.all([
      getWorkspaceRecord(trx, actor.workspaceId),
      getClientRecord(trx, actor.workspaceId, mandate.clientId),
      getOfferRecord(trx, actor.workspaceId, mandate.offerId),
      listClaimsOfMandate(trx, actor.workspaceId, mandateId),
      countChangeOrdersOfMandate(trx, actor.workspaceId, mandateId),
    ]);
    requireClientOpen(client);
    const offer = signedOffer(stored);
    // A rate of 0 (none known) is kept: the draft says "rate to set" and cannot be sent until it is.
    const hourlyRate =
      input.hourlyRate ??
      suggestHourlyRate({ offer: offer.content, targetHourlyRate: workspace.targetHourlyRate }).hourlyRate;
    const selected = claims.filter((c) => input.claimIds.includes(c.id));
    const addedHours = selected.reduce(
      (h, c) => h + (c.triage && "estimatedHours" in c.triage ? c.triage.estimatedHours : 0),
      0,
    );
    const delivery = await proposeChangeOrderSchedule(trx, {
      workspaceId: actor.workspaceId,
      mandateId,
      offer,
      addedHours,
      from: await studioTodayOf(ctx, actor.workspaceId, trx),
      authorId: actor.memberId,
    });
    const co = changeOrderFromClaims({
      id: ctx.newId(),
      mandateId,
      offerId: offer.id,
      number: formatChangeOrderNumber({ offerNumber: offer.number, sequence: count + 1 }),
      claims: claims.map((c) => ({
        id: c.id,
        text: c.text,
        triage: c.triage?.outcome ?? null,
        estimatedHours: c.triage && "estimatedHours" in c.triage ? c.triage.estimatedHours : null,
      })),
      selectedClaimIds: input.claimIds,
      itemIds: input.claimIds.map(() => ctx.newId()),
      hourlyRate,
      title: input.title,
      reason: input.reason,
      requester: input.requester,
      scheduleImpactDays: delivery.scheduleImpactDays,
      proposedDeliveryDate: delivery.proposedDeliveryDate,
      language: offer.content.language,
      currency: offer.content.currency,
      createdAt: at,
    });
    for (const c of selected) {
      if (c.changeOrder && c.changeOrder.status !== "withdrawn" && c.changeOrder.status !== "rejected") {
        throw fieldError(
          "claimIds",
          "already_in_change_order",
          `claim ${c.position} is already in ${c.changeOrder.number}`,
        );
      }
    }
    await insertChangeOrder(trx, { workspaceId: actor.workspaceId, clientId: mandate.clientId, changeOrder: co, at });
    await linkClaimsToChangeOrder(trx, actor.workspaceId, co, at);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "change_order.created",
      entity: "change_order",
      entityId: co.id,
      after: co,
    });
    return co;
  });
}

async function getStored(ctx: AppContext, actor: Actor, id: string) {
  const stored = await findChangeOrder(ctx.db, actor.workspaceId, id);
  if (!stored) throw new DomainError("not_found", "change order not found");
  return stored;
}

/** A change order with its totals, and the rate its hours would be priced at by default (offer's, else target). */
export async function getChangeOrder(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, "read");
  const stored = await getStored(ctx, actor, id);
  const [workspace, offer] = await Promise.all([
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    getOfferRecord(ctx.db, actor.workspaceId, stored.changeOrder.offerId),
  ]);
  return {
    ...stored.changeOrder,
    sha256: stored.sha256,
    totals: changeOrderTotals(stored.changeOrder.content),
    suggestedRate: suggestHourlyRate({ offer: offer.offer.content, targetHourlyRate: workspace.targetHourlyRate }),
  };
}

export async function listChangeOrders(ctx: AppContext, actor: Actor, mandateId: string) {
  requirePermission(actor, "read");
  await getMandateRecord(ctx.db, actor.workspaceId, mandateId);
  return (await listChangeOrdersOfMandate(ctx.db, actor.workspaceId, mandateId)).map((s) => ({
    ...s.changeOrder,
    totals: changeOrderTotals(s.changeOrder.content),
  }));
}

/** Freezes the change order's document with its fingerprint and sends the client a portal link to approve it. */
export async function sendChangeOrder(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, "write");
  const now = ctx.now();
  const at = now.toISOString();
  const token = newToken();
  const portalUrl = `${ctx.config.publicUrl}/portal/${token}`;
  const expiresAt = new Date(now.getTime() + PORTAL_LINK_DAYS * 86_400_000).toISOString();
  const result = await transact(ctx, async (trx) => {
    const stored = await findChangeOrder(trx, actor.workspaceId, id);
    if (!stored) throw new DomainError("not_found", "change order not found");
    const co = stored.changeOrder;
    const [workspace, client, offerRecord] = await Promise.all([
      getWorkspaceRecord(trx, actor.workspaceId),
      getClientRecord(trx, actor.workspaceId, stored.clientId),
      getOfferRecord(trx, actor.workspaceId, co.offerId),
    ]);
    requireClientOpen(client);
    const offer = signedOffer(offerRecord);
    const document = changeOrderDocument({
      changeOrder: co,
      offer,
      issuer: issuerParty(workspace, offer.content.language),
      client: clientParty(client),
    });
    const text = canonicalText(document);
    const sha256 = sha256Hex(text);
    const sent = markSent(co, { sentAt: at, sha256 });
    await saveChangeOrder(trx, {
      workspaceId: actor.workspaceId,
      changeOrder: sent,
      expectedStatus: co.status,
      at,
      document: { text, sha256 },
    });
    await linkClaimsToChangeOrder(trx, actor.workspaceId, sent, at);
    await insertPortalLink(trx, {
      id: ctx.newId(),
      workspaceId: actor.workspaceId,
      kind: "change_order",
      targetId: id,
      tokenHash: hashToken(ctx.secret, token),
      expiresAt,
      revokedAt: null,
      createdAt: at,
    });
    const message = await queueMessage(ctx, trx, {
      workspaceId: actor.workspaceId,
      kind: "change_order_sent",
      to: clientEmail(client),
      ...changeOrderEmail({
        language: sent.content.language,
        issuerName: workspace.name,
        recipientName: client.contacts.find((c) => c.email)?.name ?? client.name,
        number: sent.number,
        offerNumber: offer.number,
        title: sent.content.title,
        portalUrl,
        expiresOn: formatDate(studioDay(expiresAt, workspace), sent.content.language),
      }),
      entity: "change_order",
      entityId: id,
    });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "change_order.sent",
      entity: "change_order",
      entityId: id,
      before: co,
      after: sent,
    });
    return { changeOrder: sent, message };
  });
  const [message] = await deliverMessages(ctx, [result.message]);
  return { changeOrder: result.changeOrder, portalUrl, message: message! };
}

/** Withdraws a draft or sent change order; its claims are free to be triaged again. */
export async function withdrawChangeOrderById(ctx: AppContext, actor: Actor, id: string): Promise<ChangeOrder> {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    const stored = await findChangeOrder(trx, actor.workspaceId, id);
    if (!stored) throw new DomainError("not_found", "change order not found");
    const withdrawn = withdrawChangeOrder(stored.changeOrder, { at });
    await saveChangeOrder(trx, {
      workspaceId: actor.workspaceId,
      changeOrder: withdrawn,
      expectedStatus: stored.changeOrder.status,
      at,
    });
    await linkClaimsToChangeOrder(trx, actor.workspaceId, withdrawn, at);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "change_order.withdrawn",
      entity: "change_order",
      entityId: id,
      before: stored.changeOrder,
      after: withdrawn,
    });
    return withdrawn;
  });
}
