import { DomainError } from "../errors.ts";
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
  /** Acceptable best matches; any of them at rank 1 counts as a top-1 hit. */
  expected: readonly string[];
  /** `dev` (used to tune the analyser) or `holdout` (measured, never tuned on). */
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
}

/** Accuracy figures of {@link evaluateRanking}. */
export interface RankingEvaluation {
  n: number;
  /** Share of claims whose first suggestion is expected (0..1). */
  top1: number;
  /** Share of claims with an expected id among the first three suggestions (0..1). */
  top3: number;
  misses: RankingMiss[];
}

/**
 * Measures the ranking ({@link createBaselineRanker}) on a labelled data set: every claim is ranked against its offer's baseline, without
 * telling the ranker the claim's language. Throws `validation` when a claim names an unknown offer.
 */
export function evaluateRanking(dataset: LabelledDataset): RankingEvaluation {
  const offers = new Map(dataset.offers.map((o) => [o.id, o]));
  const rankers = new Map<string, BaselineRanker>();
  let top1 = 0;
  let top3 = 0;
  const misses: RankingMiss[] = [];
  for (const claim of dataset.claims) {
    const offer = offers.get(claim.offer);
    if (!offer) throw new DomainError("validation", `claim ${claim.id} names an unknown offer ${claim.offer}`);
    let rank = rankers.get(offer.id);
    if (!rank) {
      rank = createBaselineRanker(offer.baseline);
      rankers.set(offer.id, rank);
    }
    const ids = rank(claim.text, { limit: offer.baseline.length }).map((s) => s.id);
    const index = ids.findIndex((id) => claim.expected.includes(id));
    if (index === 0) top1 += 1;
    if (index >= 0 && index < 3) top3 += 1;
    if (index !== 0) {
      misses.push({
        claimId: claim.id,
        text: claim.text,
        expected: claim.expected,
        got: ids.slice(0, 3),
        rank: index >= 0 ? index + 1 : null,
      });
    }
  }
  const n = dataset.claims.length;
  return { n, top1: n === 0 ? 0 : top1 / n, top3: n === 0 ? 0 : top3 / n, misses };
}
