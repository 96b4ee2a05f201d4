/**
 * A change order in the client portal: read it whole, then approve it with the same evidence as a signature (typed
 * name, consent text, time, address, user agent, SHA-256 of the frozen text), or reject it with a reason.
 */

import { approveChangeOrder, rejectChangeOrder } from "../../domain/change-order/change-order.ts";
import type { ChangeOrderDocument } from "../../domain/change-order/change-order-document.ts";
import { findChangeOrder, type StoredChangeOrder, saveChangeOrder } from "../../store/change-order-store.ts";
import type { PortalLink } from "../../store/portal-store.ts";
import { readChangeOrderDocument } from "../../store/stored-aggregates.ts";
import { refreshClientHealth } from "../health/client-health.ts";
import { notifyEvent } from "../notifications/notification-events.ts";
import { deliverNotificationMails } from "../notifications/notification-mails.ts";
import { linkClaimsToChangeOrder } from "../scope/link-claims.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import {
  type PortalCaller,
  type PortalConsentInput,
  portalEvidence,
  portalNotFound,
  resolvePortalLink,
} from "./portal.ts";

export interface ChangeOrderPortalView {
  kind: "change_order";
  state: "sent" | "approved" | "rejected";
  document: ChangeOrderDocument;
  sha256: string;
  approval: { signerName: string; signedAt: string } | null;
}

async function loadOf(ctx: AppContext, link: PortalLink): Promise<{ workspaceId: string; stored: StoredChangeOrder }> {
  if (link.kind !== "change_order") throw portalNotFound();
  const stored = await findChangeOrder(ctx.db, link.workspaceId, link.targetId);
  if (!stored?.documentText || !stored.sha256) throw portalNotFound();
  const s = stored.changeOrder.status;
  if (s !== "sent" && s !== "approved" && s !== "rejected") throw portalNotFound();
  return { workspaceId: link.workspaceId, stored };
}

export async function viewChangeOrderPortal(ctx: AppContext, link: PortalLink): Promise<ChangeOrderPortalView> {
  const { stored } = await loadOf(ctx, link);
  const co = stored.changeOrder;
  return {
    kind: "change_order",
    state: co.status as ChangeOrderPortalView["state"],
    document: readChangeOrderDocument(stored.documentText, co.id),
    sha256: stored.sha256!,
    approval: co.status === "approved" ? { signerName: co.approval.signerName, signedAt: co.approval.signedAt } : null,
  };
}

/** The client approves the change order: from now on its items are part of the current scope. */
export async function approvePortalChangeOrder(
  ctx: AppContext,
  token: string,
  caller: PortalCaller,
  input: PortalConsentInput,
) {
  const { workspaceId, stored } = await loadOf(ctx, await resolvePortalLink(ctx, token, caller));
  const document = readChangeOrderDocument(stored.documentText, stored.changeOrder.id);
  const at = ctx.now().toISOString();
  const evidence = portalEvidence({
    request: input,
    consentText: document.consentText,
    sha256: stored.sha256!,
    caller,
    at,
  });
  const result = await transact(ctx, async (trx) => {
    const fresh = await findChangeOrder(trx, workspaceId, stored.changeOrder.id);
    if (!fresh) throw portalNotFound();
    const approved = approveChangeOrder(fresh.changeOrder, evidence);
    await saveChangeOrder(trx, { workspaceId, changeOrder: approved, expectedStatus: fresh.changeOrder.status, at });
    await linkClaimsToChangeOrder(trx, workspaceId, approved, at);
    await recordAudit(ctx, trx, {
      workspaceId,
      actorMemberId: null,
      action: "change_order.approved",
      entity: "change_order",
      entityId: approved.id,
      before: fresh.changeOrder,
      after: approved,
    });
    await refreshClientHealth(ctx, trx, { workspaceId: workspaceId, clientIds: [fresh.clientId] });
    await notifyEvent(ctx, trx, { workspaceId, kind: "change_order_approved", entityId: approved.id });
    return { changeOrderId: approved.id, approval: evidence };
  });
  await deliverNotificationMails(ctx, { workspaceId });
  return result;
}

/** The client rejects the change order, with an optional reason. */
export async function rejectPortalChangeOrder(
  ctx: AppContext,
  link: PortalLink,
  reason: string | undefined,
): Promise<void> {
  const { workspaceId, stored } = await loadOf(ctx, link);
  const at = ctx.now().toISOString();
  await transact(ctx, async (trx) => {
    const fresh = await findChangeOrder(trx, workspaceId, stored.changeOrder.id);
    if (!fresh) throw portalNotFound();
    const rejected = rejectChangeOrder(fresh.changeOrder, { at, reason: reason?.trim() || undefined });
    await saveChangeOrder(trx, { workspaceId, changeOrder: rejected, expectedStatus: fresh.changeOrder.status, at });
    await linkClaimsToChangeOrder(trx, workspaceId, rejected, at);
    await recordAudit(ctx, trx, {
      workspaceId,
      actorMemberId: null,
      action: "change_order.rejected",
      entity: "change_order",
      entityId: rejected.id,
      before: fresh.changeOrder,
      after: rejected,
    });
    await refreshClientHealth(ctx, trx, { workspaceId: workspaceId, clientIds: [fresh.clientId] });
    await notifyEvent(ctx, trx, { workspaceId, kind: "change_order_rejected", entityId: rejected.id });
  });
  await deliverNotificationMails(ctx, { workspaceId });
}
