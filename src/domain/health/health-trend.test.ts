import { describe, expect, it } from "vitest";
import { foundingStoryHealthInput as story } from "./founding-story.fixture.ts";
import { healthTrend } from "./health-trend.ts";

describe("healthTrend", () => {
  const trend = healthTrend(story, 3);
  const metric = (i: number, key: string) => trend[i]?.health.metrics.find((m) => m.key === key);

  it("returns the calendar months ending with asOf's month, oldest first, the current month cut at asOf", () => {
    expect(trend.map((p) => [p.month, p.from, p.to])).toEqual([
      ["2026-08", "2026-08-01", "2026-08-31"],
      ["2026-09", "2026-09-01", "2026-09-30"],
      ["2026-10", "2026-10-01", "2026-10-21"],
    ]);
  });

  it("August has no client activity: only rounds (0), concentration (0 %) and the standing values ratings are known", () => {
    const known = trend[0]?.health.metrics.filter((m) => m.status !== "unknown").map((m) => [m.key, m.status]);
    expect(known).toEqual([
      ["feedback_rounds_per_mandate", "good"],
      ["revenue_concentration", "good"],
      ["values_alignment", "bad"],
    ]);
    expect(trend[0]?.health.score.value).toBe(50); // (100×1 + 100×1 + 0×2) ÷ 4
  });

  it("September: 16 included hours and the 1 600 $ deposit invoice → 100 $/h, good; no goodwill", () => {
    expect(metric(1, "effective_hourly_rate")).toMatchObject({ value: 10_000, status: "good" });
    expect(metric(1, "goodwill_hours")).toMatchObject({ value: 0, status: "good" });
    expect(metric(1, "revenue_concentration")).toMatchObject({ value: 0.2, status: "good" });
    expect(metric(1, "overdue_amount")).toMatchObject({ value: 0, status: "good" });
  });

  it("October: 1 600 $ for 31,5 h (16 + 1,5 + 14) → 50,79 $/h; the deposit invoice is now overdue", () => {
    expect(metric(2, "effective_hourly_rate")).toMatchObject({ value: 5_079, status: "bad" });
    expect(metric(2, "goodwill_hours")).toMatchObject({ value: 14, status: "bad" });
    expect(metric(2, "overdue_amount")).toMatchObject({ value: 183_960, status: "watch" });
    expect(metric(2, "revenue_concentration")).toMatchObject({ value: 0.32, status: "watch" });
  });

  it("the score falls from September to October", () => {
    const [, sep, oct] = trend.map((p) => p.health.score.value ?? -1);
    expect(sep).toBeGreaterThan(oct ?? 0);
  });

  it("refuses a non-positive number of months", () => {
    expect(() => healthTrend(story, 0)).toThrowError(expect.objectContaining({ code: "validation" }));
  });
});
