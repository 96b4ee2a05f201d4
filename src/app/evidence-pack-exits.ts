/**
 * The decision and exit part of a client's evidence pack: each decision worksheet as JSON and as a PDF; each exit's
 * plan (options, checks, the letter as edited); each termination letter as JSON and as a PDF, in the client's
 * language and in the language of the edited letter when it differs, with its sending record (the outbox rows of the
 * exit: to whom, when, delivered or kept or failed); and the formal notices (see `putFormalNoticeFiles`).
 */
import type { Actor } from "../domain/permissions.ts";
import type { AppContext } from "./context.ts";
import { getDecision, listDecisions } from "./decisions.ts";
import { json, type PutFile, safe } from "./evidence-files.ts";
import { exitLetter, getExit, listExits } from "./exits.ts";
import { getClientRecord } from "./load-records.ts";
import { renderDecisionWorksheet } from "./render-decision-worksheet.ts";
import { renderExitLetter } from "./render-exit-letter.ts";

/** An outbox row as the pack lists it (see `listMessagesOfEntities`). */
interface MessageRow {
  entity: string;
  entity_id: string;
  kind: string;
}

/** Writes `decisions/<created>-<id>/worksheet.json` and `worksheet.pdf` for each worksheet; returns their count. */
export async function putDecisionFiles(ctx: AppContext, actor: Actor, clientId: string, put: PutFile) {
  const decisions = await listDecisions(ctx, actor, clientId);
  for (const row of decisions) {
    const decision = await getDecision(ctx, actor, row.id);
    const dir = `decisions/${decision.createdOn}-${safe(row.id)}`;
    put(`${dir}/worksheet.json`, json(decision));
    put(`${dir}/worksheet.pdf`, (await renderDecisionWorksheet(ctx, actor, row.id)).bytes);
  }
  return decisions.length;
}

/**
 * Writes `exits/<id>/exit-plan.json`, `exits/<id>/letters/termination-letter-<lang>.json` and `.pdf`, and
 * `exits/<id>/letters/sending-record.json` for each exit of the client.
 */
export async function putExitFiles(
  ctx: AppContext,
  actor: Actor,
  input: { clientId: string; messages: readonly MessageRow[]; put: PutFile },
) {
  const { put } = input;
  const client = await getClientRecord(ctx.db, actor.workspaceId, input.clientId);
  const exits = await listExits(ctx, actor, input.clientId);
  let letters = 0;
  let formalNotices = 0;
  for (const row of exits) {
    const dir = `exits/${safe(row.id)}`;
    const exit = await getExit(ctx, actor, row.id);
    put(`${dir}/exit-plan.json`, json(exit));
    const languages = [...new Set([client.language, ...(exit.letter ? [exit.letter.lang] : [])])];
    for (const lang of languages) {
      const { workspace: _w, client: _c, ...letter } = await exitLetter(ctx, actor, row.id, lang);
      put(`${dir}/letters/termination-letter-${lang}.json`, json(letter));
      put(`${dir}/letters/termination-letter-${lang}.pdf`, (await renderExitLetter(ctx, actor, row.id, lang)).bytes);
      letters += 1;
    }
    const sent = input.messages.filter((m) => m.entity === "exit" && m.entity_id === row.id);
    put(`${dir}/letters/sending-record.json`, json({ sent: sent.length > 0, messages: sent }));
    formalNotices += await putFormalNoticeFiles(ctx, actor, { exitId: row.id, dir, put });
  }
  return { exits: exits.length, letters, formalNotices };
}

/**
 * HOOK(formal-notices): the formal notices (mise en demeure, notice of breach) of an exit, each with its date, delay,
 * how it was sent, its generated letter as a PDF and its sending record, under `<dir>/formal-notices/`. This version
 * of Mandat keeps no formal-notice records yet (no table), so there is nothing to write; when they become records,
 * load them here through the store (workspace-filtered), put their JSON, PDF and outbox rows, add their ids to
 * `evidenceEntityIds` so their audit events join the extract, and return how many were written.
 */
async function putFormalNoticeFiles(
  _ctx: AppContext,
  _actor: Actor,
  _input: { exitId: string; dir: string; put: PutFile },
): Promise<number> {
  return 0;
}
