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
  keys: ReadonlySet<string>[];
}

/** The folded word and its stems in both languages: two words match when these sets meet. */
function keysOf(token: TextToken): Set<string> {
  return new Set([token.folded, ...stemWord(token, BOTH_LANGUAGES)]);
}

function compile(): Variant[] {
  const variants: Variant[] = [];
  for (const { concept, terms } of DOMAIN_SYNONYMS) {
    for (const term of terms) {
      // "sous-menu" is written "sous-menu", "sous menu" or "sousmenu": compile the spaced and the joined form.
      const forms = term.includes("-") ? [term.replace(/-/g, " "), term.replace(/-/g, "")] : [term];
      for (const form of forms) {
        const tokens = tokenizeText(form);
        if (tokens.length > 0) variants.push({ concept, keys: tokens.map(keysOf) });
      }
    }
  }
  return variants;
}

const VARIANTS = compile();

function meets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/**
 * Finds the domain synonyms ({@link DOMAIN_SYNONYMS}) named in a token sequence. At each position the longest phrase
 * wins ("carte de crédit" is a payment, not a map) and covers its tokens; every token belongs to exactly one span.
 */
export function matchConcepts(tokens: readonly TextToken[]): ConceptSpan[] {
  const keys = tokens.map(keysOf);
  const spans: ConceptSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best = 1;
    let concepts: string[] = [];
    for (const v of VARIANTS) {
      const n = v.keys.length;
      if (n < best || i + n > tokens.length) continue;
      if (!v.keys.every((k, j) => meets(k, keys[i + j]!))) continue;
      if (n > best) concepts = [];
      best = n;
      if (!concepts.includes(v.concept)) concepts.push(v.concept);
    }
    spans.push({ from: i, to: i + best, concepts });
    i += best;
  }
  return spans;
}
