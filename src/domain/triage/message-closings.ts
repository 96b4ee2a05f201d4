/**
 * What ends a client's message rather than asks for something: closing courtesies (« Merci de faire vite », « Merci
 * de faire ça rapidement, le client attend », « Merci de votre compréhension », "Thanks for your help", "Looking
 * forward to the next version"), sign-offs, and the lines of a signature (name, title, phone, address, company, legal
 * footer). Used by `stripMessageNoise`.
 */

/** A sign-off on its own line, optionally followed by a name: "Merci,", "Cordialement", "Thanks! Julie". */
const SIGN_OFFS = [
  ..."merci|merci beaucoup|merci encore|merci d'avance|merci à l'avance|mille mercis|cordialement|salutations".split(
    "|",
  ),
  ..."sincères salutations|bien à vous|bien à toi|bonne journée|bonne fin de journée|bonne soirée|bonne semaine".split(
    "|",
  ),
  ..."au plaisir|à bientôt|à plus|amicalement|thanks|thanks again|thanks in advance|many thanks|thank you".split("|"),
  ..."thank you so much|thanks so much|thx|best|best regards|kind regards|warm regards|regards|cheers|sincerely".split(
    "|",
  ),
  "talk soon",
  "all the best",
].sort((a, b) => b.length - a.length);
const SIGN_OFF_WORDS = new RegExp(`^\\s*(?:${SIGN_OFFS.join("|")})\\s*[,.!]*\\s*`, "iu");
/** Up to three capitalised words: the name after a sign-off (case-sensitive, so "Merci de corriger" is a request). */
const NAME_AFTER = /^(?:\p{Lu}[\p{L}.'-]*\s*){0,3}$/u;

/**
 * A closing courtesy that may run on ("Merci de faire vite, on lance lundi.", "Merci et bonne fin de semaine",
 * "Thanks for your help!", "Merci / Thanks"): known phrases only, so that "Merci de corriger le titre" stays a request.
 */
const CLOSING = new RegExp(
  [
    String.raw`^merci(?:\s+(?:beaucoup|encore|infiniment|mille fois))?\s*(?:[,!.]\s*)?(?:(?:de|d'|pour)\s+(?:faire (?:ça |cela )?(?:vite|rapidement|au plus vite)|agir (?:vite|rapidement)|votre|vos|ton|ta|tes|tout|l'aide|votre aide|nous revenir|me revenir|nous tenir|me tenir|la suite)|et\s+(?:bonne|à|au|bon)|\/|$)`,
    String.raw`^(?:veuillez|je vous prie d'|nous vous prions d')\s*agréer`,
    String.raw`^(?:recevez|acceptez)\b.*salutations`,
    String.raw`^(?:thanks|thank you|many thanks)(?:\s+(?:so much|again|very much|a lot))?\s*(?:[,!.]\s*)?(?:for\s+(?:your|the|all|everything|this|that)\b|in advance|and\s+(?:have|talk|speak|regards)|\/|$)`,
    String.raw`^(?:we|i)?\s*(?:look|am looking|are looking|looking) forward`,
    String.raw`^(?:hope this helps|have a (?:great|good|nice))`,
    String.raw`^(?:bonne|belle)\s+(?:journée|soirée|fin de (?:journée|semaine)|semaine)`,
  ].join("|"),
  "iu",
);

const plain = (text: string) => text.trim().replace(/’/g, "'");

/** A sign-off line, optionally followed by a name: "Merci,", "Cordialement", "Thanks! Julie". */
export function isSignOff(text: string): boolean {
  const t = plain(text);
  const match = SIGN_OFF_WORDS.exec(t);
  return match !== null && NAME_AFTER.test(t.slice(match[0].length));
}

/** A line that closes the message: a sign-off or a closing courtesy that may run on ("Merci de faire vite, …"). */
export function isClosing(text: string): boolean {
  return isSignOff(text) || (CLOSING.test(plain(text)) && !/:\s*$/u.test(text.trim()));
}

const PHONE = /(?:\+?\d[\d ().-]{7,}\d)(?:\s*(?:poste|ext\.?|x)\s*\d+)?/iu;
const CONTACT = /@[\w-]+\.|(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:ca|com|org|net|quebec|coop|agency|co)\b/iu;
const LEGAL =
  /confidenti|privileged|secret professionnel|destinataire|intended (?:solely|only|recipient)|before printing|avant d'imprimer|organisme de bienfaisance|registered charity|\bRBQ\b|\bNEQ\b/iu;
const COMPANY =
  /\b(?:inc|ltée|ltd|llc|corp|s\.e\.n\.c\.r\.l|s\.e\.n\.c|senc|coop|coopérative|cooperative|foundation|fondation|agence|agency|studio|group|groupe)\b/iu;
/** "Julie Tremblay", "Me Hélène Bergeron, avocate", "Hannah Schultz, CPA", "Jennifer Walsh | Operations Manager". */
const PERSON =
  /^(?:(?:Me|Dr|Dre|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Chef)\s+)?\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,3}(?:\s*[,|–-]\s*.{0,80})?$/u;

/** A line of a signature: a person's name, a phone, an address, a company, a legal footer. */
export function isSignatureLine(text: string): boolean {
  const t = text.trim();
  return PHONE.test(t) || CONTACT.test(t) || LEGAL.test(t) || (t.length <= 80 && (COMPANY.test(t) || PERSON.test(t)));
}

/** A line that opens a signature with nothing before it: a person's name, alone or with a title or a company. */
export function isSignatureName(text: string): boolean {
  return PERSON.test(text.trim()) && !/[.!?]$/u.test(text.trim()) && text.trim().length <= 80;
}
