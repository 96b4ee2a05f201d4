/**
 * Text folded for search: lower case, accents removed, white space collapsed. "Agence Étoile" and "agence etoile"
 * match the same rows in both engines with a plain LIKE.
 */
export function foldForSearch(...parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === "string" && p.length > 0)
    .join(" ")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
