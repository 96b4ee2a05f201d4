/**
 * Side-by-side scores of the three options. Two components, each 0-100, averaged when both are known:
 * - values: Σ weight × (rating − 1) / 4 ÷ Σ weight over the workspace values rated for the option;
 * - arguments: 50 + 50 × (Σ pro weights − Σ con weights) ÷ Σ weights of the option's arguments, counted once the
 *   arguments say something fair: one the user wrote, or prefilled facts that argue both ways. Prefilled facts that
 *   all point one way (renegotiating keeps the signed work and bills the goodwill; nothing in the records says what
 *   it costs) would read 100/100 before anyone weighed anything.
 * An option with neither is `not_enough_information` (total `null`, not ranked). Scores inform; the verdict stays a
 * person's choice.
 */
import type { DecisionOption, DecisionWorksheet } from "./decision-worksheet.ts";

export interface OptionScore {
  option: DecisionOption;
  /** `scored` when the option has a total; `not_enough_information` when nothing fair can be said yet. */
  status: "scored" | "not_enough_information";
  values: number | null;
  arguments: number | null;
  total: number | null;
  pros: number;
  cons: number;
}

export interface DecisionScores {
  options: OptionScore[];
  /** The option with the highest total, `null` on a tie or when nothing is scored. */
  leading: DecisionOption | null;
}

const OPTIONS: readonly DecisionOption[] = ["continue", "renegotiate", "stop"];

/** Scores each option of a worksheet (draft or decided). Totals are rounded to whole points. */
export function scoreDecision(worksheet: Pick<DecisionWorksheet, "criteria" | "arguments">): DecisionScores {
  const options = OPTIONS.map((option): OptionScore => {
    const rated = worksheet.criteria.flatMap((c) => {
      const r = c.ratings[option];
      return r === undefined ? [] : [{ weight: c.weight, rating: r }];
    });
    const valueWeight = rated.reduce((s, c) => s + c.weight, 0);
    const values =
      valueWeight === 0 ? null : (rated.reduce((s, c) => s + (c.weight * (c.rating - 1)) / 4, 0) / valueWeight) * 100;
    const args = worksheet.arguments.filter((a) => a.option === option);
    const pros = args.filter((a) => a.side === "pro").reduce((s, a) => s + a.weight, 0);
    const cons = args.filter((a) => a.side === "con").reduce((s, a) => s + a.weight, 0);
    const weighed = args.some((a) => a.origin === "user") || (pros > 0 && cons > 0);
    const argumentsScore = weighed ? 50 + (50 * (pros - cons)) / (pros + cons) : null;
    const known = [values, argumentsScore].filter((v): v is number => v !== null);
    const enough = known.length > 0;
    const total = enough ? Math.round(known.reduce((s, v) => s + v, 0) / known.length) : null;
    return {
      option,
      status: enough ? "scored" : "not_enough_information",
      values: values === null ? null : Math.round(values),
      arguments: argumentsScore === null ? null : Math.round(argumentsScore),
      total,
      pros,
      cons,
    };
  });
  const ranked = options.filter((o) => o.total !== null).sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
  const [first, second] = ranked;
  const leading = first && (!second || (second.total ?? 0) < (first.total ?? 0)) ? first.option : null;
  return { options, leading };
}
