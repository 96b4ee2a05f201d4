import { DomainError } from "../errors.ts";
import { CLOSE_MATCH } from "./close-match.ts";
import { type BaselineEntry, type BaselineRanker, createBaselineRanker } from "./rank-baseline.ts";

/** An offer's baseline in a labelled data set. */
export interface LabelledOffer {
  id: string;
  title?: string | undefined;
  baseline: readonly BaselineEntry[];
}

/** A claim as a client wrote it, and the baseline ids a person would judge it against. */
export interface LabelledClaim {
  id: string;
  offer: string;
  text: string;
  /**
   * Acceptable best matches; any of them at rank 1 counts as a top-1 hit. Empty for an unforeseen request: nothing in
   * the scope is close, and the screen should say so (every suggestion below {@link CLOSE_MATCH}).
   */
  expected: readonly string[];
  /** `dev` or `seen-holdout` (used to tune the analyser), or a held-out split such as `holdout-4` (measured, never tuned on). */
  split?: string | undefined;
}

export interface LabelledDataset {
  offers: readonly LabelledOffer[];
  claims: readonly LabelledClaim[];
}

/** A claim whose first suggestion is not one of the expected ids. */
export interface RankingMiss {
  claimId: string;
  text: string;
  expected: readonly string[];
  /** The ids suggested first, best first (up to three). */
  got: string[];
  /** 1-based rank of the first expected id among all suggestions, or `null` when none was suggested. */
  rank: number | null;
  /** The first suggestion's score (0 when nothing was suggested). */
  score: number;
}

/** Accuracy figures of {@link evaluateRanking}. */
export interface RankingEvaluation {
  /** Claims with expected ids (top-1 and top-3 are measured on these). */
  n: number;
  /** Share of claims whose first suggestion is expected (0..1). */
  top1: number;
  /** Share of claims with an expected id among the first three suggestions (0..1). */
  top3: number;
  /** Claims with expected ids whose first suggestion still scored below {@link CLOSE_MATCH} ("no close clause" shown). */
  wronglyNoneClose: number;
  /** Unforeseen claims (no expected id). */
  unforeseen: number;
  /** Share of the unforeseen claims shown as "no close clause" (0..1; 1 when there are none). */
  noneClose: number;
  /** Claims missed: expected id not first, or an unforeseen claim with a suggestion at or above {@link CLOSE_MATCH}. */
  misses: RankingMiss[];
}

/**
 * Measures the ranking ({@link createBaselineRanker}) on a labelled data set: every claim is ranked against its offer's baseline, without
 * telling the ranker the claim's language. An unforeseen claim (no expected id) is a hit when its first suggestion scores
 * below {@link CLOSE_MATCH}; it is counted apart (`unforeseen`, `noneClose`), not in top-1 and top-3. Throws
 * `validation` when a claim names an unknown offer.
 */
export function evaluateRanking(dataset: LabelledDataset): RankingEvaluation {
  const offers = new Map(dataset.offers.map((o) => [o.id, o]));
  const rankers = new Map<string, BaselineRanker>();
  let top1 = 0;
  let top3 = 0;
  let n = 0;
  let wronglyNoneClose = 0;
  let unforeseen = 0;
  let noneClose = 0;
  const misses: RankingMiss[] = [];
  for (const claim of dataset.claims) {
    const offer = offers.get(claim.offer);
    if (!offer) throw new DomainError("validation", `claim ${claim.id} names an unknown offer ${claim.offer}`);
    let rank = rankers.get(offer.id);
    if (!rank) {
      rank = createBaselineRanker(offer.baseline);
      rankers.set(offer.id, rank);
    }
    const suggestions = rank(claim.text, { limit: offer.baseline.length });
    const ids = suggestions.map((s) => s.id);
    const score = suggestions[0]?.score ?? 0;
    const miss = { claimId: claim.id, text: claim.text, expected: claim.expected, got: ids.slice(0, 3), score };
    if (claim.expected.length === 0) {
      unforeseen += 1;
      if (score < CLOSE_MATCH) noneClose += 1;
      else misses.push({ ...miss, rank: null });
      continue;
    }
    n += 1;
    if (score < CLOSE_MATCH) wronglyNoneClose += 1;
    const index = ids.findIndex((id) => claim.expected.includes(id));
    if (index === 0) top1 += 1;
    if (index >= 0 && index < 3) top3 += 1;
    if (index !== 0) {
      misses.push({ ...miss, rank: index >= 0 ? index + 1 : null });
    }
  }
  return {
    n,
    top1: n === 0 ? 0 : top1 / n,
    top3: n === 0 ? 0 : top3 / n,
    wronglyNoneClose,
    unforeseen,
    noneClose: unforeseen === 0 ? 1 : noneClose / unforeseen,
    misses,
  };
}
