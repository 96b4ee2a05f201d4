/**
 * The handover checklist of an exit: what the client needs to carry on without loss (C.c.Q. art. 2126 al. 2: « faire
 * tout ce qui est immédiatement nécessaire pour prévenir une perte »; RULES-SOURCES §6.1). Each item is due before
 * the effective date.
 */

import { addDays, daysBetween } from "../calendar-date.ts";
import type { IsoDate } from "../health/calendar-date.ts";
import type { Localized } from "../health/localized.ts";

export const HANDOVER_KEYS = [
  "files",
  "repository",
  "credentials",
  "dns_hosting",
  "backups",
  "successor_notes",
] as const;
export type HandoverKey = (typeof HANDOVER_KEYS)[number];

export interface HandoverItem {
  key: HandoverKey;
  label: Localized;
  applicable: boolean;
  dueDate: IsoDate;
  doneOn: IsoDate | null;
  notes?: string;
}

/** Labels of the items, used by the plan and the letter. */
export const HANDOVER_LABELS: Readonly<Record<HandoverKey, Localized>> = {
  files: { fr: "les fichiers sources et les éléments graphiques", en: "source files and design assets" },
  repository: {
    fr: "l’accès au dépôt de code (ou une archive complète)",
    en: "access to the code repository (or a full archive)",
  },
  credentials: { fr: "les identifiants et accès administrateur", en: "credentials and administrator access" },
  dns_hosting: {
    fr: "le transfert du nom de domaine, des DNS et de l’hébergement",
    en: "the transfer of the domain name, DNS and hosting",
  },
  backups: {
    fr: "une sauvegarde complète du site et de la base de données",
    en: "a full backup of the site and database",
  },
  successor_notes: {
    fr: "des notes de passation pour la personne qui prendra le relais",
    en: "handover notes for whoever takes over",
  },
};

/**
 * Days before the effective date each item is due by default: files, code and backups first (a week, five days),
 * then DNS/hosting and credentials, notes last; never earlier than the notice date, never on or after the
 * effective date when there is room for it.
 */
export const HANDOVER_LEAD_DAYS: Readonly<Record<HandoverKey, number>> = {
  files: 7,
  repository: 7,
  backups: 5,
  dns_hosting: 5,
  credentials: 3,
  successor_notes: 2,
};

/**
 * The items only whoever hosts the client's site can hand over: the domain, DNS and hosting, and a full backup of the
 * live site and its database. A letter must not promise them unless the records show the studio holds them.
 */
const HOSTING_ITEMS: ReadonlySet<HandoverKey> = new Set(["dns_hosting", "backups"]);

/** A deliverable about hosting or the domain name (French or English), e.g. « Hébergement et nom de domaine ». */
const HOSTING_WORDS =
  /h[ée]bergement|h[ée]berger|hosting|\bhost\b|nom de domaine|domain name|\bdns\b|registraire|registrar/i;

/**
 * Whether the signed deliverables show the studio hosts the site or holds its domain: one of them is about hosting
 * or the domain. An exclusion saying so (« Hébergement et nom de domaine » excluded) is not a deliverable.
 */
export function deliversHosting(deliverables: readonly { title: string; description?: string | undefined }[]): boolean {
  return deliverables.some((d) => HOSTING_WORDS.test(`${d.title} ${d.description ?? ""}`));
}

/**
 * Builds the checklist with default due dates; `overrides` mark items not applicable, move a date or add notes. The
 * hosting items apply by default only when `hosting` (the records show the studio hosts: `deliversHosting`).
 */
export function buildHandoverChecklist(options: {
  noticeDate: IsoDate;
  effectiveDate: IsoDate;
  hosting?: boolean;
  overrides?: readonly { key: HandoverKey; applicable?: boolean; dueDate?: IsoDate; notes?: string }[];
}): HandoverItem[] {
  const window = daysBetween(options.noticeDate, options.effectiveDate);
  return HANDOVER_KEYS.map((key) => {
    const lead = Math.min(HANDOVER_LEAD_DAYS[key], window - 1);
    const defaultDue = lead >= 1 ? addDays(options.effectiveDate, -lead) : options.noticeDate;
    const override = options.overrides?.find((o) => o.key === key);
    const item: HandoverItem = {
      key,
      label: HANDOVER_LABELS[key],
      applicable: override?.applicable ?? (HOSTING_ITEMS.has(key) ? options.hosting === true : true),
      dueDate: override?.dueDate ?? defaultDue,
      doneOn: null,
    };
    return override?.notes ? { ...item, notes: override.notes } : item;
  });
}
