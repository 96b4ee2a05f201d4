import MiniSearch from "minisearch";
import { type AnalysedToken, analyse, analyseTerm, CONCEPT_PREFIX } from "./analyse.ts";
import { type ClaimIntent, claimIntent } from "./claim-intent.ts";
import type { TriageLanguage } from "./detect-language.ts";
import { genericTerms } from "./generic-terms.ts";

/** What a claim can be judged against: an offer item, an exclusion, an assumption or an approved change-order item. */
export type BaselineKind = "deliverable" | "exclusion" | "assumption" | "change_order_item";

/** One entry of the current scope (signed offer + approved change orders). */
export interface BaselineEntry {
  id: string;
  kind: BaselineKind;
  title: string;
  description?: string | undefined;
}

/** Input of {@link rankBaseline}. */
export interface RankBaselineInput {
  /** The claim's text, as the client wrote it. */
  claim: string;
  baseline: readonly BaselineEntry[];
  /** At most this many suggestions (default 5). */
  limit?: number | undefined;
  /** The claim's language when known; detected otherwise. */
  lang?: TriageLanguage | undefined;
}

/** One baseline entry suggested for a claim, for a person to confirm (nothing is decided automatically). */
export interface BaselineSuggestion {
  id: string;
  kind: BaselineKind;
  /**
   * 0..1. The best suggestion scores its {@link closeness}: 1 when the claim restates it, else the fitted probability
   * that a person cites a clause of the scope for this claim, read from the pair's signals ({@link PAIR_FEATURES}): its
   * coverage of the claim (the share of the claim's meaningful words, weighted by rarity, that it matches — a word
   * found only in the entry's description counts half, a generic verb a tenth, a plain word found nowhere in the scope
   * 0.3 of a word of one entry), its shared evidence (0.3 for each distinct specific word shared, one word 0.3, two
   * 0.51), how much of the entry the claim names, the words found nowhere in the scope, and the claim's intent against
   * the entry's kind. The others are scaled by their ranking key relative to the best one. Below `CLOSE_MATCH`
   * (close-match.ts), nothing in the scope is close.
   */
  score: number;
  /** The claim's words, as written, that matched this entry ("formulaire", "page d'accueil"). */
  matchedTerms: string[];
}

/** Order of kinds on equal scores: the order in which they appear in an offer. */
export const KIND_ORDER: readonly BaselineKind[] = ["deliverable", "change_order_item", "exclusion", "assumption"];

/** Title words count this many times a description word. */
export const TITLE_BOOST = 2;

/** How much a word counts in a suggestion's score when it matches only the description, or is a generic verb. */
const DESCRIPTION_ONLY = 0.5;
const GENERIC = 0.1;

/**
 * How much a plain word found nowhere in the scope ("envoyé", "courtes", "competitors") weighs in the score's
 * denominator, against a web word found nowhere ("Shopify", "infolettre": a thing the scope does not mention weighs
 * fully). Such a word is how the client tells the story, not what the claim is about.
 */
const PLAIN_UNKNOWN = 0.3;

/**
 * Evidence from the words a claim shares with an entry, whatever else the claim says: each specific word shared (not a
 * generic verb, and not one already counted through the same term: "boutique" and "Shopify" are one ~shop) is
 * independent evidence worth this much, so one shared word is never a close match on its own (below `CLOSE_MATCH`)
 * while two are (0.51), three 0.66. A word found in more than {@link FEW_ENTRIES} entries of the scope counts less,
 * by its rarity.
 */
const EVIDENCE_PER_WORD = 0.3;
const FEW_ENTRIES = 3;

/** Ranking: the best entry's BM25+ is 1; its coverage of the claim adds this much times it, */
const COVERAGE_BONUS = 0.5;
/**
 * and a kind that fits the claim's intent ({@link claimIntent}) multiplies the sum by one plus this much, in full when
 * the entry shares as much evidence with the claim as the best entry does, or at least {@link FULL_INTENT_EVIDENCE}
 * (two specific words), in proportion below: a request does not lift an exclusion it shares one common word with
 * ("page") above the deliverable whose two words it names ("photo", "page").
 */
const INTENT_BONUS = 0.7;
const FULL_INTENT_EVIDENCE = 0.51;

/** Which kinds of entry a claim's intent points at: a report at what was promised, a request at what excludes or limits it. */
function fitsIntent(intent: ClaimIntent, kind: BaselineKind): boolean {
  switch (intent) {
    case "report":
      return kind === "deliverable" || kind === "change_order_item";
    case "request":
      return kind === "exclusion" || kind === "assumption";
    case "statement":
      return false;
  }
}

interface Doc {
  ref: number;
  title: string;
  description: string;
}

function idf(total: number, df: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

function byKindThenId(a: BaselineEntry, b: BaselineEntry): number {
  const k = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  if (k !== 0) return k;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Ranks a baseline against one claim at a time; see {@link createBaselineRanker}. */
export type BaselineRanker = (
  claim: string,
  options?: { limit?: number; lang?: TriageLanguage },
) => BaselineSuggestion[];

/**
 * The signals of one (claim, entry) pair, in this order. The ranker reads three of them ({@link rankingKey}, and the
 * best pair's `claimCoverage` as its score); bench/fit-ranker.ts fits weights over all of them to compare:
 * - `bm25Relative`: the entry's BM25+ relative to the best entry's (1 for the best);
 * - `bm25Log`: log(1 + BM25+);
 * - `claimCoverage`: the share of the claim's meaningful words (weighted by rarity) the entry matches, a word found
 *   only in its description counting half and a generic verb a tenth; a word found nowhere in the scope weighs as a
 *   word of one entry, only 0.3 of it when it is a plain word rather than a thing of the trade;
 * - `claimCoverageGap`: this coverage minus the best coverage among the entries (0 for the best);
 * - `titleCoverage`: the share of the entry's title words (weighted by rarity) the claim matches;
 * - `entryCoverage`: the same over its title and description;
 * - `titleShare`: the share of the matched weight found in the title;
 * - `intentFits`: the claim reports something missing or broken and the entry is promised work, or it asks for work
 *   and the entry is an exclusion or an assumption ({@link claimIntent});
 * - `intentClashes`: a report against an exclusion or assumption, or a request against promised work;
 * - `genericOnly`: every matched word is a generic verb or filler ("intégrer", "add");
 * - `conceptMatched`: a synonym concept matched ("page d'accueil" = "homepage");
 * - `adjacentPair`: two consecutive meaningful words of the claim both match the entry (a phrase overlap);
 * - `unknownShare`: the share of the claim's weight in words found nowhere in the scope;
 * - `exclusion`, `assumption`: the entry's kind;
 * - `unknownTrade`: the claim names a thing of the trade (a synonym concept: "Shopify", "infolettre") that no entry
 *   of the scope mentions;
 * - `restatement`: the claim covers the entry's title and the entry covers the claim (both coverages full);
 * - `sharedEvidence`: 1 - Π(1 - 0.3) over the distinct specific words the claim shares with the entry (a word of more
 *   than three entries counting less), {@link EVIDENCE_PER_WORD}: how sure it is that the entry is what the claim is
 *   about, however long the claim's story;
 * - `sharedEvidenceGap`: this evidence minus the best evidence among the entries (0 for the best).
 */
export const PAIR_FEATURES = [
  "bm25Relative",
  "bm25Log",
  "claimCoverage",
  "claimCoverageGap",
  "titleCoverage",
  "entryCoverage",
  "titleShare",
  "intentFits",
  "intentClashes",
  "genericOnly",
  "conceptMatched",
  "adjacentPair",
  "unknownShare",
  "exclusion",
  "assumption",
  "unknownTrade",
  "restatement",
  "sharedEvidence",
  "sharedEvidenceGap",
] as const;

/** One entry sharing at least one term with a claim, with the claim's words that matched and the pair's signals. */
export interface BaselinePair {
  entry: BaselineEntry;
  matched: AnalysedToken[];
  /** In the order of {@link PAIR_FEATURES}. */
  features: number[];
}

/** Computes the pairs of one claim against an indexed baseline; see {@link createBaselinePairs}. */
export type BaselinePairs = (claim: string, lang?: TriageLanguage) => BaselinePair[];

/**
 * Indexes a baseline once, with MiniSearch (BM25+) and the analyser of {@link analyse} as its tokenizer and
 * `processTerm` (each entry indexed with the stems of both languages and its synonym concepts), titles boosted
 * ({@link TITLE_BOOST}); returns the function that gives, for a claim (searched with the stems of its language), every
 * entry sharing a term with it and the pair's signals ({@link PAIR_FEATURES}). The ranker and the script that fits
 * its weights (bench/fit-ranker.ts) both read them here.
 */
export function createBaselinePairs(baseline: readonly BaselineEntry[]): BaselinePairs {
  const indexTerms = new Map<string, string[]>();
  const index = new MiniSearch<Doc>({
    idField: "ref",
    fields: ["title", "description"],
    tokenize: (text) =>
      analyse(text).tokens.map((t) => {
        if (!indexTerms.has(t.key)) indexTerms.set(t.key, analyseTerm(t.key));
        return t.key;
      }),
    processTerm: (key) => indexTerms.get(key) ?? analyseTerm(key),
  });
  index.addAll(baseline.map((e, ref) => ({ ref, title: e.title, description: e.description ?? "" })));
  const tokensOf = (text: string) =>
    analyse(text)
      .tokens.map((t) => indexTerms.get(t.key) ?? [])
      .filter((terms) => terms.length > 0);
  const docTokens = baseline.map((e) => tokensOf(`${e.title}\n${e.description ?? ""}`));
  const titleTokens = baseline.map((e) => tokensOf(e.title));
  const docTerms = docTokens.map((tokens) => new Set(tokens.flat()));
  const titleTerms = titleTokens.map((tokens) => new Set(tokens.flat()));
  const generic = genericTerms();
  const dfs = new Map<string, number>();
  const df = (term: string) => {
    let n = dfs.get(term);
    if (n === undefined) {
      n = docTerms.filter((d) => d.has(term)).length;
      dfs.set(term, n);
    }
    return n;
  };
  const weightOf = (terms: readonly string[]) =>
    Math.max(...terms.map((term) => idf(baseline.length, df(term)))) *
    (terms.every((term) => generic.has(term)) ? GENERIC : 1);
  const weight = (t: AnalysedToken) => weightOf(t.terms);
  /** A claim word's weight in the coverage's denominator: a word found nowhere in the scope weighs as one found in one entry. */
  const claimWeight = (t: AnalysedToken) => {
    if (t.terms.some((term) => df(term) > 0)) return weight(t);
    const web = t.terms.some((term) => term.startsWith(CONCEPT_PREFIX));
    const allGeneric = t.terms.every((term) => generic.has(term));
    return idf(baseline.length, 1) * (allGeneric ? GENERIC : 1) * (web ? 1 : PLAIN_UNKNOWN);
  };
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  /** The rarity of a word of {@link FEW_ENTRIES} entries; in a scope of fewer entries, of a word of every entry (never negative). */
  const fewEntries = idf(baseline.length, Math.min(FEW_ENTRIES, baseline.length));

  return (text, lang) => {
    const claim = analyse(text, lang);
    if (claim.tokens.length === 0 || baseline.length === 0) return [];
    const queryTerms = new Map(claim.tokens.map((t) => [t.key, t.terms]));
    const weights = claim.tokens.map(claimWeight);
    const totalWeight = sum(weights);
    const unknownTrade = claim.tokens.some(
      (t) => t.terms.some((term) => term.startsWith(CONCEPT_PREFIX)) && !t.terms.some((term) => df(term) > 0),
    );
    const unknownWeight = sum(claim.tokens.map((t, i) => (t.terms.some((term) => df(term) > 0) ? 0 : weights[i]!)));
    const intent = claimIntent(text);
    const hits = index.search(text, {
      tokenize: () => [...queryTerms.keys()],
      processTerm: (key) => queryTerms.get(key) ?? null,
      boost: { title: TITLE_BOOST },
      combineWith: "OR",
    });
    const best = Math.max(...hits.map((h) => h.score));
    const pairs = hits
      .map((hit) => {
        const ref = hit.id as number;
        const entry = baseline[ref]!;
        const terms = docTerms[ref]!;
        const title = titleTerms[ref]!;
        const hitBy = claim.tokens.map((t) => t.terms.some((term) => terms.has(term)));
        const matched = claim.tokens.filter((_, i) => hitBy[i]);
        const claimTerms = new Set(matched.flatMap((t) => t.terms));
        const inTitle = (t: AnalysedToken) => t.terms.some((term) => title.has(term));
        const matchedWeight = sum(matched.map(weight));
        const titleWeight = sum(matched.filter(inTitle).map(weight));
        const coverage = Math.min(
          1,
          sum(matched.map((t) => weight(t) * (inTitle(t) ? 1 : DESCRIPTION_ONLY))) / totalWeight,
        );
        const seen = new Set<string>();
        const evidence =
          1 -
          matched
            .filter((t) => !t.terms.every((term) => generic.has(term)))
            .filter((t) => {
              const shared = t.terms.filter((term) => terms.has(term));
              if (shared.every((term) => seen.has(term))) return false;
              for (const term of shared) seen.add(term);
              return true;
            })
            .reduce((rest, t) => rest * (1 - EVIDENCE_PER_WORD * Math.min(1, weight(t) / fewEntries)), 1);
        const entryShare = (tokens: readonly string[][]) => {
          const all = sum(tokens.map(weightOf));
          return all === 0 ? 0 : sum(tokens.filter((ts) => ts.some((x) => claimTerms.has(x))).map(weightOf)) / all;
        };
        const fits = fitsIntent(intent, entry.kind);
        const clashes = intent !== "statement" && !fits;
        return {
          entry,
          matched,
          coverage,
          values: [
            hit.score / best,
            Math.log1p(hit.score),
            coverage,
            0,
            entryShare(titleTokens[ref]!),
            entryShare(docTokens[ref]!),
            matchedWeight === 0 ? 0 : titleWeight / matchedWeight,
            fits ? 1 : 0,
            clashes ? 1 : 0,
            matched.every((t) => t.terms.every((term) => generic.has(term))) ? 1 : 0,
            matched.some((t) => t.terms.some((term) => term.startsWith(CONCEPT_PREFIX))) ? 1 : 0,
            hitBy.some((h, i) => h && hitBy[i + 1]) ? 1 : 0,
            unknownWeight / totalWeight,
            entry.kind === "exclusion" ? 1 : 0,
            entry.kind === "assumption" ? 1 : 0,
            unknownTrade ? 1 : 0,
            0,
            evidence,
            0,
          ],
        };
      })
      .filter((p) => p.matched.length > 0);
    const bestCoverage = Math.max(...pairs.map((p) => p.coverage));
    const bestEvidence = Math.max(...pairs.map((p) => p.values[17]!));
    return pairs.map((p) => {
      p.values[3] = p.coverage - bestCoverage;
      p.values[18] = p.values[17]! - bestEvidence;
      p.values[16] = p.coverage >= 0.999 && p.values[4]! >= 0.999 ? 1 : 0;
      return { entry: p.entry, matched: p.matched, features: p.values };
    });
  };
}

/**
 * The ranking key of a pair: its BM25+ relative to the best entry plus half its claim coverage, times up to 1.7 when its
 * kind fits the claim's intent (in full when it shares as much evidence as the best entry, or two specific words).
 */
export function rankingKey(features: readonly number[]): number {
  const evidence = features[17]!;
  const enough = Math.min(FULL_INTENT_EVIDENCE, evidence - features[18]!);
  const intent = features[7] === 1 ? INTENT_BONUS * (enough > 0 ? Math.min(1, evidence / enough) : 1) : 0;
  const key = (features[0]! + COVERAGE_BONUS * features[2]!) * (1 + intent);
  return Math.round(key * 1e9) / 1e9;
}

/** One of {@link PAIR_FEATURES}. */
export type PairFeature = (typeof PAIR_FEATURES)[number];

/**
 * The weights of {@link closeness}: a logistic regression over the best-ranked pair's signals, fitted by
 * bench/fit-ranker.ts (L2 0.3) on the labelled claims of the splits tuned on, 1 when a person cites a clause for the
 * claim and 0 for an unforeseen request, the two classes weighted equally so that 0.5 separates them
 * (`CLOSE_MATCH`). Left out one split at a time, it showed "no close clause" for 35 of seen-holdout-5's 142 claims with
 * a clause instead of 51, and still for 14 of its 15 unforeseen requests (13 before).
 */
export const CLOSENESS_WEIGHTS: Readonly<{ bias: number } & Partial<Record<PairFeature, number>>> = {
  bias: -2.029,
  claimCoverage: 2.252,
  titleCoverage: -0.037,
  titleShare: 0.909,
  unknownShare: -2.643,
  sharedEvidence: 6.331,
  intentFits: -1.095,
  intentClashes: -3.082,
  exclusion: -0.787,
  assumption: -1.093,
  entryCoverage: 5.858,
};

/**
 * A clause the claim reaches only through its description (less than this share of the matched weight in its title,
 * e.g. a generic verb: « Intégrer la boutique Shopify » against « Intégration des textes », whose description lists a
 * Boutique page) is no closer than the hand-made measure says: the larger of its coverage of the claim and its shared
 * evidence.
 */
export const DESCRIPTION_ONLY_SHARE = 0.05;

/** Nothing but a restatement reaches 1. */
const BELOW_RESTATEMENT = 0.99;

const feature = (features: readonly number[], name: PairFeature) => features[PAIR_FEATURES.indexOf(name)]!;

/**
 * How close the best-ranked clause is to a claim, 0..1 (the best suggestion's score): 1 for a restatement (the claim
 * covers the clause's title and the clause covers the claim), else the fitted probability that a person cites a clause
 * of the scope for it ({@link CLOSENESS_WEIGHTS}), capped for a clause reached only through its description
 * ({@link DESCRIPTION_ONLY_SHARE}) and below 1. `weights`: others to compare (bench/fit-ranker.ts).
 */
export function closeness(features: readonly number[], weights = CLOSENESS_WEIGHTS): number {
  if (feature(features, "restatement") === 1) return 1;
  let z = weights.bias;
  for (const [i, name] of PAIR_FEATURES.entries()) z += (weights[name] ?? 0) * features[i]!;
  const p = 1 / (1 + Math.exp(-z));
  const hand = Math.max(feature(features, "claimCoverage"), feature(features, "sharedEvidence"));
  const capped = feature(features, "titleShare") < DESCRIPTION_ONLY_SHARE ? Math.min(p, hand) : p;
  return Math.min(BELOW_RESTATEMENT, capped);
}

/**
 * Indexes a baseline once ({@link createBaselinePairs}) and returns the function that ranks it against a claim, best
 * first by {@link rankingKey} (a report of something missing or broken points at deliverables, a request for work at
 * exclusions and assumptions). The best suggestion scores its claim coverage (`claimCoverage` of
 * {@link PAIR_FEATURES}: 1 when the claim restates the entry); the others are scaled by their ranking key relative to
 * the best one. Use it to triage all the claims of a round against the same scope.
 */
export function createBaselineRanker(baseline: readonly BaselineEntry[]): BaselineRanker {
  const pairsOf = createBaselinePairs(baseline);
  return (text, options = {}) => {
    const ranked = pairsOf(text, options.lang)
      .map((p) => ({ ...p, key: rankingKey(p.features) }))
      .sort((a, b) => b.key - a.key || byKindThenId(a.entry, b.entry));
    const top = ranked[0];
    if (!top) return [];
    return ranked.slice(0, options.limit ?? 5).map((p) => ({
      id: p.entry.id,
      kind: p.entry.kind,
      score: Math.round(closeness(top.features) * (p.key / top.key) * 1000) / 1000,
      matchedTerms: [...new Set(p.matched.map((t) => t.word))],
    }));
  };
}

/**
 * Ranks the baseline entries closest to a claim (see {@link createBaselineRanker}). Only entries that share at least
 * one term with the claim are returned: an empty list means that nothing in the signed baseline mentions this claim,
 * itself a strong sign that it is out of scope. Equal scores are ordered by kind ({@link KIND_ORDER}) then id, so the
 * result is deterministic. For a claim split under a heading, pass `${context}: ${text}`.
 */
export function rankBaseline(input: RankBaselineInput): BaselineSuggestion[] {
  return createBaselineRanker(input.baseline)(input.claim, { limit: input.limit, lang: input.lang });
}
