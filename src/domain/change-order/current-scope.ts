/**
 * The current scope of a mandate: the signed offer's deliverables plus the items of *approved* change orders, and
 * nothing else — drafts, sent, rejected and withdrawn change orders are not scope (RULES.md, Practice rules: work on
 * an unapproved change order is blocked; CCQ 2107 for a fixed price).
 */
import { DomainError } from "../errors.ts";
import type { SignedOffer } from "../offer/offer.ts";
import type { Clause } from "../offer/offer-content.ts";
import { sortedDeliverables } from "../offer/offer-content.ts";
import { deliverableAmount } from "../offer/offer-totals.ts";
import type { ApprovedChangeOrder, ChangeOrder } from "./change-order.ts";
import { changeOrderItemAmount } from "./change-order-totals.ts";

/** One item of the current scope, from the signed offer or from an approved change order. */
export type ScopeItem =
  | {
      source: "offer";
      id: string;
      title: string;
      description: string;
      amount: number;
      hours: number | undefined;
    }
  | {
      source: "change_order";
      id: string;
      changeOrderId: string;
      changeOrderNumber: string;
      claimId: string | undefined;
      title: string;
      description: string;
      amount: number;
      hours: number;
    };

/** What the studio owes today: signed items + approved change-order items. */
export interface CurrentScope {
  items: ScopeItem[];
  /** The signed exclusions and assumptions (change orders add work, they do not change these). */
  exclusions: Clause[];
  assumptions: Clause[];
  /** Signed price + approved change orders, minor units before taxes (lines rounded one by one). */
  total: number;
}

export interface CurrentScopeInput {
  offer: SignedOffer;
  /** The mandate's change orders, any status. */
  changeOrders: readonly ChangeOrder[];
}

/**
 * Current scope = signed offer items (in position order) + items of approved change orders (in approval order).
 * Throws `validation` when a change order belongs to another offer. For a `capped` offer the total is the sum of the
 * lines, not the cap: the cap is a billing ceiling, shown by `offerTotals`.
 */
export function currentScope(input: CurrentScopeInput): CurrentScope {
  const { offer } = input;
  const baseline: ScopeItem[] = sortedDeliverables(offer.content).map((d) => ({
    source: "offer",
    id: d.id,
    title: d.title,
    description: d.description,
    amount: deliverableAmount(d),
    hours: d.estimatedHours,
  }));
  for (const co of input.changeOrders) {
    if (co.offerId !== offer.id) throw new DomainError("validation", `change order ${co.number} amends another offer`);
  }
  const approved = input.changeOrders
    .filter((co): co is ApprovedChangeOrder => co.status === "approved")
    .sort((a, b) =>
      a.approval.signedAt < b.approval.signedAt ? -1 : a.approval.signedAt > b.approval.signedAt ? 1 : 0,
    );
  const added: ScopeItem[] = approved.flatMap((co) =>
    co.content.items.map((i) => ({
      source: "change_order" as const,
      id: i.id,
      changeOrderId: co.id,
      changeOrderNumber: co.number,
      claimId: i.claimId,
      title: i.title,
      description: i.description,
      amount: changeOrderItemAmount(i),
      hours: i.hours,
    })),
  );
  const items = [...baseline, ...added];
  return {
    items,
    exclusions: offer.content.exclusions,
    assumptions: offer.content.assumptions,
    total: items.reduce((a, i) => a + i.amount, 0),
  };
}

export interface UnapprovedTimeInput {
  /** The time entry's claim, if it was logged against one. */
  claimId: string | null | undefined;
  /** The claim's triage decision, if known. */
  claimTriage?: string | null | undefined;
  /** The mandate's change orders, any status. */
  changeOrders: readonly ChangeOrder[];
}

/**
 * True when time is logged against a claim that needs a change order which is not approved: the claim is an item of
 * a change order and no approved change order contains it, or the claim is triaged `change_order` and no approved
 * change order contains it yet. Time without a claim, or on in-scope / goodwill claims, is never flagged.
 */
export function isTimeOnUnapprovedChangeOrder(input: UnapprovedTimeInput): boolean {
  const { claimId } = input;
  if (!claimId) return false;
  const holding = input.changeOrders.filter((co) => co.content.items.some((i) => i.claimId === claimId));
  if (holding.some((co) => co.status === "approved")) return false;
  return holding.length > 0 || input.claimTriage === "change_order";
}
