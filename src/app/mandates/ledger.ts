/**
 * The money thread, computed in one place: for each mandate, the work done valued as its contract says (% complete
 * of a fixed price, billable hours at the agreed rate, the cap) and the ledger of the invoice lines linked to it; for a
 * client, the sum of its mandates and of the lines linked to no mandate. The mandate page, the client page, the
 * receivables, the exit plan and its letter, health and the evidence pack all read these figures.
 */
import type { Kysely } from "kysely";
import { changeOrderTotals } from "../../domain/change-order/change-order-content.ts";
import { agreedHourlyRate } from "../../domain/ledger/agreed-rate.ts";
import type { ClientMoney, MandateMoney } from "../../domain/ledger/mandate-money.ts";
import {
  emptyLedger,
  type LedgerInvoice,
  type MoneyLedger,
  moneyLedger,
  sumLedgers,
} from "../../domain/ledger/money-ledger.ts";
import { workDone } from "../../domain/ledger/work-done.ts";
import { workProgress } from "../../domain/ledger/work-progress.ts";
import { minutesTimesRate } from "../../domain/money.ts";
import { offerTotals } from "../../domain/offer/offer-totals.ts";
import { type LedgerLineRow, ledgerLines, unlinkedLinesNet } from "../../store/invoice-line-store.ts";
import { type MandateWorkFacts, mandateWorkFacts, type WorkFactsFilter } from "../../store/ledger-store.ts";
import type { Database } from "../../store/schema.ts";

/** The work done on one mandate from its facts. */
export function valueMandateWork(f: MandateWorkFacts) {
  const content = f.offer.content;
  const totals = offerTotals(content);
  const pricing = content.pricing;
  const itemPrices = new Map<string, number>(totals.lines.map((l) => [l.deliverableId, l.amount]));
  const itemHours = new Map<string, number>(content.deliverables.map((d) => [d.id, d.estimatedHours ?? 0]));
  let changeOrdersTotal = 0;
  for (const co of f.changeOrders) {
    const t = changeOrderTotals(co.content);
    changeOrdersTotal += t.total;
    for (const l of t.lines) itemPrices.set(l.itemId, l.amount);
    for (const i of co.content.items) itemHours.set(i.id, i.hours);
  }
  const coItems = new Set(f.changeOrders.flatMap((co) => co.content.items.map((i) => i.id)));
  const changeOrderItemsDelivered = f.mandate.checklist
    .filter((i) => i.done && coItems.has(i.id))
    .reduce((s, i) => s + (itemPrices.get(i.id) ?? 0), 0);
  const rate = agreedHourlyRate(content);
  const billableMinutes = f.billable.reduce((s, b) => s + b.minutes * b.count, 0);
  const billableValue = f.billable.reduce((s, b) => s + b.count * minutesTimesRate(b.minutes, rate ?? b.rate), 0);
  const progress = workProgress({
    checklist: f.mandate.checklist,
    itemPrices,
    itemHours,
    override: f.mandate.progress,
  });
  const offerPrice = pricing.model === "capped" ? pricing.capAmount : totals.total;
  const work = workDone({
    pricingModel: pricing.model,
    offerPrice,
    changeOrdersTotal,
    changeOrderItemsDelivered,
    progress,
    billableMinutes,
    billableValue,
    costs: f.costs,
    retainerBilled: f.retainerBilled,
  });
  return { rate, billableMinutes, progress, work, offerPrice, depositAmount: totals.depositAmount };
}

function groupLines(lines: readonly LedgerLineRow[]) {
  const byMandate = new Map<string, LedgerLineRow[]>();
  const other: LedgerLineRow[] = [];
  for (const l of lines) {
    if (!l.mandateId) other.push(l);
    else byMandate.set(l.mandateId, [...(byMandate.get(l.mandateId) ?? []), l]);
  }
  return { byMandate, other };
}

function unlinkedLedger(lines: readonly LedgerLineRow[], invoices: ReadonlyMap<string, LedgerInvoice>): MoneyLedger {
  if (lines.length === 0) return emptyLedger();
  const net = lines.filter((l) => l.status !== "draft").reduce((s, l) => s + l.amount - l.credited, 0);
  return moneyLedger({ lines, invoices, work: { signed: 0, earned: net, workValue: net, costs: 0, overCap: 0 } });
}

/** Money of the mandates matching the filter, with their ledgers. */
export async function loadMandatesMoney(db: Kysely<Database>, filter: WorkFactsFilter): Promise<MandateMoney[]> {
  const facts = await mandateWorkFacts(db, filter);
  if (facts.length === 0) return [];
  const { lines, invoices } = await ledgerLines(db, {
    workspaceId: filter.workspaceId,
    mandateIds: facts.map((f) => f.mandate.id),
  });
  const { byMandate } = groupLines(lines);
  return facts.map((f) => toMandateMoney(f, byMandate.get(f.mandate.id) ?? [], invoices));
}

function toMandateMoney(
  f: MandateWorkFacts,
  lines: readonly LedgerLineRow[],
  invoices: ReadonlyMap<string, LedgerInvoice>,
): MandateMoney {
  const v = valueMandateWork(f);
  return {
    mandateId: f.mandate.id,
    clientId: f.mandate.clientId,
    offerId: f.offer.id,
    offerNumber: f.offer.number,
    title: f.title,
    status: f.mandate.status,
    pricingModel: f.offer.content.pricing.model,
    currency: f.offer.content.currency,
    agreedHourlyRate: v.rate,
    offerPrice: v.offerPrice,
    depositAmount: v.depositAmount,
    progress: v.progress,
    billableMinutes: v.billableMinutes,
    work: v.work,
    ledger: moneyLedger({ lines, invoices, work: v.work }),
  };
}

/** The money of one client: each mandate, the lines linked to none, and the total. */
export async function loadClientMoney(
  db: Kysely<Database>,
  workspaceId: string,
  clientId: string,
): Promise<ClientMoney> {
  return (await loadClientsMoney(db, workspaceId, [clientId])).get(clientId)!;
}

/** The money of several clients in one batch of queries (client health reads every client's earned revenue). */
export async function loadClientsMoney(
  db: Kysely<Database>,
  workspaceId: string,
  clientIds: readonly string[],
): Promise<Map<string, ClientMoney>> {
  const [facts, { lines, invoices }] = await Promise.all([
    mandateWorkFacts(db, { workspaceId, clientIds }),
    ledgerLines(db, { workspaceId, clientIds }),
  ]);
  const { byMandate, other } = groupLines(lines);
  const out = new Map<string, ClientMoney>();
  for (const clientId of clientIds) {
    const mandates = facts
      .filter((f) => f.mandate.clientId === clientId)
      .map((f) => toMandateMoney(f, byMandate.get(f.mandate.id) ?? [], invoices));
    const otherLedger = unlinkedLedger(
      other.filter((l) => l.clientId === clientId),
      invoices,
    );
    out.set(clientId, {
      mandates,
      other: otherLedger,
      total: sumLedgers([...mandates.map((m) => m.ledger), otherLedger]),
    });
  }
  return out;
}

/**
 * Each client's earned revenue alone, the same figure as `loadClientsMoney(…).get(id).total.earned`: its mandates'
 * work valued per their contracts, plus the lines linked to no mandate net of credit notes (drafts apart). Reads no
 * ledger line of a mandate (earned never depends on them); mandates are read 500 clients at a time, or, with
 * `inRelationship` (`clientIds` are then exactly the workspace's clients in a working relationship, read in the same
 * snapshot: the dashboard's full regrade), named by a sub-select instead of 1,150 bound ids.
 */
export async function loadClientsEarned(
  db: Kysely<Database>,
  workspaceId: string,
  clientIds: readonly string[],
  options: { inRelationship?: boolean } = {},
): Promise<Map<string, number>> {
  const out = await unlinkedLinesNet(db, workspaceId, clientIds);
  const earned = new Map(clientIds.map((id) => [id, out.get(id) ?? 0]));
  const add = (facts: readonly MandateWorkFacts[]) => {
    for (const f of facts) {
      const id = f.mandate.clientId;
      if (earned.has(id)) earned.set(id, earned.get(id)! + valueMandateWork(f).work.earned);
    }
  };
  if (options.inRelationship) add(await mandateWorkFacts(db, { workspaceId, clientsInRelationship: true }));
  else {
    for (let i = 0; i < clientIds.length; i += 500) {
      add(await mandateWorkFacts(db, { workspaceId, clientIds: clientIds.slice(i, i + 500) }));
    }
  }
  return earned;
}
