/** Costs and disbursements recorded on mandates; a cost on an invoice (draft or issued) is reserved in invoice_sources. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

export interface MandateCost {
  id: string;
  clientId: string;
  mandateId: string;
  date: string;
  description: string;
  amount: number;
  taxable: boolean;
  memberId: string;
  createdAt: string;
  /** The invoice that bills it, when one does. */
  invoiceId: string | null;
}

export async function insertCost(trx: Kysely<Database>, workspaceId: string, cost: Omit<MandateCost, "invoiceId">) {
  await trx
    .insertInto("mandate_costs")
    .values({
      id: cost.id,
      workspace_id: workspaceId,
      client_id: cost.clientId,
      mandate_id: cost.mandateId,
      date: cost.date,
      description: cost.description,
      amount: cost.amount,
      taxable: cost.taxable ? 1 : 0,
      member_id: cost.memberId,
      created_at: cost.createdAt,
    })
    .execute();
}

/** Costs of some mandates or of a client, oldest first, each with the invoice that bills it. */
export async function listCosts(
  db: Kysely<Database>,
  filter: { workspaceId: string; mandateIds?: readonly string[]; clientId?: string; ids?: readonly string[] },
): Promise<MandateCost[]> {
  if (filter.mandateIds?.length === 0 || filter.ids?.length === 0) return [];
  let q = db
    .selectFrom("mandate_costs as c")
    .leftJoin("invoice_sources as s", (j) =>
      j.onRef("s.source_id", "=", "c.id").on("s.kind", "=", "cost").onRef("s.workspace_id", "=", "c.workspace_id"),
    )
    .select([
      "c.id",
      "c.client_id",
      "c.mandate_id",
      "c.date",
      "c.description",
      "c.amount",
      "c.taxable",
      "c.member_id",
      "c.created_at",
      "s.invoice_id",
    ])
    .where("c.workspace_id", "=", filter.workspaceId);
  if (filter.mandateIds) q = q.where("c.mandate_id", "in", [...filter.mandateIds]);
  if (filter.clientId) q = q.where("c.client_id", "=", filter.clientId);
  if (filter.ids) q = q.where("c.id", "in", [...filter.ids]);
  const rows = await q.orderBy("c.date").orderBy("c.id").execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    mandateId: r.mandate_id,
    date: r.date,
    description: r.description,
    amount: Number(r.amount),
    taxable: r.taxable === 1,
    memberId: r.member_id,
    createdAt: r.created_at,
    invoiceId: r.invoice_id ?? null,
  }));
}

export async function deleteCost(trx: Kysely<Database>, workspaceId: string, id: string): Promise<void> {
  await trx.deleteFrom("mandate_costs").where("workspace_id", "=", workspaceId).where("id", "=", id).execute();
}
