import { describe, expect, it } from "vitest";
import type { MemberEstimate } from "./team-estimate.ts";
import { combineItemEstimates, teamEstimate } from "./team-estimate.ts";

const est = (memberId: string, deliverableId: string, o: number, m: number, p: number): MemberEstimate => ({
  memberId,
  deliverableId,
  optimistic: o,
  likely: m,
  pessimistic: p,
});

describe("team estimate", () => {
  it("sums expectations and variances over items", () => {
    const t = teamEstimate({ estimates: [est("alex", "d1", 2, 4, 12), est("alex", "d2", 1, 2, 3)] });
    expect(t.expected).toBe(7); // 5 + 2
    expect(t.variance).toBeCloseTo(100 / 36 + 4 / 36, 9); // 2.888…
    expect(t.standardDeviation).toBeCloseTo(Math.sqrt(104 / 36), 9); // 1.6997
    expect(t.low).toBeCloseTo(7 - 2 * 1.699_673, 5);
    expect(t.high).toBeCloseTo(7 + 2 * 1.699_673, 5);
  });
  it("combines members by the mean of expectations and the mixture variance", () => {
    // alex: E 5, var 100/36; sam: (3 + 24 + 9) / 6 = 6, σ 1, var 1 → mean 5.5; within (100/36 + 1) / 2; between 0.25
    const item = combineItemEstimates("d1", [est("alex", "d1", 2, 4, 12), est("sam", "d1", 3, 6, 9)]);
    expect(item.expected).toBe(5.5);
    expect(item.variance).toBeCloseTo((100 / 36 + 1) / 2 + 0.25, 9);
    expect(item.members.map((m) => [m.memberId, m.expected])).toEqual([
      ["alex", 5],
      ["sam", 6],
    ]);
    expect(item.spreadRatio).toBeCloseTo(1.2, 9);
    expect(item.disagreement).toBe(false);
  });
  it("flags disagreement when the highest expectation is more than 1.5 × the lowest", () => {
    const wide = combineItemEstimates("d1", [est("alex", "d1", 2, 4, 12), est("kim", "d1", 6, 8, 10)]); // 5 vs 8
    expect(wide.spreadRatio).toBeCloseTo(1.6, 9);
    expect(wide.disagreement).toBe(true);
    const edge = combineItemEstimates("d1", [est("alex", "d1", 4, 4, 4), est("kim", "d1", 6, 6, 6)]); // exactly 1.5
    expect(edge.disagreement).toBe(false);
    const zero = combineItemEstimates("d1", [est("alex", "d1", 0, 0, 0), est("kim", "d1", 0, 1, 2)]);
    expect(zero.spreadRatio).toBe(Number.POSITIVE_INFINITY);
    expect(zero.disagreement).toBe(true);
    const alone = combineItemEstimates("d1", [est("alex", "d1", 1, 100, 200)]);
    expect(alone).toMatchObject({ spreadRatio: undefined, disagreement: false });
  });
  it("widens the range when members disagree", () => {
    const agree = combineItemEstimates("d1", [est("a", "d1", 4, 6, 8), est("b", "d1", 4, 6, 8)]);
    const disagree = combineItemEstimates("d1", [est("a", "d1", 2, 3, 4), est("b", "d1", 8, 9, 10)]);
    expect(disagree.expected).toBe(agree.expected);
    expect(disagree.standardDeviation).toBeGreaterThan(agree.standardDeviation);
  });
  it("follows the offer's order and lists unestimated deliverables", () => {
    const t = teamEstimate({
      estimates: [est("a", "d2", 1, 1, 1), est("a", "d1", 2, 2, 2), est("a", "other", 9, 9, 9)],
      deliverableIds: ["d1", "d2", "d3"],
    });
    expect(t.items.map((i) => i.deliverableId)).toEqual(["d1", "d2"]);
    expect(t.unestimatedDeliverableIds).toEqual(["d3"]);
    expect(t.expected).toBe(3);
    expect(t.low).toBe(3);
  });
  it("refuses estimates out of order, negative, or given twice by the same member", () => {
    expect(() => teamEstimate({ estimates: [est("a", "d1", 5, 4, 6)] })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
    expect(() => teamEstimate({ estimates: [est("a", "d1", -1, 4, 6)] })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
    expect(() => teamEstimate({ estimates: [est("a", "d1", 1, 2, 3), est("a", "d1", 1, 2, 4)] })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
  });
  it("gives zero for no estimates", () => {
    expect(teamEstimate({ estimates: [] })).toMatchObject({ expected: 0, standardDeviation: 0, items: [] });
  });
});
