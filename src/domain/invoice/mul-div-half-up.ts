/**
 * Exact `a × b ÷ d` rounded half away from zero, through BigInt so that large products (quantity × price, principal ×
 * rate × days) never lose precision. Same rounding as money.ts `roundHalfUp`.
 */
import { DomainError } from "../errors.ts";

/** `round_half_up(a × b / d)`; `a`, `b`, `d` integers, `d > 0`. */
export function mulDivHalfUp(a: number, b: number, d: number): number {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || !Number.isSafeInteger(d) || d <= 0) {
    throw new DomainError("validation", `mulDivHalfUp needs integers and a positive divisor: ${a} × ${b} / ${d}`);
  }
  const n = BigInt(a) * BigInt(b);
  const den = BigInt(d);
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const q = abs / den;
  const r = abs - q * den;
  const rounded = 2n * r >= den ? q + 1n : q;
  const result = Number(neg ? -rounded : rounded);
  if (!Number.isSafeInteger(result)) throw new DomainError("validation", "amount too large");
  return result;
}
