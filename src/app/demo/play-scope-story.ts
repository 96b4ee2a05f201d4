/**
 * The founding story, scope part: hours included in the fixed price, the first list triaged (change order, goodwill
 * done free, alternatives), the reply, the change order the agency rejects, and the second list left untriaged.
 */
import type { Actor } from "../../domain/permissions.ts";
import { rejectPortalDocument } from "../portal/portal-view.ts";
import { createChangeOrder, sendChangeOrder } from "../scope/change-orders.ts";
import { loadMandateBaseline } from "../scope/current-baseline.ts";
import { deleteClaim, updateClaim } from "../scope/edit-claims.ts";
import { receiveRound } from "../scope/receive-round.ts";
import { replyToRound } from "../scope/reply-to-round.ts";
import type { AppContext } from "../shared/context.ts";
import { logTime } from "../time/log-time.ts";
import { FIRST_LIST, FIRST_TRIAGE, SECOND_LIST } from "./founding-story-rounds.ts";

export interface ScopeStoryInput {
  ctx: AppContext;
  on: (daysAgo: number) => AppContext;
  day: (daysAgo: number) => string;
  actor: Actor;
  members: { camille: string; jeremie: string };
  firstMandateId: string;
  firstOfferId: string;
  secondMandateId: string;
  client: { ip: string; userAgent: string };
}

export async function playScopeStory(s: ScopeStoryInput): Promise<void> {
  const { on, day, actor } = s;
  const log = (daysAgo: number, input: Omit<Parameters<typeof logTime>[2], "date">) =>
    logTime(on(daysAgo), actor, { ...input, date: day(daysAgo) });

  // The work itself, inside the fixed price.
  await log(50, {
    memberId: s.members.camille,
    mandateId: s.firstMandateId,
    minutes: 360,
    category: "included",
    note: "Intégration des textes",
  });
  await log(45, {
    memberId: s.members.jeremie,
    mandateId: s.firstMandateId,
    minutes: 300,
    category: "included",
    note: "Galerie et menu",
  });
  await log(30, {
    mandateId: s.firstMandateId,
    minutes: 180,
    category: "included",
    note: "Vérification mobile et livraison",
  });
  await log(28, {
    memberId: s.members.camille,
    mandateId: s.secondMandateId,
    minutes: 240,
    category: "included",
    note: "Maquettes filaires",
  });

  // The first list, the day after delivery.
  const round = await receiveRound(on(23), actor, s.firstMandateId, { text: FIRST_LIST, receivedOn: day(23) });
  const baseline = await loadMandateBaseline(s.ctx.db, actor.workspaceId, s.firstOfferId);
  const find = (kind: "deliverable" | "exclusion", words: string) => {
    const entry = baseline.entries.find((e) => e.kind === kind && e.title.toLowerCase().includes(words.toLowerCase()));
    if (!entry) throw new Error(`demo: no ${kind} with "${words}"`);
    return { kind, id: entry.id };
  };
  for (const [i, t] of FIRST_TRIAGE.entries()) {
    const claim = round.claims[i]!;
    const decision =
      t.outcome === "in_scope"
        ? { outcome: t.outcome, baseline: find("deliverable", t.deliverable), estimatedHours: t.hours }
        : t.outcome === "declined"
          ? { outcome: t.outcome, baseline: find("exclusion", t.exclusion), rationale: t.rationale }
          : t.outcome === "change_order"
            ? { outcome: t.outcome, estimatedHours: t.hours }
            : t.outcome === "goodwill"
              ? { outcome: t.outcome, rationale: t.rationale, estimatedHours: t.hours }
              : { outcome: t.outcome, alternative: t.alternative, rationale: t.rationale, estimatedHours: t.hours };
    await updateClaim(on(23), actor, claim.id, { triage: decision });
  }
  // What the splitter kept that is not a request (the closing line, the signature) is removed, as a user would.
  for (const extra of round.claims.slice(FIRST_TRIAGE.length)) await deleteClaim(on(23), actor, extra.id);
  const ids = round.claims.map((c) => c.id);
  const co = await createChangeOrder(on(22), actor, s.firstMandateId, {
    claimIds: [ids[0]!, ids[2]!],
    title: "Carrousel automatique et section « Nos bières »",
    reason: "Nouvelles fonctionnalités demandées après la livraison; elles ne font pas partie de l'offre signée.",
    requester: "Julie Bergeron",
  });
  const sent = await sendChangeOrder(on(22), actor, co.id);
  await replyToRound(on(22), actor, round.round.id, { send: true });

  // Goodwill done free, and the hours of unpaid adjustments.
  await log(21, {
    memberId: s.members.camille,
    mandateId: s.firstMandateId,
    claimId: ids[3],
    minutes: 180,
    category: "goodwill",
    note: "Menu déroulant iPhone",
  });
  await log(20, {
    memberId: s.members.jeremie,
    mandateId: s.firstMandateId,
    claimId: ids[7],
    minutes: 120,
    category: "goodwill",
    note: "Photos de la galerie",
  });
  await log(19, {
    mandateId: s.firstMandateId,
    claimId: ids[4],
    minutes: 150,
    category: "goodwill",
    note: "Ajustements police et couleurs",
  });
  await log(18, {
    mandateId: s.firstMandateId,
    minutes: 240,
    category: "goodwill",
    note: "Ajustements demandés au téléphone, non facturés",
  });
  await log(17, {
    memberId: s.members.camille,
    mandateId: s.secondMandateId,
    minutes: 300,
    category: "included",
    note: "Intégration, gabarits 1 à 3",
  });

  // The agency refuses to pay for what it considers part of the original request.
  await rejectPortalDocument(
    on(15),
    sent.portalUrl.split("/portal/")[1]!,
    s.client,
    "Selon nous, ces éléments faisaient partie de la demande initiale.",
  );

  // The second, longer list.
  const second = await receiveRound(on(10), actor, s.firstMandateId, { text: SECOND_LIST, receivedOn: day(10) });
  const last = second.claims[second.claims.length - 1];
  if (last && /mettre en ligne la semaine/.test(last.text)) await deleteClaim(on(10), actor, last.id);
}
