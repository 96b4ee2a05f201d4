/**
 * The founding story's end: the team rates the partnership against its values, weighs continuing against stopping
 * (the four-figure offer signed the week before the trouble, unpaid invoices, values), decides to stop, and prepares a
 * cordial, lawful exit: the end client's launch is on the first mandate's milestones, so the exit ends the day after
 * it (not at an inopportune time, C.c.Q. 2126); the serious reason is linked to its evidence (the client's lists and
 * the rejected change order); the new offer is cancelled and its deposit credited, the invoices kept, the handover
 * dated, the letter in French. Executing it is left to the user.
 */
import type { Actor } from "../../domain/permissions.ts";
import { openDecision, updateDecision } from "../exits/decisions.ts";
import { prepareExit, updateExit } from "../exits/exits.ts";
import { addMandateMilestone } from "../mandates/mandate-milestones.ts";
import { listMandates } from "../mandates/mandate-work.ts";
import { listChangeOrders } from "../scope/change-orders.ts";
import { listRounds } from "../scope/round-view.ts";
import type { AppContext } from "../shared/context.ts";
import { getWorkspaceRecord } from "../shared/load-records.ts";
import { rateValues } from "../shared/rate-values.ts";

/** The end client's launch, on the first mandate's milestones. */
export const DEMO_LAUNCH = "Lancement du site du client final";

export interface ExitStoryInput {
  on: (daysAgo: number) => AppContext;
  day: (daysAgo: number) => string;
  actor: Actor;
  agencyId: string;
}

export async function playExitStory(s: ExitStoryInput): Promise<void> {
  const { on, actor } = s;
  const workspace = await getWorkspaceRecord(on(3).db, actor.workspaceId);
  // How the partnership lives up to the collective's values (1 = against it, 5 = fully in line).
  const ratings = [1, 1, 3, 2, 2];
  await rateValues(
    on(3),
    actor,
    s.agencyId,
    workspace.values.map((v, i) => ({ valueId: v.id, rating: ratings[i] ?? 2 })),
  );

  const decision = await openDecision(on(2), actor, s.agencyId, {
    expectedFutureWork: [
      {
        description: "Mandats promis par l'agence pour le prochain trimestre",
        amount: 1_500_000,
        probabilityPercent: 30,
      },
    ],
  });
  const byStatement = (start: string) => decision.criteria.find((c) => c.statement.startsWith(start))?.id;
  const healthy = byStatement("Une collaboration saine");
  const team = byStatement("La santé");
  await updateDecision(on(2), actor, decision.id, {
    ratings: [
      ...(healthy
        ? [
            { criterionId: healthy, option: "continue" as const, rating: 1 },
            { criterionId: healthy, option: "stop" as const, rating: 4 },
          ]
        : []),
      ...(team
        ? [
            { criterionId: team, option: "continue" as const, rating: 1 },
            { criterionId: team, option: "stop" as const, rating: 5 },
          ]
        : []),
    ],
    addArguments: [
      { option: "continue", side: "pro", text: "Des mandats promis, une agence qui paie habituellement", weight: 3 },
      { option: "stop", side: "pro", text: "Retrouver un rythme sain et cesser le travail gratuit", weight: 5 },
      {
        option: "stop",
        side: "con",
        text: "Renoncer à l'offre de 6 290 $ signée la semaine précédant les problèmes",
        weight: 3,
      },
    ],
  });
  await updateDecision(on(2), actor, decision.id, {
    verdict: {
      verdict: "stop",
      rationale:
        "La collaboration va à l'encontre de nos valeurs et n'est pas rentable : l'agence attend bien plus que l'offre signée, refuse l'avenant et nous fait travailler gratuitement. Nous terminons cordialement.",
    },
  });

  // The agency's end client launches its site in three weeks: a milestone the exit must not fall before.
  // The first mandate is the one with the client's lists (the second offer's mandate has not started).
  const open = (await listMandates(on(2), actor, { clientId: s.agencyId, page: 1, pageSize: 10 })).items.filter(
    (m) => m.status === "active" || m.status === "delivered",
  );
  const withRounds = await Promise.all(open.map(async (m) => ({ m, rounds: await listRounds(on(2), actor, m.id) })));
  const first = withRounds.find((x) => x.rounds.length > 0);
  if (!first) throw new Error("the demo agency has no mandate with rounds");
  const mandate = first.m;
  await addMandateMilestone(on(2), actor, mandate.id, { title: DEMO_LAUNCH, date: s.day(-20) });
  const rounds = first.rounds;
  const rejected = (await listChangeOrders(on(1), actor, mandate.id)).filter((co) => co.status === "rejected");

  const exit = await prepareExit(on(1), actor, s.agencyId, {
    decisionId: decision.id,
    noticeDate: s.day(0),
    // The day after the launch: the launch is delivered, and the agency is not left without us before it.
    effectiveDate: s.day(-21),
    options: {
      reason: {
        category: "majorScopeChangeUnderFixedPrice",
        description: "Demandes répétées hors de l'offre signée à prix fixe; avenant refusé.",
        evidence: [
          ...rounds.map((r) => ({ kind: "round" as const, id: r.id })),
          ...rejected.map((co) => ({ kind: "change_order" as const, id: co.id })),
        ],
      },
      tone: "cordial",
      includeReasons: true,
      reasons: {
        fr: "Nos visions du mandat se sont révélées trop différentes : les attentes dépassent ce que prévoit l'offre signée, et nous ne pouvons pas y répondre dans de bonnes conditions.",
        en: "Our views of the work turned out to be too different: the expectations go beyond the signed offer, and we cannot meet them in good conditions.",
      },
    },
  });
  await updateExit(on(1), actor, exit.id, { status: "ready" });
}
