/**
 * France checks (RULES.md "France contract rules"): notice for an indefinite contract (C. civ. 1210-1212), notice
 * proportional to an established commercial relationship (C. com. L442-1 II), and the mise en demeure with a cure
 * delay before a résolution for non-performance (C. civ. 1224-1226).
 */

import { daysBetween } from "../calendar-date.ts";
import { addMonths, type IsoDate } from "../health/calendar-date.ts";
import { bilingual, countOf, formatDate } from "../health/localized.ts";
import {
  type CheckExitInput,
  type ExitCheck,
  exitCheck,
  formalNoticeElapsed,
  formalNoticeExpiry,
} from "./exit-check.ts";
import { LEGAL_SOURCES } from "./legal-sources.ts";

/** Reasonable notice suggested for an indefinite contract without a contractual notice (heuristic default). */
export const FR_REASONABLE_NOTICE_DAYS = 30;
/** L442-1 II: a notice of 18 months cannot be held too short. */
export const FR_MAX_SAFE_NOTICE_MONTHS = 18;

/** Suggested L442-1 notice: at least one month per started year of relationship, capped at 18 months (heuristic). */
export function suggestedRelationshipNoticeMonths(options: { relationshipStart: string; noticeDate: string }): number {
  const years = daysBetween(options.relationshipStart, options.noticeDate) / 365.25;
  return Math.min(FR_MAX_SAFE_NOTICE_MONTHS, Math.max(1, Math.ceil(years)));
}

function durationCheck(input: CheckExitInput): ExitCheck {
  const { plan, contract } = input;
  const clause = contract.terminationClause;
  if (input.basis === "cause" || input.initiatedBy === "mutual") {
    return exitCheck("fr_contract_notice", { severity: "advice", source: LEGAL_SOURCES.civ1211 }, true, {
      fr: "Fin pour inexécution ou d’un commun accord : le préavis de l’article 1211 ne s’applique pas comme tel.",
      en: "Ending for non-performance or by mutual agreement: the article 1211 notice does not apply as such.",
    });
  }
  if (contract.duration === "indefinite" || clause) {
    const required = clause?.noticeDays ?? FR_REASONABLE_NOTICE_DAYS;
    return exitCheck(
      "fr_contract_notice",
      { severity: "warning", source: LEGAL_SOURCES.civ1211 },
      plan.noticeDays >= required,
      bilingual((l) =>
        l === "fr"
          ? `Préavis de ${plan.noticeDays} jours; ${clause ? `préavis contractuel (${clause.reference})` : "délai raisonnable suggéré"} : ${required} jours.`
          : `${plan.noticeDays} days' notice; ${clause ? `contractual notice (${clause.reference})` : "suggested reasonable notice"}: ${required} days.`,
      ),
    );
  }
  // Fixed term without a clause: it must run to its term (art. 1212), unless a serious breach allows résolution.
  const fixed = contract.duration === "fixed_term";
  return exitCheck(
    "fr_contract_notice",
    { severity: fixed ? "blocking" : "warning", source: LEGAL_SOURCES.civ1211 },
    false,
    fixed
      ? {
          fr: "Contrat à durée déterminée sans clause de résiliation : il doit être exécuté jusqu’à son terme (art. 1212), sauf inexécution suffisamment grave (art. 1224).",
          en: "Fixed-term contract without a termination clause: it must run to its term (art. 1212) unless there is a sufficiently serious breach (art. 1224).",
        }
      : {
          fr: "Contrat de projet sans clause de résiliation : y mettre fin pour convenance expose à des dommages; négociez une fin d’un commun accord.",
          en: "Project contract without a termination clause: ending it for convenience exposes you to damages; negotiate a mutual ending.",
        },
  );
}

/** The earliest end L442-1 II suggests for an established relationship, or undefined when none is recorded. */
export function relationshipNoticeEnd(input: Pick<CheckExitInput, "contract" | "plan">): IsoDate | undefined {
  const { contract, plan } = input;
  if (!contract.establishedRelationship || !contract.relationshipStart) return undefined;
  const months = suggestedRelationshipNoticeMonths({
    relationshipStart: contract.relationshipStart,
    noticeDate: plan.noticeDate,
  });
  return addMonths(plan.noticeDate, months);
}

function establishedRelationshipCheck(input: CheckExitInput): ExitCheck | undefined {
  const { plan, contract } = input;
  const required = relationshipNoticeEnd(input);
  if (!required || !contract.relationshipStart) return undefined;
  const months = suggestedRelationshipNoticeMonths({
    relationshipStart: contract.relationshipStart,
    noticeDate: plan.noticeDate,
  });
  const sufficient = plan.effectiveDate >= required;
  const ack = contract.shortNoticeAcknowledged;
  const since = (l: "fr" | "en") =>
    l === "fr"
      ? `Relation commerciale établie depuis le ${formatDate(contract.relationshipStart ?? "", l)} : préavis écrit suggéré de ${months} mois (un mois par année, 18 mois au plus), soit une fin au ${formatDate(required, l)} au plus tôt.`
      : `Established commercial relationship since ${formatDate(contract.relationshipStart ?? "", l)}: suggested written notice of ${months} months (one month per year, at most 18), so an end on ${formatDate(required, l)} at the earliest.`;
  if (sufficient) {
    return exitCheck(
      "fr_established_relationship_notice",
      { severity: "blocking", source: LEGAL_SOURCES.l4421 },
      true,
      bilingual(since),
    );
  }
  if (ack?.text.trim()) {
    // The user knowingly gives less: no longer blocking, still failing, and the letter never claims sufficiency.
    return exitCheck(
      "fr_established_relationship_notice",
      { severity: "warning", source: LEGAL_SOURCES.l4421 },
      false,
      bilingual((l) =>
        l === "fr"
          ? `${since(l)} Préavis plus court accepté en connaissance de cause le ${formatDate(ack.on, l)} : « ${ack.text.trim()} ». Le risque d’une action pour rupture brutale demeure.`
          : `${since(l)} Shorter notice knowingly accepted on ${formatDate(ack.on, l)}: “${ack.text.trim()}”. The risk of a claim for abrupt termination remains.`,
      ),
    );
  }
  return exitCheck(
    "fr_established_relationship_notice",
    { severity: "blocking", source: LEGAL_SOURCES.l4421 },
    false,
    bilingual((l) =>
      l === "fr"
        ? `${since(l)} Le préavis de ${plan.noticeDays} jours est plus court et expose à une action pour rupture brutale : donnez le préavis plus long ou prenez acte du risque par écrit.`
        : `${since(l)} The ${plan.noticeDays}-day notice is shorter and exposes you to a claim for abrupt termination: give the longer notice or acknowledge the risk in writing.`,
    ),
    { kind: "longer_notice_or_acknowledge", date: required },
  );
}

function formalNoticeCheck(input: CheckExitInput): ExitCheck | undefined {
  if (input.basis !== "cause") return undefined;
  const notice = input.formalNotice;
  const rule = { severity: "blocking" as const, source: LEGAL_SOURCES.civ1226 };
  if (!notice) {
    return exitCheck(
      "fr_mise_en_demeure",
      rule,
      false,
      {
        fr: "Aucune mise en demeure n’est enregistrée. Avant de résoudre le contrat pour inexécution, envoyez une mise en demeure accordant un délai raisonnable et annonçant qu’à défaut le contrat sera résolu (art. 1226).",
        en: "No formal notice is recorded. Before ending the contract for non-performance, send a formal notice (mise en demeure) giving a reasonable delay and stating that the contract will otherwise be terminated (art. 1226).",
      },
      { kind: "prepare_formal_notice" },
    );
  }
  const expires = formalNoticeExpiry(notice);
  const passed = formalNoticeElapsed(notice, input.asOf);
  return exitCheck(
    "fr_mise_en_demeure",
    rule,
    passed,
    bilingual((l) =>
      l === "fr"
        ? `Mise en demeure du ${formatDate(notice.sentOn, l)} avec un délai de ${countOf(notice.cureDays, l, DAYS)}, ${passed ? "expiré" : "qui n’expire que"} le ${formatDate(expires, l)}.${passed ? "" : " La résolution ne peut être notifiée qu’après."}`
        : `Formal notice of ${formatDate(notice.sentOn, l)} with a ${notice.cureDays}-day delay, ${passed ? "expired on" : "which only expires on"} ${formatDate(expires, l)}.${passed ? "" : " The termination can be notified only after it."}`,
    ),
  );
}

const DAYS = { fr: ["jour", "jours"] as [string, string], en: ["day", "days"] as [string, string] };

/** C. civ. 1226: the résolution notice states its reasons, in the letter's language. */
function resolutionReasonsCheck(input: CheckExitInput): ExitCheck | undefined {
  if (input.basis !== "cause") return undefined;
  const lang = input.letter?.lang ?? "fr";
  const written = !!input.letter?.reasons?.[lang]?.trim();
  return exitCheck(
    "fr_resolution_reasons",
    { severity: "blocking", source: LEGAL_SOURCES.civ1226 },
    written,
    written
      ? {
          fr: "La notification de résolution en donne les raisons.",
          en: "The termination notice states its reasons.",
        }
      : {
          fr: `La notification de résolution doit en donner les raisons (art. 1226) : écrivez-les en ${lang === "fr" ? "français" : "anglais"}.`,
          en: `The termination notice must state its reasons (art. 1226): write them in ${lang === "fr" ? "French" : "English"}.`,
        },
    { kind: "write_reasons", lang },
  );
}

/** The French checks of an exit plan. */
export function franceChecks(input: CheckExitInput): ExitCheck[] {
  return [
    durationCheck(input),
    establishedRelationshipCheck(input),
    formalNoticeCheck(input),
    resolutionReasonsCheck(input),
  ].filter((c): c is ExitCheck => c !== undefined);
}
