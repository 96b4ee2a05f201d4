/**
 * The decision and exit part of a client's evidence pack: each decision worksheet as JSON and as a PDF; each exit's
 * plan (options, checks, the letter as edited); each termination letter as JSON and as a PDF, in the client's
 * language and in the language of the edited letter when it differs, with its sending record (the outbox rows of the
 * exit: to whom, when, delivered or kept or failed); and each formal notice (mise en demeure, notice of breach) with
 * its letter as a PDF and how and when it was sent.
 */
import type { Actor } from "../../domain/permissions.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord } from "../shared/load-records.ts";
import { getDecision, listDecisions } from "./decisions.ts";
import { json, type PutFile, safe } from "./evidence-files.ts";
import { exitLetter, getExit, listExits } from "./exits.ts";
import { listFormalNotices, renderFormalNoticePdf } from "./formal-notices.ts";
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
  for (const row of exits) {
    const dir = `exits/${safe(row.id)}`;
    const exit = await getExit(ctx, actor, row.id);
    put(`${dir}/exit-plan.json`, json(exit));
    const languages = [...new Set([client.language, ...(exit.letter ? [exit.letter.lang] : [])])];
    for (const lang of languages) {
      const { workspace: _w, client: _c, datePassed: _p, ...letter } = await exitLetter(ctx, actor, row.id, lang);
      put(`${dir}/letters/termination-letter-${lang}.json`, json(letter));
      put(`${dir}/letters/termination-letter-${lang}.pdf`, (await renderExitLetter(ctx, actor, row.id, lang)).bytes);
      letters += 1;
    }
    const sent = input.messages.filter((m) => m.entity === "exit" && m.entity_id === row.id);
    put(`${dir}/letters/sending-record.json`, json({ sent: sent.length > 0, messages: sent }));
  }
  const formalNotices = await putFormalNoticeFiles(ctx, actor, input);
  return { exits: exits.length, letters, formalNotices };
}

/**
 * Writes `formal-notices/<sent>-<id>/notice.json` (breach, invoices, delay, method, the exit it prepares), its letter
 * as `notice.pdf`, and `sending-record.json` (how and when it was sent, and any message the outbox holds for it) for
 * each formal notice of the client; returns their count.
 */
async function putFormalNoticeFiles(
  ctx: AppContext,
  actor: Actor,
  input: { clientId: string; messages: readonly MessageRow[]; put: PutFile },
): Promise<number> {
  const notices = await listFormalNotices(ctx, actor, input.clientId);
  for (const notice of notices) {
    const dir = `formal-notices/${notice.sentOn}-${safe(notice.id)}`;
    input.put(`${dir}/notice.json`, json(notice));
    input.put(`${dir}/notice.pdf`, (await renderFormalNoticePdf(ctx, actor, notice.id)).bytes);
    const messages = input.messages.filter((m) => m.entity === "formal_notice" && m.entity_id === notice.id);
    input.put(
      `${dir}/sending-record.json`,
      json({ sentOn: notice.sentOn, method: notice.method, cureDays: notice.cureDays, messages }),
    );
  }
  return notices.length;
}
