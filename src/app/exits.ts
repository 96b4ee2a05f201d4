/**
 * Planning the end of a relationship: the plan prefilled from the records (offers to cancel, mandates to stop, finish
 * or hand over with the C.c.Q. 2129 settlement, invoices to collect or write off, the handover checklist with dates),
 * the legal checks of the client's jurisdiction with their sources, and the termination letter in French or English.
 */

import { DomainError } from "../domain/errors.ts";
import { checkExit, type ExitCheckReport } from "../domain/exit/check-exit.ts";
import type { TerminationReason } from "../domain/exit/exit-check.ts";
import {
  abandonExit,
  completeHandoverItem,
  createExit,
  type Exit,
  markExitReady,
  reopenExit,
  reviseExitPlan,
} from "../domain/exit/exit-lifecycle.ts";
import type { HandoverKey } from "../domain/exit/handover-checklist.ts";
import { prepareExitPlan } from "../domain/exit/prepare-exit-plan.ts";
import { renderTerminationLetter } from "../domain/exit/render-termination-letter.ts";
import type { Localized } from "../domain/health/localized.ts";
import { type Actor, requirePermission } from "../domain/permissions.ts";
import { type ExitRecord, findExit, insertExit, listExitsOfClient, saveExit } from "../store/exit-store.ts";
import { findMember } from "../store/people-store.ts";
import type { AppContext } from "./context.ts";
import { clientEmail } from "./document-parties.ts";
import { type ExitChoices, gatherExitFacts } from "./exit-facts.ts";
import { getClientRecord, getWorkspaceRecord } from "./load-records.ts";
import { recordAudit } from "./record-audit.ts";
import { deliverMessages, queueMessage } from "./send-messages.ts";
import { transact } from "./transact.ts";

export interface ExitOptions {
  initiatedBy: "provider" | "client" | "mutual";
  basis: "convenience" | "cause";
  reason?: TerminationReason | undefined;
  tone: "cordial" | "firm";
  includeReasons: boolean;
  reasons?: Localized | undefined;
  referral?: { name: string; contact?: string | undefined } | undefined;
  contract: {
    duration: "indefinite" | "fixed_term" | "project";
    terminationClause?: { reference: string; noticeDays: number } | undefined;
    clientWaived2125?: boolean | undefined;
    cureDays?: number | undefined;
    establishedRelationship?: boolean | undefined;
    relationshipStart?: string | undefined;
  };
  formalNotice?: { sentOn: string; cureDays: number } | undefined;
  choices: ExitChoices;
  handover?: { key: HandoverKey; applicable?: boolean; dueDate?: string; notes?: string }[] | undefined;
}

export interface PrepareExitInput {
  decisionId?: string | undefined;
  noticeDate?: string | undefined;
  effectiveDate?: string | undefined;
  options?: Partial<ExitOptions> | undefined;
}

const DAY = 86_400_000;

function defaults(): ExitOptions {
  return {
    initiatedBy: "provider",
    basis: "convenience",
    tone: "cordial",
    includeReasons: false,
    // The clause relied on is the user's to name (the offers' terms have no clause numbers); without one the letter and
    // the checks rest on the law (C.c.Q. 2125-2126, C. civ. 1211, common-law reasonable notice).
    contract: { duration: "project" },
    choices: {},
  };
}

async function plan(
  ctx: AppContext,
  actor: Actor,
  exitId: string,
  clientId: string,
  dates: { noticeDate: string; effectiveDate: string },
  options: ExitOptions,
) {
  const [workspace, client] = await Promise.all([
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    getClientRecord(ctx.db, actor.workspaceId, clientId),
  ]);
  const facts = await gatherExitFacts(ctx, { workspace, client, exitId, ...dates, choices: options.choices });
  return {
    workspace,
    client,
    plan: prepareExitPlan({ ...facts, ...(options.handover ? { handover: options.handover } : {}) }),
  };
}

function checks(exit: Exit, options: ExitOptions, isConsumer: boolean, asOf: string): ExitCheckReport {
  return checkExit({
    jurisdiction: exit.plan.jurisdiction,
    plan: exit.plan,
    asOf,
    initiatedBy: options.initiatedBy,
    basis: options.basis,
    ...(options.reason ? { reason: options.reason } : {}),
    client: { isConsumer },
    contract: options.contract,
    ...(options.formalNotice ? { formalNotice: options.formalNotice } : {}),
    finalInvoiceIssued: false,
  });
}

async function view(ctx: AppContext, actor: Actor, record: ExitRecord<ExitOptions>) {
  const client = await getClientRecord(ctx.db, actor.workspaceId, record.exit.clientId);
  const report =
    record.exit.status === "draft"
      ? checks(record.exit, record.options, client.isConsumer, ctx.now().toISOString().slice(0, 10))
      : (record.exit as { checks: ExitCheckReport }).checks;
  return { ...record.exit, options: record.options, checks: report, letter: record.letter };
}

/** Prepares an exit plan for a client (from a "stop" verdict or directly), dated from today by default. */
export async function prepareExit(ctx: AppContext, actor: Actor, clientId: string, input: PrepareExitInput) {
  requirePermission(actor, "write");
  const today = ctx.now();
  const workspace = await getWorkspaceRecord(ctx.db, actor.workspaceId);
  const options: ExitOptions = { ...defaults(), ...input.options } as ExitOptions;
  const noticeDate = input.noticeDate ?? today.toISOString().slice(0, 10);
  const effectiveDate =
    input.effectiveDate ??
    new Date(Date.parse(`${noticeDate}T12:00:00Z`) + Math.max(workspace.terms.noticeDays, 14) * DAY)
      .toISOString()
      .slice(0, 10);
  const exitId = ctx.newId();
  const { plan: p } = await plan(ctx, actor, exitId, clientId, { noticeDate, effectiveDate }, options);
  const exit = createExit({
    plan: p,
    createdOn: noticeDate,
    ...(input.decisionId ? { decisionId: input.decisionId } : {}),
  });
  const record: ExitRecord<ExitOptions> = { exit, options, letter: null };
  const at = today.toISOString();
  await transact(ctx, async (trx) => {
    await insertExit(trx, actor.workspaceId, record, at);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "exit.prepared",
      entity: "exit",
      entityId: exit.id,
      after: exit,
    });
  });
  return view(ctx, actor, record);
}

async function getRecord(ctx: AppContext, actor: Actor, id: string): Promise<ExitRecord<ExitOptions>> {
  const r = await findExit<ExitOptions>(ctx.db, actor.workspaceId, id);
  if (!r) throw new DomainError("not_found", "exit not found");
  return r;
}

export async function getExit(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, "read");
  return view(ctx, actor, await getRecord(ctx, actor, id));
}

export async function listExits(ctx: AppContext, actor: Actor, clientId: string) {
  requirePermission(actor, "read");
  await getClientRecord(ctx.db, actor.workspaceId, clientId);
  return listExitsOfClient(ctx.db, actor.workspaceId, clientId);
}

export interface UpdateExitInput {
  noticeDate?: string | undefined;
  effectiveDate?: string | undefined;
  options?: Partial<ExitOptions> | undefined;
  status?: "ready" | "draft" | "abandoned" | undefined;
  abandonReason?: string | undefined;
  letter?: { subject: string; paragraphs: string[]; lang: "fr" | "en" } | null | undefined;
  /** Handover items done (date defaults to today). */
  handoverDone?: { key: HandoverKey; doneOn?: string | undefined }[] | undefined;
}

/** Revises the plan (dates, choices, options), marks it ready (refused while a blocking check fails), reopens or abandons it. */
export async function updateExit(ctx: AppContext, actor: Actor, id: string, input: UpdateExitInput) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  const today = at.slice(0, 10);
  const before = await getRecord(ctx, actor, id);
  let record: ExitRecord<ExitOptions> = before;
  if (input.noticeDate || input.effectiveDate || input.options) {
    const options = { ...before.options, ...input.options } as ExitOptions;
    const dates = {
      noticeDate: input.noticeDate ?? before.exit.plan.noticeDate,
      effectiveDate: input.effectiveDate ?? before.exit.plan.effectiveDate,
    };
    const { plan: p } = await plan(ctx, actor, id, before.exit.clientId, dates, options);
    record = { ...record, exit: reviseExitPlan(record.exit, p), options };
  }
  if (input.letter !== undefined)
    record = { ...record, letter: input.letter ? { ...input.letter, editedAt: at } : null };
  for (const item of input.handoverDone ?? []) {
    record = { ...record, exit: completeHandoverItem(record.exit, { key: item.key, doneOn: item.doneOn ?? today }) };
  }
  if (input.status === "ready") {
    const client = await getClientRecord(ctx.db, actor.workspaceId, before.exit.clientId);
    record = {
      ...record,
      exit: markExitReady(record.exit, {
        checks: checks(record.exit, record.options, client.isConsumer, today),
        readyOn: today,
      }),
    };
  } else if (input.status === "draft") {
    record = { ...record, exit: reopenExit(record.exit) };
  } else if (input.status === "abandoned") {
    if (!input.abandonReason?.trim())
      throw new DomainError("validation", "say why the exit is abandoned", {
        fields: [{ path: "abandonReason", issue: "required", message: "required" }],
      });
    record = { ...record, exit: abandonExit(record.exit, { abandonedOn: today, reason: input.abandonReason.trim() }) };
  }
  await transact(ctx, async (trx) => {
    await saveExit(trx, { workspaceId: actor.workspaceId, record, expectedStatus: before.exit.status, at });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: `exit.${input.status ?? "revised"}`,
      entity: "exit",
      entityId: id,
      before: before.exit,
      after: record.exit,
    });
  });
  return view(ctx, actor, record);
}

/** The termination letter in the client's language (or the one asked), as edited when the user edited it. */
export async function exitLetter(ctx: AppContext, actor: Actor, id: string, lang?: "fr" | "en") {
  requirePermission(actor, "read");
  const record = await getRecord(ctx, actor, id);
  const [workspace, client, me] = await Promise.all([
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    getClientRecord(ctx.db, actor.workspaceId, record.exit.clientId),
    findMember(ctx.db, actor.workspaceId, actor.memberId),
  ]);
  const language = lang ?? client.language;
  if (record.letter && record.letter.lang === language)
    return { ...record.letter, generated: false, workspace, client };
  const o = record.options;
  const letter = renderTerminationLetter({
    lang: language,
    tone: o.tone,
    includeReasons: o.includeReasons,
    plan: record.exit.plan,
    provider: { name: workspace.legalName || workspace.name, signatory: me?.name ?? workspace.name },
    client: {
      name: client.legalName || client.name,
      ...(client.contacts[0] ? { contactName: client.contacts[0].name } : {}),
    },
    basis: {
      kind: o.basis,
      ...(o.contract.terminationClause ? { clause: o.contract.terminationClause.reference } : {}),
      ...(o.formalNotice ? { formalNoticeOn: o.formalNotice.sentOn } : {}),
      ...(o.contract.establishedRelationship ? { establishedRelationship: true } : {}),
    },
    ...(o.reasons ? { reasons: o.reasons } : {}),
    ...(o.referral ? { referral: o.referral } : {}),
  });
  return { subject: letter.subject, paragraphs: letter.paragraphs, lang: language, generated: true, workspace, client };
}

/** Sends the termination letter to the client by e-mail (the PDF's text), or keeps it in the outbox without SMTP. */
export async function sendExitLetter(ctx: AppContext, actor: Actor, id: string, lang?: "fr" | "en") {
  requirePermission(actor, "write");
  const letter = await exitLetter(ctx, actor, id, lang);
  const message = await transact(ctx, async (trx) => {
    const queued = await queueMessage(ctx, trx, {
      workspaceId: actor.workspaceId,
      kind: "termination_letter",
      to: clientEmail(letter.client),
      subject: letter.subject,
      body: letter.paragraphs.join("\n\n"),
      entity: "exit",
      entityId: id,
    });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "exit.letter_sent",
      entity: "exit",
      entityId: id,
      after: { subject: letter.subject, lang: letter.lang, to: queued.to, status: queued.status },
    });
    return queued;
  });
  const [delivered] = await deliverMessages(ctx, [message]);
  return delivered!;
}
