/** What a client's work offers to invoice: signed offers (their deposit) and approved change orders, in one query each. */
import type { Kysely } from "kysely";
import type { ChangeOrder } from "../domain/change-order/change-order.ts";
import type { Offer } from "../domain/offer/offer.ts";
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
