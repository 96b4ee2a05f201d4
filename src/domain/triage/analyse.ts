import { detectLanguage, type TriageLanguage } from "./detect-language.ts";
import { matchConcepts } from "./match-concepts.ts";
import { BOTH_LANGUAGES, stemWord } from "./stem-word.ts";
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
  /** Lower-case surface, the string {@link analyseTerm} turns back into `terms` (MiniSearch's token). */
  key: string;
  /** Stems (language asked first, then the other) and synonym concepts (`~homepage`). */
  terms: string[];
}

export interface Analysis {
  /** The declared language, or the one detected from stop words. */
  lang: TriageLanguage;
  tokens: AnalysedToken[];
  /** All terms, duplicates removed, in text order. */
  terms: string[];
}

function languages(lang: TriageLanguage): readonly TriageLanguage[] {
  return lang === "fr" ? BOTH_LANGUAGES : ["en", "fr"];
}

/**
 * Normalises a text for matching: lower case, accents removed, French elisions and English possessives dropped,
 * hyphenated words joined and split, French and English stop words removed, every word stemmed by the Snowball
 * stemmer of the declared (or detected) language and also by the other one (a client writes "mobile" or "menus" in
 * either language, and both forms are indexed), and web-agency synonyms added as concept terms (`~form` for
 * "formulaire" and "form"). Pure and deterministic.
 */
export function analyse(text: string, lang?: TriageLanguage): Analysis {
  const language = lang ?? detectLanguage(text);
  const langs = languages(language);
  const words = tokenizeText(text);
  const tokens: AnalysedToken[] = [];
  for (const span of matchConcepts(words)) {
    const group = words.slice(span.from, span.to);
    const first = group[0]!;
    const last = group[group.length - 1]!;
    // A synonym phrase ("mise en page", "page d'accueil") stands for its concept only: the stems of its words
    // ("mise", "page") would match unrelated items ("mise à jour", "pages Services").
    const terms = group.length > 1 ? [] : group.filter((w) => !isStopWord(w.folded)).flatMap((w) => stemWord(w, langs));
    terms.push(...span.concepts.map((c) => CONCEPT_PREFIX + c));
    if (terms.length === 0) continue;
    tokens.push({
      word: text.slice(first.start, Math.max(last.end, first.end)),
      start: first.start,
      end: Math.max(last.end, first.end),
      key: group.map((w) => w.lower).join(" "),
      terms: [...new Set(terms)],
    });
  }
  return { lang: language, tokens, terms: [...new Set(tokens.flatMap((t) => t.terms))] };
}

/**
 * The terms of one token produced by {@link analyse} (its `key`): MiniSearch's `processTerm`. Returns an empty list
 * for a stop word. The language only orders the stems.
 */
export function analyseTerm(term: string, lang: TriageLanguage = "fr"): string[] {
  return analyse(term, lang).terms;
}
