/**
 * A retainer: a number of hours each month at a rate, invoiced monthly by a recurring invoice. Its usage compares the
 * hours logged in the period with the hours included: what remains, and the overage valued at the retainer's rate.
 * The next period's invoice consumes the period's time: the hours within the allowance covered, the overage billed on
 * its own line (decision 0005's addendum).
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

/** Hours as printed: up to two decimals, in the client's language (2,5 / 2.5). */
function hoursText(minutes: number, language: "fr" | "en") {
  return (minutes / 60).toLocaleString(language === "fr" ? "fr-CA" : "en-CA", { maximumFractionDigits: 2 });
}

function rateText(rate: number, currency: Currency, language: "fr" | "en") {
  return (rate / 100).toLocaleString(language === "fr" ? "fr-CA" : "en-CA", { style: "currency", currency });
}

/**
 * The previous period's overage on the next invoice: « Dépassement : 2,5 h à 95,00 $ » / "Overage: 2.5 h at $95.00",
 * for the usage's overage amount (half-up to the cent). In hours at the rate when that is exact to the cent, else one
 * unit of the amount; none when nothing went beyond the allowance.
 */
export function retainerOverageLine(
  terms: RetainerTerms,
  usage: Pick<RetainerUsage, "overageMinutes" | "overageAmount">,
  language: "fr" | "en",
) {
  const minutes = usage.overageMinutes;
  if (minutes <= 0) return undefined;
  const hours = hoursText(minutes, language);
  const rate = rateText(terms.hourlyRate, usage.overageAmount.currency, language);
  const description = language === "fr" ? `Dépassement : ${hours} h à ${rate}` : `Overage: ${hours} h at ${rate}`;
  const exact =
    (minutes * 1000) % 60 === 0 && ((minutes * 1000) / 60) * terms.hourlyRate === usage.overageAmount.amount * 1000;
  return exact
    ? { description, quantityMilli: (minutes * 1000) / 60, unitPrice: terms.hourlyRate, unit: "h" }
    : { description, quantityMilli: 1000, unitPrice: usage.overageAmount.amount };
}

/** Under the overage line (or the retainer's when none): the period's hours and what the allowance covered. */
export function retainerCoveredDetail(
  usage: Pick<RetainerUsage, "usedMinutes" | "includedMinutes">,
  period: string,
  language: "fr" | "en",
) {
  const covered = hoursText(Math.min(usage.usedMinutes, usage.includedMinutes), language);
  const used = hoursText(usage.usedMinutes, language);
  return language === "fr"
    ? `${period} : ${used} h travaillées, dont ${covered} h couvertes par le forfait`
    : `${period}: ${used} h worked, ${covered} h covered by the retainer`;
}
