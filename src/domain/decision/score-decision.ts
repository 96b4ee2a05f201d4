/**
 * Side-by-side scores of the three options. Two components, each 0-100, averaged when both are known:
 * - values: Σ weight × (rating − 1) / 4 ÷ Σ weight over the workspace values rated for the option;
 * - arguments: 50 + 50 × (Σ pro weights − Σ con weights) ÷ Σ weights of the option's arguments.
 * An option with neither is `null` (not ranked). Scores inform; the verdict stays a person's choice.
 */
import type { DecisionOption, DecisionWorksheet } from "./decision-worksheet.ts";

export interface OptionScore {
  option: DecisionOption;
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
    const argumentsScore = pros + cons === 0 ? null : 50 + (50 * (pros - cons)) / (pros + cons);
    const known = [values, argumentsScore].filter((v): v is number => v !== null);
    const total = known.length === 0 ? null : Math.round(known.reduce((s, v) => s + v, 0) / known.length);
    return {
      option,
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
