/**
 * Scope metrics: how often the client asks for what was not signed, how many lists each mandate receives, and
 * whether the client accepts to pay for extras.
 */
import { explain, type HealthWindow, inWindow } from "./health-input.ts";
import { grade, type HealthMetric, round4, unknownMetric } from "./health-metric.ts";
import { countOf, formatNumber, formatPercent } from "./localized.ts";

const CREEP = new Set(["change_order", "goodwill", "alternative"]);
const ROUNDS: { fr: [string, string]; en: [string, string] } = {
  fr: ["liste de demandes", "listes de demandes"],
  en: ["feedback round", "feedback rounds"],
};
const MANDATES: typeof ROUNDS = { fr: ["mandat", "mandats"], en: ["mandate", "mandates"] };
const REQUESTS: typeof ROUNDS = { fr: ["demande", "demandes"], en: ["request", "requests"] };

/**
 * Scope-creep index = (change_order + goodwill + alternative claims in the window) ÷ deliverables of offers signed by
 * `to`. Before the first triaged request there is nothing to measure yet.
 */
export function scopeCreepMetric(window: HealthWindow): HealthMetric {
  const offers = window.input.signedOffers.filter((o) => o.signedAt <= window.to);
  const items = offers.reduce((s, o) => s + o.deliverableCount, 0);
  const triaged = window.input.claims.filter((c) => inWindow(window, c.receivedOn) && c.triage !== null);
  if (items <= 0 || triaged.length === 0) {
    return unknownMetric("scope_creep_index", "ratio", {
      fr: items <= 0 ? "aucun livrable signé." : "aucune demande du client triée sur la période.",
      en: items <= 0 ? "no signed deliverables." : "no client request triaged in the period.",
    });
  }
  const claims = triaged.filter((c) => c.triage !== null && CREEP.has(c.triage));
  const count = (t: string) => claims.filter((c) => c.triage === t).length;
  const [co, gw, alt] = [count("change_order"), count("goodwill"), count("alternative")];
  const value = round4(claims.length / items);
  return {
    key: "scope_creep_index",
    value,
    unit: "ratio",
    status: grade(value, window.bands.scope_creep_index),
    explanation: explain(window, (l) =>
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

/**
 * Feedback rounds per mandate = lists received in the window, counted on the mandate each belongs to, averaged over
 * the mandates that received any (two lists on one mandate are 2 per mandate, whatever other mandates exist). A
 * mandate that has received no list yet says nothing about rounds.
 */
export function feedbackRoundsMetric(window: HealthWindow): HealthMetric {
  const claims = window.input.claims.filter((c) => inWindow(window, c.receivedOn));
  const roundsOf = new Map<string, Set<string>>();
  for (const c of claims) roundsOf.set(c.mandateId, (roundsOf.get(c.mandateId) ?? new Set()).add(c.roundId));
  if (roundsOf.size === 0) {
    return unknownMetric("feedback_rounds_per_mandate", "rounds", {
      fr: "aucune liste de demandes reçue sur la période.",
      en: "no feedback round received in the period.",
    });
  }
  const rounds = [...roundsOf.values()].reduce((s, r) => s + r.size, 0);
  const value = round4(rounds / roundsOf.size);
  return {
    key: "feedback_rounds_per_mandate",
    value,
    unit: "rounds",
    status: grade(value, window.bands.feedback_rounds_per_mandate),
    explanation: explain(window, (l) =>
      l === "fr"
        ? `${countOf(rounds, l, ROUNDS)} reçues sur ${countOf(roundsOf.size, l, MANDATES)} : ${formatNumber(value, l, 2)} par mandat.`
        : `${countOf(rounds, l, ROUNDS)} received on ${countOf(roundsOf.size, l, MANDATES)}: ${formatNumber(value, l, 2)} per mandate.`,
    ),
    sources: [
      ...[...roundsOf.keys()].map((id) => ({ entity: "mandate" as const, id })),
      ...claims.map((c) => ({ entity: "claim" as const, id: c.id })),
    ],
  };
}

/**
 * Repeated points = lists received in the window in which a person confirmed at least one claim repeats a point the
 * client already had answered (declined, given, refused or approved in a change order, answered with an alternative)
 * or delivered. A client who asks again for what was settled is not hearing the answers: one such list is watch, two
 * are bad. Measured once a request of the window is triaged (before that nobody has looked for repeats); the sources
 * are the repeating claims and the earlier claims they repeat.
 */
export function repeatedPointsMetric(window: HealthWindow): HealthMetric {
  const claims = window.input.claims.filter((c) => inWindow(window, c.receivedOn));
  if (!claims.some((c) => c.triage !== null)) {
    return unknownMetric("repeated_points", "rounds", {
      fr: "aucune demande du client triée sur la période.",
      en: "no client request triaged in the period.",
    });
  }
  const rounds = new Set(claims.map((c) => c.roundId));
  const repeats = claims.filter((c) => c.triage === "duplicate" && c.repeatOf);
  const repeating = new Set(repeats.map((c) => c.roundId));
  const value = repeating.size;
  const earlier = [...new Set(repeats.flatMap((c) => (c.repeatOf?.kind === "claim" ? [c.repeatOf.id] : [])))];
  return {
    key: "repeated_points",
    value,
    unit: "rounds",
    status: grade(value, window.bands.repeated_points),
    explanation: explain(window, (l) => {
      const n = repeats.length;
      if (value === 0 && rounds.size === 1) {
        return l === "fr"
          ? "La liste de demandes reçue ne reprend aucun point déjà réglé."
          : "The feedback round received repeats no point already settled.";
      }
      if (value === 0) {
        return l === "fr"
          ? `Aucune des ${rounds.size} listes de demandes reçues ne reprend un point déjà réglé.`
          : `None of the ${rounds.size} feedback rounds received repeats a point already settled.`;
      }
      if (l === "fr") {
        return `${countOf(value, l, ROUNDS)} sur ${rounds.size} ${value < 2 ? "reprend" : "reprennent"} des points déjà réglés (refusés, offerts, tranchés par avenant ou livrés) : ${countOf(n, l, REQUESTS)} ${n < 2 ? "confirmée comme redite" : "confirmées comme redites"}.`;
      }
      return `${countOf(value, l, ROUNDS)} of ${rounds.size} ${value === 1 ? "repeats" : "repeat"} points already settled (declined, given, decided by change order or delivered): ${countOf(n, l, REQUESTS)} confirmed as ${n === 1 ? "a repeat" : "repeats"}.`;
    }),
    sources: [
      ...repeats.map((c) => ({ entity: "claim" as const, id: c.id })),
      ...earlier.map((id) => ({ entity: "claim" as const, id })),
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
      fr: "aucun avenant accepté ou refusé sur la période.",
      en: "no change order approved or rejected in the period.",
    });
  }
  const approved = decided.filter((c) => c.status === "approved").length;
  const value = round4(approved / decided.length);
  return {
    key: "change_order_acceptance",
    value,
    unit: "ratio",
    status: grade(value, window.bands.change_order_acceptance),
    explanation: explain(window, (l) =>
      l === "fr"
        ? `${approved} avenants acceptés sur ${decided.length} soumis et tranchés (${formatPercent(value, l)}).`
        : `${approved} change orders approved out of ${decided.length} decided (${formatPercent(value, l)}).`,
    ),
    sources: decided.map((c) => ({ entity: "change_order" as const, id: c.id })),
  };
}
