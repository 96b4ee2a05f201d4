/** Mandates: the work created from a signed offer, kept whole as JSON beside list columns. */
import type { Kysely } from "kysely";
import { z } from "zod";
import { DomainError } from "../domain/errors.ts";
import { MANDATE_STATUSES, type Mandate, type MandateStatus } from "../domain/mandate/mandate.ts";
import type { Database } from "./schema.ts";
import { readMandate } from "./stored-aggregates.ts";
import { parseStored } from "./stored-json.ts";

const MandateStatusSchema = z.enum(MANDATE_STATUSES);

export async function insertMandate(
  trx: Kysely<Database>,
  input: { workspaceId: string; mandate: Mandate; title: string; at: string },
): Promise<void> {
  await trx
    .insertInto("mandates")
    .values({
      id: input.mandate.id,
      workspace_id: input.workspaceId,
      client_id: input.mandate.clientId,
      offer_id: input.mandate.offerId,
      status: input.mandate.status,
      title: input.title,
      state_json: JSON.stringify(input.mandate),
      created_at: input.at,
      updated_at: input.at,
    })
    .execute();
}

export async function saveMandate(
  trx: Kysely<Database>,
  input: { workspaceId: string; mandate: Mandate; expectedStatus: Mandate["status"]; at: string },
): Promise<void> {
  const res = await trx
    .updateTable("mandates")
    .set({ status: input.mandate.status, state_json: JSON.stringify(input.mandate), updated_at: input.at })
    .where("workspace_id", "=", input.workspaceId)
    .where("id", "=", input.mandate.id)
    .where("status", "=", input.expectedStatus)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1)
    throw new DomainError("invalid_state", "the mandate changed meanwhile; reload it");
}

export interface StoredMandate {
  mandate: Mandate;
  title: string;
}

export async function findMandate(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<StoredMandate | undefined> {
  const row = await db
    .selectFrom("mandates")
    .select(["id", "state_json", "title"])
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? { mandate: readMandate(row.state_json, row.id), title: row.title } : undefined;
}

export async function findMandateOfOffer(db: Kysely<Database>, workspaceId: string, offerId: string) {
  const row = await db
    .selectFrom("mandates")
    .select(["id", "status"])
    .where("workspace_id", "=", workspaceId)
    .where("offer_id", "=", offerId)
    .executeTakeFirst();
  return row;
}

export interface MandateListItem {
  id: string;
  clientId: string;
  offerId: string;
  status: MandateStatus;
  title: string;
  createdAt: string;
}

export async function listMandates(
  db: Kysely<Database>,
  input: {
    workspaceId: string;
    clientId?: string | undefined;
    status?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ items: MandateListItem[]; total: number }> {
  let q = db.selectFrom("mandates").where("workspace_id", "=", input.workspaceId);
  if (input.clientId) q = q.where("client_id", "=", input.clientId);
  if (input.status) q = q.where("status", "=", input.status);
  const [rows, count] = await Promise.all([
    q
      .select(["id", "client_id", "offer_id", "status", "title", "created_at"])
      .orderBy("created_at", "desc")
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
      offerId: r.offer_id,
      status: parseStored(MandateStatusSchema, r.status, { table: "mandates", id: r.id, column: "status" }),
      title: r.title,
      createdAt: r.created_at,
    })),
  };
}

/** The titles of the given mandates of a workspace (a page's worth of ids), by id. */
export async function mandateTitles(
  db: Kysely<Database>,
  workspaceId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("mandates")
    .select(["id", "title"])
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** Every mandate's title with its client's name: the labels of the goodwill report. */
export async function listMandateLabels(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<{ id: string; title: string; client_id: string; client_name: string }[]> {
  return db
    .selectFrom("mandates")
    .innerJoin("clients", "clients.id", "mandates.client_id")
    .select(["mandates.id", "mandates.title", "mandates.client_id", "clients.name as client_name"])
    .where("mandates.workspace_id", "=", workspaceId)
    .execute();
}
