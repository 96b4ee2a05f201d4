/**
 * What can be invoiced for a client, and the draft lines it becomes: the deposit of each signed offer, each approved
 * change order not yet invoiced, and un-invoiced billable time grouped by mandate and member or by day (each entry at
 * the billable rate recorded with it).
 */
import type { Kysely } from "kysely";
import { changeOrderTotals } from "../domain/change-order/change-order-content.ts";
import type { InvoiceLineInput } from "../domain/invoice/invoice-totals.ts";
import { minutesTimesRate } from "../domain/money.ts";
import type { Language } from "../domain/offer/offer-content.ts";
import { offerTotals } from "../domain/offer/offer-totals.ts";
import { type Actor, requirePermission } from "../domain/permissions.ts";
import {
  approvedChangeOrdersOfClient,
  invoicedSourceIds,
  signedOffersOfClient,
  sourceLabels,
} from "../store/invoice-source-store.ts";
import type { InvoiceDetails } from "../store/invoice-store.ts";
import { uninvoicedBillableTime } from "../store/receivable-store.ts";
import type { Database } from "../store/schema.ts";
import type { AppContext } from "./context.ts";
import { getClientRecord } from "./load-records.ts";

export type TimeGrouping = "mandate_member" | "day";

export interface SourceLine {
  line: InvoiceLineInput;
  info: InvoiceDetails["lines"][number];
}

async function available(db: Kysely<Database>, workspaceId: string, clientId: string) {
  const [offers, changeOrders, time] = await Promise.all([
    signedOffersOfClient(db, workspaceId, clientId),
    approvedChangeOrdersOfClient(db, workspaceId, clientId),
    uninvoicedBillableTime(db, { workspaceId, clientId }),
  ]);
  const [takenDeposits, takenCos] = await Promise.all([
    invoicedSourceIds(
      db,
      workspaceId,
      "deposit",
      offers.map((o) => o.id),
    ),
    invoicedSourceIds(
      db,
      workspaceId,
      "change_order",
      changeOrders.map((c) => c.id),
    ),
  ]);
  const deposits = offers
    .map((o) => ({ offer: o, totals: offerTotals(o.content) }))
    .filter((d) => d.totals.depositAmount > 0 && !takenDeposits.has(d.offer.id));
  return { deposits, changeOrders: changeOrders.filter((c) => !takenCos.has(c.id)), time };
}

/** GET /invoice-sources: everything a draft for this client can take. */
export async function listInvoiceSources(ctx: AppContext, actor: Actor, clientId: string) {
  requirePermission(actor, "read");
  await getClientRecord(ctx.db, actor.workspaceId, clientId);
  const a = await available(ctx.db, actor.workspaceId, clientId);
  return {
    deposits: a.deposits.map((d) => ({
      offerId: d.offer.id,
      number: d.offer.number,
      title: d.offer.content.title,
      depositBps: d.totals.depositBps,
      amount: d.totals.depositAmount,
      currency: d.totals.currency,
    })),
    changeOrders: a.changeOrders.map((c) => ({
      changeOrderId: c.id,
      number: c.number,
      title: c.content.title,
      amount: changeOrderTotals(c.content).total,
      currency: c.content.currency,
    })),
    time: a.time.map((t) => ({ ...t, amount: minutesTimesRate(t.minutes, t.billableRate) })),
  };
}

export interface SourceSelection {
  depositOfferIds?: string[] | undefined;
  changeOrderIds?: string[] | undefined;
  time?: { entryIds?: string[] | undefined; to?: string | undefined; groupBy?: TimeGrouping | undefined } | undefined;
}

const T = {
  fr: {
    deposit: (bps: number, n: string | null, t: string) => `Acompte de ${bps / 100} % — offre ${n ?? ""} « ${t} »`,
    co: (n: string, t: string) => `Avenant ${n} — ${t}`,
    hours: "Heures facturables",
  },
  en: {
    deposit: (bps: number, n: string | null, t: string) => `Deposit of ${bps / 100}% — offer ${n ?? ""} "${t}"`,
    co: (n: string, t: string) => `Change order ${n} — ${t}`,
    hours: "Billable hours",
  },
};

/** Lines for the selected sources, the time entry ids they cover and the supply period of the time. */
export async function sourceLines(
  trx: Kysely<Database>,
  input: { workspaceId: string; clientId: string; language: Language; selection: SourceSelection },
) {
  const { selection } = input;
  const t = T[input.language];
  const a = await available(trx, input.workspaceId, input.clientId);
  const lines: SourceLine[] = [];
  const missing = (path: string, id: string) => ({ path, issue: "not_available", message: `${id} cannot be invoiced` });
  const issues: { path: string; issue: string; message: string }[] = [];
  for (const id of selection.depositOfferIds ?? []) {
    const d = a.deposits.find((x) => x.offer.id === id);
    if (!d) issues.push(missing("sources.depositOfferIds", id));
    else
      lines.push({
        line: {
          description: t.deposit(d.totals.depositBps, d.offer.number, d.offer.content.title),
          quantityMilli: 1000,
          unitPrice: d.totals.depositAmount,
        },
        info: { source: { kind: "deposit", id } },
      });
  }
  for (const id of selection.changeOrderIds ?? []) {
    const c = a.changeOrders.find((x) => x.id === id);
    if (!c) issues.push(missing("sources.changeOrderIds", id));
    else
      lines.push({
        line: {
          description: t.co(c.number, c.content.title),
          quantityMilli: 1000,
          unitPrice: changeOrderTotals(c.content).total,
        },
        info: { source: { kind: "change_order", id } },
      });
  }
  let entries: typeof a.time = [];
  if (selection.time) {
    const wanted = selection.time.entryIds;
    entries = a.time.filter((e) =>
      wanted ? wanted.includes(e.id) : !selection.time?.to || e.date <= selection.time.to,
    );
    if (wanted && entries.length !== new Set(wanted).size)
      issues.push(missing("sources.time.entryIds", "some entries"));
    lines.push(
      ...(await timeLines(trx, input.workspaceId, entries, selection.time.groupBy ?? "mandate_member", t.hours)),
    );
  }
  const dates = entries.map((e) => e.date).sort();
  return {
    lines,
    issues,
    timeEntryIds: entries.map((e) => e.id),
    supply: dates.length ? { from: dates[0]!, to: dates[dates.length - 1]! } : undefined,
  };
}

async function timeLines(
  db: Kysely<Database>,
  workspaceId: string,
  entries: {
    id: string;
    memberId: string;
    mandateId: string | null;
    date: string;
    minutes: number;
    billableRate: number;
  }[],
  groupBy: TimeGrouping,
  label: string,
): Promise<SourceLine[]> {
  const labels = await sourceLabels(db, workspaceId, {
    memberIds: [...new Set(entries.map((e) => e.memberId))],
    mandateIds: [...new Set(entries.flatMap((e) => (e.mandateId ? [e.mandateId] : [])))],
  });
  const groups = new Map<string, { title: string; minutes: number; amount: number; rate: number; ids: string[] }>();
  for (const e of entries) {
    const key = groupBy === "day" ? `${e.date}|${e.billableRate}` : `${e.mandateId}|${e.memberId}|${e.billableRate}`;
    const title =
      groupBy === "day"
        ? `${label} — ${e.date}`
        : [label, e.mandateId ? labels.mandate.get(e.mandateId) : undefined, labels.member.get(e.memberId)]
            .filter(Boolean)
            .join(" — ");
    const g = groups.get(key) ?? { title, minutes: 0, amount: 0, rate: e.billableRate, ids: [] };
    g.minutes += e.minutes;
    g.amount += minutesTimesRate(e.minutes, e.billableRate);
    g.ids.push(e.id);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => {
    const exact = (g.minutes * 1000) % 60 === 0 && g.amount === (g.minutes * g.rate) / 60;
    const hours = `${Math.floor(g.minutes / 60)} h ${String(g.minutes % 60).padStart(2, "0")}`;
    return {
      line: exact
        ? { description: g.title, quantityMilli: (g.minutes * 1000) / 60, unitPrice: g.rate }
        : { description: g.title, quantityMilli: 1000, unitPrice: g.amount },
      info: {
        ...(exact ? { unit: "h" } : {}),
        detail: `${hours} × ${(g.rate / 100).toFixed(2)}`,
        source: { kind: "time", id: g.ids[0]! },
      },
    };
  });
}
