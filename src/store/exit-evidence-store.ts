/**
 * The records an exit's reason can link as evidence, looked up by kind and id within one workspace: what each is
 * (its client, number, date, status), so the app can refuse another client's record and label the link.
 */
import type { Kysely } from "kysely";
import type { EvidenceKind } from "../domain/exit/exit-check.ts";
import type { Database } from "./schema.ts";

export interface EvidenceRecord {
  kind: EvidenceKind;
  id: string;
  clientId: string;
  /** Number (invoice, change order) or the first words (signal, round). */
  name: string;
  date: string;
  status: string;
  /** Invoices: unpaid balance. */
  balance?: number;
}

/** Finds one record of the workspace, or undefined (another workspace's ids are never found). */
export async function findEvidenceRecord(
  db: Kysely<Database>,
  workspaceId: string,
  link: { kind: EvidenceKind; id: string },
): Promise<EvidenceRecord | undefined> {
  const base = { kind: link.kind, id: link.id };
  switch (link.kind) {
    case "signal": {
      const r = await db
        .selectFrom("signals")
        .select(["client_id", "occurred_on", "text", "kind"])
        .where("workspace_id", "=", workspaceId)
        .where("id", "=", link.id)
        .executeTakeFirst();
      return r && { ...base, clientId: r.client_id, name: r.text, date: r.occurred_on, status: r.kind };
    }
    case "round": {
      const r = await db
        .selectFrom("rounds")
        .select(["client_id", "received_on", "text", "reply_json"])
        .where("workspace_id", "=", workspaceId)
        .where("id", "=", link.id)
        .executeTakeFirst();
      return (
        r && {
          ...base,
          clientId: r.client_id,
          name: r.text,
          date: r.received_on,
          status: r.reply_json ? "answered" : "received",
        }
      );
    }
    case "change_order": {
      const r = await db
        .selectFrom("change_orders")
        .select(["client_id", "number", "status", "updated_at"])
        .where("workspace_id", "=", workspaceId)
        .where("id", "=", link.id)
        .executeTakeFirst();
      return r && { ...base, clientId: r.client_id, name: r.number, date: r.updated_at.slice(0, 10), status: r.status };
    }
    case "invoice": {
      const r = await db
        .selectFrom("invoices")
        .select(["client_id", "number", "status", "due_date", "balance"])
        .where("workspace_id", "=", workspaceId)
        .where("id", "=", link.id)
        .executeTakeFirst();
      return (
        r && {
          ...base,
          clientId: r.client_id,
          name: r.number ?? "",
          date: r.due_date ?? "",
          status: r.status,
          balance: Number(r.balance),
        }
      );
    }
    case "formal_notice": {
      const r = await db
        .selectFrom("formal_notices")
        .select(["client_id", "sent_on", "method"])
        .where("workspace_id", "=", workspaceId)
        .where("id", "=", link.id)
        .executeTakeFirst();
      return r && { ...base, clientId: r.client_id, name: r.sent_on, date: r.sent_on, status: r.method };
    }
    default: {
      const never: never = link.kind;
      return never;
    }
  }
}

/** The records of a client that can show a reason: signals, rounds, rejected change orders, overdue invoices, notices. */
export async function evidenceCandidates(
  db: Kysely<Database>,
  input: { workspaceId: string; clientId: string; today: string },
): Promise<EvidenceRecord[]> {
  const { workspaceId, clientId, today } = input;
  const [signals, rounds, changeOrders, invoices, notices] = await Promise.all([
    db
      .selectFrom("signals")
      .select(["id", "occurred_on", "text", "kind"])
      .where("workspace_id", "=", workspaceId)
      .where("client_id", "=", clientId)
      .orderBy("occurred_on")
      .execute(),
    db
      .selectFrom("rounds")
      .select(["id", "received_on", "text", "reply_json"])
      .where("workspace_id", "=", workspaceId)
      .where("client_id", "=", clientId)
      .orderBy("received_on")
      .execute(),
    db
      .selectFrom("change_orders")
      .select(["id", "number", "status", "updated_at"])
      .where("workspace_id", "=", workspaceId)
      .where("client_id", "=", clientId)
      .where("status", "=", "rejected")
      .orderBy("number")
      .execute(),
    db
      .selectFrom("invoices")
      .select(["id", "number", "status", "due_date", "balance"])
      .where("workspace_id", "=", workspaceId)
      .where("client_id", "=", clientId)
      .where("status", "in", ["issued", "partially_paid"])
      .where("balance", ">", 0)
      .where("due_date", "<", today)
      .orderBy("due_date")
      .execute(),
    db
      .selectFrom("formal_notices")
      .select(["id", "sent_on", "method"])
      .where("workspace_id", "=", workspaceId)
      .where("client_id", "=", clientId)
      .orderBy("sent_on")
      .execute(),
  ]);
  return [
    ...signals.map((r) => ({
      kind: "signal" as const,
      id: r.id,
      clientId,
      name: r.text,
      date: r.occurred_on,
      status: r.kind,
    })),
    ...rounds.map((r) => ({
      kind: "round" as const,
      id: r.id,
      clientId,
      name: r.text,
      date: r.received_on,
      status: r.reply_json ? "answered" : "received",
    })),
    ...changeOrders.map((r) => ({
      kind: "change_order" as const,
      id: r.id,
      clientId,
      name: r.number,
      date: r.updated_at.slice(0, 10),
      status: r.status,
    })),
    ...invoices.map((r) => ({
      kind: "invoice" as const,
      id: r.id,
      clientId,
      name: r.number ?? "",
      date: r.due_date ?? "",
      status: r.status,
      balance: Number(r.balance),
    })),
    ...notices.map((r) => ({
      kind: "formal_notice" as const,
      id: r.id,
      clientId,
      name: r.sent_on,
      date: r.sent_on,
      status: r.method,
    })),
  ];
}
