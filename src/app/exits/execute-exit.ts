/**
 * Executing an exit, in one step and one transaction: open offers cancelled with the reason, mandates stopped (or
 * left to finish their milestone), the final invoice for work done issued (C.c.Q. 2129), write-offs by credit note
 * (their reminders stop with them), the client ended (read-only from then on), optionally never to be re-engaged,
 * and the lesson recorded; the frozen letter sent or kept in the outbox when asked. Everything is audited. A failure anywhere leaves nothing changed; executing twice does
 * nothing more.
 */

import { DomainError } from "../../domain/errors.ts";
import { executeExit as markExecuted } from "../../domain/exit/exit-lifecycle.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { findExit, saveExit } from "../../store/exit-store.ts";
import { updateClient } from "../clients/update-client.ts";
import { createCreditNote } from "../invoices/credit-notes.ts";
import { createInvoiceDraft } from "../invoices/invoice-drafts.ts";
import { issueInvoiceById } from "../invoices/issue-invoice.ts";
import { loadMandatesMoney } from "../mandates/ledger.ts";
import { updateMandate } from "../mandates/mandate-work.ts";
import { cancelOffer } from "../offers/cancel-offer.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { deliverMessages } from "../shared/send-messages.ts";
import { studioTodayOf } from "../shared/studio-day.ts";
import { inTransaction, transact } from "../shared/transact.ts";
import { ExitOptionsSchema } from "./exit-options-schema.ts";
import { exitLetter } from "./exits.ts";
import { queueExitLetter, requireLetterSendable } from "./send-exit-letter.ts";

export interface ExecuteExitInput {
  doNotReengage: boolean;
  lesson: string;
  /** Send the frozen letter in the same step (kept in the outbox without SMTP); it can also be sent afterwards. */
  sendLetter?: boolean | undefined;
}

export async function executeExit(ctx: AppContext, actor: Actor, id: string, input: ExecuteExitInput) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  const today = await studioTodayOf(ctx, actor.workspaceId);
  // The letter is read before the transaction (SQLite has one connection); it is frozen since the plan is ready.
  if (input.sendLetter) await requireLetterSendable(ctx, actor, id);
  const letter = input.sendLetter ? await exitLetter(ctx, actor, id) : undefined;
  const result = await transact(ctx, async (trx) => {
    const record = await findExit(trx, actor.workspaceId, id, ExitOptionsSchema);
    if (!record) throw new DomainError("not_found", "exit not found");
    if (record.exit.status === "executed")
      return { exit: record.exit, alreadyExecuted: true, finalInvoiceIds: [] as string[], message: undefined };
    const executed = markExecuted(record.exit, {
      executedOn: today,
      doNotReengage: input.doNotReengage,
      lesson: input.lesson,
    });
    const t = inTransaction(ctx, trx);
    const plan = record.exit.plan;
    const client = await getClientRecord(trx, actor.workspaceId, record.exit.plan.clientId);
    const en = client.language === "en";
    const reason =
      (en ? record.options.reasons?.en : record.options.reasons?.fr)?.trim() ||
      (en ? "End of the collaboration" : "Fin de la collaboration");

    for (const offer of plan.offers) await cancelOffer(t, actor, offer.id, reason);
    for (const m of plan.mandates) {
      if (m.action !== "finish_milestone") await updateMandate(t, actor, m.mandateId, { status: "stopped", reason });
    }
    // Cancelled offers' deposits: credited line by line (a paid deposit becomes client credit, to refund).
    for (const offer of plan.offers) {
      if (offer.deposit?.action !== "credit") continue;
      const byInvoice = new Map<string, { lineIndex: number; amount: number }[]>();
      for (const l of offer.deposit.lines)
        byInvoice.set(l.invoiceId, [
          ...(byInvoice.get(l.invoiceId) ?? []),
          { lineIndex: l.position, amount: l.amount },
        ]);
      for (const [invoiceId, creditLines] of byInvoice)
        await createCreditNote(t, actor, invoiceId, {
          reason: en
            ? `Deposit of cancelled offer ${offer.reference}`
            : `Acompte de l'offre annulée ${offer.reference}`,
          lines: creditLines,
        });
    }
    // The final invoice bills only what is still unbilled now (the plan may be older than the last invoice), and
    // reserves each offer's final line so it can never be issued twice.
    const finalInvoiceIds: string[] = [];
    const now = new Map(
      (
        await loadMandatesMoney(trx, {
          workspaceId: actor.workspaceId,
          mandateIds: plan.mandates.map((m) => m.mandateId),
        })
      ).map((m) => [m.mandateId, m]),
    );
    const lines = plan.mandates.flatMap((m) => {
      const current = now.get(m.mandateId);
      if (!current) return [];
      const billed = current.ledger.netInvoiced + current.ledger.inDrafts;
      const amount = Math.min(m.settlement.finalInvoiceAmount, Math.max(0, m.settlement.earned - billed));
      if (amount <= 0) return [];
      return [
        {
          description: en
            ? `Work done up to ${plan.effectiveDate} — ${m.reference} ${m.title}`
            : `Travaux réalisés jusqu'au ${plan.effectiveDate} — ${m.reference} ${m.title}`,
          detail: en
            ? "Value of the work done, costs incurred and usable deliverables, less what was already invoiced (C.c.Q. art. 2129)"
            : "C.c.Q. art. 2129 : valeur des travaux réalisés, frais engagés et biens utiles, moins ce qui a déjà été facturé",
          quantityMilli: 1000,
          unitPrice: amount,
          mandateId: m.mandateId,
          offerId: current.offerId,
          source: { kind: "offer" as const, id: `${current.offerId}:exit` },
        },
      ];
    });
    if (lines.length > 0) {
      const draft = await createInvoiceDraft(t, actor, {
        clientId: plan.clientId,
        lines,
        reference: `${en ? "End of collaboration" : "Fin de collaboration"} ${today}`,
      });
      const issued = await issueInvoiceById(t, actor, draft.invoice.id);
      finalInvoiceIds.push(issued.id);
    }
    for (const invoice of plan.invoices) {
      if (invoice.action === "write_off")
        await createCreditNote(t, actor, invoice.id, { reason: `${en ? "Write-off" : "Radiation"} : ${reason}` });
    }
    await updateClient(t, actor, plan.clientId, { status: "ended", doNotReengage: input.doNotReengage });
    await saveExit(trx, {
      workspaceId: actor.workspaceId,
      record: { ...record, exit: executed },
      expectedStatus: record.exit.status,
      at,
    });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "exit.executed",
      entity: "exit",
      entityId: id,
      before: record.exit,
      after: { ...executed, finalInvoiceIds },
    });
    const message = letter ? await queueExitLetter(ctx, trx, { actor, exitId: id, letter }) : undefined;
    return { exit: executed, alreadyExecuted: false, finalInvoiceIds, message };
  });
  const { message, ...done } = result;
  if (!message) return { ...done, letterMessage: null };
  const [delivered] = await deliverMessages(ctx, [message]);
  return { ...done, letterMessage: delivered ?? null };
}
