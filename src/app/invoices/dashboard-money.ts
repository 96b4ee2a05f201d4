/**
 * The dashboard's money, each figure from the one place its own page computes it: what clients owe and what is
 * overdue (the receivables' aging), the work done but not yet invoiced on open mandates (the money ledger's
 * `unbilled`), and the goodwill given this quarter (the goodwill report's hours and value). In the workspace's currency;
 * work in another currency is counted apart, never added in.
 */

import { quarterStart } from "../../domain/calendar-date.ts";
import type { DashboardMoney } from "../../domain/ledger/dashboard-money.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { agingSumsTotal, agingTotal } from "../../store/receivable-aggregates.ts";
import { goodwillMinutes } from "../../store/time-store.ts";
import { loadMandatesMoney } from "../mandates/ledger.ts";
import type { AppContext } from "../shared/context.ts";
import { getWorkspaceRecord } from "../shared/load-records.ts";
import { studioToday } from "../shared/studio-day.ts";

export async function dashboardMoney(ctx: AppContext, actor: Actor): Promise<DashboardMoney> {
  requirePermission(actor, "read");
  const workspace = await getWorkspaceRecord(ctx.db, actor.workspaceId);
  const asOf = studioToday(ctx, workspace);
  const from = quarterStart(asOf);
  const currency = workspace.currency;
  const [aging, mandates, goodwill] = await Promise.all([
    // The receivables page's own sums: the same figures, never a second computation of them.
    agingTotal(ctx.db, { workspaceId: actor.workspaceId, currency, asOf }),
    loadMandatesMoney(ctx.db, { workspaceId: actor.workspaceId, statuses: ["active", "delivered"] }),
    goodwillMinutes(ctx.db, actor.workspaceId, { from, to: asOf }),
  ]);
  const inCurrency = mandates.filter((m) => m.currency === currency);
  const unbilled = inCurrency.filter((m) => m.ledger.unbilled > 0);
  return {
    asOf,
    currency,
    outstanding: { amount: agingSumsTotal(aging), invoices: aging.invoices },
    overdue: { amount: agingSumsTotal(aging) - aging.current, invoices: aging.overdueInvoices },
    unbilled: {
      amount: unbilled.reduce((sum, m) => sum + m.ledger.unbilled, 0),
      mandates: unbilled.length,
      otherCurrencies: mandates.length - inCurrency.length,
    },
    goodwill: {
      from,
      to: asOf,
      minutes: goodwill.reduce((sum, g) => sum + g.minutes, 0),
      value: goodwill.reduce((sum, g) => sum + Math.round((g.minutes * g.billableRate) / 60), 0),
      unratedMinutes: goodwill.filter((g) => g.billableRate === 0).reduce((sum, g) => sum + g.minutes, 0),
    },
  };
}
