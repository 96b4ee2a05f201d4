/**
 * One governing law per contract (RULES.md "Governing law"): the offer's choice-of-law clause; without one, the law of
 * the provider's residence, who performs the characteristic prestation of a service contract (C.c.Q. art. 3111, 3113;
 * Rome I art. 4(1)(b)). A consumer client keeps the mandatory protections of the place where it lives (C.c.Q. art.
 * 3117; Rome I art. 6). Late interest, notice, cure periods and exit checks all follow the law this function returns.
 */
import type { LegalSource } from "./exit/legal-sources.ts";

/** A jurisdiction code as the workspace uses it: `CA-QC`, `CA-ON`, `FR`, `OTHER`… */
export type LawCode = string;

export const GOVERNING_LAW_SOURCES = {
  ccq3111: {
    title: "Code civil du Québec — loi désignée par l’acte juridique (Légis Québec)",
    article: "C.c.Q. art. 3111",
    url: "https://www.legisquebec.gouv.qc.ca/fr/document/lc/CCQ-1991#se:3111",
    status: "official",
  },
  ccq3113: {
    title: "Code civil du Québec — loi de la résidence de la partie qui fournit la prestation caractéristique",
    article: "C.c.Q. art. 3113",
    url: "https://www.legisquebec.gouv.qc.ca/fr/document/lc/CCQ-1991#se:3113",
    status: "official",
  },
  ccq3117: {
    title: "Code civil du Québec — protection du consommateur résidant au Québec",
    article: "C.c.Q. art. 3117",
    url: "https://www.legisquebec.gouv.qc.ca/fr/document/lc/CCQ-1991#se:3117",
    status: "official",
  },
  romeI: {
    title: "Règlement (CE) nº 593/2008 (Rome I) — contrat de prestation de services, contrats de consommation",
    article: "Rome I art. 4(1)(b), art. 6",
    url: "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32008R0593",
    status: "official",
  },
} satisfies Record<string, LegalSource>;

export interface GoverningLawInput {
  /** The choice-of-law clause of the signed offer(s), if any (a jurisdiction code). */
  chosen?: LawCode | undefined;
  /** Where the provider (the studio) is established. */
  provider: LawCode;
  /** Where the client lives or is established (`CA-ON`, `FR`…), and whether it is a consumer. */
  client: { jurisdiction: LawCode; isConsumer: boolean };
}

export interface GoverningLaw {
  /** The law that governs the contract: interest, notice, cure periods and exit checks follow it. */
  jurisdiction: LawCode;
  basis: "choice_of_law" | "provider_residence";
  /** A consumer's own law, whose mandatory protections it keeps when it differs from the governing law. */
  consumerProtections?: LawCode;
  sources: LegalSource[];
}

/** The client's place as a jurisdiction code: `CA-<province>`, `FR`, else `OTHER` (or the country code). */
export function jurisdictionOfAddress(address: { country: string; region: string }): LawCode {
  if (address.country === "CA" && address.region) return `CA-${address.region}`;
  if (address.country === "FR") return "FR";
  return address.country || "OTHER";
}

/** The one law a contract follows, with the reason and the sources. */
export function governingLaw(input: GoverningLawInput): GoverningLaw {
  const chosen = input.chosen?.trim();
  const jurisdiction = chosen || input.provider;
  const civilSources =
    jurisdiction === "FR" || input.provider === "FR" ? [GOVERNING_LAW_SOURCES.romeI] : [GOVERNING_LAW_SOURCES.ccq3113];
  const sources: LegalSource[] = chosen ? [GOVERNING_LAW_SOURCES.ccq3111] : civilSources;
  const protectedElsewhere = input.client.isConsumer && input.client.jurisdiction !== jurisdiction;
  if (protectedElsewhere) {
    sources.push(input.client.jurisdiction === "FR" ? GOVERNING_LAW_SOURCES.romeI : GOVERNING_LAW_SOURCES.ccq3117);
  }
  return {
    jurisdiction,
    basis: chosen ? "choice_of_law" : "provider_residence",
    ...(protectedElsewhere ? { consumerProtections: input.client.jurisdiction } : {}),
    sources,
  };
}

/**
 * The rules whose mandatory protections bind the provider: a consumer's own law when it keeps them, else the
 * governing law. Exit checks and late interest run under this law.
 */
export function lawOfProtections(law: GoverningLaw): LawCode {
  return law.consumerProtections ?? law.jurisdiction;
}
