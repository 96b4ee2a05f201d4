/**
 * The answer to a client's list: each claim with its outcome, the signed clause quoted (offer number, signature date
 * and fingerprint), goodwill named as a courtesy, change orders by number. Generated in the client's language,
 * editable before sending, then sent by e-mail or kept in the outbox.
 */

import { changeOrderTotals } from "../../domain/change-order/change-order-totals.ts";
import { suggestHourlyRate } from "../../domain/change-order/suggest-hourly-rate.ts";
import type { Claim } from "../../domain/claim/claim.ts";
import { DomainError } from "../../domain/errors.ts";
import { minutesTimesRate } from "../../domain/money.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { type RoundReplyClaim, renderRoundReply } from "../../domain/reply/render-round-reply.ts";
import { listChangeOrdersOfMandate } from "../../store/change-order-store.ts";
import { findMember } from "../../store/people-store.ts";
import { findRound, listClaimsOfRound, saveRoundReply } from "../../store/round-store.ts";
import { goodwillEntriesOfClaims } from "../../store/time-store.ts";
import type { AppContext } from "../shared/context.ts";
import { clientEmail } from "../shared/document-parties.ts";
import { getClientRecord, getMandateRecord, getWorkspaceRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { deliverMessages, queueMessage } from "../shared/send-messages.ts";
import { studioToday } from "../shared/studio-day.ts";
import { transact } from "../shared/transact.ts";
import { workspaceTimeZone } from "../time/time-context.ts";
import { loadMandateBaseline } from "./current-baseline.ts";

export interface ReplyToRoundInput {
  /** The user's edited letter; generated when absent. */
  subject?: string | undefined;
  body?: string | undefined;
  /** Send it to the client now (by e-mail, or kept in the outbox without SMTP). */
  send?: boolean | undefined;
}

export async function replyToRound(ctx: AppContext, actor: Actor, roundId: string, input: ReplyToRoundInput) {
  requirePermission(actor, "write");
  const round = await findRound(ctx.db, actor.workspaceId, roundId);
  if (!round) throw new DomainError("not_found", "round not found");
  const { mandate } = await getMandateRecord(ctx.db, actor.workspaceId, round.mandateId);
  const [workspace, client, claims, changeOrders, me] = await Promise.all([
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    getClientRecord(ctx.db, actor.workspaceId, round.clientId),
    listClaimsOfRound(ctx.db, actor.workspaceId, roundId),
    listChangeOrdersOfMandate(ctx.db, actor.workspaceId, mandate.id),
    findMember(ctx.db, actor.workspaceId, actor.memberId),
  ]);
  const baseline = await loadMandateBaseline(
    ctx.db,
    actor.workspaceId,
    mandate.offerId,
    changeOrders.filter((s) => s.changeOrder.status === "approved").flatMap((s) => s.changeOrder.content.items),
  );
  const untriaged = claims.filter((c) => !c.triage);
  if (untriaged.length > 0) {
    throw new DomainError("invalid_state", `triage every claim first (${untriaged.length} left)`, {
      fields: untriaged.map((c) => ({
        path: `claims.${c.position}`,
        issue: "untriaged",
        message: c.text.slice(0, 80),
      })),
    });
  }
  // Goodwill is valued as the time and goodwill pages value it: the time logged against the claim, each entry at the
  // rate it was logged at; before any is logged, the estimate at the rate a change order would price it.
  const logged = new Map<string, { minutes: number; value: number }>();
  for (const e of await goodwillEntriesOfClaims(
    ctx.db,
    actor.workspaceId,
    claims.filter((c) => c.triage?.outcome === "goodwill").map((c) => c.id),
  )) {
    const sum = logged.get(e.claimId) ?? { minutes: 0, value: 0 };
    logged.set(e.claimId, {
      minutes: sum.minutes + e.minutes,
      value: sum.value + minutesTimesRate(e.minutes, e.billableRate),
    });
  }
  const estimateRate = suggestHourlyRate({
    offer: baseline.content,
    targetHourlyRate: workspace.targetHourlyRate,
  }).hourlyRate;
  const titles = new Map(baseline.entries.map((e) => [`${e.kind}:${e.id}`, e.title]));
  const byId = new Map(changeOrders.map((s) => [s.changeOrder.id, s.changeOrder]));
  const positions = new Map(claims.map((c) => [c.id, c.position]));
  const currency = workspace.currency;
  const toReply = (c: Claim): RoundReplyClaim => {
    const t = c.triage!;
    const base = t.baseline
      ? { kind: t.baseline.kind, text: titles.get(`${t.baseline.kind}:${t.baseline.id}`) ?? "" }
      : undefined;
    const co = c.changeOrder ? byId.get(c.changeOrder.id) : undefined;
    const time = t.outcome === "goodwill" ? logged.get(c.id) : undefined;
    const hours = time ? time.minutes / 60 : "estimatedHours" in t ? t.estimatedHours : undefined;
    return {
      text: c.text.replace(/\s+/g, " ").trim(),
      triage: t.outcome,
      baseline: base,
      rationale: t.rationale,
      alternative: t.outcome === "alternative" ? t.alternative : undefined,
      estimatedHours: hours,
      value:
        t.outcome !== "goodwill" || hours === undefined
          ? undefined
          : { amount: time ? time.value : minutesTimesRate(Math.round(hours * 60), estimateRate), currency },
      changeOrder: co
        ? {
            number: co.number,
            amount: { amount: changeOrderTotals(co.content).total, currency: co.content.currency },
            status: co.status,
            answeredOn:
              co.status === "approved"
                ? co.approval.signedAt
                : co.status === "rejected"
                  ? co.rejectedAt
                  : co.status === "withdrawn"
                    ? co.withdrawnAt
                    : undefined,
          }
        : undefined,
      duplicateOf: t.outcome === "duplicate" && t.duplicateOfClaimId ? positions.get(t.duplicateOfClaimId) : undefined,
      repeat: t.outcome === "duplicate" ? t.repeat : undefined,
    };
  };
  const generated = renderRoundReply({
    language: baseline.document.language,
    client: { name: client.name, contactName: client.contacts[0]?.name },
    issuer: { name: workspace.name },
    offer: {
      number: baseline.document.number,
      signedAt: baseline.signedAt,
      sha256: baseline.sha256,
      title: baseline.document.title,
    },
    claims: claims.map(toReply),
    signerName: me?.name ?? workspace.name,
    date: studioToday(ctx, workspace),
    receivedAt: round.receivedOn,
    timeZone: workspaceTimeZone(workspace),
  });
  const letter = {
    subject: input.subject?.trim() || generated.subject,
    body: input.body?.trim() || generated.body,
    language: baseline.document.language,
    updatedAt: ctx.now().toISOString(),
    ...(input.send ? { sentAt: ctx.now().toISOString() } : {}),
  };
  const result = await transact(ctx, async (trx) => {
    await saveRoundReply(trx, actor.workspaceId, roundId, letter);
    const message = input.send
      ? await queueMessage(ctx, trx, {
          workspaceId: actor.workspaceId,
          kind: "round_reply",
          to: clientEmail(client),
          subject: letter.subject,
          body: letter.body,
          entity: "round",
          entityId: roundId,
        })
      : undefined;
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: input.send ? "round.reply_sent" : "round.reply_saved",
      entity: "round",
      entityId: roundId,
      after: letter,
    });
    return message;
  });
  const message = result ? (await deliverMessages(ctx, [result]))[0] : undefined;
  return { ...letter, message: message ?? null };
}
