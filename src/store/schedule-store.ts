/**
 * The automatic reminder schedule: one row per invoice and step (unique), planned for open invoices, claimed by one
 * scheduler at a time (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite's single writer inside one `BEGIN IMMEDIATE`),
 * and handed to SMTP by whichever process wins a conditional update (`queued` → `sending`).
 */
import type { Kysely, Selectable } from "kysely";
import type { Engine } from "./open-database.ts";
import type { Database, ReminderScheduleTable } from "./schema.ts";

export type ScheduleStatus =
  | "planned"
  | "queued"
  | "sending"
  | "sent"
  | "kept"
  | "failed"
  | "skipped"
  | "stopped"
  | "proposed";

export interface ScheduleRow {
  id: string;
  workspaceId: string;
  invoiceId: string;
  step: string;
  dueOn: string;
  status: ScheduleStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastError: string | null;
  outboxId: string | null;
  sentAt: string | null;
}

function toRow(r: Selectable<ReminderScheduleTable>): ScheduleRow {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    invoiceId: r.invoice_id,
    step: r.step,
    dueOn: r.due_on,
    status: r.status as ScheduleStatus,
    attempts: Number(r.attempts),
    nextAttemptAt: r.next_attempt_at,
    lastAttemptAt: r.last_attempt_at,
    lastError: r.last_error,
    outboxId: r.outbox_id,
    sentAt: r.sent_at,
  };
}

const OPEN = ["issued", "partially_paid"] as const;

/** Open invoices (every workspace) that have no schedule yet, oldest due first. */
export async function invoicesWithoutSchedule(
  db: Kysely<Database>,
  limit: number,
): Promise<{ id: string; workspaceId: string; dueDate: string }[]> {
  const rows = await db
    .selectFrom("invoices as i")
    .select(["i.id", "i.workspace_id", "i.due_date"])
    .where("i.status", "in", OPEN)
    .where("i.due_date", "is not", null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("reminder_schedule as s")
            .select("s.id")
            .whereRef("s.workspace_id", "=", "i.workspace_id")
            .whereRef("s.invoice_id", "=", "i.id"),
        ),
      ),
    )
    .orderBy("i.due_date")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id, dueDate: r.due_date! }));
}

/** Inserts planned steps; a step planned by another process meanwhile is left as it is (unique key). */
export async function insertScheduleRows(
  db: Kysely<Database>,
  rows: readonly { id: string; workspaceId: string; invoiceId: string; step: string; dueOn: string; status: string }[],
  at: string,
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("reminder_schedule")
    .values(
      rows.map((r) => ({
        id: r.id,
        workspace_id: r.workspaceId,
        invoice_id: r.invoiceId,
        step: r.step,
        due_on: r.dueOn,
        status: r.status,
        created_at: at,
        updated_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(["workspace_id", "invoice_id", "step"]).doNothing())
    .execute();
}

/**
 * Claims up to `limit` planned steps due by `today`, inside the caller's transaction: on PostgreSQL the rows are
 * locked and rows another process holds are skipped; on SQLite the transaction already holds the only write lock.
 */
export async function claimDueSteps(
  trx: Kysely<Database>,
  engine: Engine,
  input: { today: string; limit: number },
): Promise<ScheduleRow[]> {
  let q = trx
    .selectFrom("reminder_schedule")
    .selectAll()
    .where("status", "=", "planned")
    .where("due_on", "<=", input.today)
    .orderBy("due_on")
    .orderBy("id")
    .limit(input.limit);
  if (engine === "postgres") q = q.forUpdate().skipLocked();
  return (await q.execute()).map(toRow);
}

/** Every step of these invoices (one workspace), in date order. */
export async function listSchedulesOf(
  db: Kysely<Database>,
  workspaceId: string,
  invoiceIds: readonly string[],
): Promise<ScheduleRow[]> {
  // 500 ids a statement: every open invoice of a large studio stays under the engines' bound-variable limits.
  const rows = [];
  for (let i = 0; i < invoiceIds.length; i += 500) {
    rows.push(
      ...(await db
        .selectFrom("reminder_schedule")
        .selectAll()
        .where("workspace_id", "=", workspaceId)
        .where("invoice_id", "in", invoiceIds.slice(i, i + 500))
        .execute()),
    );
  }
  return rows.sort((a, b) => (a.due_on < b.due_on ? -1 : a.due_on > b.due_on ? 1 : 0)).map(toRow);
}

/** Which of these clients have their reminders paused. */
export async function pausedClients(
  db: Kysely<Database>,
  workspaceId: string,
  clientIds: readonly string[],
): Promise<Set<string>> {
  if (clientIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("clients")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", clientIds)
    .where("reminders_paused", "=", 1)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export interface SchedulePatch {
  status: ScheduleStatus;
  outboxId?: string | null;
  sentAt?: string | null;
  lastError?: string | null;
  nextAttemptAt?: string | null;
}

export async function updateStep(db: Kysely<Database>, id: string, patch: SchedulePatch, at: string): Promise<void> {
  await db
    .updateTable("reminder_schedule")
    .set({
      status: patch.status,
      updated_at: at,
      ...(patch.outboxId !== undefined ? { outbox_id: patch.outboxId } : {}),
      ...(patch.sentAt !== undefined ? { sent_at: patch.sentAt } : {}),
      ...(patch.lastError !== undefined ? { last_error: patch.lastError } : {}),
      ...(patch.nextAttemptAt !== undefined ? { next_attempt_at: patch.nextAttemptAt } : {}),
    })
    .where("id", "=", id)
    .execute();
}

/** Queued steps whose delivery may be tried now (first try or a retry whose backoff has run). */
export async function deliverableSteps(db: Kysely<Database>, now: string, limit: number): Promise<ScheduleRow[]> {
  const rows = await db
    .selectFrom("reminder_schedule")
    .selectAll()
    .where("status", "=", "queued")
    .where((eb) => eb.or([eb("next_attempt_at", "is", null), eb("next_attempt_at", "<=", now)]))
    .orderBy("due_on")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map(toRow);
}

/**
 * Takes one queued step for delivery and records the attempt; true only for the one process whose update changed the
 * row, so two processes never hand the same message to SMTP.
 */
export async function takeForDelivery(db: Kysely<Database>, id: string, now: string): Promise<boolean> {
  const r = await db
    .updateTable("reminder_schedule")
    .set((eb) => ({
      status: "sending",
      attempts: eb("attempts", "+", 1),
      last_attempt_at: now,
      updated_at: now,
    }))
    .where("id", "=", id)
    .where("status", "=", "queued")
    .where((eb) => eb.or([eb("next_attempt_at", "is", null), eb("next_attempt_at", "<=", now)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Steps left `sending` before `before` (their process died while handing the message to SMTP): whether the server
 * accepted it is unknown, so they are marked failed for a person to check rather than sent a second time.
 */
export async function failInterruptedSendings(db: Kysely<Database>, before: string, at: string): Promise<number> {
  const r = await db
    .updateTable("reminder_schedule")
    .set({ status: "failed", last_error: "interrupted while handing the message to SMTP", updated_at: at })
    .where("status", "=", "sending")
    .where("last_attempt_at", "<", before)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Whether the scheduler sends this client reminders (false when the studio paused them). */
export async function remindersPaused(db: Kysely<Database>, workspaceId: string, clientId: string): Promise<boolean> {
  const r = await db
    .selectFrom("clients")
    .select("reminders_paused")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", clientId)
    .executeTakeFirst();
  return Number(r?.reminders_paused ?? 0) === 1;
}

export async function setRemindersPaused(
  db: Kysely<Database>,
  workspaceId: string,
  clientId: string,
  paused: boolean,
): Promise<void> {
  await db
    .updateTable("clients")
    .set({ reminders_paused: paused ? 1 : 0 })
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", clientId)
    .execute();
}
