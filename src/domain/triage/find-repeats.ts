import { specificTokens } from "./generic-terms.ts";

/** What was answered to an earlier point of the same client. */
export type SettledAnswer =
  | "declined"
  | "alternative"
  | "goodwill"
  | "change_order_rejected"
  | "change_order_approved"
  | "delivered";

/** An earlier point of the client that was answered or delivered: what a new claim may repeat. */
export interface SettledPoint {
  /** The earlier claim, or the delivered deliverable (or change-order item). */
  ref: { kind: "claim" | "delivered"; id: string };
  mandateId: string;
  /** The earlier claim's words, or the delivered item's title. */
  text: string;
  answer: SettledAnswer;
  /** Date of the answer (decision, change order's answer, delivery), `YYYY-MM-DD`. */
  on: string;
  /** The clause the answer rested on, with its text (an exclusion quoted back). */
  clause?: { kind: "deliverable" | "exclusion" | "assumption" | "change_order_item"; text: string } | undefined;
  rationale?: string | undefined;
  alternative?: string | undefined;
  changeOrderNumber?: string | undefined;
}

/** A likely repeat: the earlier point and how closely the claim restates it (0..1). */
export interface RepeatMatch {
  point: SettledPoint;
  score: number;
}

/** From this score on, a claim is flagged as a likely repeat. */
export const REPEAT_THRESHOLD = 0.5;

function overlap(a: readonly ReadonlySet<string>[], b: readonly ReadonlySet<string>[]): number {
  const inB = new Set(b.flatMap((t) => [...t]));
  return a.filter((t) => [...t].some((term) => inB.has(term))).length;
}

/**
 * How closely two texts say the same thing, 0..1: the mean of the shares of each one's meaningful words found in
 * the other (stems of both languages and synonym concepts; generic verbs such as "ajouter", "intégrer", "add" do not
 * count). At least two shared words are needed, unless one text has only one.
 */
export function restatementScore(a: string, b: string): number {
  return tokenScore(specificTokens(a), specificTokens(b));
}

function tokenScore(ta: readonly ReadonlySet<string>[], tb: readonly ReadonlySet<string>[]): number {
  if (ta.length === 0 || tb.length === 0) return 0;
  const inA = overlap(ta, tb);
  const inB = overlap(tb, ta);
  if (Math.min(inA, inB) < Math.min(2, ta.length, tb.length)) return 0;
  return Math.round(((inA / ta.length + inB / tb.length) / 2) * 1000) / 1000;
}

/**
 * Indexes the client's settled points once and returns the function that finds the point a new claim most likely
 * repeats (score ≥ {@link REPEAT_THRESHOLD}), or `undefined`. Equal scores go to the most recent answer. Nothing is
 * decided here: a person confirms the repeat.
 */
export function createRepeatFinder(points: readonly SettledPoint[]): (claim: string) => RepeatMatch | undefined {
  const indexed = points.map((point) => ({ point, tokens: specificTokens(point.text) }));
  return (claim) => {
    const tokens = specificTokens(claim);
    let best: RepeatMatch | undefined;
    for (const { point, tokens: other } of indexed) {
      const score = tokenScore(tokens, other);
      if (score < REPEAT_THRESHOLD) continue;
      if (!best || score > best.score || (score === best.score && point.on > best.point.on)) best = { point, score };
    }
    return best;
  };
}
