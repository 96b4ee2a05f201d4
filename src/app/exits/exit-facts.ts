/**
 * Gathers what an exit concerns, from the records: open offers (cancel; signed but not started too) with their
 * deposits, mandates with the C.c.Q. 2129 settlement inputs from the money ledger and their milestones, unpaid
 * invoices with their late-interest terms, and the contract's governing law (src/app/offers/contract-law.ts: the offers'
 * choice of law, else the studio's residence), whose rules the checks apply.
 */
import type { Client } from "../../domain/client.ts";
import { deliversHosting } from "../../domain/exit/handover-checklist.ts";
import type {
  DepositExitAction,
  ExitFacts,
  ExitMandateFact,
  ExitOfferFact,
  OfferDepositFact,
} from "../../domain/exit/prepare-exit-plan.ts";
import type { GoverningLaw } from "../../domain/governing-law.ts";
import { moneyLedger } from "../../domain/ledger/money-ledger.ts";
import { upcomingMilestones } from "../../domain/mandate/mandate-milestones.ts";
import type { Offer } from "../../domain/offer/offer.ts";
import { offerTotals } from "../../domain/offer/offer-totals.ts";
import type { Workspace } from "../../domain/workspace.ts";
import { openInvoicesOfClient } from "../../store/decision-store.ts";
import { invoiceLateInterestBps, openOffersOfClient } from "../../store/exit-facts-store.ts";
import { ledgerLines } from "../../store/invoice-line-store.ts";
import { loadClientMoney } from "../mandates/ledger.ts";
import { milestonesOf } from "../mandates/mandate-milestones.ts";
import { contractLaw } from "../offers/contract-law.ts";
import type { AppContext } from "../shared/context.ts";

/** The governing law of the contracts an exit ends: the offers' choice of law, else the studio's residence. */
export function exitLaw(client: Client, workspace: Workspace, offers: readonly { offer: Offer }[]): GoverningLaw {
  return contractLaw(
    workspace,
    client,
    offers.map((o) => o.offer.content.terms.governingLaw),
  );
}

export interface ExitChoices {
  mandates?: Record<string, ExitMandateFact["action"]>;
  invoices?: Record<string, "collect" | "payment_plan" | "write_off">;
  /** Costs and expenses incurred per mandate, before taxes (minor units). */
  expenses?: Record<string, number>;
  /** Per cancelled offer: credit its deposit (the default) or keep it against costs, as the offer's terms say. */
  deposits?: Record<string, DepositExitAction>;
}

/**
 * The exit's facts, with the money of every mandate from the ledger (src/app/mandates/ledger.ts): work done valued as the
 * contract says, everything already billed for the mandate (issued, less credit notes, plus drafts that reserve a
 * source), what was received; and for an offer to cancel, the deposit invoiced for it, line by line.
 */
export async function gatherExitFacts(
  ctx: AppContext,
  input: {
    workspace: Workspace;
    client: Client;
    exitId: string;
    noticeDate: string;
    effectiveDate: string;
    choices: ExitChoices;
  },
): Promise<ExitFacts> {
  const { workspace, client, choices } = input;
  const [offers, invoices, money, lines] = await Promise.all([
    openOffersOfClient(ctx.db, workspace.id, client.id),
    openInvoicesOfClient(ctx.db, workspace.id, client.id),
    loadClientMoney(ctx.db, workspace.id, client.id),
    ledgerLines(ctx.db, { workspaceId: workspace.id, clientId: client.id }),
  ]);
  const moneyOf = new Map(money.mandates.map((m) => [m.mandateId, m]));
  const offerFacts: ExitOfferFact[] = [];
  const mandateFacts: ExitMandateFact[] = [];
  for (const row of offers) {
    const { offer, mandate } = row;
    const started = !!mandate && (mandate.deliveries.length > 0 || mandate.checklist.some((i) => i.done));
    const total = offerTotals(offer.content).total;
    const signedOn = "signature" in offer && offer.signature ? offer.signature.signedAt.slice(0, 10) : undefined;
    const status = offer.status as "draft" | "sent" | "signed";
    const deposit = depositOf(offer.id, offer.content.terms.cancellationConditions, lines);
    offerFacts.push({
      id: offer.id,
      reference: offer.number || offer.id.slice(0, 8),
      title: offer.content.title,
      status,
      ...(signedOn ? { signedOn } : {}),
      started,
      amount: total,
      ...(deposit ? { deposit } : {}),
      ...(choices.deposits?.[offer.id] ? { depositAction: choices.deposits[offer.id] } : {}),
    });
    if (!mandate || !started || (mandate.status !== "active" && mandate.status !== "delivered")) continue;
    const m = moneyOf.get(mandate.id);
    if (!m) continue;
    const pricing = offer.content.pricing;
    const milestones = upcomingMilestones(await milestonesOf(ctx.db, workspace.id, mandate), input.noticeDate).map(
      (x) => ({ title: x.title, date: x.date }),
    );
    mandateFacts.push({
      id: mandate.id,
      reference: offer.number,
      title: offer.content.title,
      signedOn: signedOn ?? offer.createdAt.slice(0, 10),
      delivered: mandate.checklist.filter((i) => i.done).map((i) => i.title),
      remaining: mandate.checklist.filter((i) => !i.done).map((i) => i.title),
      pricingModel: pricing.model,
      agreedPrice: m.work.signed,
      valuation: { method: "value", workValue: m.work.workValue },
      expenses: (choices.expenses?.[mandate.id] ?? 0) + m.work.costs,
      usablePropertyValue: 0,
      invoicedToDate: m.ledger.netInvoiced + m.ledger.inDrafts,
      receivedToDate: Math.min(m.ledger.paidBeforeTax, m.ledger.netInvoiced + m.ledger.inDrafts),
      milestones,
      ...(milestones[0] ? { nextMilestone: milestones[0] } : {}),
      ...(choices.mandates?.[mandate.id] ? { action: choices.mandates[mandate.id] } : {}),
    });
  }
  const interest = await invoiceLateInterestBps(
    ctx.db,
    workspace.id,
    invoices.map((i) => i.id),
  );
  return {
    exitId: input.exitId,
    clientId: client.id,
    currency: workspace.currency,
    jurisdiction: exitLaw(client, workspace, offers).jurisdiction,
    noticeDate: input.noticeDate,
    effectiveDate: input.effectiveDate,
    offers: offerFacts,
    mandates: mandateFacts,
    // Only a signed deliverable about hosting or the domain lets the plan promise their transfer and a live backup.
    hosting: offers.some(
      (o) => "signature" in o.offer && !!o.offer.signature && deliversHosting(o.offer.content.deliverables),
    ),
    unpaidInvoices: invoices.map((i) => ({
      ...i,
      lateInterestBps: interest.get(i.id) ?? 0,
      ...(choices.invoices?.[i.id] ? { action: choices.invoices[i.id] } : {}),
    })),
  };
}

/** The deposit issued for an offer, line by line, with the share of its invoices' payments that fell on it. */
function depositOf(
  offerId: string,
  cancellationConditions: string,
  all: Awaited<ReturnType<typeof ledgerLines>>,
): OfferDepositFact | undefined {
  const lines = all.lines.filter(
    (l) => l.offerId === offerId && l.kind === "deposit" && l.status !== "draft" && l.amount - l.credited > 0,
  );
  if (lines.length === 0) return undefined;
  const ledger = moneyLedger({
    lines,
    invoices: all.invoices,
    work: { signed: 0, earned: 0, workValue: 0, costs: 0, overCap: 0 },
  });
  return {
    lines: lines.map((l) => {
      const inv = all.invoices.get(l.invoiceId);
      const net = l.amount - l.credited;
      return {
        invoiceId: l.invoiceId,
        invoiceNumber: l.invoiceNumber ?? "",
        position: l.position,
        amount: net,
        wholeInvoice: !!inv && inv.lineAmounts - inv.lineCredited === net,
      };
    }),
    invoiced: ledger.netInvoiced,
    paid: ledger.paid,
    cancellationConditions,
  };
}
