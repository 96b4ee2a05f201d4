/** The e-mail that carries a change order's portal link, in the change order's language. */
import type { Language } from "../offer/offer-content.ts";

export interface ChangeOrderEmailInput {
  language: Language;
  issuerName: string;
  recipientName: string;
  number: string;
  offerNumber: string;
  title: string;
  portalUrl: string;
  expiresOn: string;
}

export function changeOrderEmail(input: ChangeOrderEmailInput): { subject: string; body: string } {
  if (input.language === "fr") {
    return {
      subject: `Avenant ${input.number} — ${input.title}`,
      body: [
        `Bonjour ${input.recipientName},`,
        "",
        `Comme convenu, voici l'avenant ${input.number} à l'offre de service ${input.offerNumber} pour les travaux qui ne font pas partie de l'offre signée : « ${input.title} ». Vous y trouverez le prix et l'effet sur l'échéancier. Vous pouvez l'approuver ou le refuser en ligne :`,
        "",
        input.portalUrl,
        "",
        `Ce lien est personnel et valide jusqu'au ${input.expiresOn}. Les travaux décrits commenceront après votre approbation.`,
        "",
        "Merci,",
        input.issuerName,
      ].join("\n"),
    };
  }
  return {
    subject: `Change order ${input.number} — ${input.title}`,
    body: [
      `Hello ${input.recipientName},`,
      "",
      `As discussed, here is change order ${input.number} to service offer ${input.offerNumber}, for work that is not part of the signed offer: "${input.title}". It states the price and the effect on the schedule. You can approve or reject it online:`,
      "",
      input.portalUrl,
      "",
      `This link is personal and valid until ${input.expiresOn}. The work it describes starts once you approve it.`,
      "",
      "Thank you,",
      input.issuerName,
    ].join("\n"),
  };
}
