/**
 * Money is always an integer number of minor units (cents) with its ISO 4217 currency code. Never a float.
 * Amounts stay below Number.MAX_SAFE_INTEGER (≈ 90 trillion dollars), so plain integers are exact.
 */
import { DomainError } from "./errors.ts";

export const CURRENCIES = ["CAD", "EUR", "USD"] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface Money {
  readonly amount: number; // minor units, integer
  readonly currency: Currency;
}

export function money(amount: number, currency: Currency): Money {
  if (!Number.isSafeInteger(amount)) throw new DomainError("validation", `money amount must be an integer: ${amount}`);
  return { amount, currency };
}

export function zero(currency: Currency): Money {
  return { amount: 0, currency };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency)
    throw new DomainError("validation", `currency mismatch: ${a.currency} vs ${b.currency}`);
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

export function sum(items: readonly Money[], currency: Currency): Money {
  return items.reduce((acc, m) => add(acc, m), zero(currency));
}

/**
 * Rounds a rational number of minor units half away from zero ("half-up" for positive amounts), the rule of the
 * Canadian and French tax authorities for a tax amount. `numerator / denominator` must be exact integers.
 */
export function roundHalfUp(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new DomainError("validation", "denominator must be positive");
  const sign = numerator < 0 ? -1 : 1;
  const n = Math.abs(numerator);
  const q = Math.floor(n / denominator);
  const r = n - q * denominator;
  return sign * (2 * r >= denominator ? q + 1 : q);
}

/**
 * Multiplies an amount by a rate given in basis points of a basis point (1/1,000,000: 9.975% = 99_750) and rounds
 * half-up. Using parts-per-million keeps rates such as QST 9.975% exact.
 */
export function applyRatePpm(amount: number, ratePpm: number): number {
  return roundHalfUp(amount * ratePpm, 1_000_000);
}

/** Hours (as minutes) × hourly rate (minor units) → minor units, rounded half-up per line. */
export function minutesTimesRate(minutes: number, hourlyRate: number): number {
  return roundHalfUp(minutes * hourlyRate, 60);
}
