/**
 * Payment reminders: the automatic schedule of an invoice (courteous 3 days before and on the due date, firm 7 and 21
 * days after, a formal notice proposed at 30 days; see `reminder-schedule.ts`) with what was sent and when, the
 * client's pause, and sending one now — a letter in the client's language with the balance, the days late and the
 * late interest so far (with its yearly rate, never billed), through the outbox.
 */

import type { Kysely } from "kysely";
import { addDays, daysBetween } from "../../domain/calendar-date.ts";
import { DomainError } from "../../domain/errors.ts";
import { invoiceBalance } from "../../domain/invoice/invoice-balance.ts";
import { reminderLetter } from "../../domain/invoice/reminder-letter.ts";
import {
  AUTOMATIC_REMINDER_STEPS,
  automaticReminderPlan,
  initialStepStatus,
  type ReminderStepState,
  type ReminderTone,
} from "../../domain/invoice/reminder-schedule.ts";
import { invoiceRecipients } from "../../domain/messages/invoice-email.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { insertReminder, listRemindersOfInvoice } from "../../store/payment-store.ts";
import {
  listSchedulesOf,
  pausedClients,
  remindersPaused,
  type ScheduleRow,
  setRemindersPaused,
} from "../../store/schedule-store.ts";
import type { Database } from "../../store/schema.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getWorkspaceRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { deliverMessages, queueMessage } from "../shared/send-messages.ts";
import { studioTodayOf } from "../shared/studio-day.ts";
import { inTransaction, transact } from "../shared/transact.ts";
import { computeLateInterest } from "./invoice-interest.ts";
import { getStoredInvoice } from "./invoice-queries.ts";

const FIRM_FROM_DAYS_LATE = 30;

/** The automatic schedule of an invoice with each step's state, and the reminders sent by hand. Reads only. */
export async function listReminders(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, "read");
  const today = await studioTodayOf(ctx, actor.workspaceId);
  const stored = await getStoredInvoice(ctx.db, actor.workspaceId, id);
  const invoice = stored.invoice;
  if (invoice.status === "draft") {
    return { clientId: invoice.clientId, paused: false, nextReminderOn: null, planned: [], sent: [] };
  }
  const [manual, rows, paused] = await Promise.all([
    listRemindersOfInvoice(ctx.db, actor.workspaceId, id),
    listSchedulesOf(ctx.db, actor.workspaceId, [id]),
    remindersPaused(ctx.db, actor.workspaceId, invoice.clientId),
  ]);
  const open = invoice.status === "issued" || invoice.status === "partially_paid";
  const planned = automaticReminderPlan(invoice.dueDate).map((p) => {
    const row = rows.find((r) => r.step === p.step);
    const state: ReminderStepState = (() => {
      switch (row?.status) {
        case "queued":
        case "sending":
          return "sending";
        case "sent":
        case "kept":
        case "failed":
        case "skipped":
        case "proposed":
          return row.status;
        case "stopped":
          return "cancelled";
        case "planned":
          break;
        default:
          // Not planned yet (the scheduler plans at its next tick): what planning will make of it.
          if (open && initialStepStatus(p, today) === "skipped") return "skipped";
      }
      if (!open) return "cancelled";
      if (p.date > today) return paused && p.kind === "email" ? "paused" : "upcoming";
      if (p.kind === "proposal") return "proposed";
      return paused ? "paused" : "due";
    })();
    return {
      step: p.step,
      date: p.date,
      offsetDays: p.offsetDays,
      kind: p.kind,
      tone: p.tone,
      state,
      sentAt: row?.sentAt ?? null,
      attempts: row?.attempts ?? 0,
      error: row?.lastError ?? null,
    };
  });
  const next = open && !paused ? nextReminderOn(invoice.dueDate, rows, today) : null;
  return { clientId: invoice.clientId, paused, nextReminderOn: next, planned, sent: manual };
}

/** Days after the due date of the last e-mailed step of the automatic plan. */
const LAST_EMAIL_OFFSET = Math.max(
  ...AUTOMATIC_REMINDER_STEPS.filter((s) => s.kind === "email").map((s) => s.offsetDays),
);

/** The e-mailed steps of an invoice's automatic plan. */
function emailSteps(dueDate: string) {
  return automaticReminderPlan(dueDate).filter((s) => s.kind === "email");
}

/** The date of the next automatic reminder the scheduler will send, from its rows or, before it planned them, the plan. */
function nextReminderOn(
  dueDate: string,
  rows: readonly ScheduleRow[],
  today: string,
  plan = emailSteps(dueDate),
): string | null {
  const next = rows.length
    ? plan.find((s) => rows.some((r) => r.step === s.step && r.status === "planned"))
    : plan.find((s) => initialStepStatus(s, today) === "planned");
  return next?.date ?? null;
}

/** The next automatic reminder of each open invoice: null when none is left or the client's reminders are paused. */
export async function nextReminderDates(
  db: Kysely<Database>,
  workspaceId: string,
  invoices: readonly { id: string; clientId: string; dueDate: string }[],
  today: string,
): Promise<Map<string, string | null>> {
  const [rows, paused] = await Promise.all([
    listSchedulesOf(
      db,
      workspaceId,
      invoices.map((i) => i.id),
    ),
    pausedClients(db, workspaceId, [...new Set(invoices.map((i) => i.clientId))]),
  ]);
  // Each invoice's steps found by id, not by scanning every row for every invoice (thousands are open at once).
  const stepsOf = new Map<string, typeof rows>();
  for (const r of rows) {
    const steps = stepsOf.get(r.invoiceId);
    if (steps) steps.push(r);
    else stepsOf.set(r.invoiceId, [r]);
  }
  // An invoice the scheduler has not planned yet (no row) starts each e-mail dated before today skipped: due before
  // `horizon`, all of them are, and no reminder is left — most of a long history's open invoices, never planned here.
  const horizon = addDays(today, -LAST_EMAIL_OFFSET);
  // Open invoices share due dates: each date's plan is made once, and without rows its next reminder depends on the
  // due date alone.
  const plans = new Map<string, ReturnType<typeof emailSteps>>();
  const unplanned = new Map<string, string | null>();
  const next = (i: { id: string; dueDate: string }) => {
    const steps = stepsOf.get(i.id);
    if (!steps && i.dueDate < horizon) return null;
    if (!steps && unplanned.has(i.dueDate)) return unplanned.get(i.dueDate)!;
    let plan = plans.get(i.dueDate);
    if (!plan) {
      plan = emailSteps(i.dueDate);
      plans.set(i.dueDate, plan);
    }
    const date = nextReminderOn(i.dueDate, steps ?? [], today, plan);
    if (!steps) unplanned.set(i.dueDate, date);
    return date;
  };
  return new Map(invoices.map((i) => [i.id, paused.has(i.clientId) ? null : next(i)]));
}

/** Pauses (or resumes) the automatic reminders of a client; steps that come due while paused are not sent later. */
export async function pauseClientReminders(ctx: AppContext, actor: Actor, clientId: string, paused: boolean) {
  requirePermission(actor, "write");
  return transact(ctx, async (trx) => {
    await getClientRecord(trx, actor.workspaceId, clientId);
    const before = await remindersPaused(trx, actor.workspaceId, clientId);
    await setRemindersPaused(trx, actor.workspaceId, clientId, paused);
    if (before !== paused) {
      await recordAudit(ctx, trx, {
        workspaceId: actor.workspaceId,
        actorMemberId: actor.memberId,
        action: paused ? "client.reminders_paused" : "client.reminders_resumed",
        entity: "client",
        entityId: clientId,
        before: { remindersPaused: before },
        after: { remindersPaused: paused },
      });
    }
    return { clientId, remindersPaused: paused };
  });
}

/**
 * Writes a reminder of an open invoice into the outbox in the caller's transaction (tone by days late unless given)
 * and returns the message; `messageKey` makes it unique (automatic reminders).
 */
export async function queueReminder(
  ctx: AppContext,
  trx: Kysely<Database>,
  input: { actor: Actor; invoiceId: string; today: string; tone?: ReminderTone | undefined; messageKey?: string },
) {
  const { actor, invoiceId: id, today } = input;
  const bound = inTransaction(ctx, trx);
  const interest = await computeLateInterest(bound, { ...actor, role: "viewer" }, id, { asOf: today }).catch(
    () => undefined,
  );
  const stored = await getStoredInvoice(trx, actor.workspaceId, id);
  const invoice = stored.invoice;
  if (invoice.status !== "issued" && invoice.status !== "partially_paid") {
    throw new DomainError("invalid_state", `a ${invoice.status} invoice is not reminded`, { status: invoice.status });
  }
  const [workspace, client] = await Promise.all([
    getWorkspaceRecord(trx, actor.workspaceId),
    getClientRecord(trx, actor.workspaceId, invoice.clientId),
  ]);
  // The reminder goes where the invoice goes: the billing contact (else the first contact with an e-mail).
  const recipients = invoiceRecipients(client.contacts, undefined);
  const contact = recipients.ok ? recipients.contacts[0] : undefined;
  const offsetDays = daysBetween(invoice.dueDate, today);
  const tone = input.tone ?? (offsetDays >= FIRM_FROM_DAYS_LATE ? "firm" : "courteous");
  const letter = reminderLetter({
    locale: stored.details.language === "fr" ? "fr-CA" : "en",
    tone,
    invoiceNumber: invoice.number,
    amountDue: invoiceBalance(invoice).balance,
    dueDate: invoice.dueDate,
    asOf: today,
    clientName: contact?.name ?? client.name,
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
    to: contact?.email ?? "",
    subject: letter.subject,
    body: letter.body,
    entity: "invoice",
    entityId: id,
    messageKey: input.messageKey,
  });
  return { message, tone, offsetDays, subject: letter.subject };
}

export interface SendReminderInput {
  tone?: ReminderTone | undefined;
}

/** Sends a reminder now (or keeps it in the outbox without SMTP). Only an open invoice is reminded. */
export async function sendReminder(ctx: AppContext, actor: Actor, id: string, input: SendReminderInput = {}) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  const today = await studioTodayOf(ctx, actor.workspaceId);
  const result = await transact(ctx, async (trx) => {
    const { message, tone, offsetDays, subject } = await queueReminder(ctx, trx, {
      actor,
      invoiceId: id,
      today,
      tone: input.tone,
    });
    const reminder = { id: ctx.newId(), invoiceId: id, date: today, offsetDays, tone, outboxId: message.id };
    await insertReminder(trx, { workspaceId: actor.workspaceId, reminder, at });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "invoice.reminder_sent",
      entity: "invoice",
      entityId: id,
      after: { ...reminder, subject },
    });
    return { reminder, message };
  });
  const [message] = await deliverMessages(ctx, [result.message]);
  return { reminder: result.reminder, message: message! };
}
