import type { Currency } from "../money.ts";
import { roundHalfUp } from "../money.ts";
import type { Deliverable, OfferContent } from "./offer-content.ts";
import { sortedDeliverables } from "./offer-content.ts";

/** Amount of one deliverable in minor units, before taxes. */
export interface OfferLineTotal {
  deliverableId: string;
  amount: number;
}

/** Totals of an offer, before taxes (taxes belong to invoices). All amounts in minor units of `currency`. */
export interface OfferTotals {
  currency: Currency;
  lines: OfferLineTotal[];
  /** Sum of the lines. */
  subtotal: number;
  /** The cap of a `capped` offer, else undefined. */
  capAmount: number | undefined;
  /** What the client is asked to pay: the subtotal, or the cap when the subtotal exceeds it. */
  total: number;
  /** True when the total is an estimate (`hourly`, `capped`), false for a `fixed` price. */
  isEstimate: boolean;
  depositBps: number;
  /** `total × depositBps / 10 000`, rounded half-up. */
  depositAmount: number;
  /** Sum of the deliverables' estimated hours (missing estimates count as 0). */
  estimatedHours: number;
}

/**
 * Amount of one deliverable: a fixed amount as is, or `unitPrice × quantity / 1000` rounded half-up to the minor
 * unit, per line (e.g. 1.333 h at 85.00 $ = 113.305 $ → 113.31 $).
 */
export function deliverableAmount(deliverable: Pick<Deliverable, "quantity" | "price">): number {
  const { price } = deliverable;
  switch (price.kind) {
    case "fixed":
      return price.amount;
    case "unit":
      return roundHalfUp(price.unitPrice * deliverable.quantity, 1000);
    default: {
      const never: never = price;
      return never;
    }
  }
}

/** Totals of an offer: lines rounded half-up one by one, then summed; capped at the cap; deposit rounded half-up. */
export function offerTotals(
  content: Pick<OfferContent, "deliverables" | "pricing" | "depositBps" | "currency">,
): OfferTotals {
  const lines = sortedDeliverables(content).map((d) => ({ deliverableId: d.id, amount: deliverableAmount(d) }));
  const subtotal = lines.reduce((acc, l) => acc + l.amount, 0);
  const capAmount = content.pricing.model === "capped" ? content.pricing.capAmount : undefined;
  const total = capAmount === undefined ? subtotal : Math.min(subtotal, capAmount);
  const hundredths = content.deliverables.reduce((acc, d) => acc + Math.round((d.estimatedHours ?? 0) * 100), 0);
  return {
    currency: content.currency,
    lines,
    subtotal,
    capAmount,
    total,
    isEstimate: content.pricing.model !== "fixed",
    depositBps: content.depositBps,
    depositAmount: roundHalfUp(total * content.depositBps, 10_000),
    estimatedHours: hundredths / 100,
  };
}
