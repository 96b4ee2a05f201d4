import { englishStopWords, frenchStopWords } from "./stop-words.ts";
import { tokenizeText } from "./tokenize-text.ts";

/** The two languages Mandat reads and writes. */
export type TriageLanguage = "fr" | "en";

let onlyOne: { fr: ReadonlySet<string>; en: ReadonlySet<string> } | undefined;

/** The words found in only one of the two stop-word lists, built on first use. */
function wordsOfOneLanguage(): { fr: ReadonlySet<string>; en: ReadonlySet<string> } {
  if (!onlyOne) {
    const fr = frenchStopWords();
    const en = englishStopWords();
    onlyOne = { fr: new Set([...fr].filter((w) => !en.has(w))), en: new Set([...en].filter((w) => !fr.has(w))) };
  }
  return onlyOne;
}

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
  const only = wordsOfOneLanguage();
  for (const t of tokenizeText(text)) {
    if (only.fr.has(t.folded)) fr += 1;
    if (only.en.has(t.folded)) en += 1;
  }
  if (fr === en) return fallback;
  return fr > en ? "fr" : "en";
}
