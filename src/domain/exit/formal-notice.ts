/**
 * A formal notice (Québec and France: mise en demeure; common law: notice of breach) as a record of its own: the
 * breach, the delay to cure it, how it was sent, and the letter generated in the client's language. A "for cause"
 * termination letter cites it only once its delay has run (C.c.Q. 1594-1595; C. civ. 1225-1226; common-law cure).
 */
import { addDays } from "../calendar-date.ts";
import { fieldError } from "../errors.ts";
import type { IsoDate } from "../health/calendar-date.ts";
import { countOf, formatDate, formatList, formatMoney, type Lang } from "../health/localized.ts";
import type { Currency } from "../money.ts";
import type { ExitRuleSet } from "./check-exit.ts";

export const FORMAL_NOTICE_METHODS = ["registered_mail", "bailiff", "email", "hand_delivery"] as const;
export type FormalNoticeMethod = (typeof FORMAL_NOTICE_METHODS)[number];

export interface FormalNoticeLetter {
  subject: string;
  paragraphs: string[];
}

export interface FormalNotice {
  id: string;
  clientId: string;
  exitId?: string | undefined;
  sentOn: IsoDate;
  cureDays: number;
  method: FormalNoticeMethod;
  lang: Lang;
  /** What the client failed to do, as the user wrote it. */
  breach: string;
  /** Overdue invoices the notice demands payment of. */
  invoices: { id: string; number: string; balance: number; dueDate: IsoDate }[];
  ruleSet: ExitRuleSet;
  letter: FormalNoticeLetter;
  createdAt: string;
}

export interface FormalNoticeLetterInput {
  lang: Lang;
  ruleSet: ExitRuleSet;
  currency: Currency;
  sentOn: IsoDate;
  cureDays: number;
  breach: string;
  invoices: readonly { number: string; balance: number; dueDate: IsoDate }[];
  provider: { name: string; signatory: string };
  client: { name: string };
}

/** Validates the notice's own fields. */
export function validateFormalNotice(input: { cureDays: number; breach: string; invoices: readonly unknown[] }): void {
  if (!Number.isInteger(input.cureDays) || input.cureDays < 1)
    throw fieldError("cureDays", "range", "give the client at least one day to cure");
  if (!input.breach.trim() && input.invoices.length === 0)
    throw fieldError("breach", "required", "say what the client failed to do, or link the overdue invoices");
}

/** The notice letter in the client's language, stating only the breach, the invoices, the delay and what follows. */
export function renderFormalNoticeLetter(input: FormalNoticeLetterInput): FormalNoticeLetter {
  const { lang, ruleSet } = input;
  const fr = lang === "fr";
  const d = (date: string) => formatDate(date, lang);
  const m = (amount: number) => formatMoney({ amount, currency: input.currency }, lang);
  const deadline = addDays(input.sentOn, input.cureDays);
  const delay = countOf(input.cureDays, lang, { fr: ["jour", "jours"], en: ["day", "days"] });
  const breach = input.breach.trim().replace(/[.。]\s*$/, "");
  const invoices = input.invoices.map((i) =>
    fr
      ? `nº ${i.number} de ${m(i.balance)} (échue le ${d(i.dueDate)})`
      : `no. ${i.number} for ${m(i.balance)} (due on ${d(i.dueDate)})`,
  );
  const consequence =
    ruleSet === "FR"
      ? fr
        ? "À défaut d’exécution dans ce délai, le contrat sera résolu par notification, conformément aux articles 1224 à 1226 du Code civil."
        : "Failing performance within this delay, the contract will be terminated by notification, under articles 1224 to 1226 of the French Civil Code."
      : ruleSet === "CA-QC"
        ? fr
          ? "À défaut, nous pourrons résilier le contrat (article 2126 du Code civil du Québec) et réclamer les sommes dues avec les intérêts à compter de la présente (articles 1594 et 1617)."
          : "Failing this, we may resiliate the contract (article 2126 of the Civil Code of Québec) and claim the sums due with interest from this notice (articles 1594 and 1617)."
        : fr
          ? "À défaut d’y remédier dans ce délai, nous mettrons fin au contrat pour manquement."
          : "If the breach is not cured within this period, we will terminate the contract for cause.";
  const paragraphs = [
    fr ? "Madame, Monsieur," : "Dear Sir or Madam,",
    breach
      ? fr
        ? `Nous constatons le manquement suivant de ${input.client.name} à ses obligations : ${breach}.`
        : `We note the following failure by ${input.client.name} to perform its obligations: ${breach}.`
      : "",
    invoices.length > 0
      ? fr
        ? `${invoices.length > 1 ? "Les factures suivantes sont échues et demeurent impayées" : "La facture suivante est échue et demeure impayée"} : ${formatList(invoices, lang)}.`
        : `${invoices.length > 1 ? "The following invoices are past due and remain unpaid" : "The following invoice is past due and remains unpaid"}: ${formatList(invoices, lang)}.`
      : "",
    fr
      ? `Par la présente, nous vous mettons en demeure d’y remédier dans un délai de ${delay}, soit au plus tard le ${d(deadline)}.`
      : `We hereby give you notice to cure this within ${delay}, that is by ${d(deadline)} at the latest.`,
    consequence,
    fr
      ? `Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n${input.provider.signatory}\n${input.provider.name}`
      : `Yours truly,\n${input.provider.signatory}\n${input.provider.name}`,
  ].filter((p) => p !== "");
  const subject =
    ruleSet === "common-law"
      ? fr
        ? "Avis de manquement"
        : "Notice of breach"
      : fr
        ? "Mise en demeure"
        : "Formal notice (mise en demeure)";
  return { subject, paragraphs };
}
