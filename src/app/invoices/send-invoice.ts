/**
 * Sending an issued invoice (or one of its credit notes) to the client: an e-mail in the invoice's language with the
 * PDF attached and a portal link (256-bit token stored as an HMAC, valid 60 days), to the chosen contacts or the
 * billing contact by default. The message goes through the outbox (delivered to SMTP after commit, or kept without
 * SMTP); sending again is the same call and adds a new link and a new message. `invoiceSendings` lists them with the
 * time the client first opened the invoice in the portal.
 */

import { DomainError, fieldError } from "../../domain/errors.ts";
import { formatDate } from "../../domain/health/localized.ts";
import { invoiceBalance } from "../../domain/invoice/invoice-balance.ts";
import { paymentReference } from "../../domain/invoice/payment-reference.ts";
import { invoiceEmail, invoiceRecipients } from "../../domain/messages/invoice-email.ts";
import type { Currency } from "../../domain/money.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { listOutboxOf, type OutboxMessage } from "../../store/outbox-store.ts";
import { findCreditNote } from "../../store/payment-store.ts";
import { firstOpenedAt, insertPortalLink, revokePortalLinks } from "../../store/portal-store.ts";
import { PORTAL_LINK_DAYS } from "../offers/send-offer.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getWorkspaceRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { deliverMessages, queueMessage } from "../shared/send-messages.ts";
import { studioDay } from "../shared/studio-day.ts";
import { transact } from "../shared/transact.ts";
import { hashToken, newToken } from "../workspace/tokens.ts";
import { requireIntactInvoice } from "./invoice-integrity.ts";
import { getStoredInvoice } from "./invoice-queries.ts";
import { renderCreditNoteOf, renderInvoiceOf } from "./render-invoice.ts";

export interface SendInvoiceInput {
  /** Contact ids of the client; absent or empty: the billing contact. */
  contactIds?: string[] | undefined;
  /** Send this credit note of the invoice instead of the invoice itself. */
  creditNoteId?: string | undefined;
}

export interface SendInvoiceResult {
  portalUrl: string;
  message: OutboxMessage;
}

function formatMoney(amount: number, currency: Currency, lang: "fr" | "en"): string {
  return new Intl.NumberFormat(lang === "fr" ? "fr-CA" : "en-CA", { style: "currency", currency }).format(amount / 100);
}

/** Sends (or sends again) an issued invoice or one of its credit notes by e-mail with its PDF and a portal link. */
export async function sendInvoice(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: SendInvoiceInput = {},
  options: { messageKey?: string | undefined } = {},
): Promise<SendInvoiceResult> {
  requirePermission(actor, "write");
  const ws = actor.workspaceId;
  const stored = await getStoredInvoice(ctx.db, ws, id);
  const invoice = stored.invoice;
  if (invoice.status === "draft") throw new DomainError("invalid_state", "issue the invoice before sending it");
  await requireIntactInvoice(ctx, ws, id);
  const note = input.creditNoteId ? await findCreditNote(ctx.db, ws, input.creditNoteId) : undefined;
  if (input.creditNoteId && (!note || note.invoiceId !== id)) {
    throw new DomainError("not_found", "credit note not found");
  }
  const [workspace, client] = await Promise.all([
    getWorkspaceRecord(ctx.db, ws),
    getClientRecord(ctx.db, ws, invoice.clientId),
  ]);
  const recipients = invoiceRecipients(client.contacts, input.contactIds);
  if (!recipients.ok) throw fieldError("contactIds", "no_recipient", recipients.reason);
  const file = note ? await renderCreditNoteOf(ctx, ws, note.id) : await renderInvoiceOf(ctx, ws, id);

  const now = ctx.now();
  const at = now.toISOString();
  const token = newToken();
  const portalUrl = `${ctx.config.publicUrl}/portal/${token}`;
  const expiresAt = new Date(now.getTime() + PORTAL_LINK_DAYS * 86_400_000).toISOString();
  const lang = stored.details.language;
  const balance = invoiceBalance(invoice);
  const email = invoiceEmail({
    language: lang,
    kind: note ? "credit_note" : "invoice",
    issuerName: workspace.name,
    recipientName: recipients.contacts.map((c) => c.name).join(", "),
    number: note ? note.number : invoice.number,
    invoiceNumber: invoice.number,
    total: formatMoney(note ? note.totals.total.amount : invoice.totals.total.amount, invoice.currency, lang),
    balanceDue: formatMoney(balance.balance.amount, invoice.currency, lang),
    // Dates as the reader writes them ("November 5, 2026", "5 novembre 2026"), like the invoice itself.
    dueDate: formatDate(invoice.dueDate, lang),
    paymentReference: paymentReference(invoice.number),
    portalUrl,
    expiresOn: formatDate(studioDay(expiresAt, workspace), lang),
  });
  const entity = note ? "credit_note" : "invoice";
  const entityId = note ? note.id : id;
  const message = await transact(ctx, async (trx) => {
    await insertPortalLink(trx, {
      id: ctx.newId(),
      workspaceId: ws,
      kind: "invoice",
      targetId: id,
      tokenHash: hashToken(ctx.secret, token),
      expiresAt,
      revokedAt: null,
      createdAt: at,
    });
    const queued = await queueMessage(ctx, trx, {
      workspaceId: ws,
      kind: note ? "credit_note_sent" : "invoice_sent",
      to: recipients.contacts.map((c) => c.email).join(", "),
      ...email,
      entity,
      entityId,
      attachments: [{ filename: file.filename, entity, entityId }],
      messageKey: options.messageKey,
    });
    await recordAudit(ctx, trx, {
      workspaceId: ws,
      actorMemberId: actor.memberId,
      action: note ? "credit_note.sent" : "invoice.sent",
      entity,
      entityId,
      after: { messageId: queued.id, to: queued.to, subject: queued.subject, status: queued.status, lang },
    });
    return queued;
  });
  const files = new Map([
    [message.id, [{ filename: file.filename, content: file.bytes, contentType: "application/pdf" }]],
  ]);
  const [delivered] = await deliverMessages(ctx, [message], files);
  return { portalUrl, message: delivered! };
}

/** Every sending of an invoice and its credit notes (oldest first) and when the client first opened it. */
export async function invoiceSendings(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, "read");
  const stored = await getStoredInvoice(ctx.db, actor.workspaceId, id);
  const noteIds = stored.invoice.status === "draft" ? [] : stored.invoice.creditNotes.map((n) => n.id);
  const [invoiceMessages, noteMessages, opened] = await Promise.all([
    listOutboxOf(ctx.db, { workspaceId: actor.workspaceId, entity: "invoice", entityIds: [id] }),
    listOutboxOf(ctx.db, { workspaceId: actor.workspaceId, entity: "credit_note", entityIds: noteIds }),
    firstOpenedAt(ctx.db, actor.workspaceId, id),
  ]);
  const messages = [...invoiceMessages, ...noteMessages].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { messages, firstOpenedAt: opened };
}

/** Revokes every portal link of an invoice (sent to the wrong person); the invoice itself is unchanged. */
export async function revokeInvoiceLinks(ctx: AppContext, actor: Actor, id: string): Promise<{ revoked: number }> {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    await getStoredInvoice(trx, actor.workspaceId, id);
    const revoked = await revokePortalLinks(trx, actor.workspaceId, id, at);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "invoice.links_revoked",
      entity: "invoice",
      entityId: id,
      after: { revoked },
    });
    return { revoked };
  });
}
