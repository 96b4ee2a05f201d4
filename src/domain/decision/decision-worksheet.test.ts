import { describe, expect, it } from "vitest";
import {
  addArgument,
  type DecisionWorksheet,
  type DraftDecision,
  rateCriterion,
  recordVerdict,
  removeArgument,
  reviseDecision,
  weighArgument,
} from "./decision-worksheet.ts";
import { foundingStoryDecisionFacts } from "./founding-story-decision.fixture.ts";
import { prefillDecision } from "./prefill-decision.ts";
import { scoreDecision } from "./score-decision.ts";

const t = (fr: string, en: string) => ({ fr, en });

describe("scoreDecision (hand-computed)", () => {
  it("averages the values score and the arguments score per option", () => {
    const scores = scoreDecision({
      criteria: [
        { id: "a", statement: "a", weight: 4, ratings: { continue: 5, stop: 1 } },
        { id: "b", statement: "b", weight: 1, ratings: { continue: 1, stop: 5 } },
      ],
      arguments: [
        { id: "1", option: "continue", side: "pro", text: t("p", "p"), weight: 3, origin: "user" },
        { id: "2", option: "continue", side: "con", text: t("c", "c"), weight: 1, origin: "user" },
        { id: "3", option: "stop", side: "con", text: t("c", "c"), weight: 2, origin: "user" },
      ],
    });
    // continue: values (4×1 + 1×0) ÷ 5 = 80; arguments 50 + 50 × (3 − 1) ÷ 4 = 75; total 77.5 → 78
    // stop: values (4×0 + 1×1) ÷ 5 = 20; arguments 50 + 50 × (0 − 2) ÷ 2 = 0; total 10
    expect(scores.options).toEqual([
      { option: "continue", status: "scored", values: 80, arguments: 75, total: 78, pros: 3, cons: 1 },
      {
        option: "renegotiate",
        status: "not_enough_information",
        values: null,
        arguments: null,
        total: null,
        pros: 0,
        cons: 0,
      },
      { option: "stop", status: "scored", values: 20, arguments: 0, total: 10, pros: 0, cons: 2 },
    ]);
    expect(scores.leading).toBe("continue");
  });

  it("has no leading option on a tie or with nothing scored", () => {
    expect(scoreDecision({ criteria: [], arguments: [] }).leading).toBeNull();
  });
});

describe("a fair worksheet before anyone weighs anything", () => {
  const fact = (id: string, option: "continue" | "renegotiate" | "stop", side: "pro" | "con") => ({
    id,
    option,
    side,
    text: t(id, id),
    weight: 3,
    origin: "fact" as const,
  });
  const unrated = [{ id: "v", statement: "v", weight: 5, ratings: {} }];

  it("an option with no facts and no rated value is not enough information, not a score", () => {
    const scores = scoreDecision({ criteria: unrated, arguments: [] });
    expect(scores.options.map((o) => [o.option, o.status, o.total])).toEqual([
      ["continue", "not_enough_information", null],
      ["renegotiate", "not_enough_information", null],
      ["stop", "not_enough_information", null],
    ]);
    expect(scores.leading).toBeNull();
  });

  it("prefilled facts that all argue for renegotiating do not make it 100/100 nor the leading option", () => {
    // The story's records: renegotiating keeps the signed work and bills the goodwill; stopping weighs both ways.
    const scores = scoreDecision({
      criteria: unrated,
      arguments: [
        fact("renegotiate:signed", "renegotiate", "pro"),
        fact("renegotiate:goodwill", "renegotiate", "pro"),
        fact("stop:signed", "stop", "con"),
        fact("stop:hours", "stop", "pro"),
        fact("stop:invoices", "stop", "con"),
      ],
    });
    const renegotiate = scores.options.find((o) => o.option === "renegotiate");
    expect(renegotiate).toMatchObject({ status: "not_enough_information", total: null, arguments: null, pros: 6 });
    // stop: 50 + 50 × (3 − 6) ÷ 9 = 33
    expect(scores.options.find((o) => o.option === "stop")).toMatchObject({ status: "scored", total: 33 });
    expect(scores.leading).toBe("stop");
  });

  it("one-sided facts count once a value is rated, or once the user writes an argument", () => {
    const pros = [fact("renegotiate:signed", "renegotiate", "pro")];
    const rated = scoreDecision({
      criteria: [{ id: "v", statement: "v", weight: 5, ratings: { renegotiate: 3 } }],
      arguments: pros,
    });
    // values (3 − 1) ÷ 4 = 50; the one-sided facts still say nothing: total 50, not (50 + 100) ÷ 2
    expect(rated.options[1]).toMatchObject({ status: "scored", values: 50, arguments: null, total: 50 });
    const written = scoreDecision({
      criteria: unrated,
      arguments: [...pros, { ...fact("u", "renegotiate", "con"), weight: 1, origin: "user" as const }],
    });
    // 50 + 50 × (3 − 1) ÷ 4 = 75
    expect(written.options[1]).toMatchObject({ status: "scored", arguments: 75, total: 75 });
  });
});

/** The founding story's worksheet as the collective filled it in. */
function storyWorksheet(): DraftDecision {
  let ws: DraftDecision = prefillDecision(foundingStoryDecisionFacts);
  for (const [criterionId, ratings] of Object.entries({
    "value-collaboration": { continue: 1, renegotiate: 2, stop: 4 },
    "value-social-impact": { continue: 2, renegotiate: 2, stop: 4 },
    "value-self-respect": { continue: 1, renegotiate: 3, stop: 5 },
  })) {
    for (const [option, rating] of Object.entries(ratings)) {
      ws = rateCriterion(ws, { criterionId, option: option as "continue", rating });
    }
  }
  ws = addArgument(ws, {
    id: "u1",
    option: "continue",
    side: "pro",
    weight: 3,
    text: t("Ça va faire travailler davantage le collectif", "More work for the collective"),
  });
  ws = addArgument(ws, {
    id: "u2",
    option: "stop",
    side: "pro",
    weight: 5,
    text: t(
      "Arrêter la collaboration, c’est un signe de respect pour nous",
      "Stopping is a sign of respect for ourselves",
    ),
  });
  return weighArgument(ws, { argumentId: "stop:open_invoices", weight: 4 });
}

describe("the founding story's decision", () => {
  it("values and arguments put stop ahead", () => {
    const scores = scoreDecision(storyWorksheet());
    const stop = scores.options.find((o) => o.option === "stop");
    // values: (5×0,75 + 4×0,75 + 5×1) ÷ 14 = 84; arguments: pros 3+3+5 = 11, cons 3+3+4 = 10 → 52; total 68
    expect(stop).toMatchObject({ values: 84, arguments: 52, total: 68 });
    expect(scores.leading).toBe("stop");
  });

  it("records the verdict with its rationale and freezes the scores", () => {
    const decided = recordVerdict(storyWorksheet(), {
      verdict: "stop",
      rationale: "Ce partenaire ne rejoint pas nos valeurs de collaboration et de consensus.",
      decidedOn: "2026-10-21",
    });
    expect(decided).toMatchObject({ status: "decided", verdict: "stop", decidedOn: "2026-10-21" });
    expect(decided.scores.leading).toBe("stop");
  });

  it("a decided decision is immutable: every change and a second verdict are refused with invalid_state", () => {
    const decided: DecisionWorksheet = recordVerdict(storyWorksheet(), {
      verdict: "stop",
      rationale: "Valeurs",
      decidedOn: "2026-10-21",
    });
    const invalid = expect.objectContaining({ code: "invalid_state" });
    expect(() => recordVerdict(decided, { verdict: "continue", rationale: "x", decidedOn: "2026-10-22" })).toThrowError(
      invalid,
    );
    expect(() =>
      rateCriterion(decided, { criterionId: "value-collaboration", option: "stop", rating: 1 }),
    ).toThrowError(invalid);
    expect(() => removeArgument(decided, "u1")).toThrowError(invalid);
    expect(() =>
      addArgument(decided, { id: "x", option: "stop", side: "con", weight: 1, text: t("x", "x") }),
    ).toThrowError(invalid);
  });

  it("deciding again creates a new draft that supersedes the decided one, which stays as it was", () => {
    const decided = recordVerdict(storyWorksheet(), { verdict: "stop", rationale: "Valeurs", decidedOn: "2026-10-21" });
    const revised = reviseDecision(decided, { newId: "decision-2", createdOn: "2026-11-02" });
    expect(revised).toMatchObject({ status: "draft", id: "decision-2", supersedes: "decision-1" });
    expect("verdict" in revised).toBe(false);
    expect(decided.verdict).toBe("stop");
    expect(() => reviseDecision(revised, { newId: "d3", createdOn: "2026-11-03" })).toThrowError(
      expect.objectContaining({ code: "invalid_state" }),
    );
  });

  it("a verdict needs a rationale and ratings stay within 1-5", () => {
    expect(() =>
      recordVerdict(storyWorksheet(), { verdict: "stop", rationale: "  ", decidedOn: "2026-10-21" }),
    ).toThrow(/rationale/);
    expect(() =>
      rateCriterion(storyWorksheet(), { criterionId: "value-collaboration", option: "stop", rating: 0 }),
    ).toThrowError(expect.objectContaining({ code: "validation" }));
  });
});
