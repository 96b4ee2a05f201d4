/** The e-mail that carries an offer's portal link, in the offer's language. */
import type { Language } from "../offer/offer-content.ts";

export interface OfferEmailInput {
  language: Language;
  issuerName: string;
  recipientName: string;
  number: string;
  version: number;
  title: string;
  portalUrl: string;
  expiresOn: string;
}

export function offerEmail(input: OfferEmailInput): { subject: string; body: string } {
  const v =
    input.version > 1 ? (input.language === "fr" ? ` (version ${input.version})` : ` (version ${input.version})`) : "";
  if (input.language === "fr") {
    return {
      subject: `Offre de service ${input.number}${v} — ${input.title}`,
      body: [
        `Bonjour ${input.recipientName},`,
        "",
        `Vous trouverez ci-dessous le lien vers notre offre de service « ${input.title} »${v}. Vous pouvez la lire en entier, y compris les conditions, puis la signer ou la refuser en ligne, sans créer de compte.`,
        "",
        input.portalUrl,
        "",
        `Ce lien est personnel et valide jusqu'au ${input.expiresOn}.`,
        "",
        "Au plaisir de travailler avec vous,",
        input.issuerName,
      ].join("\n"),
    };
  }
  return {
    subject: `Service offer ${input.number}${v} — ${input.title}`,
    body: [
      `Hello ${input.recipientName},`,
      "",
      `Here is the link to our service offer "${input.title}"${v}. You can read all of it, terms included, then sign or decline it online, without creating an account.`,
      "",
      input.portalUrl,
      "",
      `This link is personal and valid until ${input.expiresOn}.`,
      "",
      "We look forward to working with you,",
      input.issuerName,
    ].join("\n"),
  };
}
