import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateRanking, type LabelledDataset } from "./evaluate-ranking.ts";

const dataset = JSON.parse(
  readFileSync(new URL("../../../test/fixtures/triage/labelled-claims.json", import.meta.url), "utf8"),
) as LabelledDataset;

describe("evaluateRanking", () => {
  it("holds its accuracy on the labelled claims (regression floor)", () => {
    // measured: n=102, top-1 90.2 %, top-3 99.0 % (holdout n=28: top-1 85.7 %, top-3 100 %)
    const result = evaluateRanking(dataset);
    const holdout = evaluateRanking({ ...dataset, claims: dataset.claims.filter((c) => c.split === "holdout") });
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.info(`triage: n=${result.n} top-1=${pct(result.top1)} top-3=${pct(result.top3)}`);
    console.info(`triage holdout: n=${holdout.n} top-1=${pct(holdout.top1)} top-3=${pct(holdout.top3)}`);
    expect(result.n).toBeGreaterThanOrEqual(60);
    expect(result.top3).toBeGreaterThanOrEqual(0.96);
    expect(result.top1).toBeGreaterThanOrEqual(0.87);
    expect(holdout.top3).toBeGreaterThanOrEqual(0.92);
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
    const ids = new Set(dataset.offers.flatMap((o) => o.baseline.map((e) => e.id)));
    for (const c of dataset.claims) for (const id of c.expected) expect(ids).toContain(id);
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
      ],
    };
    const r = evaluateRanking(tiny);
    expect(r).toMatchObject({ n: 3, top1: 1 / 3, top3: 1 / 3 });
    expect(r.misses.map((m) => [m.claimId, m.rank])).toEqual([
      ["2", null],
      ["3", null],
    ]);
    expect(() => evaluateRanking({ offers: [], claims: tiny.claims })).toThrow(/unknown offer/);
  });
});
