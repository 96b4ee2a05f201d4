import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateRanking, type LabelledDataset } from "./evaluate-ranking.ts";

const dataset = JSON.parse(
  readFileSync(new URL("../../../test/fixtures/triage/labelled-claims.json", import.meta.url), "utf8"),
) as LabelledDataset;

describe("evaluateRanking", () => {
  it("holds its accuracy on the labelled claims tuned on (regression floor)", () => {
    // before issue 11's ranking work: dev + the first seen-holdout (n=102) top-1 90.2 %, top-3 99.0 %.
    // dev + seen-holdout (n=186 with a clause, 14 unforeseen) measured 2026-12-07: top-1 95.2 %, top-3 99.5 %, 14/14 unforeseen.
    // With m01-m82 relabelled seen-holdout and u09-u39 added (n=262 with a clause, 51 unforeseen): top-1 93.1 %,
    // top-3 98.5 %, 46/51 unforeseen and 71 claims with a clause shown "no close clause". With p01-p99 (holdout-3) relabelled
    // seen-holdout once tuned on (n=353 with a clause, 59 unforeseen), after issue 11 point 5's changes: top-1 94.1 %,
    // top-3 98.3 %, 54/59 unforeseen, 58 claims with a clause shown "no close clause" (96 before the shared-evidence
    // score). With q001-q131 (holdout-4) relabelled seen-holdout-4 once retired (n=471 with a clause, 72 unforeseen), before
    // this round's tuning: top-1 93.0 %, top-3 98.1 %, 66/72 unforeseen, 80 claims with a clause shown "no close clause";
    // after it: top-1 95.5 %, top-3 99.2 %, 65/72 unforeseen, 71 shown "no close clause". With s001-s157 (holdout-5)
    // relabelled seen-holdout-5 once retired (n=613 with a clause, 87 unforeseen), before any tuning on them: top-1 89.6 %,
    // top-3 97.2 %, 78/87 unforeseen, 122 shown "no close clause". The best suggestion's score then became a fitted
    // probability (closeness, CLOSE_MATCH 0.5; fitted leaving seen-holdout-5 out, it showed 35 of its 142 claims with a
    // clause as "no close clause" instead of 51): top-1 89.6 %, top-3 97.2 %, 86/87 unforeseen, 98 shown "no close
    // clause". Only the splits tuned on (dev, seen-*): the held-out split (holdout-6) is measured by the bench, never here.
    const tuned = evaluateRanking({
      ...dataset,
      claims: dataset.claims.filter((c) => c.split === "dev" || c.split?.startsWith("seen-")),
    });
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.info(`triage dev + seen-*: n=${tuned.n} top-1=${pct(tuned.top1)} top-3=${pct(tuned.top3)}`);
    expect(tuned.n).toBeGreaterThanOrEqual(610);
    expect(tuned.top1).toBeGreaterThanOrEqual(0.895);
    expect(tuned.top3).toBeGreaterThanOrEqual(0.97);
    expect(tuned.noneClose).toBeGreaterThanOrEqual(0.95);
    expect(tuned.wronglyNoneClose / tuned.n).toBeLessThanOrEqual(0.17);
  });

  it("the labelled set is realistic: bilingual, several offers, each with deliverables, exclusions, assumptions", () => {
    const langs = new Map<string, number>();
    for (const c of dataset.claims as ((typeof dataset.claims)[number] & { lang: string })[]) {
      langs.set(c.lang, (langs.get(c.lang) ?? 0) + 1);
    }
    expect(langs.get("fr")).toBeGreaterThanOrEqual(25);
    expect(langs.get("en")).toBeGreaterThanOrEqual(25);
    expect(dataset.offers.length).toBeGreaterThanOrEqual(4);
    for (const offer of dataset.offers) {
      const count = (kind: string) => offer.baseline.filter((e) => e.kind === kind).length;
      expect(count("deliverable")).toBeGreaterThanOrEqual(5);
      expect(count("exclusion")).toBeGreaterThanOrEqual(3);
      expect(count("assumption")).toBeGreaterThanOrEqual(2);
    }
    const ids = new Map(dataset.offers.map((o) => [o.id, new Set(o.baseline.map((e) => e.id))]));
    for (const c of dataset.claims) for (const id of c.expected) expect(ids.get(c.offer)).toContain(id);
    expect(new Set(dataset.claims.map((c) => c.id)).size).toBe(dataset.claims.length);
  });

  it("counts hits and misses exactly", () => {
    const tiny: LabelledDataset = {
      offers: [
        {
          id: "o",
          baseline: [
            { id: "form", kind: "deliverable", title: "Contact form" },
            { id: "logo", kind: "exclusion", title: "Logo design" },
          ],
        },
      ],
      claims: [
        { id: "1", offer: "o", text: "the contact form is broken", expected: ["form"] },
        { id: "2", offer: "o", text: "new logo please", expected: ["form"] },
        { id: "3", offer: "o", text: "add a blog", expected: ["logo"] },
        { id: "4", offer: "o", text: "add a blog", expected: [] },
        { id: "5", offer: "o", text: "the contact form", expected: [] },
      ],
    };
    const r = evaluateRanking(tiny);
    expect(r).toMatchObject({ n: 3, top1: 1 / 3, top3: 1 / 3, wronglyNoneClose: 1, unforeseen: 2, noneClose: 1 / 2 });
    expect(r.misses.map((m) => [m.claimId, m.rank])).toEqual([
      ["2", null],
      ["3", null],
      ["5", null],
    ]);
    expect(() => evaluateRanking({ offers: [], claims: tiny.claims })).toThrow(/unknown offer/);
  });
});
