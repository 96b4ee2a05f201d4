/**
 * Scope metrics: how often the client asks for what was not signed, how many lists each mandate receives, and
 * whether the client accepts to pay for extras.
 */
import { type HealthWindow, inWindow } from "./health-input.ts";
import { grade, type HealthMetric, round4, unknownMetric } from "./health-metric.ts";
import { bilingual, countOf, formatNumber, formatPercent } from "./localized.ts";

const CREEP = new Set(["change_order", "goodwill", "alternative"]);
const ROUNDS: { fr: [string, string]; en: [string, string] } = {
  fr: ["liste de demandes", "listes de demandes"],
  en: ["feedback round", "feedback rounds"],
};
const MANDATES: typeof ROUNDS = { fr: ["mandat", "mandats"], en: ["mandate", "mandates"] };

/** Scope-creep index = (change_order + goodwill + alternative claims in the window) ÷ deliverables of offers signed by `to`. */
export function scopeCreepMetric(window: HealthWindow): HealthMetric {
  const offers = window.input.signedOffers.filter((o) => o.signedAt <= window.to);
  const items = offers.reduce((s, o) => s + o.deliverableCount, 0);
  if (items <= 0) {
    return unknownMetric("scope_creep_index", "ratio", {
      fr: "Aucun livrable signé : indice de dérive du périmètre inconnu.",
      en: "No signed deliverables: scope-creep index unknown.",
    });
  }
  const claims = window.input.claims.filter(
    (c) => inWindow(window, c.receivedOn) && c.triage !== null && CREEP.has(c.triage),
  );
  const count = (t: string) => claims.filter((c) => c.triage === t).length;
  const [co, gw, alt] = [count("change_order"), count("goodwill"), count("alternative")];
  const value = round4(claims.length / items);
  return {
    key: "scope_creep_index",
    value,
    unit: "ratio",
    status: grade(value, window.bands.scope_creep_index),
    explanation: bilingual((l) =>
      l === "fr"
        ? `${claims.length} demandes hors périmètre (${co} avenants, ${gw} gestes gratuits, ${alt} solutions de rechange) pour ${items} livrables signés : indice de ${formatNumber(value, l, 2)}.`
        : `${claims.length} out-of-scope requests (${co} change orders, ${gw} goodwill, ${alt} alternatives) for ${items} signed deliverables: index ${formatNumber(value, l, 2)}.`,
    ),
    sources: [
      ...claims.map((c) => ({ entity: "claim" as const, id: c.id })),
      ...offers.map((o) => ({ entity: "offer" as const, id: o.offerId })),
    ],
  };
}

/** Feedback rounds per mandate = distinct rounds received in the window ÷ mandates of the client. */
export function feedbackRoundsMetric(window: HealthWindow): HealthMetric {
  const claims = window.input.claims.filter((c) => inWindow(window, c.receivedOn));
  const mandates = new Set([...window.input.mandateIds, ...claims.map((c) => c.mandateId)]);
  if (mandates.size === 0) {
    return unknownMetric("feedback_rounds_per_mandate", "rounds", {
      fr: "Aucun mandat : nombre de listes de corrections par mandat inconnu.",
      en: "No mandates: feedback rounds per mandate unknown.",
    });
  }
  const rounds = new Set(claims.map((c) => c.roundId));
  const value = round4(rounds.size / mandates.size);
  return {
    key: "feedback_rounds_per_mandate",
    value,
    unit: "rounds",
    status: grade(value, window.bands.feedback_rounds_per_mandate),
    explanation: bilingual((l) =>
      l === "fr"
        ? `${countOf(rounds.size, l, ROUNDS)} reçues pour ${countOf(mandates.size, l, MANDATES)} : ${formatNumber(value, l, 2)} par mandat.`
        : `${countOf(rounds.size, l, ROUNDS)} received for ${countOf(mandates.size, l, MANDATES)}: ${formatNumber(value, l, 2)} per mandate.`,
    ),
    sources: [
      ...[...mandates].map((id) => ({ entity: "mandate" as const, id })),
      ...claims.map((c) => ({ entity: "claim" as const, id: c.id })),
    ],
  };
}

/** Change-order acceptance = approved ÷ (approved + rejected) in the window; drafts, sent and withdrawn ones are not counted. */
export function changeOrderAcceptanceMetric(window: HealthWindow): HealthMetric {
  const decided = window.input.changeOrders.filter(
    (c) => inWindow(window, c.date) && (c.status === "approved" || c.status === "rejected"),
  );
  if (decided.length === 0) {
    return unknownMetric("change_order_acceptance", "ratio", {
      fr: "Aucun avenant accepté ou refusé : taux d’acceptation inconnu.",
      en: "No change order approved or rejected: acceptance rate unknown.",
    });
  }
  const approved = decided.filter((c) => c.status === "approved").length;
  const value = round4(approved / decided.length);
  return {
    key: "change_order_acceptance",
    value,
    unit: "ratio",
    status: grade(value, window.bands.change_order_acceptance),
    explanation: bilingual((l) =>
      l === "fr"
        ? `${approved} avenants acceptés sur ${decided.length} soumis et tranchés (${formatPercent(value, l)}).`
        : `${approved} change orders approved out of ${decided.length} decided (${formatPercent(value, l)}).`,
    ),
    sources: decided.map((c) => ({ entity: "change_order" as const, id: c.id })),
  };
}
