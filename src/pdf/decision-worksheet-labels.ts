/**
 * The words of the decision worksheet PDF, in French of Québec (OQLF typography: a no-break space before the colon)
 * and English. Kept apart from `pdf-labels.ts` because only this internal document uses them.
 */
import type { DecisionOption } from "../domain/decision/decision-worksheet.ts";
import type { Language } from "../domain/offer/offer-content.ts";

const NBSP = "\u00a0";

export interface DecisionWorksheetLabels {
  kind: string;
  title(client: string): string;
  client: string;
  createdOn: string;
  status: string;
  statuses: { draft: string; decided: string };
  verdict: string;
  decidedOn: string;
  rationale: string;
  supersedes: string;
  options: Record<DecisionOption, string>;
  scores: string;
  scoresNote: string;
  columns: { option: string; values: string; arguments: string; total: string; pros: string; cons: string };
  notEnough: string;
  leading(option: string): string;
  noLeader: string;
  facts: string;
  noFacts: string;
  criteria: string;
  criteriaNote: string;
  criterion: string;
  weight: string;
  carriedOver: string;
  arguments: string;
  noArguments: string;
  side: { pro: string; con: string };
  effect: { pro: string; con: string; neutral: string };
  origin: { fact: string; user: string };
  argumentColumns: { side: string; text: string; weight: string; origin: string };
  disclaimer: string;
}

const FR: DecisionWorksheetLabels = {
  kind: "Grille de décision",
  title: (client) => `Continuer, renégocier ou arrêter${NBSP}: ${client}`,
  client: "Client",
  createdOn: "Ouverte le",
  status: "Statut",
  statuses: { draft: "Brouillon (la grille peut encore changer)", decided: "Décidée (la grille ne change plus)" },
  verdict: "Décision",
  decidedOn: "Décidée le",
  rationale: "Justification",
  supersedes: "Révise la grille",
  options: { continue: "Continuer", renegotiate: "Renégocier", stop: "Arrêter" },
  scores: "Pointages côte à côte",
  scoresNote:
    "Chaque option est notée sur 100 : vos valeurs (pondérées) et les arguments pour et contre (pondérés), en moyenne quand les deux sont connus.",
  columns: {
    option: "Option",
    values: "Valeurs",
    arguments: "Arguments",
    total: "Total",
    pros: "Pour",
    cons: "Contre",
  },
  notEnough: "pas assez d’information",
  leading: (option) => `En tête${NBSP}: ${option}.`,
  noLeader: "Aucune option en tête (égalité ou pas assez d’information).",
  facts: "Faits tirés des dossiers",
  noFacts: "Aucun fait pour cette option.",
  criteria: "Valeurs du collectif",
  criteriaNote: "Chaque valeur a un poids de 1 à 5; chaque option est cotée de 1 à 5 selon qu’elle respecte la valeur.",
  criterion: "Valeur",
  weight: "Poids",
  carriedOver: "Cotes de départ reprises des grilles précédentes de ce client.",
  arguments: "Arguments",
  noArguments: "Aucun argument.",
  side: { pro: "Pour", con: "Contre" },
  effect: { pro: "pour", con: "contre", neutral: "neutre" },
  origin: { fact: "fait", user: "ajouté" },
  argumentColumns: { side: "Sens", text: "Argument", weight: "Poids", origin: "Origine" },
  disclaimer: "Les pointages éclairent la décision; la décision reste celle d’une personne.",
};

const EN: DecisionWorksheetLabels = {
  kind: "Decision worksheet",
  title: (client) => `Continue, renegotiate or stop: ${client}`,
  client: "Client",
  createdOn: "Opened on",
  status: "Status",
  statuses: { draft: "Draft (the worksheet may still change)", decided: "Decided (the worksheet no longer changes)" },
  verdict: "Decision",
  decidedOn: "Decided on",
  rationale: "Rationale",
  supersedes: "Revises worksheet",
  options: { continue: "Continue", renegotiate: "Renegotiate", stop: "Stop" },
  scores: "Scores side by side",
  scoresNote:
    "Each option is scored out of 100: your values (weighted) and the arguments for and against (weighted), averaged when both are known.",
  columns: { option: "Option", values: "Values", arguments: "Arguments", total: "Total", pros: "For", cons: "Against" },
  notEnough: "not enough information",
  leading: (option) => `Leading: ${option}.`,
  noLeader: "No option leads (a tie, or not enough information).",
  facts: "Facts from the records",
  noFacts: "No facts for this option.",
  criteria: "The studio's values",
  criteriaNote: "Each value weighs 1 to 5; each option is rated 1 to 5 by how well it honours the value.",
  criterion: "Value",
  weight: "Weight",
  carriedOver: "Starting ratings carried over from this client's earlier worksheets.",
  arguments: "Arguments",
  noArguments: "No arguments.",
  side: { pro: "For", con: "Against" },
  effect: { pro: "for", con: "against", neutral: "neutral" },
  origin: { fact: "fact", user: "added" },
  argumentColumns: { side: "Side", text: "Argument", weight: "Weight", origin: "Origin" },
  disclaimer: "Scores inform the decision; the decision stays a person's.",
};

/** The worksheet labels of a language. */
export function decisionWorksheetLabels(language: Language): DecisionWorksheetLabels {
  return language === "en" ? EN : FR;
}
