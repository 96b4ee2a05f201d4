import type { Language } from "../offer/offer-content.ts";
import type { MandateStatus } from "./mandate.ts";

const LABELS: Record<MandateStatus, Record<Language, string>> = {
  active: { fr: "En cours", en: "In progress" },
  delivered: { fr: "Livré", en: "Delivered" },
  accepted: { fr: "Accepté", en: "Accepted" },
  stopped: { fr: "Arrêté", en: "Stopped" },
  closed: { fr: "Fermé", en: "Closed" },
};

/** Status of a mandate as shown to a client or a member (French of Québec or English). */
export function mandateStatusLabel(status: MandateStatus, language: Language): string {
  return LABELS[status][language];
}
