import { claimsOfRound } from "../../domain/claim/claim.ts";
import { fieldError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { splitClaims } from "../../domain/triage/split-claims.ts";
import { insertClaims, insertRound, type Round } from "../../store/round-store.ts";
import { refreshClientHealth } from "../health/client-health.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getMandateRecord, requireClientOpen } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { getRound, type RoundView } from "./round-view.ts";

/**
 * Receives a client's feedback list on a mandate: the pasted message (e-mail, numbered or bulleted list, loose
 * paragraphs; French or English) is kept as received and split into claims, one request each, for a person to triage.
 */
export async function receiveRound(
  ctx: AppContext,
  actor: Actor,
  mandateId: string,
  input: { text: string; receivedOn: string },
): Promise<RoundView> {
  requirePermission(actor, "write");
  const split = splitClaims(input.text);
  if (split.length === 0) throw fieldError("text", "no_claims", "no request was found in this text");
  const at = ctx.now().toISOString();
  const roundId = ctx.newId();
  await transact(ctx, async (trx) => {
    const { mandate } = await getMandateRecord(trx, actor.workspaceId, mandateId);
    requireClientOpen(await getClientRecord(trx, actor.workspaceId, mandate.clientId));
    const round: Round = {
      id: roundId,
      mandateId,
      clientId: mandate.clientId,
      receivedOn: input.receivedOn,
      text: input.text,
      reply: null,
      createdAt: at,
    };
    const claims = claimsOfRound({ roundId, mandateId, split, ids: split.map(() => ctx.newId()) });
    await insertRound(trx, { workspaceId: actor.workspaceId, round, createdBy: actor.memberId });
    await insertClaims(trx, { workspaceId: actor.workspaceId, clientId: mandate.clientId, claims, at });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "round.received",
      entity: "round",
      entityId: roundId,
      after: { mandateId, receivedOn: input.receivedOn, claims: claims.map((c) => c.text) },
    });
    await refreshClientHealth(ctx, trx, { workspaceId: actor.workspaceId, clientIds: [mandate.clientId] });
  });
  return getRound(ctx, actor, roundId);
}
