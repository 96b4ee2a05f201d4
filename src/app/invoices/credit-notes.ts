/**
 * Credit notes (avoirs), full or partial: they reference the original invoice, take their number from their own
 * gap-free series, never exceed what remains creditable (the domain refuses), and restore the balance; a credit note
 * on a paid invoice leaves the client a credit. Writing off a bad debt closes the unpaid balance instead.
 */

import { applyCreditNote, writeOffInvoice } from "../../domain/invoice/invoice-lifecycle.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { saveInvoice } from "../../store/invoice-store.ts";
import { insertClientCredit, insertCreditNote } from "../../store/payment-store.ts";
import { refreshClientHealth } from "../health/client-health.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { studioTodayOf } from "../shared/studio-day.ts";
import { transact } from "../shared/transact.ts";
import { takeNumber } from "./invoice-numbering.ts";
import { getStoredInvoice, invoiceView } from "./invoice-queries.ts";

export interface CreateCreditNoteInput {
  /** Defaults to today. */
  date?: string | undefined;
  reason: string;
  /** Omitted: the whole remaining amount (a full cancellation). */
  lines?: { lineIndex: number; amount: number }[] | undefined;
}

export async function createCreditNote(ctx: AppContext, actor: Actor, invoiceId: string, input: CreateCreditNoteInput) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  const date = input.date ?? (await studioTodayOf(ctx, actor.workspaceId));
  const id = ctx.newId();
  return transact(ctx, async (trx) => {
    const stored = await getStoredInvoice(trx, actor.workspaceId, invoiceId);
    const before = stored.invoice;
    const { invoice, clientCredit } = applyCreditNote(before, {
      id,
      date,
      reason: input.reason,
      request: input.lines ? { kind: "partial", lines: input.lines } : { kind: "full" },
    });
    const note = invoice.creditNotes.find((n) => n.id === id);
    const number = await takeNumber(trx, actor.workspaceId, "credit_note", date);
    await saveInvoice(trx, {
      workspaceId: actor.workspaceId,
      invoice,
      details: stored.details,
      expectedVersion: stored.version,
      at,
    });
    await insertCreditNote(trx, {
      workspaceId: actor.workspaceId,
      note: { id, invoiceId, clientId: invoice.clientId, number, date, reason: input.reason, totals: note!.totals },
      at,
    });
    if (clientCredit.amount > 0) {
      await insertClientCredit(trx, {
        id: ctx.newId(),
        workspaceId: actor.workspaceId,
        clientId: invoice.clientId,
        invoiceId,
        kind: "credit_note",
        date,
        amount: clientCredit.amount,
        currency: clientCredit.currency,
        at,
      });
    }
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "invoice.credit_note_issued",
      entity: "invoice",
      entityId: invoiceId,
      before: { status: before.status },
      after: { status: invoice.status, creditNote: { id, number, date, reason: input.reason, totals: note!.totals } },
    });
    await refreshClientHealth(ctx, trx, { workspaceId: actor.workspaceId, clientIds: [invoice.clientId] });
    return {
      creditNote: { id, number, date, reason: input.reason, invoiceId, totals: note!.totals },
      invoice: invoiceView({ ...stored, invoice, version: stored.version + 1 }),
      clientCredit,
    };
  });
}

export interface WriteOffInput {
  date?: string | undefined;
  reason: string;
}

/** Writes off what is still unpaid (bad debt); terminal. */
export async function writeOff(ctx: AppContext, actor: Actor, invoiceId: string, input: WriteOffInput) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    const stored = await getStoredInvoice(trx, actor.workspaceId, invoiceId);
    const invoice = writeOffInvoice(stored.invoice, {
      date: input.date ?? (await studioTodayOf(ctx, actor.workspaceId, trx)),
      reason: input.reason,
    });
    await saveInvoice(trx, {
      workspaceId: actor.workspaceId,
      invoice,
      details: stored.details,
      expectedVersion: stored.version,
      at,
    });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "invoice.written_off",
      entity: "invoice",
      entityId: invoiceId,
      before: { status: stored.invoice.status },
      after: { status: invoice.status, writeOff: invoice.writeOff },
    });
    await refreshClientHealth(ctx, trx, { workspaceId: actor.workspaceId, clientIds: [invoice.clientId] });
    return invoiceView({ ...stored, invoice, version: stored.version + 1 });
  });
}
