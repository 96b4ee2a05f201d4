/**
 * Where a name stands in an alphabetical list, the same in every process and on either engine (the key is compared
 * as plain code points): case and accents aside — « Éco-Design » between « Dune » and « Fjord », not after « Zénith »
 * as its first code point would put it — and numbers in numeric order (« Client 2 » before « Client 10 »).
 */
import { foldForSearch } from "./search-text.ts";

export function nameOrderKey(name: string): string {
  return foldForSearch(name).replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, "").padStart(16, "0"));
}

/** Two names in list order: by `nameOrderKey`, then as written (so that names folding alike still have one order). */
export function compareNames(a: string, b: string, keys: { a: string; b: string }): number {
  if (keys.a !== keys.b) return keys.a < keys.b ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
