/**
 * Common-law checks (RULES.md "Common-law rules"): termination for convenience on written notice (default 14 days)
 * and termination for cause after a breach notice and a cure period (default 10 days); work done to the effective
 * date is paid.
 */

import { addDays } from "../calendar-date.ts";
import { bilingual, formatDate } from "../health/localized.ts";
import { type CheckExitInput, type ExitCheck, exitCheck } from "./exit-check.ts";
import { LEGAL_SOURCES } from "./legal-sources.ts";

export const CL_DEFAULT_NOTICE_DAYS = 14;
export const CL_DEFAULT_CURE_DAYS = 10;

/** The common-law checks of an exit plan. */
export function commonLawChecks(input: CheckExitInput): ExitCheck[] {
  const { plan, contract } = input;
  const rule = { severity: "warning" as const, source: LEGAL_SOURCES.freelancersUnion };
  const checks: ExitCheck[] = [];
  if (input.basis === "convenience") {
    const required = contract.terminationClause?.noticeDays ?? CL_DEFAULT_NOTICE_DAYS;
    checks.push(
      exitCheck(
        "cl_notice_period",
        rule,
        input.initiatedBy !== "provider" || plan.noticeDays >= required,
        bilingual((l) =>
          l === "fr"
            ? `Avis écrit de ${plan.noticeDays} jours; ${contract.terminationClause ? "le contrat prévoit" : "usage par défaut :"} ${required} jours.`
            : `${plan.noticeDays} days' written notice; ${contract.terminationClause ? "the contract requires" : "default practice:"} ${required} days.`,
        ),
      ),
    );
  } else {
    const cureDays = contract.cureDays ?? CL_DEFAULT_CURE_DAYS;
    const notice = input.formalNotice;
    const expires = notice ? addDays(notice.sentOn, Math.max(cureDays, notice.cureDays)) : undefined;
    const passed = expires !== undefined && input.asOf >= expires;
    checks.push(
      exitCheck(
        "cl_cure_period",
        { severity: "blocking", source: LEGAL_SOURCES.freelancersUnion },
        passed,
        bilingual((l) =>
          !notice || !expires
            ? l === "fr"
              ? `Aucun avis de manquement n’est enregistré. Pour mettre fin au contrat pour manquement, envoyez d’abord un avis écrit du manquement et laissez ${cureDays} jours pour y remédier.`
              : `No breach notice is recorded. To terminate for cause, first send a written breach notice and allow ${cureDays} days to cure.`
            : l === "fr"
              ? `Avis de manquement du ${formatDate(notice.sentOn, l)}; délai pour remédier ${passed ? "expiré" : "qui n’expire que"} le ${formatDate(expires, l)}.`
              : `Breach notice of ${formatDate(notice.sentOn, l)}; cure period ${passed ? "expired" : "only expires"} on ${formatDate(expires, l)}.`,
        ),
        notice ? undefined : { kind: "prepare_formal_notice" },
      ),
    );
  }
  checks.push(
    exitCheck("cl_pay_work_done", { severity: "advice", source: LEGAL_SOURCES.freelancersUnion }, true, {
      fr: "À la fin du contrat, le travail fait jusqu’à la date de prise d’effet et les dépenses approuvées sont payables; la propriété intellectuelle passe au paiement complet.",
      en: "On termination, work done to the effective date and approved expenses are payable; intellectual property transfers on full payment.",
    }),
  );
  return checks;
}
