import { DOMAIN_SYNONYMS } from "./domain-synonyms.ts";
import { BOTH_LANGUAGES, stemWord } from "./stem-word.ts";
import { type TextToken, tokenizeText } from "./tokenize-text.ts";

/** A run of tokens `[from, to)` and the synonym concepts it names (none for most words). */
export interface ConceptSpan {
  from: number;
  to: number;
  concepts: string[];
}

interface Variant {
  concept: string;
  /** Folded words of the phrase. */
  words: string[];
  keys: ReadonlySet<string>[];
}

/** The folded word and its stems in both languages: two words match when these sets meet. */
function keysOf(token: TextToken): Set<string> {
  return new Set([token.folded, ...stemWord(token, BOTH_LANGUAGES)]);
}

function compile(): Variant[] {
  const variants: Variant[] = [];
  for (const [concept, terms] of DOMAIN_SYNONYMS) {
    for (const term of terms.split("|")) {
      // "sous-menu" is written "sous-menu", "sous menu" or "sousmenu": compile the spaced and the joined form.
      const forms = term.includes("-") ? [term.replace(/-/g, " "), term.replace(/-/g, "")] : [term];
      for (const form of forms) {
        const tokens = tokenizeText(form);
        if (tokens.length > 0) variants.push({ concept, words: tokens.map((t) => t.folded), keys: tokens.map(keysOf) });
      }
    }
  }
  return variants;
}

/** Variants indexed by every key of their first word, so a token only tries the phrases that can start with it. */
const BY_FIRST_KEY = new Map<string, Variant[]>();
for (const v of compile()) {
  for (const k of v.keys[0]!) {
    const list = BY_FIRST_KEY.get(k);
    if (list) list.push(v);
    else BY_FIRST_KEY.set(k, [v]);
  }
}

function meets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

function candidates(keys: ReadonlySet<string>): Set<Variant> {
  const found = new Set<Variant>();
  for (const k of keys) for (const v of BY_FIRST_KEY.get(k) ?? []) found.add(v);
  return found;
}

/**
 * Finds the domain synonyms ({@link DOMAIN_SYNONYMS}) named in a token sequence. At each position the longest phrase
 * wins ("carte de crédit" is a payment, not a map) and covers its tokens; every token belongs to exactly one span.
 * Among phrases of that length, words written exactly as in the table win over words that only share a stem:
 * "carte" (a map) and "cart" (a shopping cart) have the same stem, not the same meaning.
 */
export function matchConcepts(tokens: readonly TextToken[]): ConceptSpan[] {
  const keys = tokens.map(keysOf);
  const spans: ConceptSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best = 1;
    let exact = false;
    let concepts: string[] = [];
    for (const v of candidates(keys[i]!)) {
      const n = v.keys.length;
      if (n < best || i + n > tokens.length) continue;
      if (!v.keys.every((k, j) => meets(k, keys[i + j]!))) continue;
      const isExact = v.words.every((w, j) => w === tokens[i + j]!.folded);
      if (n === best && exact && !isExact) continue;
      if (n > best || (isExact && !exact)) concepts = [];
      best = n;
      exact = exact || isExact;
      if (!concepts.includes(v.concept)) concepts.push(v.concept);
    }
    spans.push({ from: i, to: i + best, concepts });
    i += best;
  }
  return spans;
}
