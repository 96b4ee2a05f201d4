/**
 * Payment reminders: the schedule of an invoice (3 days before due, on due, +7, +30 by default; courteous, then firm
 * from 30 days late) with what was already sent, and sending one now — a letter in the client's language with the
 * balance, the days late and the late interest so far (with its yearly rate), through the outbox.
 */

import { daysBetween } from "../domain/calendar-date.ts";
import { DomainError } from "../domain/errors.ts";
import { invoiceBalance } from "../domain/invoice/invoice-balance.ts";
import { reminderLetter } from "../domain/invoice/reminder-letter.ts";
import { planReminders, type ReminderTone } from "../domain/invoice/reminder-schedule.ts";
import { type Actor, requirePermission } from "../domain/permissions.ts";
import { insertReminder, listRemindersOfInvoice } from "../store/payment-store.ts";
import type { AppContext } from "./context.ts";
import { clientEmail } from "./document-parties.ts";
import { computeLateInterest } from "./invoice-interest.ts";
import { getStoredInvoice } from "./invoice-queries.ts";
import { getClientRecord, getWorkspaceRecord } from "./load-records.ts";
import { recordAudit } from "./record-audit.ts";
import { deliverMessages, queueMessage } from "./send-messages.ts";
import { transact } from "./transact.ts";

const FIRM_FROM_DAYS_LATE = 30;

export async function listReminders(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, "read");
  const today = ctx.now().toISOString().slice(0, 10);
  const stored = await getStoredInvoice(ctx.db, actor.workspaceId, id);
  const invoice = stored.invoice;
  if (invoice.status === "draft") return { planned: [], sent: [] };
  const sent = await listRemindersOfInvoice(ctx.db, actor.workspaceId, id);
  const open = invoice.status === "issued" || invoice.status === "partially_paid";
  const planned = planReminders({ dueDate: invoice.dueDate, firmFromDaysLate: FIRM_FROM_DAYS_LATE }).map((p) => ({
    ...p,
    state: sent.some((s) => s.offsetDays === p.offsetDays)
      ? "sent"
      : !open
        ? "cancelled"
        : p.date <= today
          ? "due"
          : "upcoming",
  }));
  return { planned, sent };
}

export interface SendReminderInput {
  tone?: ReminderTone | undefined;
}

/** Sends a reminder now (or keeps it in the outbox without SMTP). Only an open invoice is reminded. */
export async function sendReminder(ctx: AppContext, actor: Actor, id: string, input: SendReminderInput = {}) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  const today = at.slice(0, 10);
  const interest = await computeLateInterest(ctx, actor, id, {}).catch(() => undefined);
  const result = await transact(ctx, async (trx) => {
    const stored = await getStoredInvoice(trx, actor.workspaceId, id);
    const invoice = stored.invoice;
    if (invoice.status !== "issued" && invoice.status !== "partially_paid") {
      throw new DomainError("invalid_state", `a ${invoice.status} invoice is not reminded`, { status: invoice.status });
    }
    const [workspace, client] = await Promise.all([
      getWorkspaceRecord(trx, actor.workspaceId),
      getClientRecord(trx, actor.workspaceId, invoice.clientId),
    ]);
    const offsetDays = daysBetween(invoice.dueDate, today);
    const tone = input.tone ?? (offsetDays >= FIRM_FROM_DAYS_LATE ? "firm" : "courteous");
    const letter = reminderLetter({
      locale: stored.details.language === "fr" ? "fr-CA" : "en",
      tone,
      invoiceNumber: invoice.number,
      amountDue: invoiceBalance(invoice).balance,
      dueDate: invoice.dueDate,
      asOf: today,
      clientName: client.contacts.find((c) => c.email)?.name ?? client.name,
      providerName: workspace.legalName || workspace.name,
      ...(interest && interest.interest.amount > 0
        ? {
            interest: {
              amount: interest.interest,
              annualRatePpm:
                interest.rules === "quebec"
                  ? interest.quebec.annualRatePpm
                  : (interest.france.segments.at(-1)?.ratePpm ?? 0),
            },
          }
        : {}),
      ...(interest && interest.indemnity.amount > 0 ? { recoveryIndemnity: interest.indemnity } : {}),
    });
    const message = await queueMessage(ctx, trx, {
      workspaceId: actor.workspaceId,
      kind: "invoice_reminder",
      to: clientEmail(client),
      subject: letter.subject,
      body: letter.body,
      entity: "invoice",
      entityId: id,
    });
    const reminder = { id: ctx.newId(), invoiceId: id, date: today, offsetDays, tone, outboxId: message.id };
    await insertReminder(trx, { workspaceId: actor.workspaceId, reminder, at });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "invoice.reminder_sent",
      entity: "invoice",
      entityId: id,
      after: { ...reminder, subject: letter.subject },
    });
    return { reminder, message };
  });
  const [message] = await deliverMessages(ctx, [result.message]);
  return { reminder: result.reminder, message: message! };
}
