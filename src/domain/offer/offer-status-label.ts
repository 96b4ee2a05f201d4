import type { OfferStatus } from "./offer.ts";
import type { Language } from "./offer-content.ts";

const LABELS: Record<OfferStatus, Record<Language, string>> = {
  draft: { fr: "Brouillon", en: "Draft" },
  sent: { fr: "Envoyée", en: "Sent" },
  signed: { fr: "Signée", en: "Signed" },
  declined: { fr: "Refusée", en: "Declined" },
  superseded: { fr: "Remplacée par une nouvelle version", en: "Superseded by a new version" },
  cancelled: { fr: "Annulée", en: "Cancelled" },
};

/** Status of an offer as shown to a client or a member (French of Québec or English). */
export function offerStatusLabel(status: OfferStatus, language: Language): string {
  return LABELS[status][language];
}
