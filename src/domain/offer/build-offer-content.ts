import type { OfferContent } from "./offer-content.ts";

/**
 * Test factory: a valid offer content modelled on the founding story (content integration on a site built by
 * someone else), in French for a Québec agency client. Override any field.
 */
export function buildOfferContent(overrides: Partial<OfferContent> = {}): OfferContent {
  return {
    title: "Intégration de contenu — site de l’agence",
    summary: "Intégrer le contenu fourni dans le site existant.",
    clientId: "client-1",
    endClient: { name: "Boulangerie Saint-Roch" },
    deliverables: [
      {
        id: "d1",
        position: 0,
        title: "Intégration des pages",
        description: "Intégrer 8 pages de contenu fourni dans les gabarits existants.",
        quantity: 8_000,
        unit: "page",
        price: { kind: "unit", unitPrice: 12_500 },
        estimatedHours: 12,
      },
      {
        id: "d2",
        position: 1,
        title: "Mise en ligne",
        description: "Déploiement sur l’hébergement du client.",
        quantity: 1_000,
        unit: "forfait",
        price: { kind: "fixed", amount: 30_000 },
        estimatedHours: 2.5,
      },
    ],
    exclusions: [{ id: "x1", text: "Modification du code développé par un tiers." }],
    assumptions: [{ id: "a1", text: "Le contenu est fourni complet et révisé." }],
    pricing: { model: "fixed" },
    depositBps: 3_000,
    startDate: "2026-03-02",
    deliveryDate: "2026-03-20",
    terms: {
      paymentDays: 30,
      lateInterestAnnualBps: 500,
      noticeDays: 14,
      terminationClause: "Chaque partie peut résilier avec un préavis écrit de 14 jours.",
      cancellationConditions: "Le travail fait avant l’annulation est payable.",
    },
    contractKind: "enterprise",
    language: "fr",
    currency: "CAD",
    ...overrides,
  };
}
