/**
 * The hourly rate a change order's hours are priced at by default: the signed offer's agreed rate when the offer is
 * hourly or capped with deliverables priced by the hour (`agreedHourlyRate`, the rate the ledger values time at),
 * else the workspace's target rate. A rate of 0 means none is known: the UI says so, and a change order with an
 * hourly line at 0 cannot be sent.
 */
import { agreedHourlyRate, isHourUnit } from "../ledger/agreed-rate.ts";
import type { OfferContent } from "../offer/offer-content.ts";

/** Where a suggested rate comes from. */
export type SuggestedRateSource = "offer" | "workspace";

export interface SuggestedHourlyRate {
  /** Minor units per hour; 0 when neither the offer nor the workspace gives one. */
  hourlyRate: number;
  source: SuggestedRateSource;
}

export interface SuggestHourlyRateInput {
  offer: Pick<OfferContent, "deliverables" | "pricing" | "depositBps" | "currency">;
  /** The workspace's target hourly rate (minor units). */
  targetHourlyRate: number;
}

/** The default rate of a change order's hours, and where it comes from. */
export function suggestHourlyRate(input: SuggestHourlyRateInput): SuggestedHourlyRate {
  const { offer } = input;
  const pricedByHour = offer.deliverables.some((d) => d.price.kind === "unit" && isHourUnit(d.unit));
  const agreed = pricedByHour ? agreedHourlyRate(offer) : undefined;
  if (agreed !== undefined && agreed > 0) return { hourlyRate: agreed, source: "offer" };
  return { hourlyRate: Math.max(0, input.targetHourlyRate), source: "workspace" };
}
