import { foldText } from "./fold-text.ts";

/**
 * What a claim does, read from its wording: `report` says that something promised is missing or wrong ("le formulaire
 * envoie pas", "the menu doesn't open", "il manque…"), `request` asks for work ("pouvez-vous…", "on voudrait…",
 * "can you…", "we'd like…"), `statement` neither. A report points at a deliverable; a request for something new points
 * at the clause that excludes or limits it (an exclusion, an assumption).
 */
export type ClaimIntent = "report" | "request" | "statement";

/** Negations and words of failure, French and English, folded (no accents). */
const REPORT =
  /\b(?:pas|jamais|aucune?|manque|manquent|manquant|toujours pas|brise|brises|croche|bogue|plante|marche pas|fonctionne pas|mauvais|mauvaise|errone|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t|won'?t|can'?t|cannot|not|never|no longer|missing|broken|wrong|still shows?|nobody|no one)\b/u;

/** Asking for work: modal questions and wishes, French and English, folded. */
const REQUEST =
  /\b(?:pouvez|pourriez|pourrais|peux|pourrait|pourrions|voudrait|voudrions|voudrais|voulons|veut|veulent|aimerait|aimerions|aimerais|souhaite|souhaitons|serait-il possible|est-ce possible|faudrait|on a besoin|besoin d|can you|could you|would you|can we|could we|we'd like|we would like|i'd like|we want|we need|please|is it possible)\b/u;

/** Reads a claim's intent ({@link ClaimIntent}); a report wins over a request ("pouvez-vous réparer le formulaire qui marche pas"). */
export function claimIntent(text: string): ClaimIntent {
  const folded = foldText(text).replace(/[’']/g, "'");
  if (REPORT.test(folded)) return "report";
  if (REQUEST.test(folded)) return "request";
  return "statement";
}
