import { ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS } from "./stop-words.ts";
import { tokenizeText } from "./tokenize-text.ts";

/** The two languages Mandat reads and writes. */
export type TriageLanguage = "fr" | "en";

const frenchOnly = new Set([...FRENCH_STOP_WORDS].filter((w) => !ENGLISH_STOP_WORDS.has(w)));
const englishOnly = new Set([...ENGLISH_STOP_WORDS].filter((w) => !FRENCH_STOP_WORDS.has(w)));

/** French letters that English does not use. */
const FRENCH_LETTERS = /[éèêàùâîôûçœë]/giu;

/**
 * Guesses French or English cheaply: counts the words found in only one of the two stop-word lists ("le", "pour",
 * "est" against "the", "should", "is"), plus one point per accented French letter. Ties go to `fallback`
 * (French by default: Québec first).
 */
export function detectLanguage(text: string, fallback: TriageLanguage = "fr"): TriageLanguage {
  let fr = (text.match(FRENCH_LETTERS) ?? []).length * 0.5;
  let en = 0;
  for (const t of tokenizeText(text)) {
    if (frenchOnly.has(t.folded)) fr += 1;
    if (englishOnly.has(t.folded)) en += 1;
  }
  if (fr === en) return fallback;
  return fr > en ? "fr" : "en";
}
