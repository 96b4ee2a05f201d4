/**
 * What a client's work offers to invoice: signed offers (their deposit) and approved change orders, in one query each;
 * and the late interest already invoiced for an invoice.
 */
import type { Kysely } from "kysely";
import type { ChangeOrder } from "../domain/change-order/change-order.ts";
import type { Invoice } from "../domain/invoice/invoice-lifecycle.ts";
import type { Offer } from "../domain/offer/offer.ts";
import type { InvoiceDetails } from "./invoice-store.ts";
import type { Database } from "./schema.ts";

export async function signedOffersOfClient(
  db: Kysely<Database>,
  workspaceId: string,
  clientId: string,
): Promise<Offer[]> {
  const rows = await db
    .selectFrom("offers")
    .select("state_json")
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "=", clientId)
    .where("status", "=", "signed")
    .orderBy("created_at")
    .execute();
  return rows.map((r) => JSON.parse(r.state_json) as Offer);
}

export async function approvedChangeOrdersOfClient(
  db: Kysely<Database>,
  workspaceId: string,
  clientId: string,
): Promise<ChangeOrder[]> {
  const rows = await db
    .selectFrom("change_orders")
    .select("state_json")
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "=", clientId)
    .where("status", "=", "approved")
    .orderBy("created_at")
    .execute();
  return rows.map((r) => JSON.parse(r.state_json) as ChangeOrder);
}

/** Names of members and titles of mandates, for line descriptions (one query each). */
export async function sourceLabels(
  db: Kysely<Database>,
  workspaceId: string,
  ids: { memberIds: readonly string[]; mandateIds: readonly string[] },
) {
  const [members, mandates] = await Promise.all([
    ids.memberIds.length
      ? db
          .selectFrom("members")
          .select(["id", "name"])
          .where("workspace_id", "=", workspaceId)
          .where("id", "in", [...ids.memberIds])
          .execute()
      : [],
    ids.mandateIds.length
      ? db
          .selectFrom("mandates")
          .select(["id", "title"])
          .where("workspace_id", "=", workspaceId)
          .where("id", "in", [...ids.mandateIds])
          .execute()
      : [],
  ]);
  return {
    member: new Map(members.map((m) => [m.id, m.name])),
    mandate: new Map(mandates.map((m) => [m.id, m.title])),
  };
}

/**
 * Late-interest lines already on invoices (draft or issued, not cancelled by a full credit note) for one invoice:
 * their source ids are `{invoiceId}:{asOf}` (interest) and `{invoiceId}:{asOf}:indemnity`. One query over the
 * workspace's interest sources (few) joined to their invoices.
 */
export async function invoicedInterest(db: Kysely<Database>, workspaceId: string, invoiceId: string) {
  const rows = await db
    .selectFrom("invoice_sources as s")
    .innerJoin("invoices as i", (j) => j.onRef("i.id", "=", "s.invoice_id"))
    .select(["s.source_id", "i.status", "i.state_json", "i.details_json"])
    .where("s.workspace_id", "=", workspaceId)
    .where("s.kind", "=", "interest")
    .where("i.workspace_id", "=", workspaceId)
    .execute();
  let interest = 0;
  let indemnity = 0;
  for (const r of rows) {
    if (!r.source_id.startsWith(`${invoiceId}:`) || r.status === "credited") continue;
    const invoice = JSON.parse(r.state_json) as Invoice;
    const details = JSON.parse(r.details_json) as InvoiceDetails;
    details.lines.forEach((info, i) => {
      if (info.source?.kind !== "interest" || info.source.id !== r.source_id) return;
      const amount = invoice.lines[i]?.unitPrice ?? 0;
      if (r.source_id.endsWith(":indemnity")) indemnity += amount;
      else interest += amount;
    });
  }
  return { interest, indemnity };
}
