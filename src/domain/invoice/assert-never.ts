/** Exhaustiveness guard for `switch` over a discriminated union: a compile error if a case is missing, a
 * `validation` DomainError if an unknown value still arrives at run time (e.g. from a stale database row). */
import { DomainError } from "../errors.ts";

export function assertNever(value: never, what: string): never {
  throw new DomainError("validation", `unknown ${what}: ${JSON.stringify(value)}`);
}
