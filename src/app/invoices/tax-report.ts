/**
 * The sales-tax report of a filing period: per tax and rate (GST, HST per province, QST, TVA per rate) the base and
 * the tax of invoices whose tax point is in the period, net of credit notes dated in it (domain `taxReport`).
 */
import type { NumberedInvoice } from "../../domain/invoice/invoice-lifecycle.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { taxReport } from "../../domain/tax/tax-report.ts";
import { taxDocuments } from "../../store/receivable-store.ts";
import type { AppContext } from "../shared/context.ts";

export async function taxReportForPeriod(ctx: AppContext, actor: Actor, period: { from: string; to: string }) {
  requirePermission(actor, "read");
  const docs = await taxDocuments(ctx.db, { workspaceId: actor.workspaceId, ...period });
  const invoices = docs.invoices.filter((i): i is NumberedInvoice => i.status !== "draft");
  return taxReport({
    period,
    invoices: invoices.map((i) => ({ id: i.id, date: i.taxDate, currency: i.currency, taxes: i.totals.taxes })),
    creditNotes: docs.creditNotes.map((n) => ({
      id: n.id,
      date: n.date,
      currency: n.totals.currency,
      taxes: n.totals.taxes,
    })),
  });
}
