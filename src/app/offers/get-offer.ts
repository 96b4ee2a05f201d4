import { canonicalText, sha256Hex } from "../../domain/canonical.ts";
import { impliedHourlyRate } from "../../domain/estimate/implied-rate.ts";
import { teamEstimate } from "../../domain/estimate/team-estimate.ts";
import { sortedDeliverables } from "../../domain/offer/offer-content.ts";
import { offerTotals } from "../../domain/offer/offer-totals.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { findMandateOfOffer } from "../../store/mandate-store.ts";
import { listOfferEstimates, listOffers as listOfferRows } from "../../store/offer-store.ts";
import { listMembers } from "../../store/people-store.ts";
import { readOfferDocument } from "../../store/stored-aggregates.ts";
import type { AppContext } from "../shared/context.ts";
import { getOfferRecord, getWorkspaceRecord } from "../shared/load-records.ts";

/** An offer with its totals, the team's estimate (PERT per item and total), the implied rate, and its mandate. */
export async function getOffer(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, "read");
  const [stored, workspace, estimates, members, mandate] = await Promise.all([
    getOfferRecord(ctx.db, actor.workspaceId, id),
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    listOfferEstimates(ctx.db, actor.workspaceId, id),
    listMembers(ctx.db, actor.workspaceId),
    findMandateOfOffer(ctx.db, actor.workspaceId, id),
  ]);
  const { offer } = stored;
  const totals = offerTotals(offer.content);
  const team = teamEstimate({ estimates, deliverableIds: sortedDeliverables(offer.content).map((d) => d.id) });
  // Without a target rate (not set yet in the settings) there is nothing to compare against.
  const implied =
    workspace.targetHourlyRate <= 0
      ? ({ ok: false, reason: "no_target_rate" } as const)
      : impliedHourlyRate({
          price: { amount: totals.total, currency: offer.content.currency },
          expectedHours: team.expected,
          targetRate: { amount: workspace.targetHourlyRate, currency: offer.content.currency },
        });
  const names = new Map(members.map((m) => [m.id, m.name]));
  return {
    offer,
    totals,
    estimates: estimates.map((e) => ({ ...e, memberName: names.get(e.memberId) ?? "" })),
    teamEstimate: team,
    impliedRate: implied,
    targetHourlyRate: workspace.targetHourlyRate,
    sha256: stored.sha256,
    // What the client received (and, once signed, signed): the frozen document, not one rebuilt from today's records.
    document: stored.documentText ? readOfferDocument(stored.documentText, stored.offer.id) : null,
    mandateId: mandate?.id ?? null,
  };
}

export interface ListOffersQuery {
  clientId?: string | undefined;
  status?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listOffers(ctx: AppContext, actor: Actor, q: ListOffersQuery) {
  requirePermission(actor, "read");
  const { items, total } = await listOfferRows(ctx.db, {
    workspaceId: actor.workspaceId,
    clientId: q.clientId,
    status: q.status,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/**
 * Re-verifies a sent or signed offer: the SHA-256 of the stored canonical text must equal the fingerprint recorded
 * at send time and, once signed, the one in the signature evidence; and the text must still be canonical. Any byte
 * changed behind the application's back answers `valid: false`.
 */
export async function verifyOffer(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ sha256: string | null; valid: boolean }> {
  requirePermission(actor, "read");
  const stored = await getOfferRecord(ctx.db, actor.workspaceId, id);
  if (!stored.documentText || !stored.sha256) return { sha256: null, valid: false };
  const recomputed = sha256Hex(stored.documentText);
  const o = stored.offer;
  const recorded = "sha256" in o ? o.sha256 : undefined;
  const signed = "signature" in o && o.signature ? o.signature.sha256 : undefined;
  let canonical = false;
  try {
    canonical = canonicalText(JSON.parse(stored.documentText)) === stored.documentText;
  } catch {
    canonical = false;
  }
  const valid =
    canonical &&
    recomputed === stored.sha256 &&
    recomputed === recorded &&
    (signed === undefined || recomputed === signed);
  return { sha256: recomputed, valid };
}
