/** The fr/en sentence shown for a member's week that is approaching or over capacity. */
import { formatDate, formatNumber, formatPercent, type Localized } from "../health/localized.ts";
import type { IsoWeek } from "../time/iso-week.ts";

/** Input of {@link capacityMessage}. */
export interface CapacityMessageInput {
  name: string;
  week: IsoWeek;
  bookedHours: number;
  capacityHours: number;
  status: "approaching" | "over";
}

/**
 * "Alex, semaine du 9 mars 2026 : 30 h réservées pour 35 h de capacité (86 %). La limite approche…" — the hours, the
 * share of the capacity (omitted when the capacity is 0) and what to do about it.
 */
export function capacityMessage(input: CapacityMessageInput): Localized {
  const { name, week, bookedHours, capacityHours, status } = input;
  const h = (hours: number, lang: "fr" | "en") => `${formatNumber(hours, lang, 2)}\u00a0h`;
  const pct = (lang: "fr" | "en") =>
    capacityHours > 0 ? ` (${formatPercent(bookedHours / capacityHours, lang)})` : "";
  const fr = `${name}, semaine du ${formatDate(week.monday, "fr")} : ${h(bookedHours, "fr")} réservées pour ${h(capacityHours, "fr")} de capacité${pct("fr")}.`;
  const en = `${name}, week of ${formatDate(week.monday, "en")}: ${h(bookedHours, "en")} booked for ${h(capacityHours, "en")} of capacity${pct("en")}.`;
  return status === "over"
    ? {
        fr: `${fr} Au-delà de la limite : déplacer une échéance, répartir le travail ou refuser un ajout.`,
        en: `${en} Over the limit: move a deadline, share the work or turn down an addition.`,
      }
    : {
        fr: `${fr} La limite approche : c’est le moment d’en parler, avant qu’elle soit atteinte.`,
        en: `${en} The limit is approaching: now is the time to say so, before it is reached.`,
      };
}
