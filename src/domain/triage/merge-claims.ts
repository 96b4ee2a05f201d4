import { DomainError } from "../errors.ts";
import type { Claim } from "./split-claims.ts";

/**
 * Joins claims that the split cut apart (the person triaging merges them): the result covers the source from the
 * first claim's start to the last claim's end, so its text is exactly that slice of the message, with whatever lay
 * between (a line break, a list marker). The context of the first claim that has one is kept. Throws `validation`
 * for an empty list or offsets outside the message.
 */
export function mergeClaims(source: string, claims: readonly Claim[]): Claim {
  if (claims.length === 0) throw new DomainError("validation", "nothing to merge");
  const sorted = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const start = sorted[0]!.start;
  const end = Math.max(...sorted.map((c) => c.end));
  if (start < 0 || end > source.length || sorted.some((c) => c.end < c.start)) {
    throw new DomainError("validation", "claim offsets are outside the message");
  }
  const context = sorted.find((c) => c.context !== undefined)?.context;
  const text = source.slice(start, end);
  return context === undefined ? { text, start, end } : { text, start, end, context };
}
