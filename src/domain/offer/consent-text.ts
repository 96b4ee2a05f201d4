import type { Language } from "./offer-content.ts";

/** The document a consent is given for. */
export type ConsentSubject =
  | { kind: "offer"; number: string; version: number }
  | { kind: "change_order"; number: string; offerNumber: string };

export interface ConsentTextInput {
  language: Language;
  subject: ConsentSubject;
}

/** "je la signe" for an offre (feminine), "je le signe" for an avenant (masculine). */
const signFr = (pronoun: "la" | "le") =>
  `En inscrivant mon nom et en cochant cette case, je ${pronoun} signe électroniquement; ` +
  "cette signature a la même valeur qu’une signature manuscrite.";
const SIGN_EN =
  "By typing my name and ticking this box, I sign it electronically; " +
  "this signature has the same effect as a handwritten signature.";

/**
 * The consent sentence shown beside the signature box, in the document's language (French of Québec or English).
 * It names the exact document and version, is part of the signed content, and is stored verbatim in the evidence;
 * a signature request must echo it exactly.
 */
export function consentText(input: ConsentTextInput): string {
  const { language, subject } = input;
  switch (subject.kind) {
    case "offer":
      return language === "fr"
        ? `J’ai lu l’offre de service ${subject.number} (version ${subject.version}) telle qu’elle est affichée ` +
            `ci-dessus et je l’accepte. ${signFr("la")}`
        : `I have read offer of service ${subject.number} (version ${subject.version}) as displayed above and ` +
            `I accept it. ${SIGN_EN}`;
    case "change_order":
      return language === "fr"
        ? `J’ai lu l’avenant ${subject.number} à l’offre de service ${subject.offerNumber} tel qu’il est affiché ` +
            `ci-dessus et je l’approuve, y compris son prix et son effet sur l’échéancier. ${signFr("le")}`
        : `I have read change order ${subject.number} to offer of service ${subject.offerNumber} as displayed ` +
            `above and I approve it, including its price and its effect on the schedule. ${SIGN_EN}`;
    default: {
      const never: never = subject;
      return never;
    }
  }
}
