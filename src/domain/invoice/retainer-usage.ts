/**
 * A retainer: a number of hours each month at a rate, invoiced monthly by a recurring invoice. Its usage compares the
 * hours logged in the period with the hours included: what remains, and the overage valued at the retainer's rate
 * (shown to the studio, never invoiced by itself).
 */
import type { Currency } from "../money.ts";
import { mulDivHalfUp } from "./mul-div-half-up.ts";

export interface RetainerTerms {
  /** Minutes included each month (20 h = 1200). */
  minutesPerPeriod: number;
  /** Price of one hour, minor units. */
  hourlyRate: number;
}

export interface RetainerUsage {
  includedMinutes: number;
  usedMinutes: number;
  remainingMinutes: number;
  overageMinutes: number;
  /** The overage at the retainer's hourly rate, half-up to the cent. */
  overageAmount: { amount: number; currency: Currency };
  /** Used over included, 0 to 100+ (whole percent, half-up); 0 when nothing is included. */
  percentUsed: number;
}

export function retainerUsage(terms: RetainerTerms, usedMinutes: number, currency: Currency): RetainerUsage {
  const included = terms.minutesPerPeriod;
  const overage = Math.max(0, usedMinutes - included);
  return {
    includedMinutes: included,
    usedMinutes,
    remainingMinutes: Math.max(0, included - usedMinutes),
    overageMinutes: overage,
    overageAmount: { amount: mulDivHalfUp(overage, { times: terms.hourlyRate, over: 60 }), currency },
    percentUsed: included > 0 ? mulDivHalfUp(usedMinutes, { times: 100, over: included }) : 0,
  };
}

/** The retainer's line on its monthly invoice: the included hours at the rate (quantity in thousandths of an hour). */
export function retainerLine(terms: RetainerTerms, language: "fr" | "en") {
  return {
    description: language === "fr" ? "Forfait mensuel d'heures" : "Monthly retainer hours",
    quantityMilli: mulDivHalfUp(terms.minutesPerPeriod, { times: 1000, over: 60 }),
    unitPrice: terms.hourlyRate,
    unit: "h",
  };
}
