/**
 * What can be invoiced for a client, and the draft lines it becomes: the deposit of each signed offer; a signed fixed
 * price itself, by progress (a cumulative share, by default the mandate's % complete) or its balance, each less what
 * was already billed for the offer; each approved change order not yet invoiced; and un-invoiced billable time grouped
 * by mandate and member or by day, at the offer's agreed rate for hourly and capped offers (a capped offer stops at
 * its cap) and at the rate recorded with each entry otherwise. Every line remembers its source, mandate and offer.
 */
import type { Kysely } from "kysely";
import { changeOrderTotals } from "../../domain/change-order/change-order-content.ts";
import type { InvoiceLineInput } from "../../domain/invoice/invoice-totals.ts";
import { agreedHourlyRate } from "../../domain/ledger/agreed-rate.ts";
import { type OfferBilling, offerBilling } from "../../domain/ledger/offer-billing.ts";
import { minutesTimesRate } from "../../domain/money.ts";
import type { Language } from "../../domain/offer/offer-content.ts";
import { offerTotals } from "../../domain/offer/offer-totals.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { listCosts } from "../../store/cost-store.ts";
import { ledgerLines } from "../../store/invoice-line-store.ts";
import {
  approvedChangeOrdersOfClient,
  invoicedSourceIds,
  signedOffersOfClient,
  sourceLabels,
} from "../../store/invoice-source-store.ts";
import type { InvoiceDetails } from "../../store/invoice-store.ts";
import { mandateWorkFacts } from "../../store/ledger-store.ts";
import { uninvoicedBillableTime } from "../../store/receivable-store.ts";
import type { Database } from "../../store/schema.ts";
import { valueMandateWork } from "../mandates/ledger.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord } from "../shared/load-records.ts";

export type TimeGrouping = "mandate_member" | "day";

export interface SourceLine {
  line: InvoiceLineInput;
  info: InvoiceDetails["lines"][number];
}

async function available(db: Kysely<Database>, workspaceId: string, clientId: string) {
  const [offers, changeOrders, time, facts, billed, costs] = await Promise.all([
    signedOffersOfClient(db, workspaceId, clientId),
    approvedChangeOrdersOfClient(db, workspaceId, clientId),
    uninvoicedBillableTime(db, { workspaceId, clientId }),
    mandateWorkFacts(db, { workspaceId, clientIds: [clientId] }),
    ledgerLines(db, { workspaceId, clientId }),
    listCosts(db, { workspaceId, clientId }),
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
  const mandateOfOffer = new Map(facts.map((f) => [f.offer.id, f]));
  // A deposit is an advance on the price: once the offer itself is being billed it is no longer offered.
  const billedFromOffer = new Set(billed.lines.filter((l) => l.kind === "offer").flatMap((l) => l.offerId ?? []));
  const deposits = offers
    .map((o) => ({ offer: o, totals: offerTotals(o.content), mandateId: mandateOfOffer.get(o.id)?.mandate.id }))
    .filter((d) => d.totals.depositAmount > 0 && !takenDeposits.has(d.offer.id) && !billedFromOffer.has(d.offer.id));
  // A fixed price billed from the offer: what was billed for it so far (deposit and earlier progress, drafts too).
  const priced = facts
    .filter((f) => f.offer.content.pricing.model === "fixed")
    .map((f) => {
      const lines = billed.lines.filter(
        (l) => l.offerId === f.offer.id && (l.kind === "deposit" || l.kind === "offer"),
      );
      const billedToDate = lines.reduce((sum, l) => sum + l.amount - l.credited, 0);
      const price = offerTotals(f.offer.content).total;
      const progress = valueMandateWork(f).progress;
      return {
        facts: f,
        price,
        billedToDate,
        progress,
        nextSeq: lines.filter((l) => l.kind === "offer").length + 1,
        where: [...new Set(lines.flatMap((l) => (l.invoiceNumber ? [l.invoiceNumber] : [])))],
        billing: (target: Parameters<typeof offerBilling>[0]["target"], alsoOnThisDraft = 0) =>
          offerBilling({ price, billedToDate: billedToDate + alsoOnThisDraft, target }),
      };
    });
  // Hourly and capped mandates: time at the agreed rate; a capped mandate bills up to what its cap leaves.
  const rates = new Map<string, { rate: number | undefined; capLeft: number | undefined }>();
  for (const f of facts) {
    const pricing = f.offer.content.pricing;
    if (pricing.model === "fixed") continue;
    const billedTime = billed.lines
      .filter((l) => l.mandateId === f.mandate.id && l.kind === "time")
      .reduce((sum, l) => sum + l.amount - l.credited, 0);
    rates.set(f.mandate.id, {
      rate: agreedHourlyRate(f.offer.content),
      capLeft: pricing.model === "capped" ? Math.max(0, pricing.capAmount - billedTime) : undefined,
    });
  }
  const pricedTime = time.map((t) => {
    const agreed = t.mandateId ? rates.get(t.mandateId)?.rate : undefined;
    return { ...t, billableRate: agreed ?? t.billableRate };
  });
  return {
    deposits,
    costs: costs
      .filter((c) => !c.invoiceId)
      .map((c) => ({ ...c, offerId: facts.find((f) => f.mandate.id === c.mandateId)?.offer.id })),
    priced,
    changeOrders: changeOrders.filter((c) => !takenCos.has(c.id)),
    time: pricedTime,
    rates,
  };
}

const basisPoints = (percent: number) => Math.round(percent * 100);

/** GET /invoice-sources: everything a draft for this client can take. */
export async function listInvoiceSources(ctx: AppContext, actor: Actor, clientId: string) {
  requirePermission(actor, "read");
  await getClientRecord(ctx.db, actor.workspaceId, clientId);
  const a = await available(ctx.db, actor.workspaceId, clientId);
  const amountOf = (b: OfferBilling) => (b.ok ? b.amount : 0);
  const uninvoiced = new Map<string, number>();
  for (const t of a.time)
    if (t.mandateId)
      uninvoiced.set(t.mandateId, (uninvoiced.get(t.mandateId) ?? 0) + minutesTimesRate(t.minutes, t.billableRate));
  return {
    deposits: a.deposits.map((d) => ({
      offerId: d.offer.id,
      mandateId: d.mandateId ?? null,
      number: d.offer.number,
      title: d.offer.content.title,
      depositBps: d.totals.depositBps,
      amount: d.totals.depositAmount,
      currency: d.totals.currency,
    })),
    offers: a.priced
      .filter((p) => p.billedToDate < p.price)
      .map((p) => ({
        offerId: p.facts.offer.id,
        mandateId: p.facts.mandate.id,
        number: p.facts.offer.number,
        title: p.facts.offer.content.title,
        mandateStatus: p.facts.mandate.status,
        currency: p.facts.offer.content.currency,
        price: p.price,
        billedToDate: p.billedToDate,
        billedOn: p.where,
        progress: { percent: p.progress.doneBps / 100, basis: p.progress.basis, note: p.progress.note ?? null },
        progressAmount: amountOf(p.billing({ kind: "progress", done: p.progress.done, of: p.progress.of })),
        balanceAmount: amountOf(p.billing({ kind: "balance" })),
      })),
    changeOrders: a.changeOrders.map((c) => ({
      changeOrderId: c.id,
      mandateId: c.mandateId,
      number: c.number,
      title: c.content.title,
      amount: changeOrderTotals(c.content).total,
      currency: c.content.currency,
    })),
    time: a.time.map((t) => ({ ...t, amount: minutesTimesRate(t.minutes, t.billableRate) })),
    costs: a.costs.map((c) => ({
      costId: c.id,
      mandateId: c.mandateId,
      date: c.date,
      description: c.description,
      amount: c.amount,
      taxable: c.taxable,
    })),
    caps: [...a.rates.entries()].flatMap(([mandateId, r]) =>
      r.capLeft === undefined
        ? []
        : [
            {
              mandateId,
              capLeft: r.capLeft,
              uninvoiced: uninvoiced.get(mandateId) ?? 0,
              overCap: Math.max(0, (uninvoiced.get(mandateId) ?? 0) - r.capLeft),
            },
          ],
    ),
  };
}

export interface OfferSelection {
  offerId: string;
  /** `progress` up to `percent` of the price (default: the mandate's % complete), or the `balance`. */
  target: "progress" | "balance";
  percent?: number | undefined;
}

export interface SourceSelection {
  depositOfferIds?: string[] | undefined;
  costIds?: string[] | undefined;
  offers?: OfferSelection[] | undefined;
  changeOrderIds?: string[] | undefined;
  time?: { entryIds?: string[] | undefined; to?: string | undefined; groupBy?: TimeGrouping | undefined } | undefined;
}

const money = (amount: number, language: Language) =>
  `${(amount / 100).toLocaleString(language === "fr" ? "fr-CA" : "en-CA", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

const T = {
  fr: {
    deposit: (bps: number, n: string | null, t: string) => `Acompte de ${bps / 100} % — offre ${n ?? ""} « ${t} »`,
    progress: (pct: number, n: string, t: string) =>
      `Avancement à ${pct.toLocaleString("fr-CA")} % — offre ${n} « ${t} »`,
    balance: (n: string, t: string) => `Solde — offre ${n} « ${t} »`,
    billedDetail: (cumulative: string, price: string, billed: string) =>
      `${cumulative} sur le prix de ${price}, moins ${billed} déjà facturés (acompte compris)`,
    co: (n: string, t: string) => `Avenant ${n} — ${t}`,
    cost: (d: string, date: string) => `Frais — ${d} (${date})`,
    hours: "Heures facturables",
    capped: (cap: string) => `plafonné : reste ${cap} sous le plafond de l'offre`,
  },
  en: {
    deposit: (bps: number, n: string | null, t: string) => `Deposit of ${bps / 100}% — offer ${n ?? ""} "${t}"`,
    progress: (pct: number, n: string, t: string) => `Progress to ${pct.toLocaleString("en-CA")}% — offer ${n} "${t}"`,
    balance: (n: string, t: string) => `Balance — offer ${n} "${t}"`,
    billedDetail: (cumulative: string, price: string, billed: string) =>
      `${cumulative} of the ${price} price, less ${billed} already invoiced (deposit included)`,
    co: (n: string, t: string) => `Change order ${n} — ${t}`,
    cost: (d: string, date: string) => `Costs — ${d} (${date})`,
    hours: "Billable hours",
    capped: (cap: string) => `capped: ${cap} left under the offer's cap`,
  },
};

type Labels = (typeof T)["fr"];

/** Lines for the selected sources, the time entry ids they cover and the supply period of the time. */
export async function sourceLines(
  trx: Kysely<Database>,
  input: { workspaceId: string; clientId: string; language: Language; selection: SourceSelection },
) {
  const { selection, language } = input;
  const t = T[language];
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
        info: { source: { kind: "deposit", id }, offerId: id, ...(d.mandateId ? { mandateId: d.mandateId } : {}) },
      });
  }
  (selection.offers ?? []).forEach((sel, i) => {
    const path = `sources.offers.${i}`;
    const p = a.priced.find((x) => x.facts.offer.id === sel.offerId);
    if (!p) {
      issues.push({
        path: `${path}.offerId`,
        issue: "not_available",
        message: "not a signed fixed-price offer of this client",
      });
      return;
    }
    if ((selection.offers ?? []).findIndex((o) => o.offerId === sel.offerId) !== i) {
      issues.push({ path: `${path}.offerId`, issue: "duplicate", message: "one line per offer and invoice" });
      return;
    }
    const share =
      sel.percent === undefined
        ? { done: p.progress.done, of: p.progress.of, doneBps: p.progress.doneBps }
        : { done: basisPoints(sel.percent), of: 10_000, doneBps: basisPoints(sel.percent) };
    const doneBps = share.doneBps;
    // A deposit taken on this same draft is already billed for the offer.
    const depositHere = (selection.depositOfferIds ?? []).includes(sel.offerId)
      ? (a.deposits.find((d) => d.offer.id === sel.offerId)?.totals.depositAmount ?? 0)
      : 0;
    const billing = p.billing(
      sel.target === "balance" ? { kind: "balance" } : { kind: "progress", done: share.done, of: share.of },
      depositHere,
    );
    if (!billing.ok) {
      const where = p.where.length ? ` (${p.where.join(", ")})` : "";
      issues.push({
        path: sel.target === "progress" && billing.reason === "range" ? `${path}.percent` : `${path}.target`,
        issue: billing.reason,
        message:
          billing.reason === "range"
            ? "a progress invoice bills between 0 and 100 % of the price"
            : `already invoiced up to ${money(billing.billedToDate, language)} of ${money(p.price, language)}${where}`,
      });
      return;
    }
    const o = p.facts.offer;
    lines.push({
      line: {
        description:
          sel.target === "balance"
            ? t.balance(o.number, o.content.title)
            : t.progress(doneBps / 100, o.number, o.content.title),
        quantityMilli: 1000,
        unitPrice: billing.amount,
      },
      info: {
        ...(billing.billedToDate > 0
          ? {
              detail: t.billedDetail(
                money(billing.cumulative, language),
                money(p.price, language),
                money(billing.billedToDate, language),
              ),
            }
          : {}),
        source: { kind: "offer", id: `${o.id}:${p.nextSeq}` },
        offerId: o.id,
        mandateId: p.facts.mandate.id,
      },
    });
  });
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
        info: { source: { kind: "change_order", id }, offerId: c.offerId, mandateId: c.mandateId },
      });
  }
  for (const id of selection.costIds ?? []) {
    const c = a.costs.find((x) => x.id === id);
    if (!c) issues.push(missing("sources.costIds", id));
    else
      lines.push({
        line: {
          description: t.cost(c.description, c.date),
          quantityMilli: 1000,
          unitPrice: c.amount,
          ...(c.taxable ? {} : { taxIds: [] }),
        },
        info: {
          source: { kind: "cost", id },
          mandateId: c.mandateId,
          ...(c.offerId ? { offerId: c.offerId } : {}),
        },
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
    const caps = new Map([...a.rates.entries()].map(([m, r]) => [m, r.capLeft]));
    lines.push(
      ...(await timeLines(trx, {
        workspaceId: input.workspaceId,
        entries,
        groupBy: selection.time.groupBy ?? "mandate_member",
        t,
        language,
        caps,
      })),
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

interface TimeLinesInput {
  workspaceId: string;
  entries: {
    id: string;
    memberId: string;
    mandateId: string | null;
    date: string;
    minutes: number;
    billableRate: number;
  }[];
  groupBy: TimeGrouping;
  t: Labels;
  language: Language;
  /** What the cap of each capped mandate still leaves to bill. */
  caps: ReadonlyMap<string, number | undefined>;
}

async function timeLines(db: Kysely<Database>, input: TimeLinesInput): Promise<SourceLine[]> {
  const { entries, groupBy, t } = input;
  const labels = await sourceLabels(db, input.workspaceId, {
    memberIds: [...new Set(entries.map((e) => e.memberId))],
    mandateIds: [...new Set(entries.flatMap((e) => (e.mandateId ? [e.mandateId] : [])))],
  });
  const groups = new Map<
    string,
    { title: string; mandateId: string | null; minutes: number; amount: number; rate: number; ids: string[] }
  >();
  for (const e of entries) {
    const key =
      groupBy === "day"
        ? `${e.mandateId}|${e.date}|${e.billableRate}`
        : `${e.mandateId}|${e.memberId}|${e.billableRate}`;
    const mandate = e.mandateId ? labels.mandate.get(e.mandateId) : undefined;
    const title = (groupBy === "day" ? [t.hours, mandate, e.date] : [t.hours, mandate, labels.member.get(e.memberId)])
      .filter(Boolean)
      .join(" — ");
    const g = groups.get(key) ?? {
      title,
      mandateId: e.mandateId,
      minutes: 0,
      amount: 0,
      rate: e.billableRate,
      ids: [],
    };
    g.minutes += e.minutes;
    g.amount += minutesTimesRate(e.minutes, e.billableRate);
    g.ids.push(e.id);
    groups.set(key, g);
  }
  const capLeft = new Map(input.caps);
  return [...groups.values()].flatMap((g) => {
    const left = g.mandateId ? capLeft.get(g.mandateId) : undefined;
    const amount = left === undefined ? g.amount : Math.min(g.amount, left);
    if (left !== undefined && g.mandateId) capLeft.set(g.mandateId, left - amount);
    const exact = amount === g.amount && (g.minutes * 1000) % 60 === 0 && g.amount === (g.minutes * g.rate) / 60;
    const hours = `${Math.floor(g.minutes / 60)} h ${String(g.minutes % 60).padStart(2, "0")}`;
    const capped = amount < g.amount ? ` — ${t.capped(money(left ?? 0, input.language))}` : "";
    if (amount === 0 && g.amount > 0) return []; // beyond the cap: not billable (goodwill or a change order)
    return [
      {
        line: exact
          ? { description: g.title, quantityMilli: (g.minutes * 1000) / 60, unitPrice: g.rate }
          : { description: g.title, quantityMilli: 1000, unitPrice: amount },
        info: {
          ...(exact ? { unit: "h" } : {}),
          detail: `${hours} × ${(g.rate / 100).toFixed(2)}${capped}`,
          source: { kind: "time" as const, id: g.ids[0]! },
          ...(g.mandateId ? { mandateId: g.mandateId } : {}),
        },
      },
    ];
  });
}
