/**
 * Exact `a × b ÷ d` rounded half away from zero, through BigInt so that large products (quantity × price, principal ×
 * rate × days) never lose precision. Same rounding as money.ts `roundHalfUp`.
 */
import { DomainError } from "../errors.ts";

/** `round_half_up(a × times / over)`; all integers, `over > 0`. */
export function mulDivHalfUp(a: number, { times: b, over: d }: { times: number; over: number }): number {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || !Number.isSafeInteger(d) || d <= 0) {
    throw new DomainError("validation", `mulDivHalfUp needs integers and a positive divisor: ${a} × ${b} / ${d}`);
  }
  const rounded = divHalfUp(BigInt(a) * BigInt(b), BigInt(d));
  const result = Number(rounded);
  if (!Number.isSafeInteger(result)) throw new DomainError("validation", "amount too large");
  return result;
}

/** Exact `numerator ÷ denominator` on BigInts, rounded half away from zero (`denominator > 0`). */
export function divHalfUp(numerator: bigint, denominator: bigint): bigint {
  const neg = numerator < 0n;
  const abs = neg ? -numerator : numerator;
  const q = abs / denominator;
  const rounded = 2n * (abs - q * denominator) >= denominator ? q + 1n : q;
  return neg ? -rounded : rounded;
}
