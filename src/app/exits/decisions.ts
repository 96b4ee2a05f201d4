/**
 * The continue / renegotiate / stop worksheet for a client: prefilled with the facts (signed work not started, open
 * and overdue invoices and the risk of not being paid, hours per week, goodwill, effective rate, scope creep,
 * signals) and the studio's values as criteria, starting from the ratings of the client's earlier worksheets; the
 * user weighs arguments, sees the options side by side and records a verdict with its rationale. A decided worksheet
 * never changes; deciding again revises it into a new one.
 */

import type { Kysely } from "kysely";
import {
  addArgument,
  type DecisionOption,
  type DecisionWorksheet,
  rateCriterion,
  recordVerdict,
  removeArgument,
  reviseDecision,
  weighArgument,
} from "../../domain/decision/decision-worksheet.ts";
import { prefillDecision } from "../../domain/decision/prefill-decision.ts";
import { scoreDecision } from "../../domain/decision/score-decision.ts";
import { DomainError } from "../../domain/errors.ts";
import { computeClientHealth } from "../../domain/health/compute-client-health.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import {
  criteriaOfClientDecisions,
  findDecision,
  insertDecision,
  listDecisionsOfClient,
  openInvoicesOfClient,
  saveDecision,
  signedNotStarted,
} from "../../store/decision-store.ts";
import type { Database } from "../../store/schema.ts";
import { healthInputs } from "../health/client-health.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getWorkspaceRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { studioTodayOf } from "../shared/studio-day.ts";
import { transact } from "../shared/transact.ts";

export interface OpenDecisionInput {
  expectedFutureWork?: { description: string; amount: number; probabilityPercent?: number | undefined }[] | undefined;
  renegotiatedHoursPerWeek?: number | undefined;
}

export async function openDecision(ctx: AppContext, actor: Actor, clientId: string, input: OpenDecisionInput) {
  requirePermission(actor, "write");
  const [workspace, client] = await Promise.all([
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    getClientRecord(ctx.db, actor.workspaceId, clientId),
  ]);
  const [[healthInput], notStarted, openInvoices, earlierCriteria] = await Promise.all([
    healthInputs(ctx, actor.workspaceId, [clientId]),
    signedNotStarted(ctx.db, actor.workspaceId, clientId),
    openInvoicesOfClient(ctx.db, actor.workspaceId, clientId),
    criteriaOfClientDecisions(ctx.db, actor.workspaceId, clientId),
  ]);
  const health = computeClientHealth(healthInput!);
  const decision = prefillDecision({
    decisionId: ctx.newId(),
    clientId: client.id,
    currency: workspace.currency,
    asOf: healthInput!.asOf,
    signedNotStarted: notStarted.map((o) => ({ offerId: o.offerId, title: o.title, amount: o.amount })),
    expectedFutureWork: (input.expectedFutureWork ?? []).map((w) => ({
      ...w,
      id: ctx.newId(),
      probabilityPercent: w.probabilityPercent ?? 50,
    })),
    openInvoices,
    timeEntries: healthInput!.timeEntries,
    ...(input.renegotiatedHoursPerWeek !== undefined
      ? { renegotiatedHoursPerWeek: input.renegotiatedHoursPerWeek }
      : {}),
    health,
    values: workspace.values,
    earlierCriteria,
  });
  const at = ctx.now().toISOString();
  await transact(ctx, async (trx) => {
    await insertDecision(trx, actor.workspaceId, decision, at);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "decision.opened",
      entity: "decision",
      entityId: decision.id,
      after: decision,
    });
  });
  return withScores(decision);
}

function withScores(d: DecisionWorksheet) {
  return { ...d, scores: d.status === "decided" ? d.scores : scoreDecision(d) };
}

async function getRecord(db: Kysely<Database>, actor: Actor, id: string): Promise<DecisionWorksheet> {
  const d = await findDecision(db, actor.workspaceId, id);
  if (!d) throw new DomainError("not_found", "decision not found");
  return d;
}

export async function getDecision(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, "read");
  return withScores(await getRecord(ctx.db, actor, id));
}

export async function listDecisions(ctx: AppContext, actor: Actor, clientId: string) {
  requirePermission(actor, "read");
  await getClientRecord(ctx.db, actor.workspaceId, clientId);
  return listDecisionsOfClient(ctx.db, actor.workspaceId, clientId);
}

export interface UpdateDecisionInput {
  ratings?: { criterionId: string; option: DecisionOption; rating: number }[] | undefined;
  addArguments?: { option: DecisionOption; side: "pro" | "con"; text: string; weight: number }[] | undefined;
  weights?: { argumentId: string; weight: number }[] | undefined;
  removeArguments?: string[] | undefined;
  verdict?: { verdict: DecisionOption; rationale: string } | undefined;
  /** Reopen a decided worksheet as a new draft (the decided one stays as it was). */
  revise?: boolean | undefined;
}

/** Applies the user's changes to a draft (and records the verdict last), or revises a decided one. */
export async function updateDecision(ctx: AppContext, actor: Actor, id: string, input: UpdateDecisionInput) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  const today = await studioTodayOf(ctx, actor.workspaceId);
  return transact(ctx, async (trx) => {
    const before = await getRecord(trx, actor, id);
    const audit = { workspaceId: actor.workspaceId, actorMemberId: actor.memberId, entity: "decision" };
    if (input.revise) {
      const draft = reviseDecision(before, { newId: ctx.newId(), createdOn: today });
      await insertDecision(trx, actor.workspaceId, draft, at);
      await recordAudit(ctx, trx, { ...audit, action: "decision.revised", entityId: draft.id, after: draft });
      return withScores(draft);
    }
    if (before.status === "decided") {
      throw new DomainError("invalid_state", "a decided decision is immutable; revise it to decide again");
    }
    let d: DecisionWorksheet = before;
    for (const r of input.ratings ?? []) d = rateCriterion(d, r);
    for (const a of input.addArguments ?? []) {
      const text = a.text.trim();
      d = addArgument(d, {
        id: ctx.newId(),
        option: a.option,
        side: a.side,
        weight: a.weight,
        text: { fr: text, en: text },
      });
    }
    for (const w of input.weights ?? []) d = weighArgument(d, w);
    for (const argumentId of input.removeArguments ?? []) d = removeArgument(d, argumentId);
    if (input.verdict) d = recordVerdict(d, { ...input.verdict, decidedOn: today });
    await saveDecision(trx, { workspaceId: actor.workspaceId, decision: d, expectedStatus: before.status, at });
    await recordAudit(ctx, trx, {
      ...audit,
      action: d.status === "decided" ? "decision.decided" : "decision.updated",
      entityId: id,
      before,
      after: d,
    });
    return withScores(d);
  });
}
