/**
 * Stop words: the French and English lists of `stopwords-iso`, both applied whatever the language (clients mix
 * them), folded like every token (see {@link foldText}). Those generic lists also hold words that carry meaning in a
 * web studio's offers ("page", "site", "homepage", "test", "haut de page"…): {@link KEPT_WORDS} takes them back.
 */
import stopwordsIso from "stopwords-iso" with { type: "json" };
import { foldText } from "./fold-text.ts";

/**
 * Words present in the generic stop lists that mean something in web-agency scope, so they are kept. "site", "web"
 * and "website" stay stop words on purpose: every claim and every item is about the site, so they only add noise
 * (phrases such as "plan du site" or "site de test" are still recognised by the synonym table).
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
  "opened",
  "opening",
  "opens",
  "order",
  "ordered",
  "ordering",
  "orders",
  "page",
  "pages",
  "problem",
  "problems",
  "section",
  "show",
  "showed",
  "showing",
  "shows",
  "system",
  "test",
  "text",
  "top",
  "value",
  // French ("don" is a donation; the English list holds it as a fragment of "don't", which stays one token here)
  "bas",
  "debut",
  "don",
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

/**
 * Words of client requests that the generic lists miss and that never say what is asked: politeness and modal verbs
 * ("pourriez-vous", "faudrait", "please", "could"), "missing"/"manque", "still"/"encore". Matching on them would only
 * pair claims with items that happen to use the same verb.
 */
export const REQUEST_WORDS: readonly string[] = [
  ..."svp stp merci please pls thanks thx besoin manque manquant manquante manquent missing".split(" "),
  ..."pouvez pourriez pourrais pourrions peut-etre voudrait voudrions voudrais voulons voulez veux aimerait".split(" "),
  ..."aimerions aimerais faudrait faut fallait falloir devrait devriez devraient doit".split(" "),
  ..."could would should can will want wants wanted need needs needed still again also aussi encore toujours".split(
    " ",
  ),
  // The party: an offer's "client" is the one who signs it ("fourni par le client"), a claim's "nos clients" are that
  // client's own customers; the word says who, never what.
  ..."client clients cliente clientes".split(" "),
];

const kept = new Set(KEPT_WORDS);

function foldAll(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => foldText(w)).filter((w) => !kept.has(w)));
}

const REQUEST_WORD_SET: ReadonlySet<string> = new Set(REQUEST_WORDS);

let lists: { fr: ReadonlySet<string>; en: ReadonlySet<string> } | undefined;

/**
 * The French and English stop words of `stopwords-iso`, folded and filtered on first use, not when the module is
 * imported (the domain imports no loader, so the package itself is still read at import).
 */
function stopLists(): { fr: ReadonlySet<string>; en: ReadonlySet<string> } {
  if (!lists) {
    const iso = stopwordsIso as unknown as Record<string, readonly string[]>;
    lists = { fr: foldAll(iso.fr ?? []), en: foldAll(iso.en ?? []) };
  }
  return lists;
}

/** French stop words, folded. */
export function frenchStopWords(): ReadonlySet<string> {
  return stopLists().fr;
}

/** English stop words, folded. */
export function englishStopWords(): ReadonlySet<string> {
  return stopLists().en;
}

/** True when a folded word is a French or English stop word (not one of {@link KEPT_WORDS}) or a request word. */
export function isStopWord(folded: string): boolean {
  const { fr, en } = stopLists();
  return fr.has(folded) || en.has(folded) || REQUEST_WORD_SET.has(folded) || /^\d$/.test(folded);
}
