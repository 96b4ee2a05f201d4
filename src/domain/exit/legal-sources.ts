/**
 * The sources behind the exit checks (RULES.md; RULES-SOURCES.md §§1.3-1.4, 2.1-2.3, 3.1, 6.1). Each check shows one.
 * Articles link to the official text (LégisQuébec with the article's anchor, Légifrance); decisions to their text on
 * CanLII; commentaries only where no official text says it. The status marker stays visible at the end of the title
 * and the UI explains it (`SOURCE_MARKERS`): [S] a secondary source, [U] unverified, [S/U] secondary and partly
 * unverified; no marker: the official text, or a decision read in full.
 */

export interface LegalSource {
  title: string;
  article: string;
  url: string;
  /**
   * `official` (the default when absent): the text itself; `secondary`: a commentary; `unverified`: not confirmed
   * (the RULES-SOURCES markers).
   */
  status?: "official" | "secondary" | "unverified";
}

/** The markers a source title may end with, as RULES-SOURCES.md writes them. */
export const SOURCE_MARKERS = ["[S]", "[U]", "[S/U]"] as const;

const LEGISQUEBEC_CCQ = "https://www.legisquebec.gouv.qc.ca/fr/document/lc/CCQ-1991";

export const LEGAL_SOURCES = {
  ccq2125: {
    title: "Code civil du Québec — résiliation par le client (LégisQuébec)",
    article: "C.c.Q. art. 2125",
    url: `${LEGISQUEBEC_CCQ}#se:2125`,
    status: "official",
  },
  ccq2126: {
    title: "Code civil du Québec — résiliation par le prestataire (LégisQuébec)",
    article: "C.c.Q. art. 2126",
    url: `${LEGISQUEBEC_CCQ}#se:2126`,
    status: "official",
  },
  ccq2126Criteria: {
    title: "Les critères à respecter pour l’entrepreneur désirant résilier son contrat (ACQ) [S]",
    article: "C.c.Q. art. 2126 — motif sérieux, contretemps",
    url: "https://www.acqconstruire.com/juridique/les-criteres-a-respecter-pour-lentrepreneur-desirant-resilier-son-contrat/",
    status: "secondary",
  },
  covexco: {
    title: "Covexco Construction inc. c. Stasiak (SOQUIJ, blogue) [S]",
    article: "C.c.Q. art. 2126 — retard de paiement mineur",
    url: "https://blogue.soquij.qc.ca/?p=1984",
    status: "secondary",
  },
  lamothe: {
    title: "Lamothe c. 4529103 Canada inc., 2015 QCCS 2720 (CanLII)",
    article: "C.c.Q. art. 2126 — crainte de non-paiement",
    url: "https://www.canlii.org/fr/qc/qccs/doc/2015/2015qccs2720/2015qccs2720.html",
    status: "official",
  },
  loffredo: {
    title: "Groupe Loffredo c. 4440242 Canada, 2011 QCCQ 14911 (Miller Thomson) [S/U]",
    article: "C.c.Q. art. 2126 — changement majeur de périmètre à prix forfaitaire",
    url: "https://millerthomson.com/fr/perspectives-juridiques/a-propos-juridique-construction-fr/quand-lentrepreneur-dispose-dun-motif-serieux",
    status: "unverified",
  },
  ccq2129: {
    title: "Code civil du Québec — sommes dues à la résiliation (LégisQuébec)",
    article: "C.c.Q. art. 2129",
    url: `${LEGISQUEBEC_CCQ}#se:2129`,
    status: "official",
  },
  lpc: {
    title: "Loi sur la protection du consommateur (LégisQuébec)",
    article: "RLRQ c. P-40.1",
    url: "https://www.legisquebec.gouv.qc.ca/fr/document/lc/P-40.1",
    status: "official",
  },
  civ1211: {
    title: "Code civil (France) — durée du contrat (Légifrance)",
    article: "C. civ. art. 1210-1212",
    url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070721",
    status: "official",
  },
  l4421: {
    title: "Code de commerce (France) — rupture brutale d’une relation commerciale établie (Légifrance)",
    article: "C. com. art. L442-1 II",
    url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000005634379",
    status: "official",
  },
  civ1226: {
    title: "Code civil (France) — résolution par notification (Légifrance)",
    article: "C. civ. art. 1224-1226",
    url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070721",
    status: "official",
  },
  freelancersUnion: {
    title: "Freelancers Union Contract Creator; freelance contract guides [S]",
    article: "Termination for convenience (notice) and for cause (cure period)",
    url: "https://freelancersunion.org/contract/",
    status: "secondary",
  },
  firingPractice: {
    title: "How to Fire a Client (Amicably) — Canadian Business / PROFIT [S]",
    article: "Practice: invoice work in progress, hand over, put it in writing",
    url: "https://www.canadianbusiness.com/innovation/how-to-fire-a-client-amicably/",
    status: "secondary",
  },
} as const satisfies Record<string, LegalSource>;

/** Shown with every check report: guidance with sources, never legal advice. */
export const EXIT_CHECK_DISCLAIMER = {
  fr: "Ces vérifications sont des repères tirés des sources citées, pas un avis juridique. Avant une résiliation qui comporte un risque, consultez un avocat ou un notaire.",
  en: "These checks are guidance drawn from the cited sources, not legal advice. Before a termination that carries risk, consult a lawyer (in Québec, an avocat or notaire).",
} as const;
