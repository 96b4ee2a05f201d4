/**
 * The sentences of the decision facts, written once per language with the numbers in them.
 */
import { bilingual, formatMoney, formatNumber, type Lang, type Localized } from "../health/localized.ts";
import type { Currency } from "../money.ts";

type Extra = { overdue?: number; atRisk?: number; hours?: number };
type Template = (v: { money: string; number: string; extra: Extra; m: (n: number) => string; l: Lang }) => {
  fr: string;
  en: string;
};

const TEMPLATES: Record<string, Template> = {
  signed_work_kept: ({ money }) => ({
    fr: `Travaux signés mais pas commencés conservés : ${money}.`,
    en: `Signed work not yet started is kept: ${money}.`,
  }),
  signed_work_kept_if_agreed: ({ money }) => ({
    fr: `Travaux signés conservés si le client accepte les nouvelles conditions : ${money}.`,
    en: `Signed work kept if the client accepts new terms: ${money}.`,
  }),
  signed_work_cancelled: ({ money }) => ({
    fr: `Travaux signés mais pas commencés qui seraient annulés : ${money}.`,
    en: `Signed work not yet started that would be cancelled: ${money}.`,
  }),
  expected_future_work: ({ money }) => ({
    fr: `Mandats futurs espérés, pondérés par leur probabilité : ${money}.`,
    en: `Expected future work, weighted by probability: ${money}.`,
  }),
  expected_future_work_lost: ({ money }) => ({
    fr: `Mandats futurs espérés auxquels on renonce : ${money}.`,
    en: `Expected future work given up: ${money}.`,
  }),
  hours_per_week_consumed: ({ number }) => ({
    fr: `Ce client occupe ${number} h par semaine (moyenne des 8 dernières semaines).`,
    en: `This client takes ${number} h a week (average of the last 8 weeks).`,
  }),
  hours_per_week_renegotiated: ({ number }) => ({
    fr: `Heures par semaine prévues après renégociation : ${number} h.`,
    en: `Hours a week expected after renegotiation: ${number} h.`,
  }),
  hours_per_week_freed: ({ number }) => ({
    fr: `Heures libérées chaque semaine : ${number} h.`,
    en: `Hours freed each week: ${number} h.`,
  }),
  open_invoices: ({ money, extra, m }) => ({
    fr: `Factures ouvertes : ${money}, dont ${m(extra.overdue ?? 0)} en retard; risque de non-paiement estimé à ${m(extra.atRisk ?? 0)}.`,
    en: `Open invoices: ${money}, of which ${m(extra.overdue ?? 0)} overdue; estimated non-payment risk ${m(extra.atRisk ?? 0)}.`,
  }),
  goodwill_last_90_days: ({ money, extra, l }) => ({
    fr: `Heures gratuites des 90 derniers jours : ${formatNumber(extra.hours ?? 0, l, 2)} h, soit ${money} au taux facturable.`,
    en: `Goodwill in the last 90 days: ${formatNumber(extra.hours ?? 0, l, 2)} h, worth ${money} at the billable rate.`,
  }),
  goodwill_to_bill: ({ money, extra, l }) => ({
    fr: `Ajustements gratuits (${formatNumber(extra.hours ?? 0, l, 2)} h) qui seraient désormais facturés par avenant : ${money}.`,
    en: `Free adjustments (${formatNumber(extra.hours ?? 0, l, 2)} h) that would be billed through change orders: ${money}.`,
  }),
  goodwill_avoided: ({ money, extra, l }) => ({
    fr: `Ajustements gratuits évités (${formatNumber(extra.hours ?? 0, l, 2)} h dans les 90 derniers jours, ${money}).`,
    en: `Free adjustments avoided (${formatNumber(extra.hours ?? 0, l, 2)} h in the last 90 days, ${money}).`,
  }),
};

/** Returns the sentence builder for a currency: `(key, value, extra?) → { fr, en }`. */
export function factSentence(currency: Currency): (key: string, value: number | null, extra?: Extra) => Localized {
  return (key, value, extra = {}) => {
    const template = TEMPLATES[key];
    if (!template) throw new Error(`no sentence for fact ${key}`);
    return bilingual((l) => {
      const m = (amount: number) => formatMoney({ amount, currency }, l);
      return template({ money: m(value ?? 0), number: formatNumber(value ?? 0, l), extra, m, l })[l];
    });
  };
}
