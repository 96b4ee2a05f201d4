/**
 * The late-interest terms of the invoices that stay payable, as the termination letter states them (RULES-SOURCES
 * §6.1): Québec, the rate of the terms from the due date, else the legal rate from a written demand (C.c.Q. 1617,
 * 1594-1595; Interest Act s. 3); France, late penalties from the day after the due date and, for a business, the 40 €
 * recovery indemnity (C. com. L441-10); elsewhere, the rate of the terms.
 */
import { formatList, formatNumber, type Lang } from "../health/localized.ts";
import type { ExitRuleSet } from "./check-exit.ts";

export interface PayableInvoiceTerms {
  number: string;
  /** Annual late-interest rate of the invoice's terms, basis points (0: none written). */
  lateInterestBps?: number | undefined;
}

function rate(bps: number, lang: Lang): string {
  return `${formatNumber(bps / 100, lang, 2)}${lang === "fr" ? " %" : "%"}`;
}

/** One or two sentences stating the interest each payable invoice bears; empty when none stays payable. */
export function lateInterestSentence(options: {
  invoices: readonly PayableInvoiceTerms[];
  ruleSet: ExitRuleSet;
  lang: Lang;
  isConsumer: boolean;
}): string {
  const { invoices, ruleSet, lang } = options;
  if (invoices.length === 0) return "";
  const groups = new Map<number, string[]>();
  for (const i of invoices)
    groups.set(i.lateInterestBps ?? 0, [...(groups.get(i.lateInterestBps ?? 0) ?? []), i.number]);
  const fr = lang === "fr";
  const one = invoices.length === 1;
  const subject = (numbers: string[]) =>
    groups.size === 1
      ? fr
        ? one
          ? "Cette facture"
          : "Ces factures"
        : one
          ? "This invoice"
          : "These invoices"
      : fr
        ? `${numbers.length > 1 ? "Les factures" : "La facture"} ${formatList(
            numbers.map((n) => `nº ${n}`),
            lang,
          )}`
        : `${numbers.length > 1 ? "Invoices" : "Invoice"} ${formatList(
            numbers.map((n) => `no. ${n}`),
            lang,
          )}`;
  const plural = (numbers: string[]) => (groups.size === 1 ? !one : numbers.length > 1);
  const sentences = [...groups].map(([bps, numbers]) => {
    const many = plural(numbers);
    switch (ruleSet) {
      case "CA-QC":
        return bps > 0
          ? fr
            ? `${subject(numbers)} ${many ? "portent" : "porte"} intérêt au taux annuel de ${rate(bps, lang)} à compter de ${many ? "leur" : "son"} échéance, comme le prévoient ${many ? "leurs" : "ses"} conditions (article 1617 du Code civil du Québec).`
            : `${subject(numbers)} ${many ? "bear" : "bears"} interest at ${rate(bps, lang)} per year from ${many ? "their" : "its"} due date, as ${many ? "their" : "its"} terms provide (article 1617 of the Civil Code of Québec).`
          : fr
            ? `À défaut de paiement, ${subject(numbers).toLowerCase()} ${many ? "porteront" : "portera"} intérêt au taux légal de 5 % l’an à compter d’une demande écrite de paiement (articles 1594, 1595 et 1617 du Code civil du Québec).`
            : `If unpaid, ${subject(numbers).replace(/^T/, "t").replace(/^I/, "i")} will bear interest at the legal rate of 5% per year from a written demand for payment (articles 1594, 1595 and 1617 of the Civil Code of Québec).`;
      case "FR": {
        const penalty = fr
          ? bps > 0
            ? `des pénalités de retard au taux annuel de ${rate(bps, lang)}`
            : "des pénalités de retard au taux de refinancement de la BCE majoré de 10 points"
          : bps > 0
            ? `late-payment penalties at ${rate(bps, lang)} per year`
            : "late-payment penalties at the ECB refinancing rate plus 10 points";
        const indemnity = options.isConsumer
          ? ""
          : fr
            ? ", ainsi que l’indemnité forfaitaire pour frais de recouvrement de 40 € par facture"
            : ", plus the fixed recovery indemnity of €40 per invoice";
        return fr
          ? `${subject(numbers)} ${many ? "portent" : "porte"} ${penalty}, exigibles dès le lendemain de ${many ? "leur" : "son"} échéance${indemnity} (article L441-10 du Code de commerce).`
          : `${subject(numbers)} ${many ? "bear" : "bears"} ${penalty}, due from the day after ${many ? "their" : "its"} due date${indemnity} (article L441-10 of the French Commercial Code).`;
      }
      case "common-law":
        return bps > 0
          ? fr
            ? `${subject(numbers)} ${many ? "portent" : "porte"} intérêt au taux annuel de ${rate(bps, lang)} à compter de ${many ? "leur" : "son"} échéance, comme le prévoient ${many ? "leurs" : "ses"} conditions.`
            : `${subject(numbers)} ${many ? "bear" : "bears"} interest at ${rate(bps, lang)} per year from ${many ? "their" : "its"} due date, as ${many ? "their" : "its"} terms provide.`
          : fr
            ? `${subject(numbers)} ne ${many ? "portent" : "porte"} pas d’intérêt contractuel.`
            : `${subject(numbers)} ${many ? "bear" : "bears"} no contractual interest.`;
      default: {
        const never: never = ruleSet;
        return never;
      }
    }
  });
  return sentences.join(" ");
}
