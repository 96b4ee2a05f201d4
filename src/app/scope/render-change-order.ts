import type { ChangeOrderDocument } from "../../domain/change-order/change-order-document.ts";
import { changeOrderDocument } from "../../domain/change-order/change-order-document.ts";
import { DomainError } from "../../domain/errors.ts";
import type { SignedOffer } from "../../domain/offer/offer.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { renderPdf } from "../../pdf/render-pdf.ts";
import { findChangeOrder } from "../../store/change-order-store.ts";
import { readChangeOrderDocument } from "../../store/stored-aggregates.ts";
import type { AppContext } from "../shared/context.ts";
import { clientParty, issuerParty } from "../shared/document-parties.ts";
import { getClientRecord, getOfferRecord, getWorkspaceRecord } from "../shared/load-records.ts";
import { workspaceTimeZone } from "../time/time-context.ts";

/** The change order as a PDF in its language, from its frozen text once sent (approval certificate once approved). */
export async function renderChangeOrder(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, "read");
  const [stored, workspace] = await Promise.all([
    findChangeOrder(ctx.db, actor.workspaceId, id),
    getWorkspaceRecord(ctx.db, actor.workspaceId),
  ]);
  if (!stored) throw new DomainError("not_found", "change order not found");
  const co = stored.changeOrder;
  let document: ChangeOrderDocument;
  if (stored.documentText) {
    document = readChangeOrderDocument(stored.documentText, co.id);
  } else {
    const [client, offer] = await Promise.all([
      getClientRecord(ctx.db, actor.workspaceId, stored.clientId),
      getOfferRecord(ctx.db, actor.workspaceId, co.offerId),
    ]);
    document = changeOrderDocument({
      changeOrder: co,
      offer: offer.offer as SignedOffer,
      issuer: issuerParty(workspace, offer.offer.content.language),
      client: clientParty(client),
    });
  }
  const bytes = await renderPdf({
    kind: "change_order",
    input: {
      document,
      status: co.status,
      approval: co.status === "approved" ? co.approval : undefined,
      generatedAt: ctx.now().toISOString(),
      timeZone: workspaceTimeZone(workspace),
    },
  });
  return { bytes, filename: `${co.number}.pdf` };
}
