/** Exit plans: the domain exit whole as JSON, with the user's options and the letter as edited. */
import type { Kysely } from "kysely";
import { z } from "zod";
import { DomainError } from "../domain/errors.ts";
import type { Exit } from "../domain/exit/exit-lifecycle.ts";
import { ExitSchema } from "../domain/exit/exit-schema.ts";
import type { Database } from "./schema.ts";
import { parseStored, parseStoredJson } from "./stored-json.ts";

const ExitStatusSchema = z.enum(["draft", "ready", "executed", "abandoned"] satisfies Exit["status"][]);

export interface ExitRecord<Options = unknown> {
  exit: Exit;
  options: Options;
  /** The letter as edited, or as frozen when the plan was marked ready (`frozen`; `generated` when not edited). */
  letter: ExitLetterRecord | null;
}

const ExitLetterSchema = z.object({
  subject: z.string(),
  paragraphs: z.array(z.string()),
  lang: z.enum(["fr", "en"]),
  editedAt: z.string(),
  frozen: z.boolean().optional(),
  generated: z.boolean().optional(),
});
export type ExitLetterRecord = z.infer<typeof ExitLetterSchema>;

export async function insertExit(
  trx: Kysely<Database>,
  workspaceId: string,
  record: ExitRecord,
  at: string,
): Promise<void> {
  await trx
    .insertInto("exits")
    .values({
      id: record.exit.id,
      workspace_id: workspaceId,
      client_id: record.exit.clientId,
      decision_id: record.exit.decisionId ?? null,
      status: record.exit.status,
      state_json: JSON.stringify({ exit: record.exit, options: record.options }),
      letter_json: record.letter ? JSON.stringify(record.letter) : null,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function saveExit(
  trx: Kysely<Database>,
  input: { workspaceId: string; record: ExitRecord; expectedStatus: Exit["status"]; at: string },
): Promise<void> {
  const r = input.record;
  const res = await trx
    .updateTable("exits")
    .set({
      status: r.exit.status,
      state_json: JSON.stringify({ exit: r.exit, options: r.options }),
      letter_json: r.letter ? JSON.stringify(r.letter) : null,
      updated_at: input.at,
    })
    .where("workspace_id", "=", input.workspaceId)
    .where("id", "=", r.exit.id)
    .where("status", "=", input.expectedStatus)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new DomainError("invalid_state", "the exit changed meanwhile; reload it");
}

/** Reads an exit's `state_json`: the domain exit and its options, read through `options` (the app's schema of them). */
export function readExitState<Options>(options: z.ZodType<Options>) {
  const schema = z.object({ exit: ExitSchema, options });
  return (text: string, id: string): { exit: Exit; options: Options } =>
    parseStoredJson(schema, text, { table: "exits", id, column: "state_json" });
}

/** An exit with its options, read through `options` (the app's schema of what it stored beside the exit). */
export async function findExit<Options>(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
  options: z.ZodType<Options>,
): Promise<ExitRecord<Options> | undefined> {
  const row = await db
    .selectFrom("exits")
    .select(["id", "state_json", "letter_json"])
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const state = readExitState(options)(row.state_json, row.id);
  const letter = row.letter_json
    ? parseStoredJson(ExitLetterSchema, row.letter_json, { table: "exits", id: row.id, column: "letter_json" })
    : null;
  return { ...state, letter };
}

export async function listExitsOfClient(db: Kysely<Database>, workspaceId: string, clientId: string) {
  const rows = await db
    .selectFrom("exits")
    .select(["id", "status", "created_at", "updated_at"])
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "=", clientId)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    status: parseStored(ExitStatusSchema, r.status, { table: "exits", id: r.id, column: "status" }),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

/** The termination letters of an exit as sent or kept in the outbox, oldest first: the sending record. */
export async function exitLetterMessages(db: Kysely<Database>, workspaceId: string, exitId: string) {
  const rows = await db
    .selectFrom("outbox")
    .select(["id", "to_address", "subject", "status", "error", "created_at", "sent_at"])
    .where("workspace_id", "=", workspaceId)
    .where("entity", "=", "exit")
    .where("entity_id", "=", exitId)
    .where("kind", "=", "termination_letter")
    .orderBy("created_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    status: r.status,
    error: r.error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  }));
}
