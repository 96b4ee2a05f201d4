/**
 * The hourly rate a signed offer agreed with the client, when it agreed one: an hourly or capped offer whose
 * deliverables include work priced by the hour (unit "heure", "h", "hour"…, a unit price). A fixed-price offer, or an
 * hourly one without an hour-priced deliverable, agreed no hourly rate.
 */
import type { OfferContent } from "./offer-content.ts";

const HOUR_UNITS = new Set(["h", "hr", "hrs", "heure", "heures", "hour", "hours"]);

/** True for a unit label meaning one hour of work, in French or English ("Heures", "h.", "hour"). */
export function isHourUnit(unit: string): boolean {
  const key = unit.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase().replace(/\.$/, "");
  return HOUR_UNITS.has(key);
}

/**
 * The agreed rate (minor units per hour) of an hourly or capped offer: the unit price of its hour-priced deliverable
 * with the most hours (the first by position on a tie). `undefined` when the offer agreed none.
 */
export function agreedHourlyRate(offer: Pick<OfferContent, "pricing" | "deliverables">): number | undefined {
  if (offer.pricing.model === "fixed") return undefined;
  let best: { quantity: number; position: number; rate: number } | undefined;
  for (const d of offer.deliverables) {
    if (d.price.kind !== "unit" || !isHourUnit(d.unit)) continue;
    if (!best || d.quantity > best.quantity || (d.quantity === best.quantity && d.position < best.position)) {
      best = { quantity: d.quantity, position: d.position, rate: d.price.unitPrice };
    }
  }
  return best?.rate;
}
