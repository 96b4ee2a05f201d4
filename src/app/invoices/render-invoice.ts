/**
 * The invoice (or credit note) as a PDF in the client's language, with every mention its regime requires: the
 * seller's GST/HST and QST numbers on their tax lines (Canadian input-tax-credit fields), or France's list (SIREN,
 * VAT numbers, supply date, due date, early-payment discount, penalty rate and the 40 € recovery indemnity, and the
 * 2026 reform's category of the operation, delivery address and VAT-on-debits option), plus the
 * tax mentions stored with the invoice (franchise, reverse charge, zero-rated export). A draft renders as a preview.
 */

import type { Client } from "../../domain/client.ts";
import { DomainError } from "../../domain/errors.ts";
import { franceOperationMentions } from "../../domain/invoice/france-operation-mentions.ts";
import { francePaymentMentions } from "../../domain/invoice/france-payment-terms.ts";
import { invoiceBalance } from "../../domain/invoice/invoice-balance.ts";
import { computeInvoiceTotals, type TaxTotal } from "../../domain/invoice/invoice-totals.ts";
import { paymentReference } from "../../domain/invoice/payment-reference.ts";
import { paymentInstructionLines } from "../../domain/payment-instructions.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import type { Workspace } from "../../domain/workspace.ts";
import type { InvoicePdfParty, InvoicePdfViewModel } from "../../pdf/invoice-pdf-view-model.ts";
import { renderPdf } from "../../pdf/render-pdf.ts";
import type { StoredInvoice } from "../../store/invoice-store.ts";
import { findCreditNote } from "../../store/payment-store.ts";
import type { AppContext } from "../shared/context.ts";
import { clientParty, issuerParty } from "../shared/document-parties.ts";
import { getClientRecord, getWorkspaceRecord } from "../shared/load-records.ts";
import { studioDay } from "../shared/studio-day.ts";
import { requireIntactInvoice } from "./invoice-integrity.ts";
import { getStoredInvoice } from "./invoice-queries.ts";

function percent(bps: number, lang: "fr" | "en"): string {
  const n = new Intl.NumberFormat(lang === "fr" ? "fr-CA" : "en-CA", { maximumFractionDigits: 3 }).format(bps / 100);
  return lang === "fr" ? `${n}\u00a0%` : `${n}%`;
}

function parties(workspace: Workspace, client: Client, stored: StoredInvoice) {
  const lang = stored.details.language;
  const seller = issuerParty(workspace, lang);
  const buyer = clientParty(client);
  const france = workspace.jurisdiction === "FR";
  const sellerParty: InvoicePdfParty = {
    name: seller.name,
    addressLines: seller.addressLines,
    registrations: france
      ? [
          ...(workspace.taxIds.siren ? [{ label: "SIREN", value: workspace.taxIds.siren }] : []),
          ...(workspace.taxIds.vat ? [{ label: "No TVA intracommunautaire", value: workspace.taxIds.vat }] : []),
        ]
      : [],
  };
  const b = stored.details.buyer;
  const buyerParty: InvoicePdfParty = {
    name: buyer.name,
    addressLines: buyer.addressLines,
    ...(buyer.email ? { email: buyer.email } : {}),
    registrations: [
      ...(b.siren ? [{ label: "SIREN", value: b.siren }] : []),
      ...(b.vatNumber
        ? [{ label: lang === "fr" ? "No TVA intracommunautaire" : "VAT number", value: b.vatNumber }]
        : []),
      ...(b.purchaseOrder
        ? [{ label: lang === "fr" ? "Bon de commande" : "Purchase order", value: b.purchaseOrder }]
        : []),
    ],
  };
  return { seller: sellerParty, buyer: buyerParty, france };
}

function collectionMentions(workspace: Workspace, client: Client, stored: StoredInvoice): string[] {
  const { language: lang, lateInterestBps } = stored.details;
  if (workspace.jurisdiction === "FR") {
    return francePaymentMentions({
      isConsumer: client.isConsumer,
      ...(lateInterestBps > 0 ? { penaltyRatePpm: lateInterestBps * 100 } : {}),
    }).lines;
  }
  if (lateInterestBps <= 0) return [];
  return [
    lang === "fr"
      ? `Tout solde impayé à l'échéance porte intérêt au taux de ${percent(lateInterestBps, "fr")} par année, à compter de l'échéance.`
      : `Interest on overdue balances: ${percent(lateInterestBps, "en")} per year, from the due date.`,
  ];
}

function taxLines(taxes: readonly TaxTotal[], workspace: Workspace) {
  return taxes.map((t) => {
    const number = t.taxCode === "QST" ? workspace.taxIds.qst : t.taxCode === "TVA" ? null : workspace.taxIds.gst;
    return {
      taxCode: t.taxCode,
      ratePpm: t.ratePpm,
      base: t.base.amount,
      amount: t.amount.amount,
      ...(number ? { registrationNumber: number } : {}),
    };
  });
}

function viewModel(workspace: Workspace, client: Client, stored: StoredInvoice, at: string): InvoicePdfViewModel {
  const { invoice, details } = stored;
  const lang = details.language;
  const totals = invoice.status === "draft" ? computeInvoiceTotals(invoice) : invoice.totals;
  const balance = invoice.status === "draft" ? undefined : invoiceBalance(invoice);
  const { seller, buyer, france } = parties(workspace, client, stored);
  const supply = details.supplyDate;
  const days = details.paymentDays;
  return {
    kind: "invoice",
    language: lang,
    currency: invoice.currency,
    number: invoice.status === "draft" ? (lang === "fr" ? "BROUILLON" : "DRAFT") : invoice.number,
    issueDate: invoice.status === "draft" ? studioDay(at, workspace) : invoice.issueDate,
    ...(invoice.status === "draft" ? {} : { dueDate: invoice.dueDate }),
    ...(supply ? { supplyDate: supply.from === supply.to ? supply.from : supply } : {}),
    ...(details.reference ? { reference: details.reference } : {}),
    seller,
    buyer,
    lines: totals.lines.map((l) => {
      const line = invoice.lines[l.index]!;
      const info = details.lines[l.index] ?? {};
      const vat = totals.taxes.find((t) => t.taxCode === "TVA" && l.taxIds.includes(t.id));
      return {
        description: line.description,
        ...(info.detail ? { detail: info.detail } : {}),
        quantityMilli: line.quantityMilli,
        ...(info.unit ? { unit: info.unit } : {}),
        unitPrice: line.unitPrice,
        discount: l.discount.amount,
        amount: l.amount.amount,
        ...(france ? { vatRatePpm: vat?.ratePpm ?? 0 } : {}),
      };
    }),
    subtotal: totals.subtotal.amount,
    taxes: taxLines(totals.taxes, workspace),
    total: totals.total.amount,
    amountPaid: balance?.paid.amount ?? 0,
    balanceDue: balance ? balance.balance.amount : totals.total.amount,
    paymentTerms: france
      ? lang === "fr"
        ? `${days} jours à compter de la date de facture`
        : `${days} days from the invoice date`
      : lang === "fr"
        ? `Net ${days} jours`
        : `Net ${days} days`,
    ...(invoice.status === "draft"
      ? {}
      : {
          paymentInstructions: paymentInstructionLines(
            workspace.paymentInstructions,
            lang,
            paymentReference(invoice.number),
          ),
        }),
    mentions: [
      ...details.mentions.map((m) => m.text[lang]),
      ...(france
        ? franceOperationMentions({
            regime: details.regime,
            category: details.operationCategory ?? "services",
            vatOnDebits: workspace.terms.vatOnDebits ?? false,
            billingAddress: buyer.addressLines.join(", "),
            deliveryAddress: details.deliveryAddress,
          })
        : []),
      ...collectionMentions(workspace, client, stored),
    ],
    generatedAt: at,
  };
}

export async function renderInvoice(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, "read");
  return renderInvoiceOf(ctx, actor.workspaceId, id);
}

/** The invoice's PDF for a workspace, without an actor: for e-mail attachments and the client portal. */
export async function renderInvoiceOf(ctx: AppContext, workspaceId: string, id: string) {
  const stored = await getStoredInvoice(ctx.db, workspaceId, id);
  if (stored.invoice.status !== "draft") await requireIntactInvoice(ctx, workspaceId, id);
  const [workspace, client] = await Promise.all([
    getWorkspaceRecord(ctx.db, workspaceId),
    getClientRecord(ctx.db, workspaceId, stored.invoice.clientId),
  ]);
  const model = viewModel(workspace, client, stored, ctx.now().toISOString());
  const bytes = await renderPdf({ kind: "invoice", input: model });
  const name = stored.invoice.status === "draft" ? `brouillon-${id.slice(0, 8)}` : stored.invoice.number;
  return { bytes, filename: `${name}.pdf` };
}

/** A credit note as a PDF: the credited amounts per line of the original invoice, its taxes, and the reference. */
export async function renderCreditNote(ctx: AppContext, actor: Actor, creditNoteId: string) {
  requirePermission(actor, "read");
  return renderCreditNoteOf(ctx, actor.workspaceId, creditNoteId);
}

/** A credit note's PDF for a workspace, without an actor: for e-mail attachments and the client portal. */
export async function renderCreditNoteOf(ctx: AppContext, workspaceId: string, creditNoteId: string) {
  const note = await findCreditNote(ctx.db, workspaceId, creditNoteId);
  if (!note) throw new DomainError("not_found", "credit note not found");
  const stored = await getStoredInvoice(ctx.db, workspaceId, note.invoiceId);
  const [workspace, client] = await Promise.all([
    getWorkspaceRecord(ctx.db, workspaceId),
    getClientRecord(ctx.db, workspaceId, stored.invoice.clientId),
  ]);
  const base = viewModel(workspace, client, stored, ctx.now().toISOString());
  const invoice = stored.invoice;
  if (invoice.status === "draft") throw new DomainError("invalid_state", "a draft has no credit note");
  const model: InvoicePdfViewModel = {
    ...base,
    kind: "credit_note",
    number: note.number,
    issueDate: note.date,
    credits: { number: invoice.number, issueDate: invoice.issueDate, reason: note.reason },
    lines: note.totals.lines.map((l) => ({
      description: invoice.lines[l.lineIndex]?.description ?? "",
      quantityMilli: 1000,
      unitPrice: l.amount.amount,
      amount: l.amount.amount,
    })),
    subtotal: note.totals.subtotal.amount,
    taxes: taxLines(note.totals.taxes, workspace),
    total: note.totals.total.amount,
    amountPaid: 0,
    balanceDue: 0,
  };
  delete model.dueDate;
  delete model.paymentInstructions;
  const bytes = await renderPdf({ kind: "invoice", input: model });
  return { bytes, filename: `${note.number}.pdf` };
}
