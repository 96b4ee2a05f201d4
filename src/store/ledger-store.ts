/**
 * What the money ledger needs to value the work done on mandates: each mandate with its signed offer, its approved
 * change orders, and its billable time grouped by (minutes, rate) so every entry is valued and rounded as an invoice
 * line values it, in one query per kind of record for a batch of clients or mandates.
 */
import type { Kysely } from "kysely";
import type { ChangeOrder } from "../domain/change-order/change-order.ts";
import type { Mandate } from "../domain/mandate/mandate.ts";
import type { Offer } from "../domain/offer/offer.ts";
import { inRelationship } from "./client-store.ts";
import { notCoveredByRetainer, retainerBilledByMandate } from "./recurring-store.ts";
import type { Database } from "./schema.ts";
import { readChangeOrder, readMandate, readOffer } from "./stored-aggregates.ts";

export interface MandateWorkFacts {
  mandate: Mandate;
  title: string;
  offer: Offer;
  changeOrders: ChangeOrder[];
  /** Billable entries grouped by their minutes and recorded rate: `count` entries of `minutes` at `rate`. */
  billable: { minutes: number; rate: number; count: number }[];
  /** Σ costs and disbursements recorded on the mandate, before taxes. */
  costs: number;
  /**
   * What retainers' issued invoices bill for the mandate, net of credit notes: the work of the time they cover (that
   * time is left out of `billable`).
   */
  retainerBilled: number;
}

export interface WorkFactsFilter {
  workspaceId: string;
  clientIds?: readonly string[] | undefined;
  /** The clients in a working relationship, by a sub-select (`inRelationship`) instead of bound `clientIds`. */
  clientsInRelationship?: boolean | undefined;
  mandateIds?: readonly string[] | undefined;
  /** Only mandates in these states (the open work: active, delivered). */
  statuses?: readonly Mandate["status"][] | undefined;
}

export async function mandateWorkFacts(db: Kysely<Database>, filter: WorkFactsFilter): Promise<MandateWorkFacts[]> {
  if (filter.clientIds?.length === 0 || filter.mandateIds?.length === 0) return [];
  let q = db
    .selectFrom("mandates as m")
    .innerJoin("offers as o", (j) => j.onRef("o.id", "=", "m.offer_id"))
    .select(["m.id", "m.title", "m.state_json as mandate", "o.id as offer_id", "o.state_json as offer"])
    .where("m.workspace_id", "=", filter.workspaceId)
    .where("o.workspace_id", "=", filter.workspaceId);
  if (filter.clientsInRelationship) q = q.where(inRelationship("m.client_id", filter.workspaceId));
  if (filter.clientIds) q = q.where("m.client_id", "in", [...filter.clientIds]);
  if (filter.mandateIds) q = q.where("m.id", "in", [...filter.mandateIds]);
  if (filter.statuses) q = q.where("m.status", "in", [...filter.statuses]);
  const rows = await q.orderBy("m.created_at").execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [cos, time, costs, retainers] = await Promise.all([
    db
      .selectFrom("change_orders")
      .select(["id", "mandate_id", "state_json"])
      .where("workspace_id", "=", filter.workspaceId)
      .where("mandate_id", "in", ids)
      .where("status", "=", "approved")
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("time_entries")
      .select(["mandate_id", "minutes", "billable_rate"])
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("workspace_id", "=", filter.workspaceId)
      .where("mandate_id", "in", ids)
      .where("category", "=", "billable")
      .where(notCoveredByRetainer(filter.workspaceId))
      .groupBy(["mandate_id", "minutes", "billable_rate"])
      .execute(),
    db
      .selectFrom("mandate_costs")
      .select(["mandate_id"])
      .select((eb) => eb.fn.sum<number>("amount").as("total"))
      .where("workspace_id", "=", filter.workspaceId)
      .where("mandate_id", "in", ids)
      .groupBy("mandate_id")
      .execute(),
    retainerBilledByMandate(db, filter.workspaceId, ids),
  ]);
  return rows.map((r) => ({
    mandate: readMandate(r.mandate, r.id),
    title: r.title,
    offer: readOffer(r.offer, r.offer_id),
    changeOrders: cos.filter((c) => c.mandate_id === r.id).map((c) => readChangeOrder(c.state_json, c.id)),
    billable: time
      .filter((t) => t.mandate_id === r.id)
      .map((t) => ({ minutes: t.minutes, rate: Number(t.billable_rate), count: Number(t.n) })),
    costs: Number(costs.find((c) => c.mandate_id === r.id)?.total ?? 0),
    retainerBilled: retainers.get(r.id) ?? 0,
  }));
}
