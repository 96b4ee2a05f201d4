/**
 * The sources behind the exit checks (RULES.md; RULES-SOURCES.md §§1.3-1.4, 2.1-2.3, 3.1, 6.1). Each check shows one.
 * [S] secondary source, [U] partly unverified — kept visible in the title.
 */

export interface LegalSource {
  title: string;
  article: string;
  url: string;
}

export const LEGAL_SOURCES = {
  ccq2125: {
    title: "Code civil du Québec — résiliation par le client (SOQUIJ, blogue)",
    article: "C.c.Q. art. 2125",
    url: "https://blogue.soquij.qc.ca/?p=1984",
  },
  ccq2126: {
    title: "Code civil du Québec — résiliation par le prestataire (Crochetière Pétrin)",
    article: "C.c.Q. art. 2126",
    url: "https://cpavocats.ca/la-resiliation-dun-contrat-quand-et-combien__trashed/",
  },
  ccq2126Criteria: {
    title: "Les critères à respecter pour l’entrepreneur désirant résilier son contrat (ACQ) [S]",
    article: "C.c.Q. art. 2126 — motif sérieux, contretemps",
    url: "https://www.acqconstruire.com/juridique/les-criteres-a-respecter-pour-lentrepreneur-desirant-resilier-son-contrat/",
  },
  covexco: {
    title: "Covexco Construction inc. c. Stasiak (SOQUIJ, blogue)",
    article: "C.c.Q. art. 2126 — retard de paiement mineur",
    url: "https://blogue.soquij.qc.ca/?p=1984",
  },
  lamothe: {
    title: "Lamothe c. 4529103 Canada inc., 2015 QCCS 2720 (A bon droit)",
    article: "C.c.Q. art. 2126 — crainte de non-paiement",
    url: "http://www.abondroit.com/2015/06/le-prestataire-de-service-ne-peut.html",
  },
  loffredo: {
    title: "Groupe Loffredo c. 4440242 Canada, 2011 QCCQ 14911 (Miller Thomson) [S/U]",
    article: "C.c.Q. art. 2126 — changement majeur de périmètre à prix forfaitaire",
    url: "https://millerthomson.com/fr/perspectives-juridiques/a-propos-juridique-construction-fr/quand-lentrepreneur-dispose-dun-motif-serieux",
  },
  ccq2129: {
    title: "Code civil du Québec — sommes dues à la résiliation (Direction Informatique)",
    article: "C.c.Q. art. 2129",
    url: "https://directioninformatique.com/perspective-2125/6724",
  },
  lpc: {
    title: "Loi sur la protection du consommateur (LégisQuébec)",
    article: "RLRQ c. P-40.1",
    url: "https://www.legisquebec.gouv.qc.ca/fr/document/lc/P-40.1",
  },
  civ1211: {
    title: "Code civil (France) — durée du contrat (CERCLAB)",
    article: "C. civ. art. 1210-1212",
    url: "https://cerclab.univ-lorraine.fr/s/cerclab/item/7200",
  },
  l4421: {
    title: "Code de commerce (France) — rupture brutale d’une relation commerciale établie (Légifrance)",
    article: "C. com. art. L442-1 II",
    url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000005634379",
  },
  civ1226: {
    title: "Code civil (France) — résolution par notification (Légifrance)",
    article: "C. civ. art. 1224-1226",
    url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070721",
  },
  freelancersUnion: {
    title: "Freelancers Union Contract Creator; freelance contract guides [S]",
    article: "Termination for convenience (notice) and for cause (cure period)",
    url: "https://freelancersunion.org/contract/",
  },
  firingPractice: {
    title: "How to Fire a Client (Amicably) — Canadian Business / PROFIT [S]",
    article: "Practice: invoice work in progress, hand over, put it in writing",
    url: "https://www.canadianbusiness.com/innovation/how-to-fire-a-client-amicably/",
  },
} as const satisfies Record<string, LegalSource>;

/** Shown with every check report: guidance with sources, never legal advice. */
export const EXIT_CHECK_DISCLAIMER = {
  fr: "Ces vérifications sont des repères tirés des sources citées, pas un avis juridique. Avant une résiliation qui comporte un risque, consultez un avocat ou un notaire.",
  en: "These checks are guidance drawn from the cited sources, not legal advice. Before a termination that carries risk, consult a lawyer (in Québec, an avocat or notaire).",
} as const;
