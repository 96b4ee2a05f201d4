/**
 * Goodwill budget status: the hours of free work already given against an optional budget in hours, per client or
 * per mandate. `ok` below 80 %, `warning` from 80 % (exactly 80 % warns), `exceeded` from 100 % (exactly 100 % is
 * exceeded: the budget is spent). Compared in whole minutes and hundredths of hours, so 8 h of 10 h is exactly 80 %.
 * A budget of 0 h means "no free work": ok while nothing is given, exceeded from the first minute.
 */
import { fieldError } from "../errors.ts";
import { formatNumber, formatPercent, type Localized } from "../health/localized.ts";

/** Every budget status, least to most serious. */
export const BUDGET_STATUSES = ["ok", "warning", "exceeded"] as const;
/** Where goodwill stands against its budget. */
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];

/** Input of {@link goodwillBudgetStatus}. */
export interface GoodwillBudgetStatusInput {
  /** Goodwill minutes given so far. */
  usedMinutes: number;
  /** The budget, hours ≥ 0 with at most two decimals. */
  budgetHours: number;
  /** Who the budget is for, in the message ("Agence Nova", "Site vitrine"). */
  label: string;
}

/** A budget's state with its message in both languages. */
export interface GoodwillBudget {
  status: BudgetStatus;
  budgetHours: number;
  usedHours: number;
  /** used ÷ budget (undefined for a zero budget). */
  ratio: number | undefined;
  message: Localized;
}

/** Hours with at most two decimals, in the language's convention: `7,5 h` / `7.5 h`. */
function h(hours: number, lang: "fr" | "en"): string {
  return `${formatNumber(hours, lang, 2)}\u00a0h`;
}

/** The status of a goodwill budget and its message (see the module comment for the thresholds). */
export function goodwillBudgetStatus(input: GoodwillBudgetStatusInput): GoodwillBudget {
  const { usedMinutes, budgetHours, label } = input;
  if (!Number.isSafeInteger(usedMinutes) || usedMinutes < 0) {
    throw fieldError("usedMinutes", "invalid", "used minutes must be a whole number ≥ 0");
  }
  const budgetHundredths = Math.round(budgetHours * 100);
  if (!Number.isFinite(budgetHours) || budgetHours < 0 || Math.abs(budgetHours * 100 - budgetHundredths) > 1e-6) {
    throw fieldError("budgetHours", "invalid", "the budget is hours ≥ 0 with at most two decimals");
  }
  // used / (budget × 60) ≥ 0.8  ⇔  used × 100 × 100 ≥ 80 × budgetHundredths × 60
  const status: BudgetStatus =
    budgetHundredths === 0
      ? usedMinutes > 0
        ? "exceeded"
        : "ok"
      : usedMinutes * 100 >= budgetHundredths * 60
        ? "exceeded"
        : usedMinutes * 10_000 >= budgetHundredths * 4_800
          ? "warning"
          : "ok";
  const usedHours = Math.round((usedMinutes / 60) * 100) / 100;
  const ratio = budgetHundredths === 0 ? undefined : (usedMinutes * 100) / (budgetHundredths * 60);
  const pct = (lang: "fr" | "en") => (ratio === undefined ? "" : ` (${formatPercent(ratio, lang)})`);
  const fr = `${h(usedHours, "fr")} de gestes commerciaux sur un budget de ${h(budgetHours, "fr")}${pct("fr")}`;
  const en = `${h(usedHours, "en")} of goodwill out of a ${h(budgetHours, "en")} budget${pct("en")}`;
  const message: Localized =
    status === "ok"
      ? { fr: `${label} : ${fr}.`, en: `${label}: ${en}.` }
      : status === "warning"
        ? {
            fr: `${label} : ${fr}. Le budget sera bientôt épuisé; les prochaines demandes devraient passer par un avenant.`,
            en: `${label}: ${en}. The budget is nearly spent; further requests should go through a change order.`,
          }
        : {
            fr: `${label} : budget de gestes commerciaux dépassé, ${fr}. Tout autre ajustement gratuit est un choix à faire en connaissance de cause.`,
            en: `${label}: goodwill budget exceeded, ${en}. Any further free work is a decision to make knowingly.`,
          };
  return { status, budgetHours: budgetHundredths / 100, usedHours, ratio, message };
}
