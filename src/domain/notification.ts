/**
 * Notifications to the studio: what happened on a record while nobody was looking (a client opened, signed, declined,
 * approved, rejected, paid; an invoice became overdue; a list arrived by e-mail; a client's health crossed the
 * threshold). Each one is for one member, keyed by its event so it exists once; the e-mail that may go with it is
 * written here in the member's language. Pure: the app decides who and when.
 */
import type { Locale } from "./workspace.ts";

export const NOTIFICATION_KINDS = [
  "offer_viewed",
  "offer_signed",
  "offer_declined",
  "change_order_approved",
  "change_order_rejected",
  "invoice_opened",
  "invoice_overdue",
  "invoice_paid",
  "list_received",
  "client_health",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The record a notification leads to. */
export const NOTIFICATION_ENTITIES = ["offer", "change_order", "invoice", "round", "client"] as const;
export type NotificationEntity = (typeof NOTIFICATION_ENTITIES)[number];

export const NOTIFICATION_ENTITY: Record<NotificationKind, NotificationEntity> = {
  offer_viewed: "offer",
  offer_signed: "offer",
  offer_declined: "offer",
  change_order_approved: "change_order",
  change_order_rejected: "change_order",
  invoice_opened: "invoice",
  invoice_overdue: "invoice",
  invoice_paid: "invoice",
  list_received: "round",
  client_health: "client",
};

/**
 * What a member receives by e-mail until they choose: the outcomes that call for an action (signed, declined,
 * approved, rejected, overdue, paid, a new list, a client in trouble); the mere openings stay in the app.
 */
export const DEFAULT_EMAIL_KINDS: readonly NotificationKind[] = NOTIFICATION_KINDS.filter(
  (k) => k !== "offer_viewed" && k !== "invoice_opened",
);

/** What is shown of the record, frozen when the notification is created (the record may change later). */
export interface NotificationSubject {
  /** The record's number or title: `O-2026-004`, `F-2026-0012`, a change order's number, a list's date. */
  reference: string;
  clientName: string;
}

/** A notification as the member reads it (the API's answer, the web's list). */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  entity: NotificationEntity;
  entityId: string;
  /** Where the record is in the app. */
  path: string;
  reference: string;
  clientName: string;
  createdAt: string;
  readAt: string | null;
  /** An e-mail went (or is going) to the member about it. */
  emailed: boolean;
}

/** The unique key of an event: the same event never notifies the same member twice. */
export function notificationEventKey(kind: NotificationKind, entityId: string, occurrence?: number): string {
  return occurrence === undefined ? `${kind}:${entityId}` : `${kind}:${entityId}:${occurrence}`;
}

/** Where the record lives in the studio (relative to the app's address). */
export function notificationPath(entity: NotificationEntity, entityId: string): string {
  switch (entity) {
    case "offer":
      return `/offers/${entityId}`;
    case "change_order":
      return `/change-orders/${entityId}`;
    case "invoice":
      return `/invoices/${entityId}`;
    case "round":
      return `/rounds/${entityId}`;
    case "client":
      return `/clients/${entityId}/health`;
  }
}

const SENTENCES: Record<"fr" | "en", Record<NotificationKind, (s: NotificationSubject) => string>> = {
  fr: {
    offer_viewed: (s) => `${s.clientName} a ouvert l'offre ${s.reference} dans le portail.`,
    offer_signed: (s) => `${s.clientName} a signé l'offre ${s.reference}.`,
    offer_declined: (s) => `${s.clientName} a refusé l'offre ${s.reference}.`,
    change_order_approved: (s) => `${s.clientName} a approuvé l'avenant ${s.reference}.`,
    change_order_rejected: (s) => `${s.clientName} a refusé l'avenant ${s.reference}.`,
    invoice_opened: (s) => `${s.clientName} a ouvert la facture ${s.reference} dans le portail.`,
    invoice_overdue: (s) => `La facture ${s.reference} de ${s.clientName} est en retard.`,
    invoice_paid: (s) => `La facture ${s.reference} de ${s.clientName} est payée.`,
    list_received: (s) => `Une liste de ${s.clientName} est arrivée par courriel (${s.reference}).`,
    client_health: (s) => `La santé de ${s.clientName} a franchi le seuil d'alerte.`,
  },
  en: {
    offer_viewed: (s) => `${s.clientName} opened offer ${s.reference} in the portal.`,
    offer_signed: (s) => `${s.clientName} signed offer ${s.reference}.`,
    offer_declined: (s) => `${s.clientName} declined offer ${s.reference}.`,
    change_order_approved: (s) => `${s.clientName} approved change order ${s.reference}.`,
    change_order_rejected: (s) => `${s.clientName} rejected change order ${s.reference}.`,
    invoice_opened: (s) => `${s.clientName} opened invoice ${s.reference} in the portal.`,
    invoice_overdue: (s) => `Invoice ${s.reference} of ${s.clientName} is overdue.`,
    invoice_paid: (s) => `Invoice ${s.reference} of ${s.clientName} is paid.`,
    list_received: (s) => `A list from ${s.clientName} arrived by e-mail (${s.reference}).`,
    client_health: (s) => `${s.clientName}'s health crossed the warning threshold.`,
  },
};

/** The e-mail of a notification, in the member's language, with the link to the record. */
export function notificationMail(input: {
  locale: Locale;
  kind: NotificationKind;
  subject: NotificationSubject;
  memberName: string;
  recordUrl: string;
  settingsUrl: string;
}): { subject: string; body: string } {
  const fr = input.locale.startsWith("fr");
  const sentence = SENTENCES[fr ? "fr" : "en"][input.kind](input.subject);
  const body = [
    fr ? `Bonjour ${input.memberName},` : `Hello ${input.memberName},`,
    "",
    sentence,
    "",
    fr ? `Voir le dossier : ${input.recordUrl}` : `See the record: ${input.recordUrl}`,
    "",
    fr
      ? `Vous recevez ce courriel selon vos préférences de notification : ${input.settingsUrl}`
      : `You receive this e-mail as your notification preferences say: ${input.settingsUrl}`,
  ].join("\n");
  return { subject: `Mandat — ${sentence}`, body };
}
