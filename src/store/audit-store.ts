/**
 * Append-only audit events. Appending takes the workspace's counter with one atomic UPDATE … RETURNING inside the
 * caller's transaction: the row lock (PostgreSQL) or the write lock (SQLite) serialises appends per workspace, so
 * sequence numbers have no gaps and each event links to the one before it.
 */

import type { ExpressionBuilder, Kysely } from "kysely";
import { auditHash, GENESIS, type StoredAuditEvent } from "../domain/audit-chain.ts";
import { DomainError } from "../domain/errors.ts";
import type { AuditEventTable, Database } from "./schema.ts";

export interface AppendAuditInput {
  id: string;
  workspaceId: string;
  at: string;
  actorMemberId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export async function appendAudit(trx: Kysely<Database>, input: AppendAuditInput): Promise<StoredAuditEvent> {
  const head = await trx
    .updateTable("workspaces")
    .set((eb) => ({ audit_seq: eb("audit_seq", "+", 1) }))
    .where("id", "=", input.workspaceId)
    .returning(["audit_seq", "audit_head"])
    .executeTakeFirstOrThrow();
  const prevHash = head.audit_head ?? GENESIS;
  const content = {
    workspaceId: input.workspaceId,
    seq: Number(head.audit_seq),
    at: input.at,
    actorMemberId: input.actorMemberId,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    before: input.before ?? null,
    after: input.after ?? null,
  };
  const hash = auditHash(prevHash, content);
  await trx
    .insertInto("audit_events")
    .values({
      id: input.id,
      workspace_id: content.workspaceId,
      seq: content.seq,
      at: content.at,
      actor_member_id: content.actorMemberId,
      action: content.action,
      entity: content.entity,
      entity_id: content.entityId,
      before_json: content.before === null ? null : JSON.stringify(content.before),
      after_json: content.after === null ? null : JSON.stringify(content.after),
      prev_hash: prevHash,
      hash,
    })
    .execute();
  await trx.updateTable("workspaces").set({ audit_head: hash }).where("id", "=", input.workspaceId).execute();
  return { ...content, id: input.id, prevHash, hash };
}

/** Marks an event whose stored JSON no longer parses: its hash cannot match, so verification names it. */
export const UNREADABLE_JSON = "$unreadableJson";

function parseColumn(row: AuditEventTable, column: "before_json" | "after_json", lenient: boolean): unknown {
  const text = row[column];
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    if (lenient) return { [UNREADABLE_JSON]: column };
    throw new DomainError(
      "corrupt_record",
      `audit event ${row.seq} (audit_events ${row.id}) is damaged: its ${column} is not valid JSON; run the audit verification`,
      { record: { table: "audit_events", id: row.id, seq: Number(row.seq) } },
    );
  }
}

/** A stored row as the domain's audit event; a row whose JSON no longer parses is `corrupt_record`, named. */
export function auditEventOf(row: AuditEventTable): StoredAuditEvent {
  return toAuditEvent(row, false);
}

/** For verification: a row whose JSON no longer parses is read with a marker that fails its hash, so it is named. */
function auditEventToVerify(row: AuditEventTable): StoredAuditEvent {
  return toAuditEvent(row, true);
}

function toAuditEvent(row: AuditEventTable, lenient: boolean): StoredAuditEvent {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    seq: Number(row.seq),
    at: row.at,
    actorMemberId: row.actor_member_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: parseColumn(row, "before_json", lenient),
    after: parseColumn(row, "after_json", lenient),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export interface ListAuditInput {
  workspaceId: string;
  entity?: string | undefined;
  entityId?: string | undefined;
  /** Only what this member did. */
  actorMemberId?: string | undefined;
  /**
   * Only the events of one client's records: those about one of `entityIds`, and those whose recorded state names
   * the client (which keeps the events of records deleted since, a time entry).
   */
  client?: { id: string; entityIds: readonly string[] } | undefined;
  /** Only events on or after this day (`YYYY-MM-DD`, UTC). */
  from?: string | undefined;
  /** Only events on or before this day (`YYYY-MM-DD`, UTC). */
  to?: string | undefined;
  limit: number;
  offset: number;
}

/** Newest first, optionally for one entity, one member or a span of days; with the actor's name. */
export async function listAudit(db: Kysely<Database>, input: ListAuditInput) {
  let q = db.selectFrom("audit_events").where("audit_events.workspace_id", "=", input.workspaceId);
  if (input.entity) q = q.where("audit_events.entity", "=", input.entity);
  if (input.entityId) q = q.where("audit_events.entity_id", "=", input.entityId);
  if (input.actorMemberId) q = q.where("audit_events.actor_member_id", "=", input.actorMemberId);
  const client = input.client;
  if (client) q = q.where((eb) => eb.or(clientEventConditions(eb, client.id, client.entityIds)));
  // Instants are ISO-8601 UTC text: a day's bounds compare as text.
  if (input.from) q = q.where("audit_events.at", ">=", `${input.from}T00:00:00`);
  if (input.to) q = q.where("audit_events.at", "<=", `${input.to}T23:59:59.999Z`);
  const [rows, count] = await Promise.all([
    q
      .leftJoin("members", "members.id", "audit_events.actor_member_id")
      .selectAll("audit_events")
      .select("members.name as actor_name")
      .orderBy("audit_events.seq", "desc")
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({ ...auditEventOf(r), actorName: r.actor_name })),
  };
}

/** The events of a client's records: about one of them by id, or naming the client in their recorded state. */
export function clientEventConditions(
  eb: ExpressionBuilder<Database, "audit_events">,
  clientId: string,
  entityIds: readonly string[],
) {
  const mention = `%"clientId":"${clientId}"%`;
  return [
    ...(entityIds.length > 0 ? [eb("audit_events.entity_id", "in", [...entityIds])] : []),
    eb("audit_events.before_json", "like", mention),
    eb("audit_events.after_json", "like", mention),
  ];
}

/** Streams the whole chain of a workspace in ascending order, in pages, to `visit`. */
export async function forEachAuditEvent(
  db: Kysely<Database>,
  workspaceId: string,
  visit: (events: StoredAuditEvent[]) => void,
  pageSize = 5000,
): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom("audit_events")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("seq", ">", after)
      .orderBy("seq", "asc")
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return;
    visit(rows.map(auditEventToVerify));
    after = Number(rows[rows.length - 1]!.seq);
  }
}

/** The sequence number and hash the workspace row holds for its latest event. */
export async function findAuditHead(db: Kysely<Database>, workspaceId: string) {
  const row = await db
    .selectFrom("workspaces")
    .select(["audit_seq", "audit_head"])
    .where("id", "=", workspaceId)
    .executeTakeFirst();
  return row ? { seq: Number(row.audit_seq), hash: row.audit_head } : undefined;
}

/** Every event about these entities, oldest first (the evidence pack's audit extract). */
export async function listAuditOfEntities(db: Kysely<Database>, workspaceId: string, entityIds: readonly string[]) {
  if (entityIds.length === 0) return [];
  const rows = await db
    .selectFrom("audit_events")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("entity_id", "in", [...entityIds])
    .orderBy("seq")
    .execute();
  return rows.map(auditEventOf);
}
