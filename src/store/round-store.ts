/** Feedback rounds (the client's pasted message) and their claims, kept whole as JSON beside query columns. */
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Claim } from "../domain/claim/claim.ts";
import type { Database } from "./schema.ts";
import { readClaim } from "./stored-aggregates.ts";
import { parseStoredJson } from "./stored-json.ts";

const ReplySchema = z.object({
  subject: z.string(),
  body: z.string(),
  language: z.string(),
  updatedAt: z.string(),
  sentAt: z.string().optional(),
});

export interface Round {
  id: string;
  mandateId: string;
  clientId: string;
  receivedOn: string;
  text: string;
  reply: { subject: string; body: string; language: string; updatedAt: string; sentAt?: string | undefined } | null;
  createdAt: string;
}

export async function insertRound(
  trx: Kysely<Database>,
  input: { workspaceId: string; round: Round; createdBy: string },
): Promise<void> {
  const r = input.round;
  await trx
    .insertInto("rounds")
    .values({
      id: r.id,
      workspace_id: input.workspaceId,
      mandate_id: r.mandateId,
      client_id: r.clientId,
      received_on: r.receivedOn,
      text: r.text,
      reply_json: null,
      created_by: input.createdBy,
      created_at: r.createdAt,
    })
    .execute();
}

export async function saveRoundReply(trx: Kysely<Database>, workspaceId: string, id: string, reply: Round["reply"]) {
  await trx
    .updateTable("rounds")
    .set({ reply_json: reply ? JSON.stringify(reply) : null })
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .execute();
}

export async function findRound(db: Kysely<Database>, workspaceId: string, id: string): Promise<Round | undefined> {
  const r = await db
    .selectFrom("rounds")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        mandateId: r.mandate_id,
        clientId: r.client_id,
        receivedOn: r.received_on,
        text: r.text,
        reply: r.reply_json
          ? parseStoredJson(ReplySchema, r.reply_json, { table: "rounds", id: r.id, column: "reply_json" })
          : null,
        createdAt: r.created_at,
      }
    : undefined;
}

export async function listRoundsOfMandate(db: Kysely<Database>, workspaceId: string, mandateId: string) {
  const rows = await db
    .selectFrom("rounds")
    .leftJoin("claims", "claims.round_id", "rounds.id")
    .select(["rounds.id", "rounds.received_on", "rounds.created_at"])
    .select((eb) => [eb.fn.count<number>("claims.id").as("claims"), eb.fn.count<number>("claims.triage").as("triaged")])
    .where("rounds.workspace_id", "=", workspaceId)
    .where("rounds.mandate_id", "=", mandateId)
    .groupBy(["rounds.id", "rounds.received_on", "rounds.created_at"])
    .orderBy("rounds.received_on")
    .orderBy("rounds.created_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    receivedOn: r.received_on,
    createdAt: r.created_at,
    claims: Number(r.claims),
    triaged: Number(r.triaged),
  }));
}

function columns(claim: Claim) {
  return {
    position: claim.position,
    triage: claim.triage?.outcome ?? null,
    change_order_id: claim.changeOrder?.id ?? null,
    state_json: JSON.stringify(claim),
  };
}

export async function insertClaims(
  trx: Kysely<Database>,
  input: { workspaceId: string; clientId: string; claims: readonly Claim[]; at: string },
): Promise<void> {
  if (input.claims.length === 0) return;
  await trx
    .insertInto("claims")
    .values(
      input.claims.map((c) => ({
        id: c.id,
        workspace_id: input.workspaceId,
        round_id: c.roundId,
        mandate_id: c.mandateId,
        client_id: input.clientId,
        ...columns(c),
        created_at: input.at,
        updated_at: input.at,
      })),
    )
    .execute();
}

export async function saveClaim(trx: Kysely<Database>, workspaceId: string, claim: Claim, at: string): Promise<void> {
  await trx
    .updateTable("claims")
    .set({ ...columns(claim), updated_at: at })
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", claim.id)
    .execute();
}

export async function deleteClaims(trx: Kysely<Database>, workspaceId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await trx.deleteFrom("claims").where("workspace_id", "=", workspaceId).where("id", "in", ids).execute();
}

export async function listClaimsOfRound(db: Kysely<Database>, workspaceId: string, roundId: string): Promise<Claim[]> {
  const rows = await db
    .selectFrom("claims")
    .select(["id", "state_json"])
    .where("workspace_id", "=", workspaceId)
    .where("round_id", "=", roundId)
    .orderBy("position")
    .execute();
  return rows.map((r) => readClaim(r.state_json, r.id));
}

export async function listClaimsOfMandate(
  db: Kysely<Database>,
  workspaceId: string,
  mandateId: string,
): Promise<Claim[]> {
  const rows = await db
    .selectFrom("claims")
    .select(["id", "state_json"])
    .where("workspace_id", "=", workspaceId)
    .where("mandate_id", "=", mandateId)
    .orderBy("created_at")
    .orderBy("position")
    .execute();
  return rows.map((r) => readClaim(r.state_json, r.id));
}

export async function findClaim(db: Kysely<Database>, workspaceId: string, id: string): Promise<Claim | undefined> {
  const row = await db
    .selectFrom("claims")
    .select(["id", "state_json"])
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? readClaim(row.state_json, row.id) : undefined;
}

export async function listClaimsByIds(
  db: Kysely<Database>,
  workspaceId: string,
  ids: readonly string[],
): Promise<Claim[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("claims")
    .select(["id", "state_json"])
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", ids)
    .execute();
  return rows.map((r) => readClaim(r.state_json, r.id));
}
