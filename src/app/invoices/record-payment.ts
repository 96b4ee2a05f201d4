/**
 * Payments on an issued invoice: full, partial or several (date, method, reference). The invoice's balance and status
 * move with each one; what is paid beyond the balance is kept as the client's credit.
 */
import { type PaymentMethod, recordPayment } from "../../domain/invoice/invoice-lifecycle.ts";
import { money } from "../../domain/money.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { saveInvoice } from "../../store/invoice-store.ts";
import { insertClientCredit, insertPayment } from "../../store/payment-store.ts";
import { refreshClientHealth } from "../health/client-health.ts";
import { notifyEvent } from "../notifications/notification-events.ts";
import { deliverNotificationMails } from "../notifications/notification-mails.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { getStoredInvoice, invoiceView } from "./invoice-queries.ts";

export { PAYMENT_METHODS, type PaymentMethod } from "../../domain/invoice/invoice-lifecycle.ts";

export interface RecordPaymentInput {
  date: string;
  amount: number;
  method: PaymentMethod;
  reference?: string | undefined;
}

export async function recordInvoicePayment(ctx: AppContext, actor: Actor, id: string, input: RecordPaymentInput) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  const paymentId = ctx.newId();
  const result = await transact(ctx, async (trx) => {
    const stored = await getStoredInvoice(trx, actor.workspaceId, id);
    const before = stored.invoice;
    const { invoice, clientCredit } = recordPayment(before, {
      id: paymentId,
      date: input.date,
      amount: money(input.amount, before.currency),
    });
    await saveInvoice(trx, {
      workspaceId: actor.workspaceId,
      invoice,
      details: stored.details,
      expectedVersion: stored.version,
      at,
    });
    await insertPayment(trx, {
      workspaceId: actor.workspaceId,
      payment: {
        id: paymentId,
        invoiceId: id,
        clientId: invoice.clientId,
        date: input.date,
        amount: input.amount,
        currency: invoice.currency,
        method: input.method,
        reference: input.reference ?? "",
      },
      at,
    });
    if (clientCredit.amount > 0) {
      await insertClientCredit(trx, {
        id: ctx.newId(),
        workspaceId: actor.workspaceId,
        clientId: invoice.clientId,
        invoiceId: id,
        kind: "overpayment",
        date: input.date,
        amount: clientCredit.amount,
        currency: clientCredit.currency,
        at,
      });
    }
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "invoice.payment_recorded",
      entity: "invoice",
      entityId: id,
      before: { status: before.status },
      after: { status: invoice.status, payment: { id: paymentId, ...input }, clientCredit },
    });
    await refreshClientHealth(ctx, trx, { workspaceId: actor.workspaceId, clientIds: [invoice.clientId] });
    if (invoice.status === "paid" && before.status !== "paid") {
      await notifyEvent(ctx, trx, {
        workspaceId: actor.workspaceId,
        kind: "invoice_paid",
        entityId: id,
        actorMemberId: actor.memberId,
      });
    }
    return {
      invoice: invoiceView({ ...stored, invoice, version: stored.version + 1 }),
      paymentId,
      clientCredit,
    };
  });
  await deliverNotificationMails(ctx, { workspaceId: actor.workspaceId });
  return result;
}
