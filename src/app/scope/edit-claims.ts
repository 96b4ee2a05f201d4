/**
 * A person's work on a round's claims: triage (never automatic), and corrections of the split before triage — edit a
 * claim's words, merge several claims into one, split one in two. Every change is audited.
 */
import type { Kysely } from "kysely";
import type { Claim } from "../../domain/claim/claim.ts";
import { type TriageDecision, triageClaim } from "../../domain/claim/triage-claim.ts";
import { DomainError, fieldError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { mergeClaims as mergeSpans } from "../../domain/triage/merge-claims.ts";
import { splitClaim as splitSpan } from "../../domain/triage/split-claim.ts";
import { approvedChangeOrderItems } from "../../store/change-order-store.ts";
import {
  deleteClaims,
  findClaim,
  findRound,
  insertClaims,
  listClaimsOfMandate,
  listClaimsOfRound,
  saveClaim,
} from "../../store/round-store.ts";
import type { Database } from "../../store/schema.ts";
import { refreshClientHealth } from "../health/client-health.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getMandateRecord, requireClientOpen } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { loadMandateBaseline } from "./current-baseline.ts";

async function getClaim(trx: Kysely<Database>, workspaceId: string, id: string): Promise<Claim> {
  const claim = await findClaim(trx, workspaceId, id);
  if (!claim) throw new DomainError("not_found", "claim not found");
  // An ended client's history is read-only: its claims keep their words and their triage.
  const { mandate } = await getMandateRecord(trx, workspaceId, claim.mandateId);
  requireClientOpen(await getClientRecord(trx, workspaceId, mandate.clientId));
  return claim;
}

function requireUntriaged(claim: Claim, path: string): void {
  if (claim.triage || claim.changeOrder) {
    throw new DomainError("invalid_state", "a triaged claim keeps its words; clear its triage first", {
      fields: [{ path, issue: "already_triaged", message: "clear the triage first" }],
    });
  }
}

export interface UpdateClaimInput {
  text?: string | undefined;
  /** A decision, or null to clear an earlier one. */
  triage?: TriageDecision | null | undefined;
}

export async function updateClaim(ctx: AppContext, actor: Actor, id: string, input: UpdateClaimInput): Promise<Claim> {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    const before = await getClaim(trx, actor.workspaceId, id);
    let after: Claim = before;
    if (input.text !== undefined && input.text.trim() !== before.text) {
      requireUntriaged(before, "text");
      after = { ...after, text: input.text.trim() };
    }
    if (input.triage === null) {
      if (before.changeOrder && before.changeOrder.status !== "withdrawn" && before.changeOrder.status !== "rejected") {
        throw new DomainError("invalid_state", `the claim is an item of change order ${before.changeOrder.number}`);
      }
      const { triage: _t, ...rest } = after;
      after = rest;
    } else if (input.triage) {
      const { mandate } = await getMandateRecord(trx, actor.workspaceId, before.mandateId);
      const extra = await approvedChangeOrderItems(trx, actor.workspaceId, mandate.id);
      const baseline = await loadMandateBaseline(trx, actor.workspaceId, mandate.offerId, extra);
      after = triageClaim(after, input.triage, {
        at,
        by: actor.memberId,
        claims: await listClaimsOfMandate(trx, actor.workspaceId, mandate.id),
        baseline: baseline.references,
      });
    }
    await saveClaim(trx, actor.workspaceId, after, at);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: input.triage ? "claim.triaged" : input.triage === null ? "claim.triage_cleared" : "claim.edited",
      entity: "claim",
      entityId: id,
      before,
      after,
    });
    const { mandate } = await getMandateRecord(trx, actor.workspaceId, after.mandateId);
    await refreshClientHealth(ctx, trx, { workspaceId: actor.workspaceId, clientIds: [mandate.clientId] });
    return after;
  });
}

async function renumber(trx: Kysely<Database>, workspaceId: string, claims: Claim[], at: string): Promise<void> {
  for (const [i, c] of claims.entries()) {
    if (c.position !== i + 1) await saveClaim(trx, workspaceId, { ...c, position: i + 1 }, at);
  }
}

/** Merges untriaged claims of one round into one (in the order of the message); the round is renumbered. */
export async function mergeClaims(ctx: AppContext, actor: Actor, roundId: string, claimIds: string[]): Promise<Claim> {
  requirePermission(actor, "write");
  if (new Set(claimIds).size < 2) throw fieldError("claimIds", "too_few", "choose at least two claims to merge");
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    const round = await findRound(trx, actor.workspaceId, roundId);
    if (!round) throw new DomainError("not_found", "round not found");
    requireClientOpen(await getClientRecord(trx, actor.workspaceId, round.clientId));
    const all = await listClaimsOfRound(trx, actor.workspaceId, roundId);
    const chosen = all.filter((c) => claimIds.includes(c.id));
    if (chosen.length !== new Set(claimIds).size)
      throw fieldError("claimIds", "not_in_round", "every claim must belong to this round");
    for (const [i, c] of chosen.entries()) requireUntriaged(c, `claimIds.${i}`);
    const span = mergeSpans(
      round.text,
      chosen.map((c) => ({ text: c.text, start: c.source.start, end: c.source.end, context: c.context })),
    );
    const first = chosen.reduce((a, b) => (a.position <= b.position ? a : b));
    const merged: Claim = {
      ...first,
      text: span.text,
      context: span.context,
      source: { start: span.start, end: span.end },
    };
    await deleteClaims(
      trx,
      actor.workspaceId,
      chosen.filter((c) => c.id !== first.id).map((c) => c.id),
    );
    await saveClaim(trx, actor.workspaceId, merged, at);
    const rest = all
      .filter((c) => !claimIds.includes(c.id) || c.id === first.id)
      .map((c) => (c.id === first.id ? merged : c));
    await renumber(trx, actor.workspaceId, rest, at);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "claims.merged",
      entity: "round",
      entityId: roundId,
      before: chosen,
      after: merged,
    });
    return { ...merged, position: rest.findIndex((c) => c.id === first.id) + 1 };
  });
}

/** Splits an untriaged claim in two at an offset of its text; the second part follows it. */
export async function splitClaim(ctx: AppContext, actor: Actor, id: string, atOffset: number): Promise<Claim[]> {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    const claim = await getClaim(trx, actor.workspaceId, id);
    requireUntriaged(claim, "atOffset");
    const round = await findRound(trx, actor.workspaceId, claim.roundId);
    if (!round) throw new DomainError("not_found", "round not found");
    const [a, b] = splitSpan(
      { text: claim.text, start: claim.source.start, end: claim.source.end, context: claim.context },
      atOffset,
    );
    const first: Claim = { ...claim, text: a.text, source: { start: a.start, end: a.end } };
    const second: Claim = {
      ...claim,
      id: ctx.newId(),
      text: b.text,
      source: { start: b.start, end: b.end },
      position: claim.position + 1,
    };
    await saveClaim(trx, actor.workspaceId, first, at);
    await insertClaims(trx, { workspaceId: actor.workspaceId, clientId: round.clientId, claims: [second], at });
    const all = await listClaimsOfRound(trx, actor.workspaceId, claim.roundId);
    const ordered = all.filter((c) => c.id !== second.id);
    ordered.splice(ordered.findIndex((c) => c.id === first.id) + 1, 0, second);
    await renumber(trx, actor.workspaceId, ordered, at);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "claim.split",
      entity: "claim",
      entityId: id,
      before: claim,
      after: [first, second],
    });
    return [first, { ...second, position: ordered.findIndex((c) => c.id === second.id) + 1 }];
  });
}

/** Removes an untriaged claim that is not a request (a signature, a greeting the splitter kept); the round is renumbered. */
export async function deleteClaim(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  await transact(ctx, async (trx) => {
    const claim = await getClaim(trx, actor.workspaceId, id);
    requireUntriaged(claim, "id");
    await deleteClaims(trx, actor.workspaceId, [id]);
    await renumber(trx, actor.workspaceId, await listClaimsOfRound(trx, actor.workspaceId, claim.roundId), at);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "claim.deleted",
      entity: "claim",
      entityId: id,
      before: claim,
    });
  });
}
