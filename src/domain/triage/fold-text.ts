/**
 * Folds a word for matching: lower case, accents removed (NFD, combining marks dropped), typographic apostrophes
 * made plain. "Référencement", "REFERENCEMENT" and "référencement" all fold to "referencement", so a client who
 * types without accents, or in capitals, is not penalised.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
}
