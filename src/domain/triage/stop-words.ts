/**
 * Stop words: the French and English lists of `stopwords-iso`, both applied whatever the language (clients mix
 * them), folded like every token (see {@link foldText}). Those generic lists also hold words that carry meaning in a
 * web studio's offers ("page", "site", "homepage", "test", "haut de page"…): {@link KEPT_WORDS} takes them back.
 */
import stopwordsIso from "stopwords-iso" with { type: "json" };
import { foldText } from "./fold-text.ts";

/**
 * Words present in the generic stop lists that mean something in web-agency scope, so they are kept.
 * English: "page", "site", "homepage", "test", "fix", "copy", "order", "search"…; French: "haut"/"bas" (de page),
 * "mot" (de passe), "état", "retour", "ouvert"…
 */
export const KEPT_WORDS: readonly string[] = [
  "back",
  "bill",
  "bottom",
  "buy",
  "change",
  "changes",
  "click",
  "computer",
  "copy",
  "date",
  "down",
  "end",
  "fix",
  "free",
  "full",
  "group",
  "home",
  "homepage",
  "html",
  "http",
  "index",
  "information",
  "line",
  "member",
  "members",
  "name",
  "number",
  "numbers",
  "open",
  "order",
  "orders",
  "page",
  "pages",
  "problem",
  "problems",
  "section",
  "show",
  "site",
  "system",
  "test",
  "text",
  "top",
  "value",
  "web",
  "webpage",
  "website",
  "www",
  // French
  "bas",
  "debut",
  "dessous",
  "dessus",
  "droite",
  "essai",
  "etat",
  "haut",
  "mot",
  "ouvert",
  "retour",
  "valeur",
];

const lists = stopwordsIso as unknown as Record<string, readonly string[]>;
const kept = new Set(KEPT_WORDS);

function foldAll(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => foldText(w)).filter((w) => !kept.has(w)));
}

/** French stop words, folded. */
export const FRENCH_STOP_WORDS: ReadonlySet<string> = foldAll(lists.fr ?? []);
/** English stop words, folded. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = foldAll(lists.en ?? []);

/** True when a folded word is a French or an English stop word (and not one of {@link KEPT_WORDS}). */
export function isStopWord(folded: string): boolean {
  return FRENCH_STOP_WORDS.has(folded) || ENGLISH_STOP_WORDS.has(folded) || /^\d$/.test(folded);
}
