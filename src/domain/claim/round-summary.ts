/** What a round amounts to once triaged: how many claims per outcome, and the hours each outcome carries. */
import { type Claim, TRIAGE_OUTCOMES, type TriageOutcome } from "./claim.ts";

/** Counts and estimated hours of a round's claims. */
export interface RoundSummary {
  total: number;
  untriaged: number;
  /** Claims per outcome (every outcome present, 0 when none). */
  counts: Record<TriageOutcome, number>;
  /** Estimated hours per outcome, summed in hundredths (so 0.1 + 0.2 = 0.3); 0 for declined and duplicate. */
  hours: Record<TriageOutcome, number>;
  /** Claims confirmed as repeating a point already answered or delivered (counted in `duplicate` too). */
  repeats: number;
}

function byPosition(a: Claim, b: Claim): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The claims still waiting for a decision, in round order (does not mutate). */
export function untriaged(claims: readonly Claim[]): Claim[] {
  return claims.filter((c) => c.triage === undefined).sort(byPosition);
}

/** Summarises the claims of one round (the caller passes that round's claims). */
export function roundSummary(claims: readonly Claim[]): RoundSummary {
  const counts = Object.fromEntries(TRIAGE_OUTCOMES.map((o) => [o, 0])) as Record<TriageOutcome, number>;
  const hundredths = { ...counts };
  let open = 0;
  let repeats = 0;
  for (const claim of claims) {
    const t = claim.triage;
    if (t?.outcome === "duplicate" && t.repeat) repeats += 1;
    if (!t) {
      open += 1;
      continue;
    }
    counts[t.outcome] += 1;
    if ("estimatedHours" in t) hundredths[t.outcome] += Math.round(t.estimatedHours * 100);
  }
  const hours = Object.fromEntries(TRIAGE_OUTCOMES.map((o) => [o, hundredths[o] / 100])) as Record<
    TriageOutcome,
    number
  >;
  return { total: claims.length, untriaged: open, counts, hours, repeats };
}
