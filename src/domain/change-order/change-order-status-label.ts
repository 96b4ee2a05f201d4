import type { Language } from "../offer/offer-content.ts";
import type { ChangeOrderStatus } from "./change-order.ts";

const LABELS: Record<ChangeOrderStatus, Record<Language, string>> = {
  draft: { fr: "Brouillon", en: "Draft" },
  sent: { fr: "Envoyé au client", en: "Sent to the client" },
  approved: { fr: "Approuvé", en: "Approved" },
  rejected: { fr: "Refusé", en: "Rejected" },
  withdrawn: { fr: "Retiré", en: "Withdrawn" },
};

/** Status of a change order (un avenant, masculine in French) in French of Québec or English. */
export function changeOrderStatusLabel(status: ChangeOrderStatus, language: Language): string {
  return LABELS[status][language];
}
