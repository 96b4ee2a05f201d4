/**
 * The points of a client that are settled — declined, answered with an alternative, given as goodwill, put in a change
 * order the client rejected or approved, delivered — gathered from the client's earlier claims (all rounds, all
 * mandates) and deliveries, for `createRepeatFinder` to compare new claims with.
 */
import type { SettledAnswer, SettledPoint } from "../triage/find-repeats.ts";
import type { Claim } from "./claim.ts";

/** What the points need to know of a change order. */
export interface SettledChangeOrder {
  id: string;
  number: string;
  status: string;
  /** When the client answered (rejection or approval instant). */
  answeredAt?: string | undefined;
}

/** What the points need to know of a mandate: its deliveries with their checklists. */
export interface SettledMandate {
  id: string;
  deliveries: readonly { date: string; checklist: readonly { id: string; title: string; done: boolean }[] }[];
}

/** Input of {@link settledPoints}. */
export interface SettledPointsInput {
  /** The client's earlier claims (not those of the round being triaged). */
  claims: readonly Claim[];
  changeOrders: readonly SettledChangeOrder[];
  mandates: readonly SettledMandate[];
  /** The text of a clause a decision rested on, by mandate, kind and id (undefined when unknown). */
  clauseText: (mandateId: string, kind: string, id: string) => string | undefined;
}

const day = (instant: string) => instant.slice(0, 10);

/** The client's settled points, oldest first (one per delivered item: its first delivery). */
export function settledPoints(input: SettledPointsInput): SettledPoint[] {
  const changeOrders = new Map(input.changeOrders.map((co) => [co.id, co]));
  const points: SettledPoint[] = [];
  for (const claim of input.claims) {
    const t = claim.triage;
    const co = claim.changeOrder ? changeOrders.get(claim.changeOrder.id) : undefined;
    let answer: SettledAnswer | undefined;
    let on = t ? day(t.decidedAt) : "";
    if (co && (co.status === "rejected" || co.status === "approved")) {
      answer = co.status === "rejected" ? "change_order_rejected" : "change_order_approved";
      on = day(co.answeredAt ?? t?.decidedAt ?? "");
    } else if (t && (t.outcome === "declined" || t.outcome === "alternative" || t.outcome === "goodwill")) {
      answer = t.outcome;
    }
    if (!answer || !t) continue;
    const clauseText = t.baseline ? input.clauseText(claim.mandateId, t.baseline.kind, t.baseline.id) : undefined;
    points.push({
      ref: { kind: "claim", id: claim.id },
      mandateId: claim.mandateId,
      text: claim.text.replace(/\s+/gu, " ").trim(),
      answer,
      on,
      clause: t.baseline && clauseText ? { kind: t.baseline.kind, text: clauseText } : undefined,
      rationale: t.rationale,
      alternative: t.outcome === "alternative" ? t.alternative : undefined,
      changeOrderNumber: co?.number,
    });
  }
  for (const mandate of input.mandates) {
    const seen = new Set<string>();
    for (const delivery of [...mandate.deliveries].sort((a, b) => a.date.localeCompare(b.date))) {
      for (const item of delivery.checklist) {
        if (!item.done || seen.has(item.id)) continue;
        seen.add(item.id);
        points.push({
          ref: { kind: "delivered", id: item.id },
          mandateId: mandate.id,
          text: item.title,
          answer: "delivered",
          on: delivery.date,
        });
      }
    }
  }
  return points.sort((a, b) => a.on.localeCompare(b.on));
}
