import { foldText } from "./triage/fold-text.ts";

/**
 * Text folded for search: lower case, accents removed, white space collapsed (the same folding the scope guard's
 * matching uses). "Agence Étoile" and "agence etoile" match the same rows in both engines with a plain LIKE.
 */
export function foldForSearch(...parts: readonly (string | null | undefined)[]): string {
  return foldText(parts.filter((p): p is string => typeof p === "string" && p.length > 0).join(" "))
    .replace(/\s+/g, " ")
    .trim();
}
