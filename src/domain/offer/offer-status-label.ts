import type { OfferStatus } from "./offer.ts";
import type { ContractKind, Language, PricingModel } from "./offer-content.ts";

const STATUS: Record<OfferStatus, Record<Language, string>> = {
  draft: { fr: "Brouillon", en: "Draft" },
  sent: { fr: "Envoyée", en: "Sent" },
  signed: { fr: "Signée", en: "Signed" },
  declined: { fr: "Refusée", en: "Declined" },
  superseded: { fr: "Remplacée par une nouvelle version", en: "Superseded by a new version" },
  cancelled: { fr: "Annulée", en: "Cancelled" },
};

const PRICING: Record<PricingModel, Record<Language, string>> = {
  fixed: { fr: "Prix forfaitaire", en: "Fixed price" },
  hourly: { fr: "Taux horaire (estimation)", en: "Hourly rate (estimate)" },
  capped: { fr: "Taux horaire avec plafond", en: "Hourly rate with a cap" },
};

const CONTRACT_KIND: Record<ContractKind, Record<Language, string>> = {
  enterprise: { fr: "Contrat d’entreprise (ouvrage)", en: "Contract for a work (enterprise)" },
  service: { fr: "Contrat de service", en: "Contract for services" },
  mixed: { fr: "Contrat d’entreprise et de service", en: "Contract for a work and services" },
};

/** Status of an offer as shown to a client or a member (French of Québec or English). */
export function offerStatusLabel(status: OfferStatus, language: Language): string {
  return STATUS[status][language];
}

/** Pricing model as printed on the offer. */
export function pricingModelLabel(model: PricingModel, language: Language): string {
  return PRICING[model][language];
}

/** Contract kind as printed on the offer (CCQ 2098). */
export function contractKindLabel(kind: ContractKind, language: Language): string {
  return CONTRACT_KIND[kind][language];
}
