import type { ChangeOrderContent } from "./change-order-content.ts";

/** Test factory: a valid change-order content (two items from the client's second list). Override any field. */
export function buildChangeOrderContent(overrides: Partial<ChangeOrderContent> = {}): ChangeOrderContent {
  return {
    title: "Compléter le site selon les attentes initiales",
    reason: "Travail demandé hors de l’offre signée (modifier le code d’un tiers).",
    requester: "Gestionnaire de projet, Agence Partenaire",
    items: [
      {
        id: "coi-1",
        claimId: "claim-1",
        title: "Refaire le menu mobile",
        description: "Le menu mobile du thème existant ne s’ouvre pas.",
        hours: 1.25,
        price: { kind: "hourly", hourlyRate: 8_500 },
      },
      {
        id: "coi-2",
        claimId: "claim-2",
        title: "Formulaire de contact",
        description: "Ajouter un formulaire avec envoi par courriel.",
        hours: 3,
        price: { kind: "fixed", amount: 25_000 },
      },
    ],
    scheduleImpactDays: 4,
    proposedDeliveryDate: "2026-03-24",
    language: "fr",
    currency: "CAD",
    ...overrides,
  };
}
