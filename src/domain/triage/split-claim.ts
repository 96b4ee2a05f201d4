import { DomainError } from "../errors.ts";
import { type Claim, trimSpan } from "./split-claims.ts";

/**
 * Cuts one claim in two at `atOffset`, an index into `claim.text` (where the person put the cursor). Both parts are
 * trimmed of white space and of separating punctuation, keep exact source offsets (`text` stays the slice of the
 * message between `start` and `end`) and the claim's context. Throws `validation` when either part would be empty.
 */
export function splitClaim(claim: Claim, atOffset: number): [Claim, Claim] {
  const { text } = claim;
  if (!Number.isInteger(atOffset) || atOffset <= 0 || atOffset >= text.length) {
    throw new DomainError("validation", `cannot split a claim of ${text.length} characters at ${atOffset}`);
  }
  const parts = [
    trimSpan(text, { start: 0, end: atOffset }),
    trimSpan(text, { start: atOffset, end: text.length }),
  ].map(({ start, end }) => ({
    text: text.slice(start, end),
    start: claim.start + start,
    end: claim.start + end,
    ...(claim.context === undefined ? {} : { context: claim.context }),
  }));
  if (parts.some((p) => !/[\p{L}\p{N}]/u.test(p.text))) {
    throw new DomainError("validation", "both parts of a split claim must say something");
  }
  return [parts[0]!, parts[1]!];
}
