/**
 * Notifications, each member's e-mail choices and the health levels the scheduler last saw. A notification is inserted
 * with `ON CONFLICT DO NOTHING` on (workspace, event, member), so only the first writer of an event gets a row back —
 * and only it writes the e-mail. E-mails are taken for delivery by one conditional update (`pending`, or `sending` past
 * the lease → `sending`, the attempt counted).
 */
import { type ExpressionBuilder, type Kysely, type Selectable, sql } from "kysely";
import type { Database, NotificationTable } from "./schema.ts";

export type NotificationEmailStatus = "none" | "pending" | "sending" | "sent" | "failed" | "kept";

export interface NotificationRow {
  id: string;
  workspaceId: string;
  memberId: string;
  kind: string;
  eventKey: string;
  entity: string;
  entityId: string;
  subjectJson: string;
  emailStatus: NotificationEmailStatus;
  outboxId: string | null;
  createdAt: string;
  readAt: string | null;
}

function toRow(r: Selectable<NotificationTable>): NotificationRow {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    memberId: r.member_id,
    kind: r.kind,
    eventKey: r.event_key,
    entity: r.entity,
    entityId: r.entity_id,
    subjectJson: r.subject_json,
    emailStatus: r.email_status as NotificationEmailStatus,
    outboxId: r.outbox_id,
    createdAt: r.created_at,
    readAt: r.read_at,
  };
}

/** Inserts the rows whose (workspace, event, member) is new; answers the ids actually inserted. */
export async function insertNotifications(
  trx: Kysely<Database>,
  rows: readonly Omit<NotificationRow, "readAt" | "outboxId">[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await trx
    .insertInto("notifications")
    .values(
      rows.map((r) => ({
        id: r.id,
        workspace_id: r.workspaceId,
        member_id: r.memberId,
        kind: r.kind,
        event_key: r.eventKey,
        entity: r.entity,
        entity_id: r.entityId,
        subject_json: r.subjectJson,
        email_status: r.emailStatus,
        outbox_id: null,
        created_at: r.createdAt,
        read_at: null,
      })),
    )
    .onConflict((oc) => oc.columns(["workspace_id", "event_key", "member_id"]).doNothing())
    .returning("id")
    .execute();
  return new Set(inserted.map((r) => r.id));
}

export async function setNotificationEmail(
  db: Kysely<Database>,
  id: string,
  update: {
    status: NotificationEmailStatus;
    outboxId?: string;
    from?: NotificationEmailStatus;
    /** The last delivery's error (null: none), and when the next attempt may begin (null: no retry). */
    error?: string | null;
    nextAttemptAt?: string | null;
  },
): Promise<boolean> {
  let q = db
    .updateTable("notifications")
    .set({
      email_status: update.status,
      ...(update.outboxId ? { outbox_id: update.outboxId } : {}),
      ...(update.error !== undefined ? { email_error: update.error } : {}),
      ...(update.nextAttemptAt !== undefined ? { email_next_attempt_at: update.nextAttemptAt } : {}),
    })
    .where("id", "=", id);
  if (update.from) q = q.where("email_status", "=", update.from);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/**
 * A delivery may begin: `pending` and its backoff run out, or `sending` since before `staleBefore` (its process died
 * inside the SMTP exchange, or before this was recorded).
 */
function deliverable(now: string, staleBefore: string) {
  return (eb: ExpressionBuilder<Database, "notifications">) =>
    eb.or([
      eb.and([
        eb("email_status", "=", "pending"),
        eb.or([eb("email_next_attempt_at", "is", null), eb("email_next_attempt_at", "<=", now)]),
      ]),
      eb.and([
        eb("email_status", "=", "sending"),
        eb.or([eb("email_last_attempt_at", "is", null), eb("email_last_attempt_at", "<", staleBefore)]),
      ]),
    ]);
}

/** E-mails whose delivery may begin at `now` (of one workspace, else every one), oldest first. */
export async function deliverableNotificationMails(
  db: Kysely<Database>,
  input: { now: string; staleBefore: string; limit: number; workspaceId?: string },
): Promise<{ id: string; outboxId: string; attempts: number }[]> {
  let q = db
    .selectFrom("notifications")
    .select(["id", "outbox_id", "email_attempts"])
    .where("email_status", "in", ["pending", "sending"])
    .where(deliverable(input.now, input.staleBefore))
    .where("outbox_id", "is not", null);
  if (input.workspaceId) q = q.where("workspace_id", "=", input.workspaceId);
  const rows = await q.orderBy("created_at").limit(input.limit).execute();
  return rows.map((r) => ({ id: r.id, outboxId: r.outbox_id!, attempts: Number(r.email_attempts) }));
}

/**
 * Takes one e-mail for delivery and counts the attempt, by one conditional update: true only for the process whose
 * update changed the row (a taken row's last attempt is `now`, no longer stale), so two never both hand it to SMTP.
 */
export async function takeNotificationMail(
  db: Kysely<Database>,
  id: string,
  input: { now: string; staleBefore: string },
): Promise<boolean> {
  const res = await db
    .updateTable("notifications")
    .set((eb) => ({
      email_status: "sending",
      email_attempts: eb("email_attempts", "+", 1),
      email_last_attempt_at: input.now,
    }))
    .where("id", "=", id)
    .where(deliverable(input.now, input.staleBefore))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export interface NotificationPage {
  items: NotificationRow[];
  total: number;
  unread: number;
}

/** One member's notifications: unread first (then newest), or newest first. */
export async function listNotifications(
  db: Kysely<Database>,
  input: { workspaceId: string; memberId: string; order: "unread" | "date"; limit: number; offset: number },
): Promise<NotificationPage> {
  const q = db
    .selectFrom("notifications")
    .where("workspace_id", "=", input.workspaceId)
    .where("member_id", "=", input.memberId);
  let list = q.selectAll();
  if (input.order === "unread") list = list.orderBy(sql`case when read_at is null then 0 else 1 end`);
  const [rows, counts] = await Promise.all([
    list.orderBy("created_at", "desc").orderBy("id", "desc").limit(input.limit).offset(input.offset).execute(),
    q
      .select((eb) => [
        eb.fn.countAll<number>().as("n"),
        eb.fn.count<number>(eb.case().when("read_at", "is", null).then(1).end()).as("unread"),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRow), total: Number(counts.n), unread: Number(counts.unread) };
}

export async function countUnreadNotifications(
  db: Kysely<Database>,
  workspaceId: string,
  memberId: string,
): Promise<number> {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "=", memberId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the member's given notifications (all of them with `"all"`) read; answers how many changed. */
export async function markNotificationsRead(
  db: Kysely<Database>,
  input: { workspaceId: string; memberId: string; ids: readonly string[] | "all"; at: string },
): Promise<number> {
  if (input.ids !== "all" && input.ids.length === 0) return 0;
  let q = db
    .updateTable("notifications")
    .set({ read_at: input.at })
    .where("workspace_id", "=", input.workspaceId)
    .where("member_id", "=", input.memberId)
    .where("read_at", "is", null);
  if (input.ids !== "all") q = q.where("id", "in", input.ids);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Which of `ids` are the member's own notifications. */
export async function ownNotificationIds(
  db: Kysely<Database>,
  input: { workspaceId: string; memberId: string; ids: readonly string[] },
): Promise<Set<string>> {
  if (input.ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("notifications")
    .select("id")
    .where("workspace_id", "=", input.workspaceId)
    .where("member_id", "=", input.memberId)
    .where("id", "in", input.ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The member's e-mail choices as stored (JSON array of kinds), or undefined: the defaults. */
export async function findNotificationPreferences(
  db: Kysely<Database>,
  workspaceId: string,
  memberId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("notification_preferences")
    .select("email_kinds_json")
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "=", memberId)
    .executeTakeFirst();
  return row?.email_kinds_json;
}

export async function saveNotificationPreferences(
  trx: Kysely<Database>,
  input: { workspaceId: string; memberId: string; emailKindsJson: string; at: string },
): Promise<void> {
  await trx
    .insertInto("notification_preferences")
    .values({
      member_id: input.memberId,
      workspace_id: input.workspaceId,
      email_kinds_json: input.emailKindsJson,
      updated_at: input.at,
    })
    .onConflict((oc) =>
      oc.column("member_id").doUpdateSet({ email_kinds_json: input.emailKindsJson, updated_at: input.at }),
    )
    .execute();
}
