/**
 * Confirms, in one action, that a claim repeats a point the client already had answered (declined, answered with an
 * alternative, given as goodwill, in a change order rejected or approved) or delivered: the claim is decided as a
 * duplicate of that earlier answer, which the reply restates.
 */
import type { Claim } from "../../domain/claim/claim.ts";
import { DomainError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { findClaim, findRound, saveClaim } from "../../store/round-store.ts";
import { refreshClientHealth } from "../health/client-health.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { loadRepeatFinder } from "./client-repeats.ts";

export async function confirmRepeat(ctx: AppContext, actor: Actor, claimId: string): Promise<Claim> {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    const before = await findClaim(trx, actor.workspaceId, claimId);
    if (!before) throw new DomainError("not_found", "claim not found");
    if (before.changeOrder && before.changeOrder.status !== "withdrawn" && before.changeOrder.status !== "rejected") {
      throw new DomainError("invalid_state", `the claim is an item of change order ${before.changeOrder.number}`);
    }
    const round = await findRound(trx, actor.workspaceId, before.roundId);
    if (!round) throw new DomainError("not_found", "round not found");
    const find = await loadRepeatFinder(trx, {
      workspaceId: actor.workspaceId,
      clientId: round.clientId,
      exceptRoundId: round.id,
    });
    const match = find(before.text);
    if (!match) throw new DomainError("invalid_state", "this claim repeats nothing the client already had answered");
    const after: Claim = {
      ...before,
      triage: {
        outcome: "duplicate",
        decidedAt: at,
        decidedBy: actor.memberId,
        baseline: undefined,
        rationale: undefined,
        repeat: { ...match.point, score: match.score },
      },
    };
    await saveClaim(trx, actor.workspaceId, after, at);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "claim.repeat_confirmed",
      entity: "claim",
      entityId: claimId,
      before,
      after,
    });
    await refreshClientHealth(ctx, trx, { workspaceId: actor.workspaceId, clientIds: [round.clientId] });
    return after;
  });
}
