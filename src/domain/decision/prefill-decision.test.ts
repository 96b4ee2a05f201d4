import { describe, expect, it } from "vitest";
import { foundingStoryDecisionFacts as facts } from "./founding-story-decision.fixture.ts";
import { estimateNonPaymentRisk } from "./non-payment-risk.ts";
import { prefillDecision } from "./prefill-decision.ts";
import { scoreDecision } from "./score-decision.ts";

describe("prefillDecision on the founding story", () => {
  const draft = prefillDecision(facts);
  const fact = (option: "continue" | "renegotiate" | "stop", key: string) =>
    draft.facts[option].find((f) => f.key === key);

  it("is a draft with the three options and the collective's values as unrated criteria", () => {
    expect(draft.status).toBe("draft");
    expect(Object.keys(draft.facts)).toEqual(["continue", "renegotiate", "stop"]);
    expect(draft.criteria.map((c) => [c.id, c.weight, c.ratings])).toEqual([
      ["value-collaboration", 5, {}],
      ["value-social-impact", 4, {}],
      ["value-self-respect", 5, {}],
    ]);
  });

  it("stopping cancels the 7 800 $ offer signed a week ago and gives up 30 % of 15 000 $ of promised work", () => {
    expect(fact("stop", "signed_work_cancelled")).toMatchObject({
      value: 780_000,
      effect: "con",
      sources: [{ entity: "offer", id: "offer-2" }],
    });
    expect(fact("stop", "signed_work_cancelled")?.label.fr).toBe(
      "Travaux signés mais pas commencés qui seraient annulés : 7\u00a0800,00\u00a0$.",
    );
    expect(fact("stop", "expected_future_work_lost")?.value).toBe(450_000);
    expect(fact("continue", "signed_work_kept")?.effect).toBe("pro");
  });

  it("open invoices: 3 679,20 $, 1 839,60 $ overdue, 643,86 $ at risk (25 % of the late one + 10 % of the other)", () => {
    const line = fact("stop", "open_invoices");
    expect(line).toMatchObject({ value: 367_920, effect: "con" });
    expect(line?.label.en).toBe(
      "Open invoices: $3,679.20, of which $1,839.60 overdue; estimated non-payment risk $643.86.",
    );
  });

  it("47,5 h over the last 8 weeks → 5,9 h a week freed by stopping", () => {
    expect(fact("stop", "hours_per_week_freed")).toMatchObject({ value: 5.9, effect: "pro" });
    expect(fact("stop", "hours_per_week_freed")?.sources).toHaveLength(5);
  });

  it("goodwill of the last 90 days: 14 h worth 1 400 $, a con of continuing and a pro of renegotiating", () => {
    expect(fact("continue", "goodwill_last_90_days")).toMatchObject({ value: 140_000, effect: "con" });
    expect(fact("renegotiate", "goodwill_to_bill")).toMatchObject({ value: 140_000, effect: "pro" });
    expect(fact("continue", "goodwill_last_90_days")?.label.fr).toContain("14 h, soit 1\u00a0400,00\u00a0$");
  });

  it("carries the health figures (effective rate, scope creep, warnings) with their sources", () => {
    expect(fact("continue", "effective_hourly_rate")).toMatchObject({ value: 6_737, effect: "con" });
    expect(fact("continue", "scope_creep_index")?.effect).toBe("con");
    expect(fact("continue", "warning_signals")?.sources.map((s) => s.id)).toContain("sig-previous-dev");
  });

  it("turns each pro and con fact into an editable argument of weight 3", () => {
    const stopArgs = draft.arguments.filter((a) => a.option === "stop").map((a) => [a.side, a.id]);
    expect(stopArgs).toEqual([
      ["con", "stop:signed_work_cancelled"],
      ["con", "stop:expected_future_work_lost"],
      ["pro", "stop:hours_per_week_freed"],
      ["con", "stop:open_invoices"],
      ["pro", "stop:goodwill_avoided"],
    ]);
    expect(draft.arguments.every((a) => a.weight === 3 && a.origin === "fact")).toBe(true);
  });

  it("with no records, the facts are zeros and there is no argument", () => {
    const bare = prefillDecision({
      ...facts,
      signedNotStarted: [],
      expectedFutureWork: [],
      openInvoices: [],
      timeEntries: [],
      health: undefined,
    });
    expect(bare.arguments).toEqual([]);
    expect(bare.facts.stop.every((f) => f.value === 0)).toBe(true);
  });

  it("starts from the ratings given to the client's values on earlier worksheets, the latest first", () => {
    const reused = prefillDecision({
      ...facts,
      earlierCriteria: [
        // the latest worksheet rated collaboration for stop only
        [{ id: "value-collaboration", ratings: { stop: 4 } }],
        // an older one rated it for every option, and a value the workspace no longer has
        [
          { id: "value-collaboration", ratings: { continue: 1, renegotiate: 2, stop: 5 } },
          { id: "value-removed", ratings: { stop: 1 } },
        ],
      ],
    });
    expect(reused.criteria.map((c) => [c.id, c.ratings])).toEqual([
      ["value-collaboration", { continue: 1, renegotiate: 2, stop: 4 }],
      ["value-social-impact", {}],
      ["value-self-respect", {}],
    ]);
    expect(reused.ratingsCarriedOver).toBe(true);
    expect(draft.ratingsCarriedOver).toBeUndefined();
  });

  it("a first worksheet, facts and values unrated, shows no score but 'not enough information' for renegotiating", () => {
    const scores = scoreDecision(draft);
    // The story's facts argue both ways for continuing and stopping, and only for renegotiating.
    expect(scores.options.map((o) => [o.option, o.status])).toEqual([
      ["continue", "scored"],
      ["renegotiate", "not_enough_information"],
      ["stop", "scored"],
    ]);
    expect(scores.options.every((o) => o.total !== 100)).toBe(true);
    expect(scores.leading).not.toBe("renegotiate");
  });

  it("refuses a value weight outside 1-5", () => {
    expect(() => prefillDecision({ ...facts, values: [{ id: "v", statement: "x", weight: 9 }] })).toThrowError(
      expect.objectContaining({ code: "validation" }),
    );
  });
});

describe("estimateNonPaymentRisk", () => {
  it("uses the documented risk per aging bucket", () => {
    const risk = estimateNonPaymentRisk({
      asOf: "2026-12-31",
      invoices: [
        { id: "a", number: "1", dueDate: "2027-01-15", balance: 10_000 },
        { id: "b", number: "2", dueDate: "2026-12-01", balance: 10_000 },
        { id: "c", number: "3", dueDate: "2026-11-01", balance: 10_000 },
        { id: "d", number: "4", dueDate: "2026-10-01", balance: 10_000 },
        { id: "e", number: "5", dueDate: "2026-01-01", balance: 10_000 },
      ],
    });
    expect(risk.invoices.map((r) => [r.daysLate, r.riskPercent])).toEqual([
      [0, 10],
      [30, 25],
      [60, 50],
      [91, 85],
      [364, 85],
    ]);
    expect(risk.amountAtRisk).toBe(1_000 + 2_500 + 5_000 + 8_500 + 8_500);
    const edge = estimateNonPaymentRisk({
      asOf: "2026-12-31",
      invoices: [{ id: "f", number: "6", dueDate: "2026-10-02", balance: 10_000 }],
    });
    expect(edge.invoices[0]).toMatchObject({ daysLate: 90, riskPercent: 70 });
  });
});
