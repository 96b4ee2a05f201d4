/** Outgoing messages: written in the same transaction as what caused them, delivered after commit (or kept). */
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { Database, OutboxTable } from "./schema.ts";
import { parseStored, parseStoredJson } from "./stored-json.ts";

export type OutboxStatus = "pending" | "sent" | "failed" | "kept";

/** A document attached to a message, by reference (rendered again when delivered; issued documents never change). */
export interface OutboxAttachment {
  filename: string;
  entity: string;
  entityId: string;
}

const OutboxStatusSchema = z.enum(["pending", "sent", "failed", "kept"] satisfies OutboxStatus[]);
const AttachmentsSchema = z.array(z.object({ filename: z.string(), entity: z.string(), entityId: z.string() }));

export interface OutboxMessage {
  id: string;
  kind: string;
  to: string;
  subject: string;
  body: string;
  entity: string;
  entityId: string;
  status: OutboxStatus;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
  attachments?: OutboxAttachment[];
  /** Unique per workspace: a message with this key is written once (automatic reminders). */
  messageKey?: string;
}

export async function insertOutboxMessage(trx: Kysely<Database>, workspaceId: string, m: OutboxMessage): Promise<void> {
  await trx
    .insertInto("outbox")
    .values({
      id: m.id,
      workspace_id: workspaceId,
      kind: m.kind,
      to_address: m.to,
      subject: m.subject,
      body_text: m.body,
      entity: m.entity,
      entity_id: m.entityId,
      status: m.status,
      error: m.error,
      created_at: m.createdAt,
      sent_at: m.sentAt,
      attachments_json: m.attachments?.length ? JSON.stringify(m.attachments) : null,
      ...(m.messageKey ? { message_key: m.messageKey } : {}),
    })
    .execute();
}

export async function markOutboxMessage(
  db: Kysely<Database>,
  id: string,
  update: { status: OutboxStatus; error: string | null; sentAt: string | null },
): Promise<void> {
  await db
    .updateTable("outbox")
    .set({ status: update.status, error: update.error, sent_at: update.sentAt })
    .where("id", "=", id)
    .execute();
}

export async function listOutbox(
  db: Kysely<Database>,
  input: { workspaceId: string; limit: number; offset: number },
): Promise<{ items: OutboxMessage[]; total: number }> {
  const q = db.selectFrom("outbox").where("workspace_id", "=", input.workspaceId);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy("created_at", "desc").orderBy("id", "desc").limit(input.limit).offset(input.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map(toMessage),
  };
}

/** The messages about one record (an invoice, a credit note…), oldest first. */
export async function listOutboxOf(
  db: Kysely<Database>,
  input: { workspaceId: string; entity: string; entityIds: readonly string[] },
): Promise<OutboxMessage[]> {
  if (input.entityIds.length === 0) return [];
  const rows = await db
    .selectFrom("outbox")
    .selectAll()
    .where("workspace_id", "=", input.workspaceId)
    .where("entity", "=", input.entity)
    .where("entity_id", "in", input.entityIds)
    .orderBy("created_at", "asc")
    .orderBy("id", "asc")
    .execute();
  return rows.map(toMessage);
}

function toMessage(r: Selectable<OutboxTable>): OutboxMessage {
  return {
    id: r.id,
    kind: r.kind,
    to: r.to_address,
    subject: r.subject,
    body: r.body_text,
    entity: r.entity,
    entityId: r.entity_id,
    status: parseStored(OutboxStatusSchema, r.status, { table: "outbox", id: r.id, column: "status" }),
    error: r.error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    ...(r.attachments_json
      ? {
          attachments: parseStoredJson(AttachmentsSchema, r.attachments_json, {
            table: "outbox",
            id: r.id,
            column: "attachments_json",
          }),
        }
      : {}),
  };
}

/** One message by id (any workspace: the scheduler delivers for all of them), or undefined. */
export async function findOutboxMessage(db: Kysely<Database>, id: string): Promise<OutboxMessage | undefined> {
  const row = await db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toMessage(row) : undefined;
}
