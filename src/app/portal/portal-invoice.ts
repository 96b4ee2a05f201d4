/**
 * An invoice in the client portal: its status, amounts, due date, payments received and credit notes, the studio's
 * payment instructions with the reference to quote, and its PDF. The first opening is recorded on the link (shown to
 * the studio with the invoice's sendings). A draft never shows; every dead link answers the same `not_found`.
 */
import { invoiceBalance } from "../../domain/invoice/invoice-balance.ts";
import type { InvoicePortalView } from "../../domain/invoice/invoice-portal-view.ts";
import { paymentReference } from "../../domain/invoice/payment-reference.ts";
import { EMPTY_PAYMENT_INSTRUCTIONS, paymentInstructionLines } from "../../domain/payment-instructions.ts";
import { findInvoice, type StoredInvoice } from "../../store/invoice-store.ts";
import { findOffer } from "../../store/offer-store.ts";
import { listCreditNotesOfInvoice, listPaymentsOfInvoice } from "../../store/payment-store.ts";
import { markPortalLinkOpened, type PortalLink } from "../../store/portal-store.ts";
import { renderCreditNoteOf, renderInvoiceOf } from "../invoices/render-invoice.ts";
import { notifyNow } from "../notifications/notification-events.ts";
import { renderOfferOf } from "../offers/render-offer.ts";
import type { AppContext } from "../shared/context.ts";
import { issuerParty } from "../shared/document-parties.ts";
import { getWorkspaceRecord } from "../shared/load-records.ts";
import { type PortalCaller, portalNotFound, resolvePortalLink } from "./portal.ts";

async function invoiceOf(ctx: AppContext, link: PortalLink): Promise<StoredInvoice & { workspaceId: string }> {
  if (link.kind !== "invoice") throw portalNotFound();
  const stored = await findInvoice(ctx.db, link.workspaceId, link.targetId);
  if (!stored || stored.invoice.status === "draft") throw portalNotFound();
  return { ...stored, workspaceId: link.workspaceId };
}

/** What the client sees of the invoice a link leads to; records the link's first opening. */
export async function viewInvoicePortal(ctx: AppContext, link: PortalLink): Promise<InvoicePortalView> {
  const stored = await invoiceOf(ctx, link);
  const invoice = stored.invoice;
  if (invoice.status === "draft") throw portalNotFound();
  const ws = stored.workspaceId;
  const [workspace, payments, notes] = await Promise.all([
    getWorkspaceRecord(ctx.db, ws),
    listPaymentsOfInvoice(ctx.db, ws, invoice.id),
    listCreditNotesOfInvoice(ctx.db, ws, invoice.id),
  ]);
  if (await markPortalLinkOpened(ctx.db, link.id, ctx.now().toISOString())) {
    await notifyNow(ctx, { workspaceId: ws, kind: "invoice_opened", entityId: invoice.id });
  }
  const balance = invoiceBalance(invoice);
  const lang = stored.details.language;
  const reference = paymentReference(invoice.number);
  return {
    kind: "invoice",
    language: lang,
    issuer: { name: issuerParty(workspace, lang).name },
    number: invoice.number,
    status: invoice.status,
    currency: invoice.currency,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    total: balance.total.amount,
    paid: balance.paid.amount,
    credited: balance.credited.amount,
    balanceDue: balance.balance.amount,
    paymentReference: reference,
    paymentInstructions: workspace.paymentInstructions ?? EMPTY_PAYMENT_INSTRUCTIONS,
    paymentInstructionLines: paymentInstructionLines(workspace.paymentInstructions, lang, reference),
    payments: payments.map((p) => ({ id: p.id, date: p.date, amount: p.amount })),
    creditNotes: notes.map((n) => ({ id: n.id, number: n.number, date: n.date, total: n.totals.total.amount })),
  };
}

/** The PDF of the invoice a link leads to, or of one of its credit notes. */
/**
 * The PDF of the document a portal link opens: the invoice (or one of its credit notes), or the offer — as sent, and
 * with its signature certificate once signed (the client's own copy of what it signed). Never a draft.
 */
export async function portalPdf(
  ctx: AppContext,
  token: string,
  caller: PortalCaller,
  creditNoteId?: string,
): Promise<{ bytes: Uint8Array; filename: string }> {
  const link = await resolvePortalLink(ctx, token, caller);
  if (link.kind === "offer" && !creditNoteId) {
    const stored = await findOffer(ctx.db, link.workspaceId, link.targetId);
    if (!stored?.documentText || stored.offer.status === "draft") throw portalNotFound();
    return renderOfferOf(ctx, link.workspaceId, stored.offer.id);
  }
  const stored = await invoiceOf(ctx, link);
  if (!creditNoteId) return renderInvoiceOf(ctx, stored.workspaceId, stored.invoice.id);
  const notes = await listCreditNotesOfInvoice(ctx.db, stored.workspaceId, stored.invoice.id);
  if (!notes.some((n) => n.id === creditNoteId)) throw portalNotFound();
  return renderCreditNoteOf(ctx, stored.workspaceId, creditNoteId);
}

export type { InvoicePortalView };
