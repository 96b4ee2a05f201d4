/**
 * Team estimates: several members estimate each deliverable with three points; Mandat combines them per item and
 * over the offer.
 *
 * - **Per member**: PERT (`pert`).
 * - **Per item, several members**: the expected hours are the *mean of the members' expectations* (each member
 *   counts equally; nobody's estimate is discarded). The item's variance is that of an equal mixture of the members'
 *   distributions (law of total variance): the mean of their variances plus the variance of their expectations
 *   around the mean. So when members disagree, the item's range widens instead of the disagreement vanishing in an
 *   average.
 * - **Disagreement**: flagged when the highest member expectation is more than 1.5 × the lowest (`DISAGREEMENT_RATIO`),
 *   or when one member expects zero hours and another does not. A ratio reads plainly ("Sam expects 1.8 × what Alex
 *   expects") and does not depend on the size of the item, unlike an absolute gap.
 * - **Total**: expectations add up; variances add up (items treated as independent); σ = √variance. The range shown
 *   is expected ± 2σ (about 95 % under a normal approximation), never below zero.
 */
import { z } from "zod";
import { DomainError } from "../errors.ts";
import { pert, ThreePointEstimateSchema } from "./pert.ts";

/** Disagreement threshold: max member expectation ÷ min member expectation. */
export const DISAGREEMENT_RATIO = 1.5;

/** One member's estimate of one deliverable. */
export const MemberEstimateSchema = z
  .object({ memberId: z.string().min(1), deliverableId: z.string().min(1) })
  .and(ThreePointEstimateSchema);
export type MemberEstimate = z.infer<typeof MemberEstimateSchema>;

export interface MemberItemEstimate {
  memberId: string;
  expected: number;
  standardDeviation: number;
}

/** Combined estimate of one deliverable. */
export interface ItemEstimate {
  deliverableId: string;
  members: MemberItemEstimate[];
  expected: number;
  variance: number;
  standardDeviation: number;
  /** Highest ÷ lowest member expectation; undefined with one member, Infinity when the lowest is 0. */
  spreadRatio: number | undefined;
  disagreement: boolean;
}

/** Combined estimate of an offer: items, totals and a ±2σ range in hours. */
export interface TeamEstimate {
  items: ItemEstimate[];
  /** Deliverables asked for (`deliverableIds`) that nobody estimated. */
  unestimatedDeliverableIds: string[];
  expected: number;
  variance: number;
  standardDeviation: number;
  low: number;
  high: number;
}

export interface TeamEstimateInput {
  estimates: readonly MemberEstimate[];
  /** The offer's deliverables in display order; items follow it. Defaults to the order of first appearance. */
  deliverableIds?: readonly string[] | undefined;
}

/** Combines one deliverable's member estimates (see the module comment). */
export function combineItemEstimates(deliverableId: string, estimates: readonly MemberEstimate[]): ItemEstimate {
  const members = estimates.map((e) => {
    const r = pert(e);
    return { memberId: e.memberId, expected: r.expected, standardDeviation: r.standardDeviation, variance: r.variance };
  });
  const n = members.length;
  if (n === 0) throw new DomainError("validation", `no estimate for deliverable ${deliverableId}`);
  const expected = members.reduce((a, m) => a + m.expected, 0) / n;
  const withinVariance = members.reduce((a, m) => a + m.variance, 0) / n;
  const betweenVariance = members.reduce((a, m) => a + (m.expected - expected) ** 2, 0) / n;
  const variance = withinVariance + betweenVariance;
  const expectations = members.map((m) => m.expected);
  const max = Math.max(...expectations);
  const min = Math.min(...expectations);
  const spreadRatio = n < 2 ? undefined : min === 0 ? (max === 0 ? 1 : Number.POSITIVE_INFINITY) : max / min;
  return {
    deliverableId,
    members: members.map(({ memberId, expected: e, standardDeviation }) => ({
      memberId,
      expected: e,
      standardDeviation,
    })),
    expected,
    variance,
    standardDeviation: Math.sqrt(variance),
    spreadRatio,
    disagreement: spreadRatio !== undefined && spreadRatio > DISAGREEMENT_RATIO,
  };
}

/**
 * Team estimate of an offer. Throws `validation` when an estimate breaks 0 ≤ o ≤ m ≤ p or a member estimated the same
 * deliverable twice. Estimates of deliverables outside `deliverableIds` (when given) are ignored.
 */
export function teamEstimate(input: TeamEstimateInput): TeamEstimate {
  const byItem = new Map<string, MemberEstimate[]>();
  for (const [index, e] of input.estimates.entries()) {
    const parsed = MemberEstimateSchema.safeParse(e);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => ({
        path: ["estimates", index, ...i.path].map(String).join("."),
        issue: i.code,
        message: i.message,
      }));
      throw new DomainError("validation", fields.map((f) => `${f.path}: ${f.message}`).join("; "), { fields });
    }
    const list = byItem.get(e.deliverableId) ?? [];
    if (list.some((x) => x.memberId === e.memberId)) {
      throw new DomainError("validation", `member ${e.memberId} estimated ${e.deliverableId} twice`);
    }
    byItem.set(e.deliverableId, [...list, e]);
  }
  const order = input.deliverableIds ?? [...byItem.keys()];
  const items = order.flatMap((id) => {
    const list = byItem.get(id);
    return list ? [combineItemEstimates(id, list)] : [];
  });
  const expected = items.reduce((a, i) => a + i.expected, 0);
  const variance = items.reduce((a, i) => a + i.variance, 0);
  const standardDeviation = Math.sqrt(variance);
  return {
    items,
    unestimatedDeliverableIds: order.filter((id) => !byItem.has(id)),
    expected,
    variance,
    standardDeviation,
    low: Math.max(0, expected - 2 * standardDeviation),
    high: expected + 2 * standardDeviation,
  };
}
