/**
 * The text of a payment reminder, in French (Québec) or English: subject and body, filled with the invoice number,
 * the amount due, the due date, the days late and the late interest (always with its yearly rate, Interest Act s. 4).
 * Amounts and dates are formatted with Intl (no I/O; dates are read as UTC calendar dates).
 */

import { daysBetween } from "../calendar-date.ts";
import type { Money } from "../money.ts";
import type { ReminderTone } from "./reminder-schedule.ts";

export type ReminderLocale = "fr-CA" | "en";

/** The options of `reminderLetter`. */
export interface ReminderLetterInput {
  locale: ReminderLocale;
  tone: ReminderTone;
  invoiceNumber: string;
  amountDue: Money;
  dueDate: string;
  /** The day the reminder is sent; days late = asOf − dueDate. */
  asOf: string;
  clientName: string;
  providerName: string;
  /** Late interest accrued so far and its yearly rate (ppm). */
  interest?: { amount: Money; annualRatePpm: number };
  /** France B2B: the fixed recovery indemnity (D441-5, 40 €), mentioned once the invoice is late. */
  recoveryIndemnity?: Money;
}

export interface ReminderLetter {
  subject: string;
  body: string;
  daysLate: number;
}

function formatMoney(m: Money, locale: ReminderLocale): string {
  return new Intl.NumberFormat(locale === "en" ? "en-CA" : "fr-CA", { style: "currency", currency: m.currency }).format(
    m.amount / 100,
  );
}

function formatDate(date: string, locale: ReminderLocale): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-CA" : "fr-CA", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

function formatPercent(ppm: number, locale: ReminderLocale): string {
  const n = new Intl.NumberFormat(locale === "en" ? "en-CA" : "fr-CA", { maximumFractionDigits: 3 }).format(
    ppm / 10_000,
  );
  return locale === "en" ? `${n}%` : `${n}\u00a0%`;
}

/** Builds the reminder's subject and body. */
export function reminderLetter(input: ReminderLetterInput): ReminderLetter {
  const daysLate = daysBetween(input.dueDate, input.asOf);
  const v = {
    n: input.invoiceNumber,
    amount: formatMoney(input.amountDue, input.locale),
    date: formatDate(input.dueDate, input.locale),
    days: Math.abs(daysLate),
    interest: input.interest ? formatMoney(input.interest.amount, input.locale) : undefined,
    rate: input.interest ? formatPercent(input.interest.annualRatePpm, input.locale) : undefined,
    indemnity: input.recoveryIndemnity ? formatMoney(input.recoveryIndemnity, input.locale) : undefined,
  };
  const text = input.locale === "fr-CA" ? french(input, v, daysLate) : english(input, v, daysLate);
  return { ...text, daysLate };
}

type Values = {
  n: string;
  amount: string;
  date: string;
  days: number;
  interest?: string;
  rate?: string;
  indemnity?: string;
};

function french(input: ReminderLetterInput, v: Values, daysLate: number): { subject: string; body: string } {
  const jours = `${v.days}\u00a0jour${v.days > 1 ? "s" : ""}`;
  const hello = `Bonjour ${input.clientName},`;
  const bye = `Cordialement,\n${input.providerName}`;
  const interest =
    v.interest && v.rate
      ? `\n\nDes intérêts de retard de ${v.interest} s'y ajoutent à ce jour, au taux annuel de ${v.rate}.`
      : "";
  const indemnity = v.indemnity
    ? ` L'indemnité forfaitaire pour frais de recouvrement de ${v.indemnity} est également due.`
    : "";
  if (input.tone === "firm") {
    return {
      subject: `Facture ${v.n} impayée depuis ${jours}`,
      body: `${hello}\n\nMalgré nos rappels, la facture ${v.n}, échue le ${v.date}, demeure impayée depuis ${jours}. Le solde dû est de ${v.amount}.${indemnity}${interest}\n\nNous vous prions d'en effectuer le paiement dans les 10\u00a0jours. À défaut, nous devrons envisager d'autres recours, dont une mise en demeure.\n\n${bye}`,
    };
  }
  if (daysLate < 0) {
    return {
      subject: `Rappel : facture ${v.n} payable le ${v.date}`,
      body: `${hello}\n\nPetit rappel amical : la facture ${v.n}, d'un montant de ${v.amount}, arrive à échéance le ${v.date}, dans ${jours}.\n\nSi le paiement est déjà en route, merci et ne tenez pas compte de ce message.\n\n${bye}`,
    };
  }
  if (daysLate === 0) {
    return {
      subject: `Facture ${v.n} payable aujourd'hui`,
      body: `${hello}\n\nLa facture ${v.n}, d'un montant de ${v.amount}, est payable aujourd'hui, le ${v.date}.\n\nSi le paiement est déjà en route, merci et ne tenez pas compte de ce message.\n\n${bye}`,
    };
  }
  return {
    subject: `Facture ${v.n} en retard de ${jours}`,
    body: `${hello}\n\nSauf erreur de notre part, la facture ${v.n}, échue le ${v.date}, demeure impayée (${jours} de retard). Le solde dû est de ${v.amount}.${indemnity}${interest}\n\nPourriez-vous nous indiquer la date prévue du paiement ? Si vous l'avez déjà effectué, merci et ne tenez pas compte de ce message.\n\n${bye}`,
  };
}

function english(input: ReminderLetterInput, v: Values, daysLate: number): { subject: string; body: string } {
  const days = `${v.days} day${v.days === 1 ? "" : "s"}`;
  const hello = `Hello ${input.clientName},`;
  const bye = `Kind regards,\n${input.providerName}`;
  const interest =
    v.interest && v.rate
      ? `\n\nLate interest of ${v.interest} has accrued to date, at an annual rate of ${v.rate}.`
      : "";
  const indemnity = v.indemnity ? ` The fixed recovery indemnity of ${v.indemnity} is also due.` : "";
  if (input.tone === "firm") {
    return {
      subject: `Invoice ${v.n} unpaid for ${days}`,
      body: `${hello}\n\nDespite our reminders, invoice ${v.n}, due on ${v.date}, has been unpaid for ${days}. The balance due is ${v.amount}.${indemnity}${interest}\n\nPlease pay it within 10 days. Otherwise we will have to consider other remedies, including a formal notice.\n\n${bye}`,
    };
  }
  if (daysLate < 0) {
    return {
      subject: `Reminder: invoice ${v.n} due on ${v.date}`,
      body: `${hello}\n\nA friendly reminder that invoice ${v.n}, for ${v.amount}, is due on ${v.date}, in ${days}.\n\nIf payment is already on its way, thank you, and please disregard this message.\n\n${bye}`,
    };
  }
  if (daysLate === 0) {
    return {
      subject: `Invoice ${v.n} due today`,
      body: `${hello}\n\nInvoice ${v.n}, for ${v.amount}, is due today, ${v.date}.\n\nIf payment is already on its way, thank you, and please disregard this message.\n\n${bye}`,
    };
  }
  return {
    subject: `Invoice ${v.n} is ${days} overdue`,
    body: `${hello}\n\nUnless we are mistaken, invoice ${v.n}, due on ${v.date}, is still unpaid (${days} late). The balance due is ${v.amount}.${indemnity}${interest}\n\nCould you let us know when payment is planned? If you have already paid, thank you, and please disregard this message.\n\n${bye}`,
  };
}
