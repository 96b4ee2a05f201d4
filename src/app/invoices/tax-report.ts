/**
 * The sales-tax report of a filing period: per tax and rate (GST, HST per province, QST, TVA per rate) the base and
 * the tax of invoices whose tax point is in the period, net of credit notes dated in it (domain `taxReport`).
 */
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { taxReportOfSums } from "../../domain/tax/tax-report.ts";
import { taxSumsOfPeriod } from "../../store/tax-report-store.ts";
import type { AppContext } from "../shared/context.ts";

export async function taxReportForPeriod(ctx: AppContext, actor: Actor, period: { from: string; to: string }) {
  requirePermission(actor, "read");
  return taxReportOfSums({
    period,
    sums: await taxSumsOfPeriod(ctx.db, { workspaceId: actor.workspaceId, ...period }),
  });
}
