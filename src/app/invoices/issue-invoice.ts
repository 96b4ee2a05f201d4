/**
 * Issuing a draft: taxes determined again on the issue date (rates are dated), mandatory fields checked for the tax
 * regime, the number taken from the workspace's yearly series in the SAME transaction, dates set (due = issue +
 * payment days), totals frozen. From then on the invoice never changes; corrections go through credit notes.
 */
import { addDays } from "../../domain/calendar-date.ts";
import { DomainError, fieldError } from "../../domain/errors.ts";
import { checkFrancePaymentTerm } from "../../domain/invoice/france-payment-terms.ts";
import { editDraftInvoice, issueInvoice } from "../../domain/invoice/invoice-lifecycle.ts";
import { missingInvoiceFields } from "../../domain/invoice/invoice-required-fields.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { workspaceRevenueTotal } from "../../store/health-store.ts";
import type { InvoiceDetails } from "../../store/invoice-store.ts";
import { lastIssueDate, saveInvoice } from "../../store/invoice-store.ts";
import { clientsWhoseShareMayMove, refreshClientHealth } from "../health/client-health.ts";
import type { AppContext } from "../shared/context.ts";
import { clientParty, issuerParty } from "../shared/document-parties.ts";
import { getClientRecord, getWorkspaceRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { studioToday } from "../shared/studio-day.ts";
import { transact } from "../shared/transact.ts";
import { takeNumber } from "./invoice-numbering.ts";
import { getStoredInvoice, invoiceView } from "./invoice-queries.ts";
import { determinationDetails, invoiceTaxes } from "./invoice-taxes.ts";

export interface IssueInvoiceByIdInput {
  /** Defaults to today; never before the last invoice issued (the series stays chronological). */
  issueDate?: string | undefined;
  /** The tax point when a payment came before the invoice (CRA Notice 342); defaults to the issue date. */
  taxDate?: string | undefined;
}

export async function issueInvoiceById(ctx: AppContext, actor: Actor, id: string, input: IssueInvoiceByIdInput = {}) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    const stored = await getStoredInvoice(trx, actor.workspaceId, id);
    const draft = stored.invoice;
    const [workspace, client] = await Promise.all([
      getWorkspaceRecord(trx, actor.workspaceId),
      getClientRecord(trx, actor.workspaceId, draft.clientId),
    ]);
    const issueDate = input.issueDate ?? studioToday(ctx, workspace);
    const taxDate = input.taxDate ?? issueDate;
    if (draft.status !== "draft") issueInvoice(draft, { number: "-", issueDate, dueDate: issueDate });
    const { details } = stored;
    const determination = invoiceTaxes({ workspace, client, buyerVatNumber: details.buyer.vatNumber, taxDate });
    const retaxed = editDraftInvoice(draft, { taxes: determination.taxes });
    const dueDate = addDays(issueDate, details.paymentDays);
    const supplyDate = details.supplyDate ?? { from: issueDate, to: issueDate };
    if (determination.regime.startsWith("fr_") && !client.isConsumer) {
      const term = checkFrancePaymentTerm({ issueDate, dueDate });
      if (!term.ok) throw fieldError("paymentDays", "too_long", term.reason);
    }
    const seller = issuerParty(workspace, details.language);
    const buyer = clientParty(client);
    const missing = missingInvoiceFields({
      regime: determination.regime,
      provider: {
        name: seller.name,
        address: seller.addressLines.join(", "),
        ...(workspace.taxIds.siren ? { siren: workspace.taxIds.siren } : {}),
        ...(workspace.taxIds.gst ? { gstNumber: workspace.taxIds.gst } : {}),
        ...(workspace.taxIds.qst ? { qstNumber: workspace.taxIds.qst } : {}),
        ...(workspace.taxIds.vat ? { vatNumber: workspace.taxIds.vat } : {}),
      },
      client: {
        name: buyer.name,
        address: buyer.addressLines.join(", "),
        siren: details.buyer.siren,
        country: client.address.country,
        vatNumber: details.buyer.vatNumber,
        isConsumer: client.isConsumer,
      },
      invoice: {
        issueDate,
        supplyDate: supplyDate.from,
        dueDate,
        paymentTerms: `${details.paymentDays}`,
        lines: retaxed.lines,
        taxCodes: determination.taxes.map((t) => t.taxCode),
      },
    });
    if (missing.length > 0) {
      throw new DomainError("validation", `the invoice cannot be issued yet: ${missing[0]!.message}`, {
        fields: missing,
      });
    }
    // The counter row lock comes first: once it is held, no other issuer can slip an invoice in between.
    const number = await takeNumber(trx, actor.workspaceId, "invoice", issueDate, workspace.invoiceNumberPattern);
    const last = await lastIssueDate(trx, actor.workspaceId);
    if (last && issueDate < last) {
      throw fieldError(
        "issueDate",
        "before_last_invoice",
        `the last invoice was issued on ${last}; numbers follow dates`,
      );
    }
    const issued = issueInvoice(retaxed, { number, issueDate, dueDate, taxDate });
    const revenueBefore = await workspaceRevenueTotal(trx, actor.workspaceId);
    const nextDetails: InvoiceDetails = { ...details, ...determinationDetails(determination), supplyDate };
    await saveInvoice(trx, {
      workspaceId: actor.workspaceId,
      invoice: issued,
      details: nextDetails,
      expectedVersion: stored.version,
      at,
    });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "invoice.issued",
      entity: "invoice",
      entityId: id,
      before: draft,
      after: issued,
    });
    // This client, and the others whose share of the studio's revenue may have crossed a limit — not every client
    // (that grows with the whole workspace): the stored score the clients list shows stays the dashboard's.
    const moved = await clientsWhoseShareMayMove(ctx, trx, actor.workspaceId, revenueBefore);
    await refreshClientHealth(ctx, trx, {
      workspaceId: actor.workspaceId,
      clientIds: [...new Set([issued.clientId, ...moved])],
    });
    return invoiceView({ ...stored, invoice: issued, details: nextDetails, version: stored.version + 1 });
  });
}
