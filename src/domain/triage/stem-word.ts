import { stemmer as englishStemmer } from "@orama/stemmers/english";
import { stemmer as frenchStemmer } from "@orama/stemmers/french";
import type { TriageLanguage } from "./detect-language.ts";
import { foldText } from "./fold-text.ts";
import type { TextToken } from "./tokenize-text.ts";

/** Both languages, French first: the order in which stems are listed when the language is unknown. */
export const BOTH_LANGUAGES: readonly TriageLanguage[] = ["fr", "en"];

/**
 * Snowball stems of one word, without accents, for each language asked (the first one first), duplicates removed.
 * French is stemmed twice, with and without accents, because a client who skips accents gets another stem
 * ("créée" → "cre", "creee" → "cree"). Words of three letters or fewer (acronyms: SEO, SSL, FAQ) stay as they are.
 */
export function stemWord(token: Pick<TextToken, "lower" | "folded">, langs: readonly TriageLanguage[]): string[] {
  if (token.folded.length <= 3) return [token.folded];
  const stems: string[] = [];
  for (const lang of langs) {
    if (lang === "fr") stems.push(foldText(frenchStemmer(token.lower)), frenchStemmer(token.folded));
    else stems.push(englishStemmer(token.folded));
  }
  return [...new Set(stems)];
}
