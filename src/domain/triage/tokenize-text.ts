import { foldText } from "./fold-text.ts";

/** One word of a text, as found by {@link tokenizeText}. */
export interface TextToken {
  /** The word as written in the source (an elided article or a possessive excluded). */
  word: string;
  /** Lower case, accents kept (the French stemmer wants them). */
  lower: string;
  /** Lower case, accents removed (see {@link foldText}). */
  folded: string;
  /** Offset of the first character in the source text. */
  start: number;
  /** Offset just after the last character. */
  end: number;
}

/** Runs of letters, digits, apostrophes and hyphens. */
const WORD_RUN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * French elisions written before a vowel: l'accueil, d'infolettre, qu'il, jusqu'à, lorsqu'on. The elided word is a
 * stop word, so it is dropped and the token starts after the apostrophe.
 */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=[\p{L}\p{N}])/iu;

/** French subject inversion ("est-il", "pourriez-vous", "a-t-on"): only the parts are words. */
const INVERSION = /-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles|ci|là|la)$/iu;

/** English possessive: "client's", "clients'". */
const POSSESSIVE = /['’]s?$/u;

function token(source: string, { start, end }: { start: number; end: number }): TextToken | undefined {
  let s = start;
  let e = end;
  let word = source.slice(s, e);
  const elision = ELISION.exec(word);
  if (elision) {
    s += elision[0].length;
    word = source.slice(s, e);
  }
  const possessive = POSSESSIVE.exec(word);
  if (possessive && word.length - possessive[0].length > 1) {
    e -= possessive[0].length;
    word = source.slice(s, e);
  }
  if (word.length < 2) return undefined;
  const lower = word.toLowerCase().replace(/[’]/g, "'");
  return { word, lower, folded: foldText(word), start: s, end: e };
}

/**
 * Splits a text into words with their source offsets. French elisions are removed ("l'accueil" → "accueil"),
 * English possessives too ("client's" → "client"). A hyphenated word gives its joined form first, then its parts:
 * "e-mail" → "email", "mail"; "pied-de-page" → "pieddepage", "pied", "de", "page". One-letter words are dropped.
 */
export function tokenizeText(source: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of source.matchAll(WORD_RUN)) {
    const runStart = match.index;
    const run = match[0].replace(/[-'’]+$/u, "");
    const runEnd = runStart + run.length;
    if (!run.includes("-")) {
      const t = token(source, { start: runStart, end: runEnd });
      if (t) tokens.push(t);
      continue;
    }
    const joined = INVERSION.test(run) ? undefined : token(source, { start: runStart, end: runEnd });
    if (joined) {
      const lower = joined.lower.replace(/-/g, "");
      tokens.push({ ...joined, lower, folded: foldText(lower) });
    }
    let partStart = runStart;
    for (const part of run.split("-")) {
      const t = part.length > 0 ? token(source, { start: partStart, end: partStart + part.length }) : undefined;
      if (t) tokens.push(t);
      partStart += part.length + 1;
    }
  }
  return tokens;
}
