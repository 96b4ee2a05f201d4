/** What ending a relationship concerns: the client's open offers and their mandates. */
import type { Kysely } from "kysely";
import type { Mandate } from "../domain/mandate/mandate.ts";
import type { Offer } from "../domain/offer/offer.ts";
import type { Database } from "./schema.ts";
import { readInvoiceDetails, readMandate, readOffer } from "./stored-aggregates.ts";

export interface OpenOfferRow {
  offer: Offer;
  mandate: Mandate | null;
}

/** Offers that are still open (draft, sent, signed) with their mandate when signed. */
export async function openOffersOfClient(
  db: Kysely<Database>,
  workspaceId: string,
  clientId: string,
): Promise<OpenOfferRow[]> {
  const rows = await db
    .selectFrom("offers")
    .leftJoin("mandates", "mandates.offer_id", "offers.id")
    .select(["offers.id", "offers.state_json as offer", "mandates.id as mandate_id", "mandates.state_json as mandate"])
    .where("offers.workspace_id", "=", workspaceId)
    .where("offers.client_id", "=", clientId)
    .where("offers.status", "in", ["draft", "sent", "signed"])
    .execute();
  return rows.map((r) => ({
    offer: readOffer(r.offer, r.id),
    mandate: r.mandate && r.mandate_id ? readMandate(r.mandate, r.mandate_id) : null,
  }));
}

/** The annual late-interest rate written in each invoice's terms (basis points), for the letter to state it. */
export async function invoiceLateInterestBps(
  db: Kysely<Database>,
  workspaceId: string,
  invoiceIds: readonly string[],
): Promise<Map<string, number>> {
  if (invoiceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("invoices")
    .select(["id", "details_json"])
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", [...invoiceIds])
    .execute();
  return new Map(rows.map((r) => [r.id, readInvoiceDetails(r.details_json, r.id).lateInterestBps]));
}
