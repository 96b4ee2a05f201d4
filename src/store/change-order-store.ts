/** Change orders (whole lifecycle object as JSON), their frozen approved text, and the mandate's change log. */
import type { Kysely, Selectable } from "kysely";
import type { ChangeOrder } from "../domain/change-order/change-order.ts";
import { changeOrderTotals } from "../domain/change-order/change-order-totals.ts";
import { DomainError } from "../domain/errors.ts";
import type { ChangeOrderTable, Database } from "./schema.ts";
import { readChangeOrder } from "./stored-aggregates.ts";

export interface StoredChangeOrder {
  changeOrder: ChangeOrder;
  clientId: string;
  documentText: string | null;
  sha256: string | null;
}

function toStored(row: Selectable<ChangeOrderTable>): StoredChangeOrder {
  return {
    changeOrder: readChangeOrder(row.state_json, row.id),
    clientId: row.client_id,
    documentText: row.document_text,
    sha256: row.sha256,
  };
}

function columns(co: ChangeOrder) {
  return {
    number: co.number,
    status: co.status,
    total: changeOrderTotals(co.content).total,
    state_json: JSON.stringify(co),
  };
}

export async function insertChangeOrder(
  trx: Kysely<Database>,
  input: { workspaceId: string; clientId: string; changeOrder: ChangeOrder; at: string },
): Promise<void> {
  const co = input.changeOrder;
  await trx
    .insertInto("change_orders")
    .values({
      id: co.id,
      workspace_id: input.workspaceId,
      mandate_id: co.mandateId,
      offer_id: co.offerId,
      client_id: input.clientId,
      ...columns(co),
      document_text: null,
      sha256: null,
      created_at: input.at,
      updated_at: input.at,
    })
    .execute();
}

export async function saveChangeOrder(
  trx: Kysely<Database>,
  input: {
    workspaceId: string;
    changeOrder: ChangeOrder;
    expectedStatus: ChangeOrder["status"];
    at: string;
    document?: { text: string; sha256: string } | undefined;
  },
): Promise<void> {
  const res = await trx
    .updateTable("change_orders")
    .set({
      ...columns(input.changeOrder),
      ...(input.document ? { document_text: input.document.text, sha256: input.document.sha256 } : {}),
      updated_at: input.at,
    })
    .where("workspace_id", "=", input.workspaceId)
    .where("id", "=", input.changeOrder.id)
    .where("status", "=", input.expectedStatus)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1)
    throw new DomainError("invalid_state", "the change order changed meanwhile; reload it");
}

export async function findChangeOrder(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<StoredChangeOrder | undefined> {
  const row = await db
    .selectFrom("change_orders")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toStored(row) : undefined;
}

/** The change log of a mandate, oldest first. */
export async function listChangeOrdersOfMandate(
  db: Kysely<Database>,
  workspaceId: string,
  mandateId: string,
): Promise<StoredChangeOrder[]> {
  const rows = await db
    .selectFrom("change_orders")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("mandate_id", "=", mandateId)
    .orderBy("created_at")
    .execute();
  return rows.map(toStored);
}

/** How many change orders a mandate has had (numbers are per mandate: `OFF-2026-0007-A1`, `-A2`…). */
export async function countChangeOrdersOfMandate(
  db: Kysely<Database>,
  workspaceId: string,
  mandateId: string,
): Promise<number> {
  const row = await db
    .selectFrom("change_orders")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("workspace_id", "=", workspaceId)
    .where("mandate_id", "=", mandateId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Items of the mandate's approved change orders: with the signed offer, the current scope. */
export async function approvedChangeOrderItems(db: Kysely<Database>, workspaceId: string, mandateId: string) {
  const rows = await db
    .selectFrom("change_orders")
    .select(["id", "state_json"])
    .where("workspace_id", "=", workspaceId)
    .where("mandate_id", "=", mandateId)
    .where("status", "=", "approved")
    .orderBy("created_at")
    .execute();
  return rows.flatMap((r) =>
    readChangeOrder(r.state_json, r.id).content.items.map((i) => ({
      id: i.id,
      title: i.title,
      description: i.description,
    })),
  );
}
