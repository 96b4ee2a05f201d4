/**
 * Notifying the studio of an event on a record, inside the transaction of what caused it: one notification for each
 * member who owns the record — the member who last sent it to the client (an offer, a change order, an invoice; a
 * list: the sender of its mandate's offer), else the workspace's owners (a client's health, or when that member is no
 * longer active) — never to the member whose own action it was. The event's unique key makes it exist once even when
 * two processes see it; the e-mail (in the member's language, for the kinds they chose) is written into the outbox in
 * the same transaction and delivered after commit (`deliverNotificationMails`).
 */
import type { Kysely } from "kysely";
import { z } from "zod";
import {
  DEFAULT_EMAIL_KINDS,
  NOTIFICATION_ENTITY,
  NOTIFICATION_KINDS,
  type NotificationEntity,
  type NotificationKind,
  notificationEventKey,
  notificationMail,
  notificationPath,
} from "../../domain/notification.ts";
import { LOCALES, type Locale } from "../../domain/workspace.ts";
import {
  activeOwnersOf,
  type NotifiedMember,
  notificationRecordOf,
  notifiedMembers,
  recordOwnerOf,
} from "../../store/notification-source-store.ts";
import { insertNotifications, setNotificationEmail } from "../../store/notification-store.ts";
import type { Database } from "../../store/schema.ts";
import { parseStoredJson } from "../../store/stored-json.ts";
import type { AppContext } from "../shared/context.ts";
import { queueMessage } from "../shared/send-messages.ts";
import { transact } from "../shared/transact.ts";
import { deliverNotificationMails } from "./notification-mails.ts";

export interface NotifyEventInput {
  workspaceId: string;
  kind: NotificationKind;
  /** The record the event happened to (an offer, a change order, an invoice, a round, a client). */
  entityId: string;
  /** The member whose own action it was: not notified of it. */
  actorMemberId?: string | null | undefined;
  /** Counts the events of one kind a record can have several times (a client crossing the threshold again). */
  occurrence?: number | undefined;
}

async function ownersOfRecord(
  db: Kysely<Database>,
  workspaceId: string,
  entity: NotificationEntity,
  entityId: string,
  offerId: string | undefined,
): Promise<string[]> {
  const owner =
    entity === "offer" || entity === "change_order" || entity === "invoice"
      ? await recordOwnerOf(db, workspaceId, entity, entityId)
      : entity === "round" && offerId
        ? await recordOwnerOf(db, workspaceId, "offer", offerId)
        : undefined;
  return owner ? [owner] : activeOwnersOf(db, workspaceId);
}

/**
 * The kinds a member receives by e-mail: their choice (`notification_preferences.email_kinds_json` of `memberId`, read
 * through its schema), else the defaults. A kind no longer known is dropped.
 */
export function emailKindsOf(json: string | undefined, memberId: string): NotificationKind[] {
  if (json === undefined) return [...DEFAULT_EMAIL_KINDS];
  const kinds = parseStoredJson(z.array(z.string()), json, {
    table: "notification_preferences",
    id: memberId,
    column: "email_kinds_json",
  });
  return kinds.filter((k): k is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(k));
}

function localeOf(member: NotifiedMember): Locale {
  return (LOCALES as readonly string[]).includes(member.locale) ? (member.locale as Locale) : "en";
}

/** Notifies the record's owners of an event (in `trx`); answers how many notifications are new. */
export async function notifyEvent(ctx: AppContext, trx: Kysely<Database>, input: NotifyEventInput): Promise<number> {
  const { workspaceId, kind, entityId } = input;
  const entity = NOTIFICATION_ENTITY[kind];
  const record = await notificationRecordOf(trx, workspaceId, entity, entityId);
  if (!record) return 0;
  const recipients = (await ownersOfRecord(trx, workspaceId, entity, entityId, record.offerId)).filter(
    (id) => id !== input.actorMemberId,
  );
  const members = await notifiedMembers(trx, workspaceId, recipients);
  const at = ctx.now().toISOString();
  const subject = { reference: record.reference, clientName: record.clientName };
  const eventKey = notificationEventKey(kind, entityId, input.occurrence);
  const planned = members.map((m) => ({
    member: m,
    // Without SMTP there is no e-mail: the outbox keeps messages for clients, to copy by hand, not notes to oneself.
    email: ctx.mailer !== undefined && m.email !== "" && emailKindsOf(m.emailKindsJson, m.id).includes(kind),
    row: {
      id: ctx.newId(),
      workspaceId,
      memberId: m.id,
      kind,
      eventKey,
      entity,
      entityId,
      subjectJson: JSON.stringify(subject),
      emailStatus: "none" as const,
      createdAt: at,
    },
  }));
  const inserted = await insertNotifications(
    trx,
    planned.map((p) => p.row),
  );
  const base = ctx.config.publicUrl.replace(/\/$/, "");
  for (const p of planned) {
    if (!inserted.has(p.row.id) || !p.email) continue;
    const mail = notificationMail({
      locale: localeOf(p.member),
      kind,
      subject,
      memberName: p.member.name,
      recordUrl: `${base}${notificationPath(entity, entityId)}`,
      settingsUrl: `${base}/settings#notifications`,
    });
    const message = await queueMessage(ctx, trx, {
      workspaceId,
      kind: "notification",
      to: p.member.email,
      subject: mail.subject,
      body: mail.body,
      entity,
      entityId,
      messageKey: `notification:${p.row.id}`,
    });
    await setNotificationEmail(trx, p.row.id, {
      status: message.status === "pending" ? "pending" : "kept",
      outboxId: message.id,
    });
  }
  return inserted.size;
}

/** Notifies outside any transaction (a first opening in the portal), then delivers the e-mails it wrote. */
export async function notifyNow(ctx: AppContext, input: NotifyEventInput): Promise<void> {
  await transact(ctx, (trx) => notifyEvent(ctx, trx, input));
  await deliverNotificationMails(ctx, { workspaceId: input.workspaceId });
}
