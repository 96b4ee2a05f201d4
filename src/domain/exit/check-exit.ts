/**
 * Legal and practice checks before a termination is sent, per jurisdiction (RULES.md: Québec contract rules,
 * France contract rules, common-law rules, practice rules). Each check says whether it passes, how much it weighs
 * (`advice`, `warning`, or `blocking` only where the rule forbids the act), a sentence in both languages and its
 * source. Guidance, never legal advice: every report carries the disclaimer.
 */
import { bilingual, formatDate, formatMoney, type Localized } from "../health/localized.ts";
import { commonLawChecks } from "./common-law-checks.ts";
import { type CheckExitInput, type ExitCheck, exitCheck } from "./exit-check.ts";
import { franceChecks } from "./france-checks.ts";
import { EXIT_CHECK_DISCLAIMER, LEGAL_SOURCES } from "./legal-sources.ts";
import { quebecChecks } from "./quebec-checks.ts";

export type ExitRuleSet = "CA-QC" | "FR" | "common-law";

export interface ExitCheckReport {
  ruleSet: ExitRuleSet;
  checks: ExitCheck[];
  /** True when a blocking check fails: the exit cannot be marked ready. */
  blocking: boolean;
  disclaimer: Localized;
}

/** Québec civil law for `CA-QC`, French law for `FR`, the generic common-law set for anything else. */
export function exitRuleSet(jurisdiction: string): ExitRuleSet {
  if (jurisdiction === "CA-QC") return "CA-QC";
  if (jurisdiction === "FR") return "FR";
  return "common-law";
}

/** Practice checks for every jurisdiction: work in progress invoiced; handover items due before the effective date. */
function practiceChecks(input: CheckExitInput, ruleSet: ExitRuleSet): ExitCheck[] {
  const { plan } = input;
  const money = (amount: number, l: "fr" | "en") => formatMoney({ amount, currency: plan.currency }, l);
  const unbilled = plan.totals.finalInvoice;
  const late = plan.handover.filter((h) => h.applicable && h.dueDate >= plan.effectiveDate);
  const effective = (l: "fr" | "en") => formatDate(plan.effectiveDate, l);
  return [
    exitCheck(
      "work_in_progress_invoiced",
      { severity: "warning", source: LEGAL_SOURCES.firingPractice },
      unbilled === 0 || input.finalInvoiceIssued,
      bilingual((l) =>
        unbilled === 0
          ? l === "fr"
            ? "Tout le travail réalisé est déjà facturé."
            : "All work done is already invoiced."
          : input.finalInvoiceIssued
            ? l === "fr"
              ? `La facture finale de ${money(unbilled, l)} est émise.`
              : `The final invoice of ${money(unbilled, l)} is issued.`
            : l === "fr"
              ? `${money(unbilled, l)} de travail réalisé n’est pas encore facturé : émettez la facture finale avant d’envoyer la lettre.`
              : `${money(unbilled, l)} of work done is not invoiced yet: issue the final invoice before sending the letter.`,
      ),
    ),
    exitCheck(
      "handover_before_effective_date",
      ruleSet === "CA-QC"
        ? { severity: "warning", source: LEGAL_SOURCES.ccq2126 }
        : { severity: "advice", source: LEGAL_SOURCES.firingPractice },
      late.length === 0,
      bilingual((l) =>
        late.length === 0
          ? l === "fr"
            ? `Chaque élément de la passation est prévu avant le ${effective(l)}; ne coupez ni l’hébergement ni les DNS avant le transfert.`
            : `Every handover item is due before ${effective(l)}; do not cut hosting or DNS before the transfer.`
          : l === "fr"
            ? `${late.map((h) => h.label.fr).join(", ")} : prévu le ou après le ${effective(l)}; la passation doit être faite avant la date de prise d’effet pour prévenir une perte.`
            : `${late.map((h) => h.label.en).join(", ")}: due on or after ${effective(l)}; the handover must be done before the effective date to prevent a loss.`,
      ),
    ),
  ];
}

/** Runs every check of the plan's jurisdiction, then the practice checks. */
export function checkExit(input: CheckExitInput): ExitCheckReport {
  const ruleSet = exitRuleSet(input.jurisdiction);
  let checks: ExitCheck[];
  switch (ruleSet) {
    case "CA-QC":
      checks = quebecChecks(input);
      break;
    case "FR":
      checks = franceChecks(input);
      break;
    case "common-law":
      checks = commonLawChecks(input);
      break;
    default: {
      const never: never = ruleSet;
      throw new Error(`unknown rule set ${never}`);
    }
  }
  checks = [...checks, ...practiceChecks(input, ruleSet)];
  return {
    ruleSet,
    checks,
    blocking: checks.some((c) => c.severity === "blocking" && !c.passed),
    disclaimer: { ...EXIT_CHECK_DISCLAIMER },
  };
}
