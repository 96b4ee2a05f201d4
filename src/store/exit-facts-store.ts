/** What ending a relationship concerns: the client's open offers and their mandates, with what was invoiced and paid. */
import type { Kysely } from "kysely";
import type { Mandate } from "../domain/mandate/mandate.ts";
import type { Offer } from "../domain/offer/offer.ts";
import type { Database } from "./schema.ts";

export interface OpenOfferRow {
  offer: Offer;
  mandate: Mandate | null;
  /** Minutes logged on the mandate, all categories. */
  minutes: number;
  /** Pre-tax amounts invoiced (issued) for the offer's deposit, its change orders and its mandate's time. */
  invoiced: number;
  /** The share of those invoices paid, pre-tax. */
  received: number;
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
  const mandateIds = rows.flatMap((r) => (r.mandate_id ? [r.mandate_id] : []));
  const offerIds = rows.map((r) => r.id);
  const [minutes, invoices] = await Promise.all([
    mandateIds.length
      ? db
          .selectFrom("time_entries")
          .select(["mandate_id"])
          .select((eb) => eb.fn.sum<number>("minutes").as("m"))
          .where("workspace_id", "=", workspaceId)
          .where("mandate_id", "in", mandateIds)
          .groupBy("mandate_id")
          .execute()
      : [],
    invoicedFor(db, workspaceId, offerIds, mandateIds),
  ]);
  const byMandate = new Map(minutes.map((m) => [m.mandate_id!, Number(m.m)]));
  return rows.map((r) => {
    const key = r.mandate_id ?? r.id;
    const inv = invoices.get(r.id) ?? { invoiced: 0, received: 0 };
    const fromTime = r.mandate_id ? (invoices.get(key) ?? { invoiced: 0, received: 0 }) : { invoiced: 0, received: 0 };
    return {
      offer: JSON.parse(r.offer) as Offer,
      mandate: r.mandate ? (JSON.parse(r.mandate) as Mandate) : null,
      minutes: r.mandate_id ? (byMandate.get(r.mandate_id) ?? 0) : 0,
      invoiced: inv.invoiced + (r.mandate_id ? fromTime.invoiced : 0),
      received: inv.received + (r.mandate_id ? fromTime.received : 0),
    };
  });
}

/**
 * Pre-tax invoiced and received amounts per offer (deposits and change orders, through the invoice sources) and per
 * mandate (its time entries' invoices). Received is the invoice's paid share applied to the pre-tax amount.
 */
async function invoicedFor(db: Kysely<Database>, workspaceId: string, offerIds: string[], mandateIds: string[]) {
  const out = new Map<string, { invoiced: number; received: number }>();
  if (offerIds.length === 0) return out;
  const add = (key: string, subtotal: number, total: number, paid: number) => {
    const cur = out.get(key) ?? { invoiced: 0, received: 0 };
    cur.invoiced += subtotal;
    cur.received += total > 0 ? Math.round((subtotal * Math.min(paid, total)) / total) : 0;
    out.set(key, cur);
  };
  const bySource = await db
    .selectFrom("invoice_sources")
    .innerJoin("invoices", "invoices.id", "invoice_sources.invoice_id")
    .leftJoin("change_orders", (j) => j.onRef("change_orders.id", "=", "invoice_sources.source_id"))
    .select([
      "invoice_sources.kind",
      "invoice_sources.source_id",
      "change_orders.offer_id",
      "invoices.subtotal",
      "invoices.total",
      "invoices.paid",
    ])
    .where("invoice_sources.workspace_id", "=", workspaceId)
    .where((eb) =>
      eb.or([eb("invoice_sources.source_id", "in", offerIds), eb("change_orders.offer_id", "in", offerIds)]),
    )
    .where("invoices.status", "!=", "draft")
    .execute();
  for (const r of bySource) {
    const offerId = r.offer_id ?? r.source_id;
    if (offerIds.includes(offerId)) add(offerId, Number(r.subtotal), Number(r.total), Number(r.paid));
  }
  if (mandateIds.length) {
    const byTime = await db
      .selectFrom("time_entries")
      .innerJoin("invoices", "invoices.id", "time_entries.invoice_id")
      .select([
        "time_entries.mandate_id",
        "time_entries.minutes",
        "time_entries.billable_rate",
        "invoices.total",
        "invoices.paid",
        "invoices.subtotal",
      ])
      .where("time_entries.workspace_id", "=", workspaceId)
      .where("time_entries.mandate_id", "in", mandateIds)
      .where("invoices.status", "!=", "draft")
      .execute();
    for (const r of byTime) {
      const amount = Math.round((r.minutes * Number(r.billable_rate)) / 60);
      const share = Number(r.subtotal) > 0 ? amount / Number(r.subtotal) : 0;
      add(r.mandate_id!, amount, Math.round(Number(r.total) * share), Math.round(Number(r.paid) * share));
    }
  }
  return out;
}
