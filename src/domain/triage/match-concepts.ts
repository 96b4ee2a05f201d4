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
  /**
   * Per word, the form a text must write exactly, or `undefined` (matched by stem): for a word of three letters or
   * fewer (an acronym: "CA" is the board, not « ça »; "POS" is not the stem of « pose »), its lower-case form, accents
   * kept; for a word the table writes with a capital (a page's name: "About"), that form, case included.
   */
  exact: ({ form: string; cased: boolean } | undefined)[];
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
        if (tokens.length > 0)
          variants.push({
            concept,
            words: tokens.map((t) => t.folded),
            keys: tokens.map(keysOf),
            exact: tokens.map((t) => {
              if (t.word !== t.lower) return { form: t.word, cased: true };
              return t.folded.length <= 3 ? { form: t.lower, cased: false } : undefined;
            }),
          });
      }
    }
  }
  return variants;
}

let byFirstKey: Map<string, Variant[]> | undefined;

/**
 * Variants indexed by every key of their first word, so a token only tries the phrases that can start with it. Built
 * on first use, not when the module is imported (stemming the whole table takes tens of milliseconds of a server's
 * start).
 */
function variantsByFirstKey(): Map<string, Variant[]> {
  if (byFirstKey) return byFirstKey;
  const table = new Map<string, Variant[]>();
  for (const v of compile()) {
    for (const k of v.keys[0]!) {
      const list = table.get(k);
      if (list) list.push(v);
      else table.set(k, [v]);
    }
  }
  byFirstKey = table;
  return table;
}

function meets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/** Letters shared at the start of two words ("publicités" and "publicité": 9, and "publication": 6). */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * How closely a text's words are written like a phrase of the table: per word, the share of the longer of the two
 * that they have in common from the start (1 when written exactly as in the table), summed.
 */
function closeness(v: Variant, tokens: readonly TextToken[], at: number): number {
  let sum = 0;
  for (let j = 0; j < v.words.length; j++) {
    const a = v.words[j]!;
    const b = tokens[at + j]!.folded;
    sum += commonPrefix(a, b) / Math.max(a.length, b.length);
  }
  return sum;
}

function candidates(table: ReadonlyMap<string, Variant[]>, keys: ReadonlySet<string>): Set<Variant> {
  const found = new Set<Variant>();
  for (const k of keys) for (const v of table.get(k) ?? []) found.add(v);
  return found;
}

/**
 * Finds the domain synonyms ({@link DOMAIN_SYNONYMS}) named in a token sequence. At each position the longest phrase
 * wins ("carte de crédit" is a payment, not a map) and covers its tokens; every token belongs to exactly one span.
 * Among phrases of that length, the ones written most like the text win ({@link closeness}; exactly as in the table
 * is closest): "carte" (a map) and "cart" (a shopping cart) have the same stem, not the same meaning, and
 * "publicités" (advertising) shares a French stem with "publication" (a launch) but is written like "publicité".
 */
export function matchConcepts(tokens: readonly TextToken[]): ConceptSpan[] {
  const table = variantsByFirstKey();
  const keys = tokens.map(keysOf);
  const spans: ConceptSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best = 1;
    let closest = 0;
    let concepts: string[] = [];
    for (const v of candidates(table, keys[i]!)) {
      const n = v.keys.length;
      if (n < best || i + n > tokens.length) continue;
      if (!v.keys.every((k, j) => meets(k, keys[i + j]!))) continue;
      if (!v.exact.every((e, j) => !e || e.form === (e.cased ? tokens[i + j]!.word : tokens[i + j]!.lower))) continue;
      const close = closeness(v, tokens, i);
      if (n === best && close < closest) continue;
      if (n > best || close > closest) concepts = [];
      best = n;
      closest = close;
      if (!concepts.includes(v.concept)) concepts.push(v.concept);
    }
    spans.push({ from: i, to: i + best, concepts });
    i += best;
  }
  return spans;
}
