/**
 * A claim (demande): one request of a client's feedback round, kept with where it came from in the pasted text, and
 * the person's triage decision against the signed baseline once there is one. Nothing here decides a triage: a person
 * does (`triageClaim`).
 */
import type { ChangeOrderStatus } from "../change-order/change-order.ts";
import { fieldError } from "../errors.ts";
import type { SettledPoint } from "../triage/find-repeats.ts";
import type { Claim as SplitClaim } from "../triage/split-claims.ts";

/** Every triage outcome, in the order a round summary lists them. */
export const TRIAGE_OUTCOMES = [
  "in_scope",
  "change_order",
  "goodwill",
  "alternative",
  "declined",
  "duplicate",
] as const;
/**
 * `in_scope`: we owe it; `change_order`: new work, priced and scheduled; `goodwill`: done free, on purpose, counted;
 * `alternative`: we propose something else; `declined`: we will not do it; `duplicate`: the same as another claim.
 */
export type TriageOutcome = (typeof TRIAGE_OUTCOMES)[number];

/** Outcomes that carry an estimate of hours (the work we will actually do or quote). */
export const OUTCOMES_WITH_HOURS = ["in_scope", "change_order", "goodwill", "alternative"] as const;
/** An outcome that carries estimated hours. */
export type OutcomeWithHours = (typeof OUTCOMES_WITH_HOURS)[number];

/** What a claim can be judged against (the same kinds `rankBaseline` suggests). */
export const BASELINE_REFERENCE_KINDS = ["deliverable", "exclusion", "assumption", "change_order_item"] as const;
/** Kind of a baseline reference. */
export type BaselineReferenceKind = (typeof BASELINE_REFERENCE_KINDS)[number];

/** The signed clause (or approved change-order item) a triage was judged against, by id. */
export interface BaselineReference {
  kind: BaselineReferenceKind;
  id: string;
}

interface TriageBase {
  /** ISO-8601 instant of the decision. */
  decidedAt: string;
  /** Member id of the person who decided. */
  decidedBy: string;
  baseline: BaselineReference | undefined;
  rationale: string | undefined;
}

/** A recorded triage decision (validated by `triageClaim`), discriminated by `outcome`. */
export type ClaimTriage =
  | (TriageBase & { outcome: "in_scope"; baseline: BaselineReference; estimatedHours: number })
  | (TriageBase & { outcome: "change_order"; estimatedHours: number })
  | (TriageBase & { outcome: "goodwill"; rationale: string; estimatedHours: number })
  | (TriageBase & { outcome: "alternative"; rationale: string; alternative: string; estimatedHours: number })
  | (TriageBase & { outcome: "declined"; baseline: BaselineReference; rationale: string })
  | (TriageBase & { outcome: "duplicate"; duplicateOfClaimId: string; repeat?: undefined })
  | (TriageBase & { outcome: "duplicate"; duplicateOfClaimId?: undefined; repeat: ConfirmedRepeat });

/** An earlier answer a claim repeats, confirmed by a person (the reply restates that answer). */
export type ConfirmedRepeat = SettledPoint & { score: number };

/** The change order a claim is an item of, as far as triage needs to know. */
export interface ClaimChangeOrderLink {
  id: string;
  number: string;
  status: ChangeOrderStatus;
}

/** One request of a round. */
export interface Claim {
  id: string;
  roundId: string;
  mandateId: string;
  /** 1-based order in the round (the "item N" of the reply letter). */
  position: number;
  /** The client's words for this request. */
  text: string;
  /** The heading it was listed under in the message, when it says what the item is about. */
  context?: string | undefined;
  /** Offsets `[start, end)` of the text in the pasted round (after merges and edits, the span of the original). */
  source: { start: number; end: number };
  /** The current triage; absent until a person decides. */
  triage?: ClaimTriage | undefined;
  /** The change order holding this claim as an item, if any (latest one that is not withdrawn). */
  changeOrder?: ClaimChangeOrderLink | undefined;
}

/** A claim with a decision. */
export type TriagedClaim = Claim & { triage: ClaimTriage };

/** Input of {@link claimsOfRound}. */
export interface ClaimsOfRoundInput {
  roundId: string;
  mandateId: string;
  /** The claims `splitClaims` found (possibly merged, split or edited by the user). */
  split: readonly SplitClaim[];
  /** One new claim id per split claim, same order. */
  ids: readonly string[];
}

/**
 * Turns the claims found in a pasted round into untriaged claims, numbered 1, 2, 3… in the order given. Throws
 * `validation` on `ids` when there is not exactly one distinct id per claim.
 */
export function claimsOfRound(input: ClaimsOfRoundInput): Claim[] {
  const { split, ids } = input;
  if (ids.length !== split.length || new Set(ids).size !== ids.length) {
    throw fieldError("ids", "id_count_mismatch", "one new, distinct claim id is needed per claim");
  }
  return split.map((c, i) => ({
    id: ids[i]!,
    roundId: input.roundId,
    mandateId: input.mandateId,
    position: i + 1,
    text: c.text,
    context: c.context,
    source: { start: c.start, end: c.end },
  }));
}

/** True when the claim has a decision. */
export function isTriaged(claim: Claim): claim is TriagedClaim {
  return claim.triage !== undefined;
}
