/** Opens a portal link: the one document it leads to, whatever its kind. */
import type { AppContext } from "../shared/context.ts";
import { type PortalCaller, portalNotFound, resolvePortalLink } from "./portal.ts";
import { type ChangeOrderPortalView, rejectPortalChangeOrder, viewChangeOrderPortal } from "./portal-change-order.ts";
import { type InvoicePortalView, viewInvoicePortal } from "./portal-invoice.ts";
import { declinePortalOffer, type OfferPortalView, viewOfferPortal } from "./portal-offer.ts";

export type PortalView = OfferPortalView | ChangeOrderPortalView | InvoicePortalView;

export async function viewPortal(ctx: AppContext, token: string, caller: PortalCaller): Promise<PortalView> {
  const link = await resolvePortalLink(ctx, token, caller);
  switch (link.kind) {
    case "offer":
      return viewOfferPortal(ctx, link);
    case "change_order":
      return viewChangeOrderPortal(ctx, link);
    case "invoice":
      return viewInvoicePortal(ctx, link);
  }
}

/** The client declines the offer or rejects the change order the link leads to. */
export async function rejectPortalDocument(
  ctx: AppContext,
  token: string,
  caller: PortalCaller,
  reason: string | undefined,
): Promise<void> {
  const link = await resolvePortalLink(ctx, token, caller);
  switch (link.kind) {
    case "offer":
      return declinePortalOffer(ctx, link, reason);
    case "change_order":
      return rejectPortalChangeOrder(ctx, link, reason);
    case "invoice":
      throw portalNotFound(); // an invoice is not declined through the portal
  }
}
