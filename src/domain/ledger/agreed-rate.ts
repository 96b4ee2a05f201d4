/**
 * The hourly rate a client agreed to in a signed hourly or capped offer: the unit price of its deliverables priced by
 * the hour when they share one; otherwise the offer's total over its estimated hours (its implied rate). Undefined
 * when the offer says neither: time is then valued at the rate recorded with each entry.
 */
import type { OfferContent } from "../offer/offer-content.ts";
import { offerTotals } from "../offer/offer-totals.ts";

const HOUR_UNITS = new Set(["h", "hr", "hrs", "hour", "hours", "heure", "heures", "hre", "hres"]);

/** True for a deliverable unit that means hours, in French or English. */
export function isHourUnit(unit: string): boolean {
  return HOUR_UNITS.has(unit.trim().toLowerCase().replace(/\.$/, ""));
}

/** The agreed rate per hour (minor units), or undefined; fixed-price offers have none. */
export function agreedHourlyRate(
  content: Pick<OfferContent, "deliverables" | "pricing" | "depositBps" | "currency">,
): number | undefined {
  if (content.pricing.model === "fixed") return undefined;
  const hourly = content.deliverables.flatMap((d) =>
    d.price.kind === "unit" && isHourUnit(d.unit) ? [d.price.unitPrice] : [],
  );
  if (hourly.length > 0 && hourly.every((r) => r === hourly[0])) return hourly[0];
  const totals = offerTotals(content);
  if (totals.estimatedHours > 0) return Math.round(totals.subtotal / totals.estimatedHours);
  return undefined;
}
