import type { Language } from "./offer-content.ts";

const QUEBEC = ["QC", "QUEBEC", "PQ"];

/** Upper case without accents or surrounding spaces: "Québec " → "QUEBEC". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").trim().toUpperCase();
}

/** Legal source of the default, shown to the user beside the language. */
export const CHARTER_LANGUAGE_SOURCE = "Charte de la langue française (RLRQ c. C-11), art. 55 et 57";

/** What decides a document's language. */
export type DocumentLanguageReason = "quebec_french_default" | "quebec_express_choice" | "client_preference";

export interface DocumentLanguageInput {
  client: {
    /** ISO 3166-1 alpha-2 (`CA`) or the country name (`Canada`). */
    country: string;
    /** Province code or name (`QC`, `Québec`); undefined when unknown or outside Canada. */
    province?: string | undefined;
    /** The language the client prefers for documents. */
    documentLanguage: Language;
    /**
     * The client's recorded, express choice of a language other than French, made after the French version was
     * provided (Charter art. 55). Without it a Québec client gets French.
     */
    expressLanguageChoice?: { language: Language; recordedAt: string } | undefined;
  };
}

export interface DocumentLanguage {
  language: Language;
  reason: DocumentLanguageReason;
  /** The rule's source, shown with the choice (`RULES.md`: Québec contract rules). */
  source: string;
}

/**
 * Default language of an offer, change order or invoice. A client in Québec gets French (Charter of the French
 * language, art. 55 for contracts of adhesion and standard clauses, art. 57 for invoices and receipts) unless they
 * recorded an express choice of another language. A client outside Québec is exempt (art. 55: relations outside
 * Québec): their preferred document language applies.
 */
export function defaultDocumentLanguage(input: DocumentLanguageInput): DocumentLanguage {
  const { client } = input;
  const inQuebec =
    ["CA", "CAN", "CANADA"].includes(fold(client.country)) && QUEBEC.includes(fold(client.province ?? ""));
  if (!inQuebec)
    return { language: client.documentLanguage, reason: "client_preference", source: CHARTER_LANGUAGE_SOURCE };
  const choice = client.expressLanguageChoice;
  if (choice !== undefined && choice.language !== "fr") {
    return { language: choice.language, reason: "quebec_express_choice", source: CHARTER_LANGUAGE_SOURCE };
  }
  return { language: "fr", reason: "quebec_french_default", source: CHARTER_LANGUAGE_SOURCE };
}
