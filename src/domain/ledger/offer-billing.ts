/**
 * Billing a signed fixed price from the offer itself: a progress (milestone) invoice up to a cumulative share of the
 * price, or the balance on delivery or acceptance. Each bills the target less everything already billed for the offer
 * (its deposit included, credit notes deducted), so the deposit is deducted once and the price is never exceeded.
 */
import { roundHalfUp } from "../money.ts";

/** A cumulative share `done / of` of the price (0 < share ≤ 1), or the balance. */
export type OfferBillingTarget = { kind: "progress"; done: number; of: number } | { kind: "balance" };

export interface OfferBillingInput {
  /** The offer's fixed price before taxes. */
  price: number;
  /** Net amount already billed or reserved by drafts for the offer (deposit, earlier progress lines). */
  billedToDate: number;
  target: OfferBillingTarget;
}

export type OfferBilling =
  | { ok: true; amount: number; cumulative: number; billedToDate: number }
  | { ok: false; reason: "already_billed" | "range"; cumulative: number; billedToDate: number };

/** What a progress or balance line bills. */
export function offerBilling(input: OfferBillingInput): OfferBilling {
  const { price, billedToDate, target } = input;
  if (target.kind === "progress" && !(target.of > 0 && target.done > 0 && target.done <= target.of))
    return { ok: false, reason: "range", cumulative: 0, billedToDate };
  const cumulative = target.kind === "balance" ? price : roundHalfUp(price * target.done, target.of);
  const amount = cumulative - billedToDate;
  if (amount <= 0) return { ok: false, reason: "already_billed", cumulative, billedToDate };
  return { ok: true, amount, cumulative, billedToDate };
}
