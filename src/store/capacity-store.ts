/** Open work for capacity planning: active and delivered mandates with their signed offers, and change orders. */
import type { Kysely } from "kysely";
import type { ChangeOrder } from "../domain/change-order/change-order.ts";
import type { Mandate } from "../domain/mandate/mandate.ts";
import type { SignedOffer } from "../domain/offer/offer.ts";
import type { Database } from "./schema.ts";
import { readChangeOrder, readMandate, readOffer } from "./stored-aggregates.ts";
import { storedInStatus } from "./stored-json.ts";

export async function listOpenWork(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<{ mandate: Mandate; offer: SignedOffer }[]> {
  const rows = await db
    .selectFrom("mandates")
    .innerJoin("offers", "offers.id", "mandates.offer_id")
    .select(["mandates.id", "mandates.state_json as mandate", "offers.id as offer_id", "offers.state_json as offer"])
    .where("mandates.workspace_id", "=", workspaceId)
    .where("mandates.status", "in", ["active", "delivered"])
    .execute();
  return rows.map((r) => ({
    mandate: readMandate(r.mandate, r.id),
    offer: storedInStatus(readOffer(r.offer, r.offer_id), ["signed"], {
      table: "offers",
      id: r.offer_id,
      column: "state_json",
    }),
  }));
}

export async function listChangeOrdersOfMandates(
  db: Kysely<Database>,
  workspaceId: string,
  mandateIds: readonly string[],
): Promise<ChangeOrder[]> {
  if (mandateIds.length === 0) return [];
  const rows = await db
    .selectFrom("change_orders")
    .select(["id", "state_json"])
    .where("workspace_id", "=", workspaceId)
    .where("mandate_id", "in", mandateIds)
    .execute();
  return rows.map((r) => readChangeOrder(r.state_json, r.id));
}
