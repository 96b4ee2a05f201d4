/**
 * The continue / renegotiate / stop worksheet for one client and its lifecycle: `draft` (facts, criteria and
 * arguments can change) → `decided` (verdict and rationale recorded, immutable). Deciding again means
 * `reviseDecision`, which opens a new draft that points at the decision it supersedes.
 */
import { DomainError, fieldError } from "../errors.ts";
import type { IsoDate } from "../health/calendar-date.ts";
import type { MetricSource, MetricUnit } from "../health/health-metric.ts";
import type { Localized } from "../health/localized.ts";
import type { Currency } from "../money.ts";
import { type DecisionScores, scoreDecision } from "./score-decision.ts";

export const DECISION_OPTIONS = ["continue", "renegotiate", "stop"] as const;
export type DecisionOption = (typeof DECISION_OPTIONS)[number];

/** A prefilled fact shown under an option: a sentence with the numbers, the figure, and where it comes from. */
export interface FactLine {
  key: string;
  label: Localized;
  value: number | null;
  unit: MetricUnit | "hours_per_week";
  effect: "pro" | "con" | "neutral";
  sources: MetricSource[];
}

/** One of the workspace's values, rated 1-5 per option by the user (how well the option honours the value). */
export interface DecisionCriterion {
  id: string;
  /** The value as the workspace wrote it, in its own language. */
  statement: string;
  /** 1-5, from the workspace's values. */
  weight: number;
  ratings: Partial<Record<DecisionOption, number>>;
}

/** A pro or a con under one option, weighted 1-5; prefilled from a fact or written by the user. */
export interface DecisionArgument {
  id: string;
  option: DecisionOption;
  side: "pro" | "con";
  text: Localized;
  weight: number;
  origin: "fact" | "user";
}

interface DecisionBase {
  id: string;
  clientId: string;
  currency: Currency;
  createdOn: IsoDate;
  /** Id of the decided worksheet this one revises, if any. */
  supersedes?: string;
  facts: Record<DecisionOption, FactLine[]>;
  criteria: DecisionCriterion[];
  /** True when the starting ratings were carried over from the client's earlier worksheets. */
  ratingsCarriedOver?: boolean;
  arguments: DecisionArgument[];
}

export interface DraftDecision extends DecisionBase {
  status: "draft";
}

export interface DecidedDecision extends DecisionBase {
  status: "decided";
  verdict: DecisionOption;
  rationale: string;
  decidedOn: IsoDate;
  /** The side-by-side scores as they stood when the verdict was recorded. */
  scores: DecisionScores;
}

export type DecisionWorksheet = DraftDecision | DecidedDecision;

/** Returns the worksheet if it is a draft; a decided worksheet refuses every change with `invalid_state`. */
export function requireDraftDecision(worksheet: DecisionWorksheet): DraftDecision {
  switch (worksheet.status) {
    case "draft":
      return worksheet;
    case "decided":
      throw new DomainError("invalid_state", "a decided decision is immutable; revise it to decide again", {
        status: worksheet.status,
      });
    default: {
      const never: never = worksheet;
      throw new DomainError("invalid_state", `unknown decision status ${JSON.stringify(never)}`);
    }
  }
}

function requireOneToFive(path: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 5)
    throw fieldError(path, "range", "must be an integer from 1 to 5");
}

/** Rates how well one option honours one value (1-5). */
export function rateCriterion(
  worksheet: DecisionWorksheet,
  change: { criterionId: string; option: DecisionOption; rating: number },
): DraftDecision {
  const draft = requireDraftDecision(worksheet);
  requireOneToFive("rating", change.rating);
  if (!draft.criteria.some((c) => c.id === change.criterionId)) {
    throw new DomainError("not_found", `unknown criterion ${change.criterionId}`);
  }
  return {
    ...draft,
    criteria: draft.criteria.map((c) =>
      c.id === change.criterionId ? { ...c, ratings: { ...c.ratings, [change.option]: change.rating } } : c,
    ),
  };
}

/** Adds a user pro or con (weight 1-5) under an option. */
export function addArgument(worksheet: DecisionWorksheet, argument: Omit<DecisionArgument, "origin">): DraftDecision {
  const draft = requireDraftDecision(worksheet);
  requireOneToFive("weight", argument.weight);
  if (draft.arguments.some((a) => a.id === argument.id))
    throw new DomainError("conflict", `argument ${argument.id} exists`);
  return { ...draft, arguments: [...draft.arguments, { ...argument, origin: "user" }] };
}

/** Changes the weight of any argument, prefilled or not; weight 0 is not allowed (remove it instead). */
export function weighArgument(
  worksheet: DecisionWorksheet,
  change: { argumentId: string; weight: number },
): DraftDecision {
  const draft = requireDraftDecision(worksheet);
  requireOneToFive("weight", change.weight);
  if (!draft.arguments.some((a) => a.id === change.argumentId)) {
    throw new DomainError("not_found", `unknown argument ${change.argumentId}`);
  }
  return {
    ...draft,
    arguments: draft.arguments.map((a) => (a.id === change.argumentId ? { ...a, weight: change.weight } : a)),
  };
}

/** Removes an argument. */
export function removeArgument(worksheet: DecisionWorksheet, argumentId: string): DraftDecision {
  const draft = requireDraftDecision(worksheet);
  return { ...draft, arguments: draft.arguments.filter((a) => a.id !== argumentId) };
}

/** Records the verdict with its rationale: `draft` → `decided`, freezing the scores of that moment. */
export function recordVerdict(
  worksheet: DecisionWorksheet,
  verdict: { verdict: DecisionOption; rationale: string; decidedOn: IsoDate },
): DecidedDecision {
  const draft = requireDraftDecision(worksheet);
  if (!DECISION_OPTIONS.includes(verdict.verdict)) throw fieldError("verdict", "enum", "continue, renegotiate or stop");
  const rationale = verdict.rationale.trim();
  if (rationale === "") throw fieldError("rationale", "required", "a verdict needs its rationale");
  return {
    ...draft,
    status: "decided",
    verdict: verdict.verdict,
    rationale,
    decidedOn: verdict.decidedOn,
    scores: scoreDecision(draft),
  };
}

/** Opens a new draft from a decided worksheet (same facts, criteria and arguments), leaving the original intact. */
export function reviseDecision(
  worksheet: DecisionWorksheet,
  revision: { newId: string; createdOn: IsoDate },
): DraftDecision {
  switch (worksheet.status) {
    case "draft":
      throw new DomainError("invalid_state", "only a decided decision can be revised; edit the draft instead");
    case "decided": {
      const { verdict: _v, rationale: _r, decidedOn: _d, scores: _s, status: _st, ...base } = worksheet;
      return { ...base, id: revision.newId, createdOn: revision.createdOn, supersedes: worksheet.id, status: "draft" };
    }
    default: {
      const never: never = worksheet;
      throw new DomainError("invalid_state", `unknown decision status ${JSON.stringify(never)}`);
    }
  }
}
