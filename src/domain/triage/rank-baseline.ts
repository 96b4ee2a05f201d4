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
   * 0..1. The best suggestion scores the share of the claim's meaningful words (weighted by rarity in the baseline)
   * that it matches — a word found only in the entry's description counts half, a generic verb ("intégrer", "add")
   * a tenth, and in the claim's total a word found nowhere in the scope weighs as a word of one entry, only 0.3 of it
   * when it is a plain word rather than a thing of the trade ("envoyées" against "Shopify") — so 1 means the claim
   * restates the entry; the others are scaled by their ranking key relative to the best one. Below `CLOSE_MATCH`
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

/** Ranking: the best entry's BM25+ is 1; its coverage of the claim adds this much times it, */
const COVERAGE_BONUS = 0.5;
/** and a kind that fits the claim's intent ({@link claimIntent}) multiplies the sum by one plus this much. */
const INTENT_BONUS = 0.7;

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
 * Indexes a baseline once, with MiniSearch (BM25+) and the analyser of {@link analyse} as its tokenizer and
 * `processTerm` (each entry indexed with the stems of both languages and its synonym concepts), titles boosted
 * ({@link TITLE_BOOST}); returns the function that ranks it against a claim (searched with the stems of the claim's
 * language). The ranking key of an entry is its BM25+ relative to the best one, plus half its coverage of the claim
 * (the score's share), times 1.7 when its kind fits the claim's intent ({@link claimIntent}: a report of something
 * missing or broken points at deliverables, a request for work at exclusions and assumptions). Use it to triage all
 * the claims of a round against the same scope.
 */
export function createBaselineRanker(baseline: readonly BaselineEntry[]): BaselineRanker {
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
  const termsOf = (text: string) => new Set(analyse(text).tokens.flatMap((t) => indexTerms.get(t.key) ?? []));
  const docTerms = baseline.map((e) => termsOf(`${e.title}\n${e.description ?? ""}`));
  const titleTerms = baseline.map((e) => termsOf(e.title));
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
  /** A claim word's weight in the score's denominator: a word found nowhere in the scope weighs as one found in one entry. */
  const claimWeight = (t: AnalysedToken) => {
    if (t.terms.some((term) => df(term) > 0)) return weight(t);
    const web = t.terms.some((term) => term.startsWith(CONCEPT_PREFIX));
    const allGeneric = t.terms.every((term) => generic.has(term));
    return idf(baseline.length, 1) * (allGeneric ? GENERIC : 1) * (web ? 1 : PLAIN_UNKNOWN);
  };

  return (text, options = {}) => {
    const claim = analyse(text, options.lang);
    if (claim.tokens.length === 0 || baseline.length === 0) return [];
    const queryTerms = new Map(claim.tokens.map((t) => [t.key, t.terms]));
    const totalWeight = claim.tokens.reduce((sum, t) => sum + claimWeight(t), 0);
    const intent = claimIntent(text);
    const hits = index.search(text, {
      tokenize: () => [...queryTerms.keys()],
      processTerm: (key) => queryTerms.get(key) ?? null,
      boost: { title: TITLE_BOOST },
      combineWith: "OR",
    });
    const best = Math.max(...hits.map((h) => h.score));
    const ranked = hits
      .map((hit) => {
        const entry = baseline[hit.id as number]!;
        const terms = docTerms[hit.id as number]!;
        const title = titleTerms[hit.id as number]!;
        const matched = claim.tokens.filter((t) => t.terms.some((term) => terms.has(term)));
        const inTitle = (t: AnalysedToken) => t.terms.some((term) => title.has(term));
        const coverage = Math.min(
          1,
          matched.reduce((sum, t) => sum + weight(t) * (inTitle(t) ? 1 : DESCRIPTION_ONLY), 0) / totalWeight,
        );
        const fit = fitsIntent(intent, entry.kind);
        const key = (hit.score / best + COVERAGE_BONUS * coverage) * (fit ? 1 + INTENT_BONUS : 1);
        return { entry, key: Math.round(key * 1e9) / 1e9, coverage, matched };
      })
      .filter((r) => r.matched.length > 0)
      .sort((a, b) => b.key - a.key || byKindThenId(a.entry, b.entry));
    const top = ranked[0];
    if (!top) return [];
    return ranked.slice(0, options.limit ?? 5).map((r) => ({
      id: r.entry.id,
      kind: r.entry.kind,
      score: Math.round(top.coverage * (r.key / top.key) * 1000) / 1000,
      matchedTerms: [...new Set(r.matched.map((t) => t.word))],
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
