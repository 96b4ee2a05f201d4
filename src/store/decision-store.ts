/** Decision worksheets (continue / renegotiate / stop), whole as JSON beside their list columns. */
import type { Kysely } from "kysely";
import { z } from "zod";
import { DECISION_OPTIONS, type DecisionWorksheet } from "../domain/decision/decision-worksheet.ts";
import { DomainError } from "../domain/errors.ts";
import type { Database } from "./schema.ts";
import { readDecision, readMandate } from "./stored-aggregates.ts";
import { parseStored } from "./stored-json.ts";

const DecisionStatusSchema = z.enum(["draft", "decided"] satisfies DecisionWorksheet["status"][]);

export async function insertDecision(
  trx: Kysely<Database>,
  workspaceId: string,
  d: DecisionWorksheet,
  at: string,
): Promise<void> {
  await trx
    .insertInto("decisions")
    .values({
      id: d.id,
      workspace_id: workspaceId,
      client_id: d.clientId,
      status: d.status,
      verdict: d.status === "decided" ? d.verdict : null,
      state_json: JSON.stringify(d),
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function saveDecision(
  trx: Kysely<Database>,
  input: { workspaceId: string; decision: DecisionWorksheet; expectedStatus: DecisionWorksheet["status"]; at: string },
): Promise<void> {
  const d = input.decision;
  const res = await trx
    .updateTable("decisions")
    .set({
      status: d.status,
      verdict: d.status === "decided" ? d.verdict : null,
      state_json: JSON.stringify(d),
      updated_at: input.at,
    })
    .where("workspace_id", "=", input.workspaceId)
    .where("id", "=", d.id)
    .where("status", "=", input.expectedStatus)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1)
    throw new DomainError("invalid_state", "the decision changed meanwhile; reload it");
}

export async function findDecision(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<DecisionWorksheet | undefined> {
  const row = await db
    .selectFrom("decisions")
    .select(["id", "state_json"])
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? readDecision(row.state_json, row.id) : undefined;
}

export async function listDecisionsOfClient(db: Kysely<Database>, workspaceId: string, clientId: string) {
  const rows = await db
    .selectFrom("decisions")
    .select(["id", "status", "verdict", "created_at", "updated_at"])
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "=", clientId)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    status: parseStored(DecisionStatusSchema, r.status, { table: "decisions", id: r.id, column: "status" }),
    verdict: parseStored(z.enum(DECISION_OPTIONS).nullable(), r.verdict, {
      table: "decisions",
      id: r.id,
      column: "verdict",
    }),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

/** The criteria (values and their ratings) of a client's worksheets, newest first. */
export async function criteriaOfClientDecisions(db: Kysely<Database>, workspaceId: string, clientId: string) {
  const rows = await db
    .selectFrom("decisions")
    .select(["id", "state_json"])
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "=", clientId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map((r) => readDecision(r.state_json, r.id).criteria);
}

/** Signed offers of a client whose work has not started (no delivery, no checklist item done, not stopped). */
export async function signedNotStarted(db: Kysely<Database>, workspaceId: string, clientId: string) {
  const rows = await db
    .selectFrom("offers")
    .leftJoin("mandates", "mandates.offer_id", "offers.id")
    .select([
      "offers.id",
      "offers.title",
      "offers.total",
      "offers.number",
      "offers.signed_at",
      "mandates.id as mandate_id",
      "mandates.state_json as mandate",
    ])
    .where("offers.workspace_id", "=", workspaceId)
    .where("offers.client_id", "=", clientId)
    .where("offers.status", "=", "signed")
    .execute();
  return rows
    .filter((r) => {
      if (!r.mandate || !r.mandate_id) return true;
      const m = readMandate(r.mandate, r.mandate_id);
      return m.status === "active" && m.deliveries.length === 0 && !m.checklist.some((i) => i.done);
    })
    .map((r) => ({ offerId: r.id, title: r.title, amount: Number(r.total), number: r.number, signedAt: r.signed_at }));
}

/** Issued invoices of a client that still have a balance. */
export async function openInvoicesOfClient(db: Kysely<Database>, workspaceId: string, clientId: string) {
  const rows = await db
    .selectFrom("invoices")
    .select(["id", "number", "issue_date", "due_date", "total", "balance"])
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "=", clientId)
    .where("status", "in", ["issued", "partially_paid"])
    .where("balance", ">", 0)
    .orderBy("due_date")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number ?? "",
    issueDate: r.issue_date ?? "",
    dueDate: r.due_date ?? "",
    total: Number(r.total),
    balance: Number(r.balance),
  }));
}
