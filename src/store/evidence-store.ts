/**
 * What the evidence pack reads that no other store function gives it: the stored documents of offers, change orders
 * and mandates byte for byte, a client's invoices and payments, the messages sent about its records, and the ids of
 * every record that belongs to it (for its audit extract). Every query is filtered by workspace.
 */
import type { Kysely } from "kysely";
import { auditEventOf, clientEventConditions } from "./audit-store.ts";
import { clientEntityIds } from "./client-entities-store.ts";
import type { Database } from "./schema.ts";

/** The offer as stored: its state and, once sent, its canonical document text and SHA-256. */
export async function findOfferDocument(db: Kysely<Database>, workspaceId: string, id: string) {
  return db
    .selectFrom("offers")
    .select(["state_json", "document_text", "sha256"])
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

/** The change order's canonical document text and SHA-256, once sent. */
export async function findChangeOrderDocument(db: Kysely<Database>, workspaceId: string, id: string) {
  return db
    .selectFrom("change_orders")
    .select(["document_text", "sha256"])
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

/** The mandate's state as stored (JSON text). */
export async function findMandateState(db: Kysely<Database>, workspaceId: string, id: string): Promise<string> {
  const row = await db
    .selectFrom("mandates")
    .select("state_json")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return row.state_json;
}

/** A client's invoices (drafts included), oldest first, with their stored state. */
export async function listInvoicesOfClientForEvidence(db: Kysely<Database>, workspaceId: string, clientId: string) {
  return db
    .selectFrom("invoices")
    .select(["id", "number", "status", "state_json"])
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "=", clientId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** A client's payments, by date. */
export async function listPaymentsOfClient(db: Kysely<Database>, workspaceId: string, clientId: string) {
  return db
    .selectFrom("payments")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "=", clientId)
    .orderBy("date")
    .orderBy("id")
    .execute();
}

/** The outbox rows (the sending record) of messages about these records, oldest first. */
export async function listMessagesOfEntities(db: Kysely<Database>, workspaceId: string, entityIds: readonly string[]) {
  if (entityIds.length === 0) return [];
  return db
    .selectFrom("outbox")
    .select([
      "id",
      "kind",
      "to_address",
      "subject",
      "body_text",
      "status",
      "error",
      "created_at",
      "sent_at",
      "entity",
      "entity_id",
    ])
    .where("workspace_id", "=", workspaceId)
    .where("entity_id", "in", [...entityIds])
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/**
 * The ids of every record that belongs to a client: the client, its offers, mandates, rounds, change orders,
 * invoices, decisions and exits (as on its timeline), plus its claims, time entries and formal notices.
 */
export async function evidenceEntityIds(db: Kysely<Database>, workspaceId: string, clientId: string) {
  const [records, notices, claims, time] = await Promise.all([
    clientEntityIds(db, workspaceId, clientId),
    db
      .selectFrom("formal_notices")
      .select("id")
      .where("workspace_id", "=", workspaceId)
      .where("client_id", "=", clientId)
      .execute(),
    db
      .selectFrom("claims")
      .select("id")
      .where("workspace_id", "=", workspaceId)
      .where("client_id", "=", clientId)
      .execute(),
    db
      .selectFrom("time_entries")
      .select("id")
      .where("workspace_id", "=", workspaceId)
      .where((eb) =>
        eb.or([
          eb("client_id", "=", clientId),
          eb(
            "mandate_id",
            "in",
            eb
              .selectFrom("mandates")
              .select("mandates.id")
              .where("mandates.workspace_id", "=", workspaceId)
              .where("mandates.client_id", "=", clientId),
          ),
        ]),
      )
      .execute(),
  ]);
  return [...new Set([...records, ...[...notices, ...claims, ...time].map((r) => r.id)])];
}

/**
 * The audit events of a client's records, oldest first: those about one of `entityIds`, and those whose recorded
 * state names the client (`"clientId":"…"`), which keeps the events of records deleted since (a time entry).
 */
export async function listAuditOfClient(
  db: Kysely<Database>,
  input: { workspaceId: string; clientId: string; entityIds: readonly string[] },
) {
  const rows = await db
    .selectFrom("audit_events")
    .selectAll()
    .where("workspace_id", "=", input.workspaceId)
    .where((eb) => eb.or(clientEventConditions(eb, input.clientId, input.entityIds)))
    .orderBy("seq")
    .execute();
  return rows.map(auditEventOf);
}
