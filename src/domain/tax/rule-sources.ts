/**
 * The official and secondary sources quoted by the tax and invoice rules (RULES-SOURCES.md §§2.4-2.5, 3.1, 4, 5, 7).
 * One place, so a rate row, a mention and a warning all cite the same text and the UI can show it.
 */
import type { RuleSource } from "./tax-rate.ts";

export const SOURCES = {
  rqBasicRules: {
    title: "Revenu Québec — Basic rules for applying the GST/HST and QST",
    url: "https://www.revenuquebec.ca/en/businesses/consumption-taxes/gsthst-and-qst/basic-rules-for-applying-the-gsthst-and-qst/",
    status: "verified",
  },
  rqCalculatingTaxes: {
    title: "Revenu Québec — Calculating the taxes",
    url: "https://www.revenuquebec.ca/en/businesses/consumption-taxes/gsthst-and-qst/collecting-gst-and-qst/calculating-the-taxes/",
    status: "verified",
  },
  rqServicesPlaceOfSupply: {
    title: "Revenu Québec — Lieu de fourniture : vente de services (QST Act s. 22.15.0.2)",
    url: "https://www.revenuquebec.ca/fr/entreprises/taxes/tpstvh-et-tvq/regles-de-base-relatives-a-lapplication-de-la-tpstvh-et-de-la-tvq/lieu-de-fourniture/vente-de-services/",
    status: "verified",
  },
  rqPreparingInvoices: {
    title: "Revenu Québec — Preparing invoices",
    url: "https://www.revenuquebec.ca/en/businesses/consumption-taxes/gsthst-and-qst/collecting-gst-and-qst/preparing-invoices/",
    status: "verified",
  },
  craWhichRate: {
    title: "CRA — GST/HST: Charge and collect the tax, which rate to charge (GI-088 for Ontario)",
    url: "https://www.canada.ca/en/revenue-agency/services/tax/businesses/topics/gst-hst-businesses/charge-collect-which-rate/calculator.html",
    status: "secondary",
  },
  craNotice342: {
    title: "CRA GST/HST Notice 342 — Nova Scotia HST rate decrease, general transitional rules (SOR/2025-77)",
    url: "https://www.canada.ca/en/revenue-agency/services/forms-publications/publications/notice342/nova-scotia-hst-rate-decrease-questions-answers-general-transitional-rules-personal-property-services.html",
    status: "verified",
  },
  sor2025_77: {
    title: "Regulations Amending Various GST/HST Regulations, No. 14 (Nova Scotia): SOR/2025-77",
    url: "https://gazette.gc.ca/rp-pr/p2/2025/2025-03-26/html/sor-dors77-eng.html",
    status: "verified",
  },
  craMemo453: {
    title:
      "CRA GST/HST Memorandum 4-5-3 — Exports: services and intangible personal property (ETA Sch. VI Part V ss. 7, 23)",
    url: "https://www.canada.ca/en/revenue-agency/services/forms-publications/publications/4-5-3/exports-services-intangible-personal-property.html",
    status: "verified",
  },
  qstAct: {
    title: "Act respecting the Québec sales tax (T-0.1), ss. 185 and 191.10 (zero-rated exports)",
    url: "https://www.legisquebec.gouv.qc.ca/en/document/cs/T-0.1",
    status: "verified",
  },
  craGeneralPlaceOfSupply: {
    title: "CRA — GST/HST place of supply, General Rules for services (CRA page as copied by taxinterpretations.com)",
    url: "https://taxinterpretations.com/taxonomy/term/139428",
    status: "secondary",
  },
  avalaraRates: {
    title: "Avalara — Canadian GST/HST/PST rates by province (BC, MB, SK provincial sales taxes)",
    url: "https://www.avalara.com/taxrates/en/country-rates/canada-tax-rates.html",
    status: "secondary",
  },
  cgi: {
    title: "Code général des impôts, arts 278 à 281 nonies (taux de TVA)",
    url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069577/",
    status: "unverified",
  },
  cgi242noniesA: {
    title: "CGI annexe II art. 242 nonies A (mentions obligatoires des factures)",
    url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046086694",
    status: "verified",
  },
  comL441_10: {
    title: "Code de commerce art. L441-10 (délais de paiement, pénalités de retard)",
    url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000005634379/",
    status: "verified",
  },
  comD441_5: {
    title: "Code de commerce art. D441-5 (indemnité forfaitaire de 40 €)",
    url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000005634379/",
    status: "verified",
  },
  ccq1617: {
    title: "Code civil du Québec art. 1617 (intérêts moratoires au taux convenu ou légal, depuis la demeure)",
    url: "https://www.legisquebec.gouv.qc.ca/fr/document/lc/CCQ-1991#se:1617",
    status: "verified",
  },
  ccq1594: {
    title: "Code civil du Québec arts 1594-1595 (demeure)",
    url: "https://www.legisquebec.gouv.qc.ca/fr/document/lc/CCQ-1991#se:1594",
    status: "verified",
  },
  interestActS3: {
    title: "Interest Act (R.S.C. 1985, c. I-15) s. 3 — legal rate 5% per annum",
    url: "https://laws-lois.justice.gc.ca/eng/acts/I-15/",
    status: "verified",
  },
  interestActS4: {
    title: "Interest Act s. 4 — a rate per month or per day must state its yearly equivalent, else 5% cap",
    url: "https://laws-lois.justice.gc.ca/eng/acts/I-15/",
    status: "verified",
  },
  criminalCode347: {
    title: "Criminal Code s. 347 — criminal interest rate",
    url: "https://laws-lois.justice.gc.ca/eng/acts/C-46/section-347.html",
    status: "unverified",
  },
  ecbKeyRates: {
    title: "ECB — Key ECB interest rates (main refinancing operations)",
    url: "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html",
    status: "unverified",
  },
} as const satisfies Record<string, RuleSource>;
