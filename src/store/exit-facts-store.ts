/** What ending a relationship concerns: the client's open offers and their mandates. */
import type { Kysely } from "kysely";
import type { Mandate } from "../domain/mandate/mandate.ts";
import type { Offer } from "../domain/offer/offer.ts";
import type { Database } from "./schema.ts";

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
    .select(["offers.state_json as offer", "mandates.state_json as mandate"])
    .where("offers.workspace_id", "=", workspaceId)
    .where("offers.client_id", "=", clientId)
    .where("offers.status", "in", ["draft", "sent", "signed"])
    .execute();
  return rows.map((r) => ({
    offer: JSON.parse(r.offer) as Offer,
    mandate: r.mandate ? (JSON.parse(r.mandate) as Mandate) : null,
  }));
}
