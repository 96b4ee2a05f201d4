/**
 * A member's own notifications: listed (unread first, or newest first), counted, marked read one by one or all at
 * once; and the kinds they receive by e-mail. Only the member's own, in their workspace: anyone else's id is not found.
 */
import { DomainError } from "../../domain/errors.ts";
import {
  NOTIFICATION_KINDS,
  type NotificationEntity,
  type NotificationKind,
  type NotificationView,
  notificationPath,
} from "../../domain/notification.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import {
  countUnreadNotifications,
  findNotificationPreferences,
  listNotifications as listRows,
  markNotificationsRead as markRows,
  type NotificationRow,
  ownNotificationIds,
  saveNotificationPreferences,
} from "../../store/notification-store.ts";
import { readNotificationSubject } from "../../store/stored-aggregates.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { emailKindsOf } from "./notification-events.ts";

function viewOf(row: NotificationRow): NotificationView {
  const subject = readNotificationSubject(row.subjectJson, row.id);
  const entity = row.entity as NotificationEntity;
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    entity,
    entityId: row.entityId,
    path: notificationPath(entity, row.entityId),
    reference: subject.reference,
    clientName: subject.clientName,
    createdAt: row.createdAt,
    readAt: row.readAt,
    emailed: row.emailStatus === "sent" || row.emailStatus === "pending" || row.emailStatus === "sending",
  };
}

export async function listNotifications(
  ctx: AppContext,
  actor: Actor,
  q: { page: number; pageSize: number; order: "unread" | "date" },
) {
  requirePermission(actor, "read");
  const r = await listRows(ctx.db, {
    workspaceId: actor.workspaceId,
    memberId: actor.memberId,
    order: q.order,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: r.items.map(viewOf), total: r.total, unread: r.unread, page: q.page, pageSize: q.pageSize };
}

export async function unreadNotificationCount(ctx: AppContext, actor: Actor): Promise<{ unread: number }> {
  requirePermission(actor, "read");
  return { unread: await countUnreadNotifications(ctx.db, actor.workspaceId, actor.memberId) };
}

/** Marks the member's notifications read (every one with `all`); another's id answers 404 naming it, nothing changed. */
export async function markNotificationsRead(
  ctx: AppContext,
  actor: Actor,
  input: { notificationIds: readonly string[] } | { all: true },
): Promise<{ marked: number; unread: number }> {
  requirePermission(actor, "read");
  const at = ctx.now().toISOString();
  const scope = { workspaceId: actor.workspaceId, memberId: actor.memberId };
  return transact(ctx, async (trx) => {
    let ids: readonly string[] | "all" = "all";
    if ("notificationIds" in input) {
      const own = await ownNotificationIds(trx, { ...scope, ids: input.notificationIds });
      const index = input.notificationIds.findIndex((id) => !own.has(id));
      if (index >= 0) {
        const path = `notificationIds.${index}`;
        throw new DomainError("not_found", "notification not found", {
          fields: [{ path, issue: "not_found", message: "no such notification of yours" }],
        });
      }
      ids = input.notificationIds;
    }
    const marked = await markRows(trx, { ...scope, ids, at });
    return { marked, unread: await countUnreadNotifications(trx, actor.workspaceId, actor.memberId) };
  });
}

export interface NotificationPreferences {
  /** The kinds the member receives by e-mail (every kind is always in the app). */
  email: NotificationKind[];
  /** True until the member chooses: `email` is then the default choice. */
  isDefault: boolean;
}

export async function getNotificationPreferences(ctx: AppContext, actor: Actor): Promise<NotificationPreferences> {
  requirePermission(actor, "read");
  const json = await findNotificationPreferences(ctx.db, actor.workspaceId, actor.memberId);
  return { email: sortKinds(emailKindsOf(json, actor.memberId)), isDefault: json === undefined };
}

export async function setNotificationPreferences(
  ctx: AppContext,
  actor: Actor,
  input: { email: readonly NotificationKind[] },
): Promise<NotificationPreferences> {
  requirePermission(actor, "read");
  const email = sortKinds([...new Set(input.email)]);
  await transact(ctx, async (trx) => {
    const before = await findNotificationPreferences(trx, actor.workspaceId, actor.memberId);
    await saveNotificationPreferences(trx, {
      workspaceId: actor.workspaceId,
      memberId: actor.memberId,
      emailKindsJson: JSON.stringify(email),
      at: ctx.now().toISOString(),
    });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "notification_preferences.updated",
      entity: "member",
      entityId: actor.memberId,
      before: { email: emailKindsOf(before, actor.memberId) },
      after: { email },
    });
  });
  return { email, isDefault: false };
}

function sortKinds(kinds: readonly NotificationKind[]): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((k) => kinds.includes(k));
}
