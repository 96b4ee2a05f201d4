/**
 * Recording one payment from a client against several of its open invoices (allocation): as the studio splits it, or
 * the earliest due first. Each share is a payment of its invoice (same date, method and reference); what is left is the
 * client's credit. All of it in one transaction: every invoice moves, or none does.
 */
import { allocatePayment, type PaymentAllocation } from "../../domain/invoice/payment-allocation.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { insertClientCredit } from "../../store/payment-store.ts";
import { openReceivables } from "../../store/receivable-store.ts";
import { deliverNotificationMails } from "../notifications/notification-mails.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getWorkspaceRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { inTransaction, transact } from "../shared/transact.ts";
import { type PaymentMethod, recordInvoicePayment } from "./record-payment.ts";

export interface RecordClientPaymentInput {
  date: string;
  amount: number;
  method: PaymentMethod;
  reference?: string | undefined;
  /** How much goes to which invoice; absent: the earliest due first. */
  allocations?: PaymentAllocation[] | undefined;
}

export async function recordClientPayment(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  input: RecordClientPaymentInput,
) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  const result = await transact(ctx, async (trx) => {
    const ws = actor.workspaceId;
    await getClientRecord(trx, ws, clientId);
    const workspace = await getWorkspaceRecord(trx, ws);
    const open = (await openReceivables(trx, ws, clientId)).filter((o) => o.currency === workspace.currency);
    const { allocations, credit } = allocatePayment({
      amount: input.amount,
      invoices: open,
      requested: input.allocations,
    });
    const bound = inTransaction(ctx, trx);
    const payments = [];
    for (const a of allocations) {
      const r = await recordInvoicePayment(bound, actor, a.invoiceId, {
        date: input.date,
        amount: a.amount,
        method: input.method,
        reference: input.reference,
      });
      const number = open.find((o) => o.id === a.invoiceId)?.number ?? "";
      payments.push({
        invoiceId: a.invoiceId,
        number,
        amount: a.amount,
        paymentId: r.paymentId,
        status: r.invoice.status,
      });
    }
    if (credit > 0) {
      await insertClientCredit(trx, {
        id: ctx.newId(),
        workspaceId: ws,
        clientId,
        invoiceId: null,
        kind: "overpayment",
        date: input.date,
        amount: credit,
        currency: workspace.currency,
        at,
      });
    }
    await recordAudit(ctx, trx, {
      workspaceId: ws,
      actorMemberId: actor.memberId,
      action: "client.payment_allocated",
      entity: "client",
      entityId: clientId,
      after: { ...input, allocations: payments, credit },
    });
    return { clientId, payments, credit: { amount: credit, currency: workspace.currency } };
  });
  await deliverNotificationMails(ctx, { workspaceId: actor.workspaceId });
  return result;
}
