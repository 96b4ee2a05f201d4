/**
 * French B2B payment terms and the payment mentions an invoice must carry (C. com. L441-9, L441-10, D441-5;
 * RULES-SOURCES.md §§2.4-2.5). Consumers are outside L441-10: no penalty line and no 40 € indemnity for them.
 */

import { addDays, daysBetween, epochDay } from "../calendar-date.ts";
import type { Check } from "../errors.ts";
import { SOURCES } from "../tax/rule-sources.ts";
import type { RuleSource } from "../tax/tax-rate.ts";

/** The options of `checkFrancePaymentTerm`. */
export interface CheckFrancePaymentTermInput {
  issueDate: string;
  dueDate: string;
  /** « 45 jours fin de mois » expressly agreed in the contract. */
  endOfMonthAgreed?: boolean;
}

function endOfMonth(date: string): string {
  const [y, m] = date.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  return addDays(next, -1);
}

/**
 * L441-10 I: an agreed term may not exceed 60 days after the invoice date, or 45 days end of month when expressly
 * agreed (either reading: end of month then + 45 days, or + 45 days then end of month).
 */
export function checkFrancePaymentTerm(input: CheckFrancePaymentTermInput): Check<{ days: number }> {
  const days = daysBetween(input.issueDate, input.dueDate);
  if (days < 0) return { ok: false, reason: "the due date is before the invoice date" };
  if (days <= 60) return { ok: true, days };
  if (input.endOfMonthAgreed) {
    const a = epochDay(addDays(endOfMonth(input.issueDate), 45));
    const b = epochDay(endOfMonth(addDays(input.issueDate, 45)));
    if (epochDay(input.dueDate) <= Math.max(a, b)) return { ok: true, days };
    return { ok: false, reason: `${days} days exceeds « 45 jours fin de mois » (C. com. L441-10 I)` };
  }
  return { ok: false, reason: `${days} days exceeds the 60-day maximum after the invoice date (C. com. L441-10 I)` };
}

/** The options of `francePaymentMentions`. */
export interface FrancePaymentMentionsInput {
  isConsumer: boolean;
  /** Contractual penalty rate (yearly, ppm); absent = the legal default (ECB refi + 10 points). */
  penaltyRatePpm?: number;
  /** Early-payment discount conditions; absent = none (« néant »), which must still be printed. */
  earlyPaymentDiscount?: string;
}

/** The French payment mentions to print under the totals, with their source. */
export function francePaymentMentions(input: FrancePaymentMentionsInput): { lines: string[]; sources: RuleSource[] } {
  if (input.isConsumer) return { lines: [], sources: [] };
  const rate =
    input.penaltyRatePpm === undefined
      ? "taux de refinancement le plus récent de la Banque centrale européenne majoré de 10 points"
      : `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 3 }).format(input.penaltyRatePpm / 10_000)}\u00a0% par an`;
  return {
    lines: [
      `Escompte pour paiement anticipé : ${input.earlyPaymentDiscount ?? "néant"}.`,
      `Pénalités de retard : ${rate}, exigibles dès le lendemain de la date d'échéance, sans qu'un rappel soit nécessaire.`,
      "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40\u00a0€.",
    ],
    sources: [SOURCES.comL441_10, SOURCES.comD441_5],
  };
}
