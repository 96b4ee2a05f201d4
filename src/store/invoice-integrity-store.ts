/** What verifying issued invoices reads: each issued invoice's stored figures beside its `invoice.issued` event. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

export interface IssuedInvoiceFigures {
  id: string;
  number: string | null;
  /** The list columns (what lists, reports and exports read). */
  columns: { subtotal: number; taxTotal: number; total: number };
  /** The stored document, unparsed (a row that no longer parses is reported, not thrown). */
  stateJson: string;
  /** The `after` of the event that issued it, unparsed; null when there is no such event. */
  issuedJson: string | null;
}

/** Every issued (non-draft) invoice of a workspace, or only `invoiceId`, with the event that issued it. */
export async function listIssuedInvoiceFigures(
  db: Kysely<Database>,
  workspaceId: string,
  invoiceId?: string,
): Promise<IssuedInvoiceFigures[]> {
  let q = db
    .selectFrom("invoices")
    .leftJoin("audit_events", (join) =>
      join
        .onRef("audit_events.entity_id", "=", "invoices.id")
        .onRef("audit_events.workspace_id", "=", "invoices.workspace_id")
        .on("audit_events.action", "=", "invoice.issued"),
    )
    .select([
      "invoices.id",
      "invoices.number",
      "invoices.subtotal",
      "invoices.tax_total",
      "invoices.total",
      "invoices.state_json",
      "audit_events.after_json",
    ])
    .where("invoices.workspace_id", "=", workspaceId)
    .where("invoices.status", "<>", "draft");
  if (invoiceId) q = q.where("invoices.id", "=", invoiceId);
  const rows = await q.orderBy("invoices.number").execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    columns: { subtotal: Number(r.subtotal), taxTotal: Number(r.tax_total), total: Number(r.total) },
    stateJson: r.state_json,
    issuedJson: r.after_json,
  }));
}
