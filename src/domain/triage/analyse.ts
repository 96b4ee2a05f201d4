import { detectLanguage, type TriageLanguage } from "./detect-language.ts";
import { matchConcepts } from "./match-concepts.ts";
import { stemWord } from "./stem-word.ts";
import { isStopWord } from "./stop-words.ts";
import { tokenizeText } from "./tokenize-text.ts";

/** Prefix of a synonym concept term, so that `~form` never collides with a stem. */
export const CONCEPT_PREFIX = "~";

/** One meaningful word (or synonym phrase) of a text, with the index terms it produces. */
export interface AnalysedToken {
  /** The words as written in the source ("Page d'accueil", "formulaires"). */
  word: string;
  start: number;
  end: number;
  /**
   * Lower-case surface, the string {@link analyseTerm} turns back into `terms` (MiniSearch's token); a word that means
   * something only as written (a name the synonym table writes with a capital: "About") keeps its case.
   */
  key: string;
  /** Stems by the text's language and synonym concepts (`~homepage`): what a query searches for. */
  terms: string[];
  /** Stems by the other language's stemmer: indexed too, so that a claim in either language meets them. */
  otherTerms: string[];
}

/** The result of {@link analyse}: the language used and the meaningful tokens with their terms. */
export interface Analysis {
  /** The declared language, or the one detected from stop words. */
  lang: TriageLanguage;
  tokens: AnalysedToken[];
  /** All `terms` of the tokens, duplicates removed, in text order. */
  terms: string[];
}

const OTHER: Record<TriageLanguage, TriageLanguage> = { fr: "en", en: "fr" };

/**
 * Normalises a text for matching: lower case, accents removed, French elisions and English possessives dropped,
 * hyphenated words joined and split, French and English stop words removed, every word stemmed by the Snowball
 * stemmer of the declared (or detected) language (`terms`) and also by the other one (`otherTerms`: a baseline is
 * indexed with both, since a client writes "photos" or "menus" in either language), and web-agency synonyms added as
 * concept terms (`~form` for "formulaire" and "form"). Pure and deterministic.
 */
export function analyse(text: string, lang?: TriageLanguage): Analysis {
  const language = lang ?? detectLanguage(text);
  const words = tokenizeText(text);
  const tokens: AnalysedToken[] = [];
  for (const span of matchConcepts(words)) {
    const group = words.slice(span.from, span.to);
    const first = group[0]!;
    const last = group[group.length - 1]!;
    // A synonym phrase ("mise en page", "page d'accueil") stands for its concept only: the stems of its words
    // ("mise", "page") would match unrelated items ("mise à jour", "pages Services").
    const meaningful = group.length > 1 ? [] : group.filter((w) => !isStopWord(w.folded));
    const terms = meaningful.flatMap((w) => stemWord(w, [language]));
    terms.push(...span.concepts.map((c) => CONCEPT_PREFIX + c));
    if (terms.length === 0) continue;
    const otherTerms = meaningful.flatMap((w) => stemWord(w, [OTHER[language]])).filter((t) => !terms.includes(t));
    tokens.push({
      word: text.slice(first.start, Math.max(last.end, first.end)),
      start: first.start,
      end: Math.max(last.end, first.end),
      key: group.map((w) => (isStopWord(w.folded) ? w.word.replace(/[’]/g, "'") : w.lower)).join(" "),
      terms: [...new Set(terms)],
      otherTerms: [...new Set(otherTerms)],
    });
  }
  return { lang: language, tokens, terms: [...new Set(tokens.flatMap((t) => t.terms))] };
}

/**
 * The terms of one token produced by {@link analyse} (its `key`), for MiniSearch's `processTerm`; an empty list for a
 * stop word. With a language (the query side) only that language's stems; without one (the index side) the stems of
 * both languages, so that a claim in either language finds them.
 */
export function analyseTerm(term: string, lang?: TriageLanguage): string[] {
  const tokens = analyse(term, lang ?? "fr").tokens;
  const terms = tokens.flatMap((t) => (lang ? t.terms : [...t.terms, ...t.otherTerms]));
  return [...new Set(terms)];
}
