/** Offers (whole lifecycle object as JSON beside list columns), their exact signed text, and team estimates. */
import type { Kysely, Selectable } from "kysely";
import { DomainError } from "../domain/errors.ts";
import type { MemberEstimate } from "../domain/estimate/team-estimate.ts";
import type { Offer } from "../domain/offer/offer.ts";
import { offerTotals } from "../domain/offer/offer-totals.ts";
import type { Database, OfferTable } from "./schema.ts";
import { readOffer } from "./stored-aggregates.ts";

export interface StoredOffer {
  offer: Offer;
  clientId: string;
  /** The canonical text the client saw and signed (set at send). */
  documentText: string | null;
  sha256: string | null;
  updatedAt: string;
}

function toStored(row: Selectable<OfferTable>): StoredOffer {
  return {
    offer: readOffer(row.state_json, row.id),
    clientId: row.client_id,
    documentText: row.document_text,
    sha256: row.sha256,
    updatedAt: row.updated_at,
  };
}

function columns(offer: Offer) {
  return {
    client_id: offer.content.clientId,
    number: offer.number,
    version: offer.version,
    status: offer.status,
    title: offer.content.title,
    currency: offer.content.currency,
    total: offerTotals(offer.content).total,
    state_json: JSON.stringify(offer),
    sent_at: "sentAt" in offer ? (offer.sentAt ?? null) : null,
    signed_at: "signature" in offer && offer.signature ? offer.signature.signedAt : null,
  };
}

export async function insertOffer(trx: Kysely<Database>, workspaceId: string, offer: Offer, at: string): Promise<void> {
  await trx
    .insertInto("offers")
    .values({
      id: offer.id,
      workspace_id: workspaceId,
      ...columns(offer),
      document_text: null,
      sha256: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export interface SaveOfferInput {
  workspaceId: string;
  offer: Offer;
  /** The status the row must still have: a concurrent change makes the save fail instead of overwriting it. */
  expectedStatus: Offer["status"];
  at: string;
  document?: { text: string; sha256: string } | undefined;
}

export async function saveOffer(trx: Kysely<Database>, input: SaveOfferInput): Promise<void> {
  const result = await trx
    .updateTable("offers")
    .set({
      ...columns(input.offer),
      ...(input.document ? { document_text: input.document.text, sha256: input.document.sha256 } : {}),
      updated_at: input.at,
    })
    .where("workspace_id", "=", input.workspaceId)
    .where("id", "=", input.offer.id)
    .where("status", "=", input.expectedStatus)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new DomainError("invalid_state", "the offer changed meanwhile; reload it");
  }
}

export async function findOffer(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<StoredOffer | undefined> {
  const row = await db
    .selectFrom("offers")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toStored(row) : undefined;
}

export interface ListOffersInput {
  workspaceId: string;
  clientId?: string | undefined;
  status?: string | undefined;
  limit: number;
  offset: number;
}

export interface OfferListItem {
  id: string;
  clientId: string;
  clientName: string;
  number: string;
  version: number;
  status: string;
  title: string;
  currency: string;
  total: number;
  sentAt: string | null;
  signedAt: string | null;
  createdAt: string;
}

export async function listOffers(
  db: Kysely<Database>,
  input: ListOffersInput,
): Promise<{ items: OfferListItem[]; total: number }> {
  let q = db.selectFrom("offers").where("offers.workspace_id", "=", input.workspaceId);
  if (input.clientId) q = q.where("offers.client_id", "=", input.clientId);
  if (input.status) q = q.where("offers.status", "=", input.status);
  const [rows, count] = await Promise.all([
    q
      .innerJoin("clients", "clients.id", "offers.client_id")
      .select([
        "offers.id",
        "offers.client_id",
        "clients.name as client_name",
        "offers.number",
        "offers.version",
        "offers.status",
        "offers.title",
        "offers.currency",
        "offers.total",
        "offers.sent_at",
        "offers.signed_at",
        "offers.created_at",
      ])
      .orderBy("offers.created_at", "desc")
      .orderBy("offers.id", "desc")
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({
      id: r.id,
      clientId: r.client_id,
      clientName: r.client_name,
      number: r.number,
      version: r.version,
      status: r.status,
      title: r.title,
      currency: r.currency,
      total: Number(r.total),
      sentAt: r.sent_at,
      signedAt: r.signed_at,
      createdAt: r.created_at,
    })),
  };
}

export async function listOfferEstimates(
  db: Kysely<Database>,
  workspaceId: string,
  offerId: string,
): Promise<MemberEstimate[]> {
  const rows = await db
    .selectFrom("offer_estimates")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("offer_id", "=", offerId)
    .orderBy("deliverable_id")
    .orderBy("member_id")
    .execute();
  return rows.map((r) => ({
    memberId: r.member_id,
    deliverableId: r.deliverable_id,
    optimistic: r.optimistic_centi / 100,
    likely: r.likely_centi / 100,
    pessimistic: r.pessimistic_centi / 100,
  }));
}

/** Replaces one member's estimates of an offer. */
export async function replaceMemberEstimates(
  trx: Kysely<Database>,
  input: { workspaceId: string; offerId: string; memberId: string; estimates: MemberEstimate[]; at: string },
): Promise<void> {
  await trx
    .deleteFrom("offer_estimates")
    .where("workspace_id", "=", input.workspaceId)
    .where("offer_id", "=", input.offerId)
    .where("member_id", "=", input.memberId)
    .execute();
  if (input.estimates.length === 0) return;
  await trx
    .insertInto("offer_estimates")
    .values(
      input.estimates.map((e) => ({
        workspace_id: input.workspaceId,
        offer_id: input.offerId,
        member_id: input.memberId,
        deliverable_id: e.deliverableId,
        optimistic_centi: Math.round(e.optimistic * 100),
        likely_centi: Math.round(e.likely * 100),
        pessimistic_centi: Math.round(e.pessimistic * 100),
        updated_at: input.at,
      })),
    )
    .execute();
}
