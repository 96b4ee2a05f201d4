import type { Claim } from "../../domain/claim/claim.ts";
import { type RoundSummary, roundSummary } from "../../domain/claim/round-summary.ts";
import { DomainError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import type { RepeatMatch } from "../../domain/triage/find-repeats.ts";
import { type BaselineKind, type BaselineSuggestion, createBaselineRanker } from "../../domain/triage/rank-baseline.ts";
import { approvedChangeOrderItems } from "../../store/change-order-store.ts";
import { findRound, listClaimsOfRound, listRoundsOfMandate, type Round } from "../../store/round-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getMandateRecord } from "../shared/load-records.ts";
import { loadRepeatFinder } from "./client-repeats.ts";
import { loadMandateBaseline } from "./current-baseline.ts";

export interface RoundView {
  round: Round;
  claims: (Claim & {
    suggestions: (BaselineSuggestion & { title: string })[];
    /** The earlier point this claim likely repeats, until a person decides (then the decision says it). */
    likelyRepeat?: RepeatMatch | undefined;
  })[];
  /** With `likelyRepeats`: claims flagged as repeats and not yet decided. */
  summary: RoundSummary & { likelyRepeats: number };
  /** The whole current scope, to name any clause a decision rests on (suggestions show only the closest ones). */
  baseline: { id: string; kind: BaselineKind; title: string }[];
  offer: { id: string; number: string; signedAt: string; sha256: string };
}

/**
 * A round with its claims, each beside the signed baseline ranked by relevance (score and matched words): the
 * deliverables, approved change-order items, exclusions and assumptions. Suggestions only inform; a person decides.
 */
export async function getRound(ctx: AppContext, actor: Actor, id: string): Promise<RoundView> {
  requirePermission(actor, "read");
  const round = await findRound(ctx.db, actor.workspaceId, id);
  if (!round) throw new DomainError("not_found", "round not found");
  const { mandate } = await getMandateRecord(ctx.db, actor.workspaceId, round.mandateId);
  const [claims, extra] = await Promise.all([
    listClaimsOfRound(ctx.db, actor.workspaceId, id),
    approvedChangeOrderItems(ctx.db, actor.workspaceId, mandate.id),
  ]);
  const baseline = await loadMandateBaseline(ctx.db, actor.workspaceId, mandate.offerId, extra);
  const rank = createBaselineRanker(baseline.entries);
  const titles = new Map(baseline.entries.map((e) => [e.id, e.title]));
  const findRepeat = await loadRepeatFinder(ctx.db, {
    workspaceId: actor.workspaceId,
    clientId: round.clientId,
    exceptRoundId: round.id,
  });
  const views = claims.map((c) => {
    const likelyRepeat = c.triage ? undefined : findRepeat(c.text);
    return {
      ...c,
      suggestions: rank(c.context ? `${c.context}: ${c.text}` : c.text, { limit: 5 }).map((s) => ({
        ...s,
        title: titles.get(s.id) ?? "",
      })),
      ...(likelyRepeat ? { likelyRepeat } : {}),
    };
  });
  return {
    round,
    claims: views,
    summary: { ...roundSummary(claims), likelyRepeats: views.filter((c) => c.likelyRepeat).length },
    baseline: baseline.entries.map((e) => ({ id: e.id, kind: e.kind, title: e.title })),
    offer: {
      id: mandate.offerId,
      number: baseline.document.number,
      signedAt: baseline.signedAt,
      sha256: baseline.sha256,
    },
  };
}

/** The rounds of a mandate, oldest first, with how many claims are triaged. */
export async function listRounds(ctx: AppContext, actor: Actor, mandateId: string) {
  requirePermission(actor, "read");
  await getMandateRecord(ctx.db, actor.workspaceId, mandateId);
  return listRoundsOfMandate(ctx.db, actor.workspaceId, mandateId);
}
