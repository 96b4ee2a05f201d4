/**
 * Prepares the plan for ending a client relationship (DESIGN.md §5): every open offer cancelled, an action for every
 * mandate and every unpaid invoice, the final settlement of each mandate (C.c.Q. art. 2129), the notice, and the
 * handover checklist. Pure: the app layer loads the facts and persists the plan.
 */

import { addDays, daysBetween } from "../calendar-date.ts";
import { DomainError, fieldError } from "../errors.ts";
import type { IsoDate } from "../health/calendar-date.ts";
import type { Currency } from "../money.ts";
import { computeFinalSettlement, type FinalSettlement, type SettlementInput } from "./final-settlement.ts";
import { buildHandoverChecklist, type HandoverItem, type HandoverKey } from "./handover-checklist.ts";

/** What happens to a mandate under way. */
export const MANDATE_EXIT_ACTIONS = ["stop_now", "finish_milestone", "hand_over"] as const;
export type MandateExitAction = (typeof MANDATE_EXIT_ACTIONS)[number];
/** What the studio may choose for an unpaid invoice. */
export const CHOSEN_INVOICE_EXIT_ACTIONS = ["collect", "payment_plan", "write_off"] as const;
/** What happens to an unpaid invoice; `credit` is set by the plan itself (a cancelled offer's deposit credited). */
export const INVOICE_EXIT_ACTIONS = [...CHOSEN_INVOICE_EXIT_ACTIONS, "credit"] as const;
export type InvoiceExitAction = (typeof INVOICE_EXIT_ACTIONS)[number];

/** A cancelled offer's deposit: credited (and refunded as far as paid), or kept against costs as its terms say. */
export const DEPOSIT_EXIT_ACTIONS = ["credit", "keep_against_costs"] as const;
export type DepositExitAction = (typeof DEPOSIT_EXIT_ACTIONS)[number];

/** The deposit invoiced for an offer, line by line (net of earlier credit notes). */
export interface OfferDepositFact {
  lines: { invoiceId: string; invoiceNumber: string; position: number; amount: number; wholeInvoice: boolean }[];
  /** Net deposit invoiced, before taxes. */
  invoiced: number;
  /** Paid on those lines, taxes included. */
  paid: number;
  /** What the offer's terms say about cancellation, quoted when the deposit is kept. */
  cancellationConditions: string;
}

export interface ExitOfferFact {
  id: string;
  reference: string;
  title: string;
  status: "draft" | "sent" | "signed";
  signedOn?: IsoDate;
  /** A signed offer whose mandate has started is handled as a mandate, not cancelled as an offer. */
  started: boolean;
  /** Price before taxes, minor units. */
  amount: number;
  deposit?: OfferDepositFact;
  /** Chosen handling of the deposit; by default it is credited (and refunded as far as it was paid). */
  depositAction?: DepositExitAction;
}

export interface PlannedDeposit extends OfferDepositFact {
  action: DepositExitAction;
  /** Credited by credit note, before taxes (0 when kept). */
  creditNote: number;
  /** To repay, taxes included: what was paid on a credited deposit. */
  refund: number;
}

export interface ExitMandateFact extends SettlementInput {
  id: string;
  /** Reference and title of the signed offer the mandate comes from. */
  reference: string;
  title: string;
  signedOn: IsoDate;
  delivered: readonly string[];
  remaining: readonly string[];
  /** The first milestone on or after the notice date (the current one, finished by `finish_milestone`). */
  nextMilestone?: { title: string; date: IsoDate };
  /** Every milestone on or after the notice date, earliest first (the offer's date, change orders', the user's). */
  milestones?: readonly { title: string; date: IsoDate }[];
  /** Chosen action; by default finish the milestone when it falls before the effective date, else stop now. */
  action?: MandateExitAction;
}

export interface ExitInvoiceFact {
  id: string;
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  total: number;
  balance: number;
  /** Annual late-interest rate of the invoice's terms, basis points (0 or absent: none written). */
  lateInterestBps?: number;
  action?: InvoiceExitAction;
}

export interface ExitFacts {
  exitId: string;
  clientId: string;
  currency: Currency;
  /** `CA-QC`, `FR`, or any other code (other provinces, US states, UK) for the generic common-law rules. */
  jurisdiction: string;
  /** Date the termination notice is sent. */
  noticeDate: IsoDate;
  /** Date the contract ends. */
  effectiveDate: IsoDate;
  offers: readonly ExitOfferFact[];
  mandates: readonly ExitMandateFact[];
  unpaidInvoices: readonly ExitInvoiceFact[];
  handover?: readonly { key: HandoverKey; applicable?: boolean; dueDate?: IsoDate; notes?: string }[];
  /** The records show the studio hosts the client's site or holds its domain (`deliversHosting`). */
  hosting?: boolean;
}

export interface PlannedMandate {
  mandateId: string;
  reference: string;
  title: string;
  signedOn: IsoDate;
  action: MandateExitAction;
  delivered: string[];
  /** Still delivered before the effective date (the current milestone when finishing it). */
  toDeliver: string[];
  /** Will not be delivered. */
  notDelivered: string[];
  nextMilestone?: { title: string; date: IsoDate };
  /** Milestones on or after the notice date, earliest first. */
  milestones: { title: string; date: IsoDate }[];
  settlement: FinalSettlement;
}

export interface ExitPlan {
  exitId: string;
  clientId: string;
  currency: Currency;
  jurisdiction: string;
  noticeDate: IsoDate;
  effectiveDate: IsoDate;
  noticeDays: number;
  offers: (Omit<ExitOfferFact, "started" | "deposit" | "depositAction"> & {
    action: "cancel";
    deposit?: PlannedDeposit;
  })[];
  mandates: PlannedMandate[];
  invoices: (Omit<ExitInvoiceFact, "action"> & { action: InvoiceExitAction })[];
  handover: HandoverItem[];
  totals: {
    /** Balance of the unpaid invoices, taxes included. */
    outstanding: number;
    /** Σ final invoice amounts, before taxes. */
    finalInvoice: number;
    creditNote: number;
    refund: number;
    /** Value of the cancelled offers, before taxes. */
    cancelledOffers: number;
    /** Cancelled offers' deposits credited (before taxes) and to repay (taxes included). */
    depositCredit: number;
    depositRefund: number;
  };
}

function planMandate(m: ExitMandateFact, effectiveDate: IsoDate): PlannedMandate {
  const milestoneInWindow = m.nextMilestone !== undefined && m.nextMilestone.date <= effectiveDate;
  const action = m.action ?? (milestoneInWindow ? "finish_milestone" : "stop_now");
  if (action === "finish_milestone" && !m.nextMilestone) {
    throw fieldError(`mandates.${m.id}.action`, "invalid", "finish_milestone needs a next milestone");
  }
  const milestone = action === "finish_milestone" && m.nextMilestone ? m.nextMilestone.title : undefined;
  const planned: PlannedMandate = {
    mandateId: m.id,
    reference: m.reference,
    title: m.title,
    signedOn: m.signedOn,
    action,
    delivered: [...m.delivered],
    toDeliver: milestone ? [milestone] : [],
    notDelivered: m.remaining.filter((r) => r !== milestone),
    milestones: [...(m.milestones ?? (m.nextMilestone ? [m.nextMilestone] : []))],
    settlement: computeFinalSettlement(m),
  };
  return m.nextMilestone ? { ...planned, nextMilestone: m.nextMilestone } : planned;
}

/**
 * Builds the exit plan; refuses an effective date before the notice date. Finishing a mandate's current milestone
 * moves the effective date to the day after it.
 */
export function prepareExitPlan(facts: ExitFacts): ExitPlan {
  if (facts.effectiveDate < facts.noticeDate)
    throw fieldError("effectiveDate", "range", "the effective date cannot precede the notice date");
  const ids = new Set<string>();
  for (const id of [...facts.offers, ...facts.mandates, ...facts.unpaidInvoices].map((x) => x.id)) {
    if (ids.has(id)) throw new DomainError("conflict", `duplicate id ${id} in exit facts`);
    ids.add(id);
  }
  const offers = facts.offers
    .filter((o) => !(o.status === "signed" && o.started))
    .map(({ started: _s, deposit, depositAction, ...o }): ExitPlan["offers"][number] => {
      if (!deposit || deposit.invoiced <= 0) return { ...o, action: "cancel" as const };
      const action = depositAction ?? "credit";
      const credited = action === "credit";
      return {
        ...o,
        action: "cancel" as const,
        deposit: {
          ...deposit,
          action,
          creditNote: credited ? deposit.invoiced : 0,
          refund: credited ? deposit.paid : 0,
        },
      };
    });
  // An invoice that only bills credited deposits is cancelled by the exit, not left payable.
  const creditedInvoices = new Set(
    offers.flatMap((o) =>
      o.deposit?.action === "credit" ? o.deposit.lines.filter((l) => l.wholeInvoice).map((l) => l.invoiceId) : [],
    ),
  );
  const mandates = facts.mandates.map((m) => planMandate(m, facts.effectiveDate));
  const effectiveDate = mandates.reduce(
    (date, m) =>
      m.action === "finish_milestone" && m.nextMilestone && m.nextMilestone.date >= date
        ? addDays(m.nextMilestone.date, 1)
        : date,
    facts.effectiveDate,
  );
  const noticeDays = daysBetween(facts.noticeDate, effectiveDate);
  const invoices = facts.unpaidInvoices
    .filter((inv) => inv.balance > 0)
    .map((inv) => ({
      ...inv,
      action: creditedInvoices.has(inv.id) ? ("credit" as const) : (inv.action ?? ("collect" as const)),
    }));
  const sumOf = (f: (s: FinalSettlement) => number) => mandates.reduce((s, m) => s + f(m.settlement), 0);
  return {
    exitId: facts.exitId,
    clientId: facts.clientId,
    currency: facts.currency,
    jurisdiction: facts.jurisdiction,
    noticeDate: facts.noticeDate,
    effectiveDate,
    noticeDays,
    offers,
    mandates,
    invoices,
    handover: buildHandoverChecklist({
      noticeDate: facts.noticeDate,
      effectiveDate,
      hosting: facts.hosting === true,
      overrides: facts.handover ?? [],
    }),
    totals: {
      outstanding: invoices.filter((inv) => inv.action !== "credit").reduce((s, inv) => s + inv.balance, 0),
      finalInvoice: sumOf((s) => s.finalInvoiceAmount),
      creditNote: sumOf((s) => s.creditNoteAmount),
      refund: sumOf((s) => s.refundAmount),
      cancelledOffers: offers.reduce((s, o) => s + o.amount, 0),
      depositCredit: offers.reduce((s, o) => s + (o.deposit?.creditNote ?? 0), 0),
      depositRefund: offers.reduce((s, o) => s + (o.deposit?.refund ?? 0), 0),
    },
  };
}
