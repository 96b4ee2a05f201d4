/**
 * Planning the end of a relationship: the plan prefilled from the records (offers to cancel, mandates to stop, finish
 * or hand over with the C.c.Q. 2129 settlement, invoices to collect or write off, the handover checklist with dates),
 * the legal checks of the client's jurisdiction with their sources, and the termination letter in French or English.
 */

import { DomainError, fieldError } from "../../domain/errors.ts";
import { checkExit } from "../../domain/exit/check-exit.ts";
import type { EvidenceKind, TerminationReason } from "../../domain/exit/exit-check.ts";
import {
  abandonExit,
  completeHandoverItem,
  createExit,
  type Exit,
  markExitReady,
  reopenExit,
  reviseExitPlan,
} from "../../domain/exit/exit-lifecycle.ts";
import type { HandoverKey } from "../../domain/exit/handover-checklist.ts";
import { prepareExitPlan } from "../../domain/exit/prepare-exit-plan.ts";
import { renderTerminationLetter } from "../../domain/exit/render-termination-letter.ts";
import type { Localized } from "../../domain/health/localized.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { openOffersOfClient } from "../../store/exit-facts-store.ts";
import {
  type ExitRecord,
  exitLetterMessages,
  findExit,
  insertExit,
  listExitsOfClient,
  saveExit,
} from "../../store/exit-store.ts";
import { findFormalNotice, listFormalNoticesOfClient } from "../../store/formal-notice-store.ts";
import { findMember } from "../../store/people-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getWorkspaceRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { studioToday, studioTodayOf } from "../shared/studio-day.ts";
import { transact } from "../shared/transact.ts";
import { resolveEvidence } from "./exit-evidence.ts";
import { type ExitChoices, exitLaw, gatherExitFacts } from "./exit-facts.ts";
import { ExitOptionsSchema } from "./exit-options-schema.ts";

export interface ExitOptions {
  initiatedBy: "provider" | "client" | "mutual";
  basis: "convenience" | "cause";
  /** The reason with its evidence resolved from the records (see exit-evidence.ts). */
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
    /** France: a notice shorter than L442-1 suggests, knowingly given (the text and the day it was recorded). */
    shortNoticeAcknowledged?: { on: string; text: string } | undefined;
  };
  /** The recorded formal notice (mise en demeure / notice of breach) the exit relies on. */
  formalNoticeId?: string | undefined;
  choices: ExitChoices;
  handover?: { key: HandoverKey; applicable?: boolean; dueDate?: string; notes?: string }[] | undefined;
}

/** Options as the user sends them: evidence by kind and id, the L442-1 acknowledgement as text. */
export type ExitOptionsInput = Partial<Omit<ExitOptions, "reason" | "contract">> & {
  reason?:
    | {
        category: TerminationReason["category"];
        description?: string | undefined;
        evidence: { kind: EvidenceKind; id: string }[];
      }
    | undefined;
  contract?:
    | (Omit<ExitOptions["contract"], "shortNoticeAcknowledged"> & { shortNoticeAcknowledgement?: string | undefined })
    | undefined;
};

export interface PrepareExitInput {
  decisionId?: string | undefined;
  noticeDate?: string | undefined;
  effectiveDate?: string | undefined;
  options?: ExitOptionsInput | undefined;
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

/** Resolves the user's options against the records: evidence ids, the formal notice, the acknowledgement's date. */
async function resolveOptions(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  base: ExitOptions,
  input: ExitOptionsInput | undefined,
): Promise<ExitOptions> {
  const today = await studioTodayOf(ctx, actor.workspaceId);
  const { reason, contract, ...rest } = input ?? {};
  const options: ExitOptions = { ...base, ...rest } as ExitOptions;
  if (reason) {
    const evidence = await resolveEvidence(ctx, {
      workspaceId: actor.workspaceId,
      clientId,
      links: reason.evidence,
      today,
    });
    options.reason = {
      category: reason.category,
      ...(reason.description?.trim() ? { description: reason.description.trim() } : {}),
      evidence,
    };
  }
  if (contract) {
    const { shortNoticeAcknowledgement: ack, ...terms } = contract;
    const kept = ack === undefined ? base.contract.shortNoticeAcknowledged : undefined;
    options.contract = {
      ...terms,
      ...(ack?.trim() ? { shortNoticeAcknowledged: { on: today, text: ack.trim() } } : {}),
      ...(kept ? { shortNoticeAcknowledged: kept } : {}),
    };
  }
  if (options.formalNoticeId) {
    const notice = await findFormalNotice(ctx.db, actor.workspaceId, options.formalNoticeId);
    if (!notice) throw new DomainError("not_found", "formal notice not found");
    if (notice.clientId !== clientId)
      throw fieldError("options.formalNoticeId", "other_client", "this formal notice was sent to another client");
  }
  return options;
}

async function checks(ctx: AppContext, actor: Actor, exit: Exit, options: ExitOptions, asOf: string) {
  const client = await getClientRecord(ctx.db, actor.workspaceId, exit.clientId);
  const notice = options.formalNoticeId
    ? await findFormalNotice(ctx.db, actor.workspaceId, options.formalNoticeId)
    : undefined;
  return checkExit({
    jurisdiction: exit.plan.jurisdiction,
    plan: exit.plan,
    asOf,
    initiatedBy: options.initiatedBy,
    basis: options.basis,
    ...(options.reason ? { reason: options.reason } : {}),
    client: { isConsumer: client.isConsumer },
    contract: options.contract,
    ...(notice ? { formalNotice: { id: notice.id, sentOn: notice.sentOn, cureDays: notice.cureDays } } : {}),
    letter: {
      lang: client.language,
      includeReasons: options.includeReasons,
      ...(options.reasons ? { reasons: options.reasons } : {}),
    },
    finalInvoiceIssued: false,
  });
}

async function view(ctx: AppContext, actor: Actor, record: ExitRecord<ExitOptions>) {
  const [client, workspace, offers, formalNotices, sentLetters] = await Promise.all([
    getClientRecord(ctx.db, actor.workspaceId, record.exit.clientId),
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    openOffersOfClient(ctx.db, actor.workspaceId, record.exit.clientId),
    listFormalNoticesOfClient(ctx.db, actor.workspaceId, record.exit.clientId),
    exitLetterMessages(ctx.db, actor.workspaceId, record.exit.id),
  ]);
  // A draft's checks are computed now; ready and executed exits keep theirs; an abandoned exit keeps none.
  const report =
    record.exit.status === "draft"
      ? await checks(ctx, actor, record.exit, record.options, await studioTodayOf(ctx, actor.workspaceId))
      : record.exit.status === "abandoned"
        ? undefined
        : record.exit.checks;
  return {
    ...record.exit,
    options: record.options,
    checks: report,
    letter: record.letter,
    governingLaw: exitLaw(client, workspace, offers),
    formalNotices: formalNotices.map(({ letter: _l, ...n }) => n),
    sentLetters,
  };
}

/** Prepares an exit plan for a client (from a "stop" verdict or directly), dated from today by default. */
export async function prepareExit(ctx: AppContext, actor: Actor, clientId: string, input: PrepareExitInput) {
  requirePermission(actor, "write");
  const today = ctx.now();
  const workspace = await getWorkspaceRecord(ctx.db, actor.workspaceId);
  const options = await resolveOptions(ctx, actor, clientId, defaults(), input.options);
  const noticeDate = input.noticeDate ?? studioToday(ctx, workspace);
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

export async function getRecord(ctx: AppContext, actor: Actor, id: string): Promise<ExitRecord<ExitOptions>> {
  const r = await findExit(ctx.db, actor.workspaceId, id, ExitOptionsSchema);
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
  options?: ExitOptionsInput | undefined;
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
  const today = await studioTodayOf(ctx, actor.workspaceId);
  const before = await getRecord(ctx, actor, id);
  let record: ExitRecord<ExitOptions> = before;
  if (input.noticeDate || input.effectiveDate || input.options) {
    const options = await resolveOptions(ctx, actor, before.exit.clientId, before.options, input.options);
    const dates = {
      noticeDate: input.noticeDate ?? before.exit.plan.noticeDate,
      effectiveDate: input.effectiveDate ?? before.exit.plan.effectiveDate,
    };
    const { plan: p } = await plan(ctx, actor, id, before.exit.clientId, dates, options);
    record = { ...record, exit: reviseExitPlan(record.exit, p), options };
  }
  if (input.letter !== undefined) {
    // Marking ready freezes the letter: it is edited only on a draft.
    if (record.exit.status !== "draft")
      throw new DomainError(
        "invalid_state",
        "the letter is frozen once the plan is ready; reopen the plan to edit it",
        {
          status: record.exit.status,
        },
      );
    record = { ...record, letter: input.letter ? { ...input.letter, editedAt: at } : null };
  }
  for (const item of input.handoverDone ?? []) {
    record = { ...record, exit: completeHandoverItem(record.exit, { key: item.key, doneOn: item.doneOn ?? today }) };
  }
  if (input.status === "ready") {
    // The letter frozen now is dated the notice day and counts its notice from it: a past day would give less notice
    // than the letter says (and it could not be sent: send-exit-letter.ts).
    if (record.exit.plan.noticeDate < today)
      throw fieldError(
        "noticeDate",
        "past",
        `the notice day ${record.exit.plan.noticeDate} has passed (today is ${today}): date the letter today or later before marking the plan ready`,
      );
    const ready = markExitReady(record.exit, {
      checks: await checks(ctx, actor, record.exit, record.options, today),
      readyOn: today,
    });
    // The letter is frozen as it reads now (the edited one, else the generated one in the client's language).
    const frozen = record.letter ?? { ...(await generatedLetter(ctx, actor, record)), editedAt: at, generated: true };
    record = { ...record, exit: ready, letter: { ...frozen, frozen: true } };
  } else if (input.status === "draft") {
    const letter = record.letter?.generated ? null : record.letter && { ...record.letter, frozen: false };
    record = { ...record, exit: reopenExit(record.exit), letter };
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

/** The letter generated from the plan and the records, in the client's language or the one asked. */
async function generatedLetter(
  ctx: AppContext,
  actor: Actor,
  record: ExitRecord<ExitOptions>,
  lang?: "fr" | "en",
): Promise<{ subject: string; paragraphs: string[]; lang: "fr" | "en" }> {
  const [workspace, client, me] = await Promise.all([
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    getClientRecord(ctx.db, actor.workspaceId, record.exit.clientId),
    findMember(ctx.db, actor.workspaceId, actor.memberId),
  ]);
  const language = lang ?? client.language;
  const o = record.options;
  const notice = o.formalNoticeId ? await findFormalNotice(ctx.db, actor.workspaceId, o.formalNoticeId) : undefined;
  const letter = renderTerminationLetter({
    lang: language,
    tone: o.tone,
    includeReasons: o.includeReasons,
    plan: record.exit.plan,
    provider: { name: workspace.legalName || workspace.name, signatory: me?.name ?? workspace.name },
    client: {
      name: client.legalName || client.name,
      country: client.address.country,
      isConsumer: client.isConsumer,
      ...(client.contacts[0] ? { contactName: client.contacts[0].name } : {}),
    },
    basis: {
      kind: o.basis,
      ...(o.contract.terminationClause ? { clause: o.contract.terminationClause.reference } : {}),
      ...(notice ? { formalNotice: { id: notice.id, sentOn: notice.sentOn, cureDays: notice.cureDays } } : {}),
      ...(o.contract.establishedRelationship && o.contract.relationshipStart
        ? { relationshipStart: o.contract.relationshipStart }
        : {}),
    },
    ...(o.reasons ? { reasons: o.reasons } : {}),
    ...(o.referral ? { referral: o.referral } : {}),
  });
  return { subject: letter.subject, paragraphs: letter.paragraphs, lang: language };
}

/**
 * The termination letter in the client's language (or the one asked): as edited, or as frozen when the plan was
 * marked ready; otherwise generated from the records.
 */
export async function exitLetter(ctx: AppContext, actor: Actor, id: string, lang?: "fr" | "en") {
  requirePermission(actor, "read");
  const record = await getRecord(ctx, actor, id);
  const [workspace, client] = await Promise.all([
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    getClientRecord(ctx.db, actor.workspaceId, record.exit.clientId),
  ]);
  const language = lang ?? client.language;
  // The letter is dated the plan's notice day: its text counts the notice "from the date of this letter" (that day).
  const date = record.exit.plan.noticeDate;
  const dated = { date, datePassed: studioToday(ctx, workspace) > date };
  if (record.letter && record.letter.lang === language) {
    const { subject, paragraphs } = record.letter;
    return { subject, paragraphs, lang: language, generated: !!record.letter.generated, ...dated, workspace, client };
  }
  const letter = await generatedLetter(ctx, actor, record, language);
  return { ...letter, generated: true, ...dated, workspace, client };
}
