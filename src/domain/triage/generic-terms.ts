import { analyse } from "./analyse.ts";

/**
 * Words every request shares whatever it is about: verbs of asking and doing ("ajouter", "intégrer", "mettre",
 * "changer", "add", "integrate", "update", "fix") and the words around them ("svp", "please", "besoin", "need").
 * A claim that shares only these with a clause or an earlier claim does not restate it.
 */
const GENERIC_WORDS = [
  "ajouter ajout ajouté ajoutez intégrer intégrez intégré intégrée intégrés intégrées intégration mettre mettez mis changer changez changement",
  "modifier modifiez modification corriger corrigez correction créer créez création faire faites refaire",
  "enlever enlevez retirer retirez supprimer supprimez remplacer remplacez mise jour mettre à jour",
  "vouloir voulons veut voudrait aimerait aimerions falloir faut faudrait besoin pouvoir pouvez svp stp merci",
  "nouveau nouvelle nouveaux nouvelles encore aussi toujours manque manquer manquant",
  "add added adding integrate integrated integration put change changed changes modify update updated fix fixed",
  "create created make made remove removed delete replace need needs want wants would like please can could",
  "new again also still missing",
  "configurer configurez configuration installer installez installation gérer gérez organiser configure install manage",
  "set setup build organize organise",
].join(" ");

let cached: Set<string> | undefined;

/** The analysed terms (stems of both languages, synonym concepts) of {@link GENERIC_WORDS}. */
export function genericTerms(): ReadonlySet<string> {
  if (!cached) {
    const fr = analyse(GENERIC_WORDS, "fr").tokens.flatMap((t) => [...t.terms, ...t.otherTerms]);
    const en = analyse(GENERIC_WORDS, "en").tokens.flatMap((t) => [...t.terms, ...t.otherTerms]);
    cached = new Set([...fr, ...en]);
  }
  return cached;
}

/** The meaningful words of a text, each as the set of its terms (both languages' stems, concepts), generic ones left out. */
export function specificTokens(text: string): ReadonlySet<string>[] {
  const generic = genericTerms();
  return analyse(text)
    .tokens.map((t) => new Set([...t.terms, ...t.otherTerms].filter((term) => !generic.has(term))))
    .filter((terms) => terms.size > 0);
}
