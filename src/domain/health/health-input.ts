/**
 * The plain data the store hands to the health computation: arrays of records for one client, plus the studio's
 * figures. All amounts are integer minor units in `currency`; all dates are `YYYY-MM-DD`.
 */
import type { ChangeOrderStatus } from "../change-order/change-order.ts";
import { type Currency, minutesTimesRate } from "../money.ts";
import type { Signal } from "../signal.ts";
import { type IsoDate, isWithin } from "./calendar-date.ts";
import type { HealthMetricKey, MetricBands } from "./health-metric.ts";
import { bilingual, type Lang, type Localized } from "./localized.ts";

export type TimeCategory = "billable" | "included" | "goodwill" | "internal";

export interface HealthTimeEntry {
  id: string;
  date: IsoDate;
  minutes: number;
  category: TimeCategory;
  /** The member's billable rate for this entry, minor units per hour (values goodwill). */
  billableRate: number;
}

/** Σ minutes of every entry, Σ minutes of goodwill entries, Σ of each goodwill entry's value rounded half-up. */
export interface HealthTimeTotals {
  minutes: number;
  goodwillMinutes: number;
  goodwillValue: number;
}

/**
 * Issued invoices with nothing left to pay (paid by `asOf`, credited or written off), issued by `asOf`, summed: how
 * many; of those with a positive total, how many, their totals, Σ days late × total (days from the due date to the
 * payment, for a paid one) and how many were paid late; their pre-tax sum.
 */
export interface HealthSettledInvoices {
  count: number;
  dueCount: number;
  dueTotal: number;
  lateWeighted: number;
  paidLateCount: number;
  subtotal: number;
}

/** The signals dated by `asOf`, counted: all of them, and the praise among them. */
export interface HealthSignalCounts {
  all: number;
  praise: number;
}

/** An issued invoice (drafts are not passed). `subtotal` is before taxes; `total` and `balance` include them. */
export interface HealthInvoice {
  id: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  subtotal: number;
  total: number;
  balance: number;
  /** Date the balance reached zero, if it has. */
  paidDate?: IsoDate | null;
}

export type ClaimTriage = "in_scope" | "change_order" | "goodwill" | "alternative" | "declined" | "duplicate";

export interface HealthClaim {
  id: string;
  roundId: string;
  mandateId: string;
  receivedOn: IsoDate;
  /** `null` while the claim is not triaged yet. */
  triage: ClaimTriage | null;
  /**
   * The settled point a person confirmed this claim repeats (triage `duplicate` of an earlier answer): an earlier claim
   * of the client, or a delivered item. Absent when the claim repeats nothing (or only another claim of its own round).
   */
  repeatOf?: { kind: "claim" | "delivered"; id: string } | null | undefined;
}

export interface HealthSignedOffer {
  offerId: string;
  signedAt: IsoDate;
  /** Number of deliverable items in the signed version. */
  deliverableCount: number;
}

export interface HealthChangeOrder {
  id: string;
  date: IsoDate;
  status: ChangeOrderStatus;
}

/** A client signal as the domain defines it (`src/domain/signal.ts`): severity 1 (minor) to 3 (serious). */
export type HealthSignal = Pick<Signal, "id" | "kind" | "severity" | "occurredOn">;

/** How well the client fits one of the workspace's values: weight and rating both 1-5. */
export interface ValueRating {
  valueId: string;
  weight: number;
  rating: number;
}

/** What a workspace may change; every field has a documented default (`DEFAULT_HEALTH_SETTINGS`). */
export interface HealthSettings {
  weights: Record<HealthMetricKey, number>;
  bands: Record<HealthMetricKey, MetricBands>;
  /** Below this score (0-100) the dashboard raises a warning. */
  threshold: number;
  /** Below this score the warning is critical. */
  criticalThreshold: number;
  /** Half-life, in days, of a warning signal's weight. */
  signalHalfLifeDays: number;
}

export interface HealthInput {
  clientId: string;
  currency: Currency;
  asOf: IsoDate;
  /** Start of the window for flows (time, revenue, claims, change orders); all history when absent. */
  from?: IsoDate;
  timeEntries: readonly HealthTimeEntry[];
  /**
   * The time entries of `[from, asOf]` already summed (a list of every client's health reads these instead of a
   * million entries): when given, today's health uses them and `timeEntries` may be empty; the hour metrics then name
   * no source entry (a client's own health page passes the entries). Never used for a past month of the trend.
   */
  timeTotals?: HealthTimeTotals;
  invoices: readonly HealthInvoice[];
  /**
   * The settled invoices of `[from, asOf]` already summed (see `HealthSettledInvoices`): when given, `invoices` holds
   * only the others and today's health adds these; the payment metrics then name no settled invoice as a source.
   * Never used for a past month of the trend.
   */
  settledInvoices?: HealthSettledInvoices;
  claims: readonly HealthClaim[];
  signedOffers: readonly HealthSignedOffer[];
  changeOrders: readonly HealthChangeOrder[];
  signals: readonly HealthSignal[];
  /**
   * The signals dated by `asOf`, counted: when given, `signals` may hold only the warnings (the only ones that weigh)
   * and today's health takes its counts from here. Never used for a past month of the trend.
   */
  signalCounts?: HealthSignalCounts;
  valuesAlignment: readonly ValueRating[];
  /**
   * Revenue earned from this client over [from, asOf]: work done valued per the contract, pre-tax, minor units. Never
   * what was merely invoiced in advance (an unearned deposit is not revenue). The effective hourly rate divides it.
   */
  earnedRevenue: number;
  /** Earned revenue per calendar month (`YYYY-MM`), for the monthly trend; without it past months have no rate. */
  earnedRevenueByMonth?: Readonly<Record<string, number>>;
  /** The whole studio's pre-tax invoiced revenue over the same window, minor units. */
  workspaceRevenue: number;
  /** The studio's pre-tax revenue per calendar month (`YYYY-MM`), used by the monthly trend. */
  workspaceRevenueByMonth?: Readonly<Record<string, number>>;
  /** Target hourly rate, minor units per hour. */
  targetHourlyRate: number;
  settings?: Partial<HealthSettings>;
}

/** The slice of time one evaluation covers: flows inside [from, to], stocks as they stood on `to`. */
export interface HealthWindow {
  input: HealthInput;
  from: IsoDate | undefined;
  to: IsoDate;
  /** Studio revenue for the window, `undefined` when not known. */
  workspaceRevenue: number | undefined;
  /** The client's earned revenue for the window, `undefined` when not known. */
  earnedRevenue: number | undefined;
  bands: Record<HealthMetricKey, MetricBands>;
  signalHalfLifeDays: number;
  /** Whether metrics write their sentences (false: a list that only grades and scores every client). */
  sentences: boolean;
}

const UNWRITTEN: Localized = Object.freeze({ fr: "", en: "" });

/** A metric's sentence in both languages, or an empty one when the window writes none (`sentences: false`). */
export function explain(window: HealthWindow, template: (lang: Lang) => string): Localized {
  return window.sentences ? bilingual(template) : UNWRITTEN;
}

/** Whether the window is the one the input describes (today's health), where summed inputs apply. */
export function isInputWindow(window: HealthWindow): boolean {
  return window.from === window.input.from && window.to === window.input.asOf;
}

/** The window's settled invoices summed (`input.settledInvoices`) when the window is the input's own, else none. */
export function windowSettledInvoices(window: HealthWindow): HealthSettledInvoices {
  const s = window.input.settledInvoices;
  return s && isInputWindow(window)
    ? s
    : { count: 0, dueCount: 0, dueTotal: 0, lateWeighted: 0, paidLateCount: 0, subtotal: 0 };
}

/** Whether a dated record falls inside the window's flow interval. */
export function inWindow(window: HealthWindow, date: IsoDate): boolean {
  return isWithin(date, { from: window.from, to: window.to });
}

/** Balance outstanding on `date`: zero once paid, the full total before the payment date, else today's balance. */
export function balanceOn(invoice: HealthInvoice, date: IsoDate): number {
  if (invoice.paidDate && invoice.paidDate <= date) return 0;
  if (invoice.paidDate) return invoice.total;
  return invoice.balance;
}

/**
 * The window's time, summed, with the entries behind it: from `input.timeTotals` (no entries) for the window the input
 * describes, else from the entries dated inside the window (each goodwill entry valued and rounded half-up alone).
 */
export function windowTime(
  window: HealthWindow,
): HealthTimeTotals & { entries: HealthTimeEntry[]; goodwill: HealthTimeEntry[] } {
  const { input } = window;
  const totals = input.timeTotals;
  if (totals && isInputWindow(window)) {
    // Named one by one: a spread in a literal is the slow path, and a list of every client comes here twice a client.
    const { minutes, goodwillMinutes, goodwillValue } = totals;
    return { minutes, goodwillMinutes, goodwillValue, entries: [], goodwill: [] };
  }
  const entries = input.timeEntries.filter((e) => inWindow(window, e.date));
  const goodwill = entries.filter((e) => e.category === "goodwill");
  return {
    minutes: entries.reduce((s, e) => s + e.minutes, 0),
    goodwillMinutes: goodwill.reduce((s, e) => s + e.minutes, 0),
    goodwillValue: goodwill.reduce((s, e) => s + minutesTimesRate(e.minutes, e.billableRate), 0),
    entries,
    goodwill,
  };
}

/** Pre-tax revenue of the invoices issued in the window (settled ones summed included), and those invoices. */
export function windowRevenue(window: HealthWindow): { amount: number; invoices: HealthInvoice[] } {
  const invoices = window.input.invoices.filter((inv) => inWindow(window, inv.issueDate));
  const settled = windowSettledInvoices(window).subtotal;
  return { amount: invoices.reduce((s, inv) => s + inv.subtotal, settled), invoices };
}
