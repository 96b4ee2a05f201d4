/**
 * Draft invoices: built from any mix of a signed offer's deposit, approved change orders, un-invoiced billable time
 * and manual lines; taxes and mentions determined from the workspace and the client's address and stored with the
 * draft. Drafts are edited freely and deleted without trace: no number is taken before issue, so nothing leaves a gap.
 */

import type { Kysely } from "kysely";
import { DomainError, fieldError } from "../../domain/errors.ts";
import {
  createDraftInvoice,
  editDraftInvoice,
  type Invoice,
  requireDeletableInvoice,
} from "../../domain/invoice/invoice-lifecycle.ts";
import type { InvoiceLineInput, LineDiscount } from "../../domain/invoice/invoice-totals.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import {
  mandateIdsOfClient,
  releaseDroppedSources,
  reserveInvoiceSources,
  reserveTimeEntries,
} from "../../store/invoice-source-store.ts";
import {
  deleteDraftInvoice,
  type InvoiceDetails,
  type InvoiceSourceKind,
  insertInvoice,
  saveInvoice,
} from "../../store/invoice-store.ts";
import type { Database } from "../../store/schema.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getWorkspaceRecord, requireClientOpen } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { studioToday } from "../shared/studio-day.ts";
import { transact } from "../shared/transact.ts";
import { getStoredInvoice } from "./invoice-queries.ts";
import { type SourceSelection, sourceLines } from "./invoice-sources.ts";
import { determinationDetails, invoiceTaxes } from "./invoice-taxes.ts";

export interface ManualLine {
  description: string;
  quantityMilli: number;
  unitPrice: number;
  unit?: string | undefined;
  detail?: string | undefined;
  /** Default true; false for a line no tax applies to (disbursements, late interest). */
  taxable?: boolean | undefined;
  discount?: LineDiscount | undefined;
  /** Set by use-cases only (late interest), never by the API: what the line invoices, reserved with the draft. */
  source?: { kind: InvoiceSourceKind; id: string } | undefined;
  /** The mandate the line bills for (a manual line attached to a mandate counts in its ledger). */
  mandateId?: string | undefined;
  /** Set by use-cases only (the exit's final invoice): the signed offer the line bills for. */
  offerId?: string | undefined;
  /** Editing a draft: this line keeps the source of the draft's line at that index (its amount cannot change). */
  sourceIndex?: number | undefined;
}

export interface DraftTerms {
  buyer?: InvoiceDetails["buyer"] | undefined;
  paymentDays?: number | undefined;
  lateInterestBps?: number | undefined;
  reference?: string | undefined;
  supplyDate?: { from: string; to: string } | undefined;
  operationCategory?: InvoiceDetails["operationCategory"];
  deliveryAddress?: string | undefined;
}

export interface CreateInvoiceDraftInput extends DraftTerms {
  clientId: string;
  sources?: SourceSelection | undefined;
  lines?: ManualLine[] | undefined;
}

export interface UpdateInvoiceDraftInput extends DraftTerms {
  /** Replaces every line (the sources stay reserved by the draft until it is issued or deleted). */
  lines?: ManualLine[] | undefined;
}

type DraftLine = { line: InvoiceLineInput; info: InvoiceDetails["lines"][number] };

/**
 * Lines as typed, each keeping what it bills: a line that names a `sourceIndex` keeps the source, mandate and offer
 * of the draft's line at that index, and its quantity and price (a source's amount is what was signed or logged;
 * reduce it with a discount or a credit note); a manual line may name the client's mandate it bills for.
 */
async function manual(
  db: Kysely<Database>,
  input: { workspaceId: string; clientId: string; lines: readonly ManualLine[]; previous?: readonly DraftLine[] },
): Promise<DraftLine[]> {
  const mandateIds = [...new Set(input.lines.flatMap((l) => (l.mandateId ? [l.mandateId] : [])))];
  const mandates = new Set(await mandateIdsOfClient(db, input.workspaceId, input.clientId, mandateIds));
  const used = new Set<number>();
  return input.lines.map((l, i) => {
    let kept: DraftLine["info"] = {};
    if (l.sourceIndex !== undefined) {
      const before = input.previous?.[l.sourceIndex];
      if (!before?.info.source || used.has(l.sourceIndex))
        throw fieldError(`lines.${i}.sourceIndex`, "not_found", "no line billed from a source at that index");
      if (before.line.quantityMilli !== l.quantityMilli || before.line.unitPrice !== l.unitPrice)
        throw fieldError(
          `lines.${i}.unitPrice`,
          "source_amount",
          "a line billed from a source keeps its quantity and price; give a discount instead",
        );
      used.add(l.sourceIndex);
      const { unit: _u, detail: _d, ...origin } = before.info;
      kept = origin;
    }
    if (l.mandateId && !mandates.has(l.mandateId))
      throw fieldError(`lines.${i}.mandateId`, "not_found", "not a mandate of this client");
    return {
      line: {
        description: l.description,
        quantityMilli: l.quantityMilli,
        unitPrice: l.unitPrice,
        ...(l.discount ? { discount: l.discount } : {}),
        ...(l.taxable === false ? { taxIds: [] } : {}),
      },
      info: {
        ...kept,
        ...(l.unit ? { unit: l.unit } : {}),
        ...(l.detail ? { detail: l.detail } : {}),
        ...(l.source ? { source: l.source } : {}),
        ...(l.mandateId ? { mandateId: l.mandateId } : {}),
        ...(l.offerId ? { offerId: l.offerId } : {}),
      },
    };
  });
}

/** Creates a draft for a client; its sources are reserved so nothing is invoiced twice. */
export async function createInvoiceDraft(ctx: AppContext, actor: Actor, input: CreateInvoiceDraftInput) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  const id = ctx.newId();
  return transact(ctx, async (trx) => {
    const [workspace, client] = await Promise.all([
      getWorkspaceRecord(trx, actor.workspaceId),
      getClientRecord(trx, actor.workspaceId, input.clientId),
    ]);
    requireClientOpen(client);
    const language = client.language;
    const fromSources = input.sources
      ? await sourceLines(trx, {
          workspaceId: actor.workspaceId,
          clientId: client.id,
          language,
          selection: input.sources,
        })
      : { lines: [], issues: [], timeEntryIds: [], supply: undefined };
    if (fromSources.issues.length > 0) {
      throw new DomainError("validation", fromSources.issues[0]!.message, { fields: fromSources.issues });
    }
    const typed = await manual(trx, { workspaceId: actor.workspaceId, clientId: client.id, lines: input.lines ?? [] });
    const all = [...fromSources.lines, ...typed];
    if (all.length === 0) {
      throw new DomainError("validation", "an invoice needs at least one line or source", {
        fields: [{ path: "lines", issue: "required", message: "add a line or pick a source" }],
      });
    }
    const determination = invoiceTaxes({
      workspace,
      client,
      buyerVatNumber: input.buyer?.vatNumber,
      taxDate: studioToday(ctx, workspace),
    });
    const invoice = createDraftInvoice(id, {
      clientId: client.id,
      currency: workspace.currency,
      lines: all.map((l) => l.line),
      taxes: determination.taxes,
    });
    const details: InvoiceDetails = {
      language,
      lines: all.map((l) => l.info),
      ...determinationDetails(determination),
      buyer: input.buyer ?? {},
      supplyDate: input.supplyDate ?? fromSources.supply,
      paymentDays: input.paymentDays ?? workspace.terms.paymentDays,
      lateInterestBps: input.lateInterestBps ?? workspace.terms.lateInterestBp,
      reference: input.reference,
      ...(input.operationCategory ? { operationCategory: input.operationCategory } : {}),
      ...(input.deliveryAddress?.trim() ? { deliveryAddress: input.deliveryAddress.trim() } : {}),
    };
    await insertInvoice(trx, { workspaceId: actor.workspaceId, invoice, details, at });
    await reserveInvoiceSources(trx, {
      workspaceId: actor.workspaceId,
      invoiceId: id,
      sources: all.flatMap((l) => (l.info.source ? [l.info.source] : [])),
      at,
    });
    await reserveTimeEntries(trx, {
      workspaceId: actor.workspaceId,
      invoiceId: id,
      entryIds: fromSources.timeEntryIds,
    });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "invoice.draft_created",
      entity: "invoice",
      entityId: id,
      after: { invoice, details },
    });
    return { invoice, details, warnings: determination.warnings };
  });
}

/** Edits a draft; an issued invoice is refused (409 invalid_state) by the lifecycle. */
export async function updateInvoiceDraft(ctx: AppContext, actor: Actor, id: string, input: UpdateInvoiceDraftInput) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    const stored = await getStoredInvoice(trx, actor.workspaceId, id);
    const before = stored.invoice;
    if (before.status !== "draft") editDraftInvoice(before, {});
    const [workspace, client] = await Promise.all([
      getWorkspaceRecord(trx, actor.workspaceId),
      getClientRecord(trx, actor.workspaceId, before.clientId),
    ]);
    const buyer = input.buyer ?? stored.details.buyer;
    const determination = invoiceTaxes({
      workspace,
      client,
      buyerVatNumber: buyer.vatNumber,
      taxDate: studioToday(ctx, workspace),
    });
    const previous = before.lines.map((line, i) => ({ line, info: stored.details.lines[i] ?? {} }));
    const lines = input.lines
      ? await manual(trx, { workspaceId: actor.workspaceId, clientId: client.id, lines: input.lines, previous })
      : undefined;
    if (lines) {
      // A source the draft reserved and no line keeps any more is released (it can be billed elsewhere).
      const kept = new Set(lines.flatMap((l) => (l.info.source ? [`${l.info.source.kind}:${l.info.source.id}`] : [])));
      const dropped = previous.flatMap((p) =>
        p.info.source && !kept.has(`${p.info.source.kind}:${p.info.source.id}`) ? [p.info.source] : [],
      );
      const keptTimeMandates = new Set(
        lines.flatMap((l) => (l.info.source?.kind === "time" ? [l.info.mandateId ?? null] : [])),
      );
      await releaseDroppedSources(trx, {
        workspaceId: actor.workspaceId,
        invoiceId: id,
        sources: dropped,
        keptTimeMandates,
      });
    }
    const invoice: Invoice = editDraftInvoice(before, {
      ...(lines ? { lines: lines.map((l) => l.line) } : {}),
      taxes: determination.taxes,
    });
    const details: InvoiceDetails = {
      ...stored.details,
      ...determinationDetails(determination),
      ...(lines ? { lines: lines.map((l) => l.info) } : {}),
      buyer,
      ...(input.paymentDays !== undefined ? { paymentDays: input.paymentDays } : {}),
      ...(input.lateInterestBps !== undefined ? { lateInterestBps: input.lateInterestBps } : {}),
      ...(input.reference !== undefined ? { reference: input.reference } : {}),
      ...(input.supplyDate !== undefined ? { supplyDate: input.supplyDate } : {}),
      ...(input.operationCategory !== undefined ? { operationCategory: input.operationCategory } : {}),
      ...(input.deliveryAddress !== undefined ? { deliveryAddress: input.deliveryAddress.trim() } : {}),
    };
    await saveInvoice(trx, {
      workspaceId: actor.workspaceId,
      invoice,
      details,
      expectedVersion: stored.version,
      at,
    });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "invoice.draft_updated",
      entity: "invoice",
      entityId: id,
      before: { invoice: before, details: stored.details },
      after: { invoice, details },
    });
    return { invoice, details, warnings: determination.warnings };
  });
}

/** Deletes a draft and frees its sources; issued invoices are refused (409). */
export async function deleteInvoiceDraft(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, "write");
  await transact(ctx, async (trx) => {
    const stored = await getStoredInvoice(trx, actor.workspaceId, id);
    requireDeletableInvoice(stored.invoice);
    await deleteDraftInvoice(trx, actor.workspaceId, id);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "invoice.draft_deleted",
      entity: "invoice",
      entityId: id,
      before: stored.invoice,
    });
  });
}
