/**
 * What a change order costs and how it moves the delivery, computed once for the server, the PDF and the web (this
 * module imports no schema library, so the browser bundle stays small). Money is integer minor units, each line
 * rounded half-up, then summed (before taxes).
 */
import { daysBetween } from "../calendar-date.ts";
import type { Currency } from "../money.ts";
import { roundHalfUp } from "../money.ts";
import type { ChangeOrderContent, ChangeOrderItem } from "./change-order-content.ts";

/** Amount of one item: the fixed amount, or hours × rate rounded half-up (1.25 h × 85.00 $ = 106.25 $). */
export function changeOrderItemAmount(item: Pick<ChangeOrderItem, "hours" | "price">): number {
  const { price } = item;
  switch (price.kind) {
    case "fixed":
      return price.amount;
    case "hourly":
      return roundHalfUp(Math.round(item.hours * 100) * price.hourlyRate, 100);
    default: {
      const never: never = price;
      return never;
    }
  }
}

/** Item amounts, total (minor units, before taxes) and hours of a change order. */
export interface ChangeOrderTotals {
  currency: Currency;
  lines: { itemId: string; amount: number }[];
  total: number;
  hours: number;
}

/** Totals of a change order: each item rounded, then summed (before taxes). */
export function changeOrderTotals(content: Pick<ChangeOrderContent, "items" | "currency">): ChangeOrderTotals {
  const lines = content.items.map((i) => ({ itemId: i.id, amount: changeOrderItemAmount(i) }));
  const hundredths = content.items.reduce((a, i) => a + Math.round(i.hours * 100), 0);
  return {
    currency: content.currency,
    lines,
    total: lines.reduce((a, l) => a + l.amount, 0),
    hours: hundredths / 100,
  };
}

/** True for a line priced by the hour with no rate (0): it says "rate to set", never "0 $". */
export function lacksRate(item: Pick<ChangeOrderItem, "price">): boolean {
  return item.price.kind === "hourly" && item.price.hourlyRate <= 0;
}

/**
 * The delay when the user moves the proposed delivery date to `date`: the date the delay was counted from
 * (proposed − delay) stays, and the delay is the calendar days from it to `date`, never negative.
 * (Proposed 2026-12-24 with 4 days of delay, moved to 2026-12-30 → 10 days; moved to 2026-12-18 → 0.)
 */
export function delayForDeliveryDate(
  current: Pick<ChangeOrderContent, "proposedDeliveryDate" | "scheduleImpactDays">,
  date: string,
): number {
  return Math.max(0, current.scheduleImpactDays + daysBetween(current.proposedDeliveryDate, date));
}
