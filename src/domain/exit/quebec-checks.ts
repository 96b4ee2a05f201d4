/**
 * Québec checks (C.c.Q. arts 2125-2129; RULES.md "Québec contract rules"). The provider may resiliate only for a
 * serious reason and never at an inopportune time (2126); the client may resiliate at any time (2125) and owes the
 * work done (2129); consumer contracts fall under P-40.1.
 */
import { addDays } from "../calendar-date.ts";
import type { IsoDate } from "../health/calendar-date.ts";
import { bilingual, countOf, formatDate, formatList, formatMoney, type Localized } from "../health/localized.ts";
import {
  type CheckExitInput,
  type ExitCheck,
  exitCheck,
  INSUFFICIENT_REASONS,
  type TerminationReasonCategory,
} from "./exit-check.ts";
import { LEGAL_SOURCES, type LegalSource } from "./legal-sources.ts";
import type { ExitPlan, PlannedMandate } from "./prepare-exit-plan.ts";

/** Suggested minimum notice when the contract sets none (RULES.md: 14-30 days). */
export const QC_SUGGESTED_NOTICE_DAYS = 14;

const REASONS: Record<TerminationReasonCategory, { text: Localized; source: LegalSource }> = {
  clientNonPaymentOfDueSums: {
    text: {
      fr: "un défaut de paiement net de sommes exigibles selon le calendrier convenu",
      en: "a clear failure to pay sums due under the agreed schedule",
    },
    source: LEGAL_SOURCES.ccq2126Criteria,
  },
  repeatedInterference: {
    text: {
      fr: "l’ingérence répétée du client dans l’exécution des travaux",
      en: "the client's repeated interference in how the work is carried out",
    },
    source: LEGAL_SOURCES.ccq2126Criteria,
  },
  unilateralChangeOfTerms: {
    text: {
      fr: "la modification unilatérale des conditions du contrat par le client",
      en: "the client unilaterally changing the terms of the contract",
    },
    source: LEGAL_SOURCES.ccq2126Criteria,
  },
  clientBadFaith: {
    text: {
      fr: "la mauvaise foi ou l’abus du client, à condition qu’ils soient documentés",
      en: "the client's bad faith or abuse, provided it is documented",
    },
    source: LEGAL_SOURCES.ccq2126Criteria,
  },
  majorScopeChangeUnderFixedPrice: {
    text: {
      fr: "un changement majeur du périmètre exigé sans ajustement d’un prix forfaitaire (décision dont l’issue reste à confirmer)",
      en: "a major scope change demanded under a fixed price without adjusting it (outcome of the case still to confirm)",
    },
    source: LEGAL_SOURCES.loffredo,
  },
  other: {
    text: { fr: "un autre motif", en: "another reason" },
    source: LEGAL_SOURCES.ccq2126Criteria,
  },
  scheduleConflict: {
    text: { fr: "un conflit d’horaire", en: "a schedule conflict" },
    source: LEGAL_SOURCES.ccq2126Criteria,
  },
  betterOffer: {
    text: { fr: "l’attrait d’un contrat plus payant", en: "the lure of a better-paid contract" },
    source: LEGAL_SOURCES.ccq2126Criteria,
  },
  personalityClash: {
    text: { fr: "une incompatibilité de personnalité", en: "a personality clash" },
    source: LEGAL_SOURCES.ccq2126Criteria,
  },
  fearOfNonPayment: {
    text: {
      fr: "la crainte de ne pas être payé pour des sommes qui ne sont pas encore exigibles",
      en: "fear of not being paid sums that are not yet due",
    },
    source: LEGAL_SOURCES.lamothe,
  },
  minorLatePayment: {
    text: { fr: "un retard de paiement mineur", en: "a minor late payment" },
    source: LEGAL_SOURCES.covexco,
  },
};

function seriousReasonCheck(input: CheckExitInput): ExitCheck {
  const clause = input.contract.terminationClause;
  const code = "qc_serious_reason";
  if (input.initiatedBy !== "provider") {
    return exitCheck(code, { severity: "advice", source: LEGAL_SOURCES.ccq2126 }, true, {
      fr: "La fin du contrat ne vient pas de nous seuls : aucun motif sérieux n’est exigé.",
      en: "The provider is not ending the contract alone: no serious reason is required.",
    });
  }
  const reason = input.reason;
  // Without a termination clause, art. 2126 forbids resiliating without a serious reason: that is blocking.
  const forbidding = clause ? "warning" : "blocking";
  if (!reason) {
    return exitCheck(code, { severity: clause ? "advice" : "blocking", source: LEGAL_SOURCES.ccq2126 }, !!clause, {
      fr: clause
        ? `Aucun motif noté : la résiliation repose sur la clause ${clause.reference}; notez quand même les faits.`
        : "Aucun motif sérieux n’est noté. Sans clause de résiliation, le prestataire ne peut résilier que pour un motif sérieux.",
      en: clause
        ? `No reason recorded: the termination relies on clause ${clause.reference}; record the facts anyway.`
        : "No serious reason recorded. Without a termination clause, the provider may resiliate only for a serious reason.",
    });
  }
  const { text, source } = REASONS[reason.category];
  if ((INSUFFICIENT_REASONS as readonly string[]).includes(reason.category)) {
    return exitCheck(code, { severity: forbidding, source }, false, {
      fr: `Les tribunaux n’ont pas retenu ${text.fr} comme motif sérieux.${clause ? ` La clause ${clause.reference} doit donc fonder seule la résiliation.` : " Sans autre motif, la résiliation exposerait à réparer le préjudice du client."}`,
      en: `Courts have not accepted ${text.en} as a serious reason.${clause ? ` Clause ${clause.reference} must then carry the termination on its own.` : " Without another reason, the termination would make you liable for the client's loss."}`,
    });
  }
  // The reason must be shown by the records (C.c.Q. 2126): without a clause, nothing is ready until it is.
  const unsupported = clause ? "warning" : "blocking";
  if (reason.category === "other" && !reason.description?.trim()) {
    return exitCheck(
      code,
      { severity: unsupported, source },
      false,
      {
        fr: "Motif « autre » sans description : décrivez les faits et liez-en la preuve; le tribunal jugera s’il est sérieux.",
        en: "Reason “other” without a description: describe the facts and link their evidence; a court decides whether it is serious.",
      },
      { kind: "link_evidence" },
    );
  }
  if (reason.evidence.length === 0) {
    return exitCheck(
      code,
      { severity: unsupported, source },
      false,
      {
        fr: `Motif retenu : ${text.fr}. Liez les dossiers qui le montrent (signaux, listes et leur tri, avenants refusés, factures en retard, mises en demeure).`,
        en: `Reason: ${text.en}. Link the records that show it (warning signals, rounds and their triage, rejected change orders, overdue invoices, formal notices).`,
      },
      { kind: "link_evidence" },
    );
  }
  const labels = (l: "fr" | "en") =>
    formatList(
      reason.evidence.map((e) => e.label[l]),
      l,
    );
  return exitCheck(code, { severity: forbidding, source }, true, {
    fr: `Motif retenu : ${text.fr}, appuyé par ${countOf(reason.evidence.length, "fr", { fr: ["pièce", "pièces"], en: ["piece of evidence", "pieces of evidence"] })} : ${labels("fr")}.`,
    en: `Reason: ${text.en}, backed by ${countOf(reason.evidence.length, "en", { fr: ["pièce", "pièces"], en: ["piece of evidence", "pieces of evidence"] })}: ${labels("en")}.`,
  });
}

/** How long before a milestone the client must not be left without its provider, when the contract says nothing. */
export const QC_MILESTONE_NOTICE_DAYS = 30;

/** Days before a milestone during which ending the work would be à contretemps: the contract's notice, else 30. */
export function milestoneNoticeDays(input: Pick<CheckExitInput, "contract">): number {
  return Math.max(QC_SUGGESTED_NOTICE_DAYS, input.contract.terminationClause?.noticeDays ?? QC_MILESTONE_NOTICE_DAYS);
}

interface Inopportune {
  mandate: PlannedMandate;
  milestone: { title: string; date: IsoDate };
  /** `dropped`: due during the notice while the work stops now; `left_before`: due within the notice after the end. */
  why: "dropped" | "left_before";
}

/** Milestones the plan would abandon at an inopportune time, for an effective date. */
export function inopportuneMilestones(
  plan: Pick<ExitPlan, "mandates" | "noticeDate">,
  effectiveDate: IsoDate,
  windowDays: number,
  finishing: readonly string[] = [],
): Inopportune[] {
  const limit = addDays(effectiveDate, windowDays);
  return plan.mandates.flatMap((mandate) => {
    const stopsNow = mandate.action === "stop_now" && !finishing.includes(mandate.mandateId);
    return mandate.milestones.flatMap((milestone): Inopportune[] => {
      if (milestone.date < plan.noticeDate) return [];
      if (milestone.date <= effectiveDate) return stopsNow ? [{ mandate, milestone, why: "dropped" }] : [];
      return milestone.date <= limit ? [{ mandate, milestone, why: "left_before" }] : [];
    });
  });
}

/**
 * The first effective date, from the chosen one on, that leaves no milestone within its notice: each milestone in the
 * way is finished first (the end moves to the day after it), and mandates that would drop one finish it instead.
 */
export function firstSafeEffectiveDate(
  plan: Pick<ExitPlan, "mandates" | "noticeDate" | "effectiveDate">,
  windowDays: number,
): { date: IsoDate; finishMandates: string[] } {
  let date = plan.effectiveDate;
  const finishing = new Set<string>();
  for (let guard = 0; guard < 1_000; guard += 1) {
    const found = inopportuneMilestones(plan, date, windowDays, [...finishing]);
    if (found.length === 0) break;
    for (const f of found) if (f.mandate.action === "stop_now") finishing.add(f.mandate.mandateId);
    const later = found.filter((f) => f.why === "left_before").map((f) => f.milestone.date);
    if (later.length > 0)
      date = addDays(
        later.reduce((a, b) => (a > b ? a : b)),
        1,
      );
  }
  return { date, finishMandates: [...finishing] };
}

function inopportuneTimeCheck(input: CheckExitInput): ExitCheck {
  const { plan } = input;
  const windowDays = milestoneNoticeDays(input);
  const found = input.initiatedBy === "provider" ? inopportuneMilestones(plan, plan.effectiveDate, windowDays) : [];
  const rule = { severity: "warning" as const, source: LEGAL_SOURCES.ccq2126Criteria };
  if (found.length === 0) {
    return exitCheck("qc_inopportune_time", rule, true, {
      fr: `Aucune étape n’est abandonnée pendant la période d’avis ni dans les ${windowDays} jours qui suivent la fin.`,
      en: `No milestone is dropped during the notice or falls within ${windowDays} days after the end.`,
    });
  }
  const safe = firstSafeEffectiveDate(plan, windowDays);
  const named = (l: "fr" | "en") =>
    formatList(
      found.map(
        (f) =>
          `${f.milestone.title} (${formatDate(f.milestone.date, l)}, ${l === "fr" ? "mandat" : "mandate"} « ${f.mandate.title} »)`,
      ),
      l,
    );
  return exitCheck(
    "qc_inopportune_time",
    rule,
    false,
    bilingual((l) =>
      l === "fr"
        ? `Fin à contretemps : ${named(l)} ${found.length > 1 ? "tombent" : "tombe"} pendant l’avis ou moins de ${windowDays} jours après la fin du ${formatDate(plan.effectiveDate, l)}. Résilier à contretemps rend responsable du préjudice du client : terminez l’étape et fixez la fin au ${formatDate(safe.date, l)} au plus tôt.`
        : `Inopportune time: ${named(l)} ${found.length > 1 ? "fall" : "falls"} during the notice or less than ${windowDays} days after the end on ${formatDate(plan.effectiveDate, l)}. Resiliating at an inopportune time makes you liable for the client's loss: finish the milestone and end on ${formatDate(safe.date, l)} at the earliest.`,
    ),
    { kind: "effective_date", date: safe.date, finishMandates: safe.finishMandates },
  );
}

function noticeLengthCheck(input: CheckExitInput): ExitCheck {
  const { plan } = input;
  const clause = input.contract.terminationClause;
  const required = clause?.noticeDays ?? QC_SUGGESTED_NOTICE_DAYS;
  const passed = input.initiatedBy !== "provider" || plan.noticeDays >= required;
  return exitCheck(
    "qc_notice_length",
    { severity: "warning", source: LEGAL_SOURCES.ccq2126 },
    passed,
    bilingual((l) =>
      l === "fr"
        ? `Avis de ${plan.noticeDays} jours; ${clause ? `la clause ${clause.reference} prévoit` : "suggéré, à défaut de clause :"} ${required} jours au minimum.`
        : `${plan.noticeDays} days' notice; ${clause ? `clause ${clause.reference} requires` : "suggested when the contract is silent:"} at least ${required} days.`,
    ),
  );
}

/** The Québec checks of an exit plan. */
export function quebecChecks(input: CheckExitInput): ExitCheck[] {
  const { plan } = input;
  const money = (amount: number, l: "fr" | "en") => formatMoney({ amount, currency: plan.currency }, l);
  return [
    seriousReasonCheck(input),
    inopportuneTimeCheck(input),
    noticeLengthCheck(input),
    exitCheck(
      "qc_client_may_resiliate",
      { severity: "advice", source: LEGAL_SOURCES.ccq2125 },
      true,
      input.contract.clientWaived2125
        ? {
            fr: "Le contrat prévoit une renonciation du client à l’article 2125; les tribunaux ne la retiennent que rarement. Le client doit de toute façon payer le travail fait (art. 2129).",
            en: "The contract has the client waive article 2125; courts rarely uphold such a waiver. The client owes the work done in any case (art. 2129).",
          }
        : {
            fr: "Le client peut lui aussi résilier en tout temps, sans motif; il doit alors payer le travail fait, les frais et la valeur des biens utilisables (art. 2129).",
            en: "The client may also resiliate at any time without a reason; it then owes the work done, the expenses and the value of usable property (art. 2129).",
          },
    ),
    exitCheck(
      "qc_final_amount_2129",
      { severity: "advice", source: LEGAL_SOURCES.ccq2129 },
      true,
      bilingual((l) =>
        l === "fr"
          ? `Facture finale : ${money(plan.totals.finalInvoice, l)} avant taxes; remboursement d’avances : ${money(plan.totals.refund, l)}. La perte de profits futurs n’est pas réclamable, sauf abus du client.`
          : `Final invoice: ${money(plan.totals.finalInvoice, l)} before taxes; advances to refund: ${money(plan.totals.refund, l)}. Loss of future profit cannot be claimed unless the client acted abusively.`,
      ),
    ),
    exitCheck(
      "qc_consumer_review",
      { severity: "warning", source: LEGAL_SOURCES.lpc },
      !input.client.isConsumer,
      input.client.isConsumer
        ? {
            fr: "Client consommateur : la Loi sur la protection du consommateur peut écarter ces règles supplétives; faites relire la résiliation.",
            en: "Consumer client: the Consumer Protection Act may override these default rules; have the termination reviewed.",
          }
        : {
            fr: "Client d’affaires : la LPC ne s’applique pas.",
            en: "Business client: the Consumer Protection Act does not apply.",
          },
    ),
  ];
}
