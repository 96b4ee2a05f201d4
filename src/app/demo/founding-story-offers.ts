/**
 * The founding story's two offers to the partner agency: the first, small mandate ("integrate content into a site
 * built by someone else"), signed and delivered; and the second, larger one, estimated by the team and signed a week
 * before the trouble started.
 */
import type { CreateOfferInput } from "../offers/create-offer.ts";

type DemoOffer = Omit<CreateOfferInput, "clientId">;

const terms = {
  paymentDays: 30,
  lateInterestAnnualBps: 1_200,
  noticeDays: 14,
  terminationClause:
    "Chaque partie peut mettre fin au mandat par avis écrit de 14 jours. Le travail effectué jusqu'à la date de fin est facturé.",
  cancellationConditions:
    "L'acompte couvre les travaux de démarrage et n'est pas remboursable une fois le travail commencé.",
};

export function storyOffers(day: (daysAgo: number) => string): { first: DemoOffer; second: DemoOffer } {
  return {
    first: {
      title: "Intégration de contenu — site de la Microbrasserie du Cap",
      summary:
        "Intégrer dans le site WordPress existant (réalisé par un autre fournisseur) les textes et les photos fournis par l'agence, sans modifier le thème.",
      endClient: { name: "Microbrasserie du Cap" },
      deliverables: [
        {
          title: "Intégration des textes des 8 pages existantes",
          description: "Accueil, À propos, Bières, Salle, Événements, Boutique, Nous joindre, Emplois.",
          quantity: 8_000,
          unit: "page",
          price: { kind: "unit", unitPrice: 12_000 },
          estimatedHours: 8,
        },
        {
          title: "Intégration des photos et de la galerie",
          quantity: 1_000,
          unit: "forfait",
          price: { kind: "fixed", amount: 35_000 },
          estimatedHours: 3,
        },
        {
          title: "Mise à jour du menu de navigation",
          quantity: 1_000,
          unit: "forfait",
          price: { kind: "fixed", amount: 15_000 },
          estimatedHours: 1,
        },
        {
          title: "Vérification de l'affichage mobile des pages intégrées",
          quantity: 1_000,
          unit: "forfait",
          price: { kind: "fixed", amount: 20_000 },
          estimatedHours: 2,
        },
      ],
      exclusions: [
        "Développement de nouvelles fonctionnalités, sections ou gabarits",
        "Corrections ou modifications au code existant du thème et des extensions",
        "Rédaction, révision ou traduction des contenus",
        "Optimisation pour les moteurs de recherche (SEO)",
      ],
      assumptions: [
        "L'agence fournit les textes et les images finaux avant le début des travaux",
        "Le site existant fonctionne et un accès administrateur est fourni",
      ],
      pricing: { model: "fixed" },
      depositBps: 0,
      startDate: day(56),
      deliveryDate: day(24),
      terms,
      contractKind: "enterprise",
    },
    second: {
      title: "Nouveau site vitrine — Clinique dentaire Beauport",
      summary:
        "Concevoir et réaliser, à partir des maquettes graphiques de l'agence, le nouveau site vitrine de la clinique.",
      endClient: { name: "Clinique dentaire Beauport" },
      deliverables: [
        {
          title: "Architecture du site et maquettes filaires",
          quantity: 1_000,
          unit: "forfait",
          price: { kind: "fixed", amount: 120_000 },
          estimatedHours: 10,
        },
        {
          title: "Intégration du design dans WordPress (10 gabarits)",
          quantity: 1_000,
          unit: "forfait",
          price: { kind: "fixed", amount: 350_000 },
          estimatedHours: 35,
        },
        {
          title: "Formulaire de demande de rendez-vous",
          quantity: 1_000,
          unit: "forfait",
          price: { kind: "fixed", amount: 90_000 },
          estimatedHours: 8,
        },
        {
          title: "Formation de l'équipe de la clinique",
          quantity: 2_000,
          unit: "heure",
          price: { kind: "unit", unitPrice: 9_500 },
          estimatedHours: 2,
        },
        {
          title: "Mise en ligne et vérifications finales",
          quantity: 1_000,
          unit: "forfait",
          price: { kind: "fixed", amount: 50_000 },
          estimatedHours: 4,
        },
      ],
      exclusions: [
        "Conception graphique (les maquettes sont fournies par l'agence)",
        "Rédaction des contenus",
        "Hébergement et nom de domaine",
        "Intégration à un logiciel de gestion de cabinet",
      ],
      assumptions: [
        "Les maquettes graphiques sont approuvées par la clinique avant l'intégration",
        "Une seule ronde de corrections est prévue à chaque étape",
      ],
      pricing: { model: "fixed" },
      depositBps: 3_000,
      startDate: day(14),
      deliveryDate: day(-40),
      terms,
      contractKind: "enterprise",
    },
  };
}

/** The team's three-point estimates of the second offer (hours), by member e-mail; they disagree on integration. */
export const SECOND_OFFER_ESTIMATES: Record<string, [number, number, number][]> = {
  "alexandre@collectif-web.demo": [
    [8, 10, 14],
    [28, 35, 45],
    [6, 8, 12],
    [2, 2, 3],
    [3, 4, 6],
  ],
  "camille@collectif-web.demo": [
    [8, 12, 16],
    [40, 55, 80],
    [6, 9, 14],
    [2, 2, 2],
    [3, 5, 8],
  ],
};
