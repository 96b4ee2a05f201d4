import { describe, expect, it } from "vitest";
import { computeClientHealth } from "./compute-client-health.ts";
import { foundingStoryHealthInput as story } from "./founding-story.fixture.ts";
import { healthTrend, trendHealth } from "./health-trend.ts";

describe("healthTrend", () => {
  const trend = healthTrend(story, 3);
  const metric = (i: number, key: string) => trend[i]?.health.metrics.find((m) => m.key === key);

  it("returns the calendar months ending with asOf's month, oldest first, each as of its last day (today for the current one)", () => {
    expect(trend.map((p) => [p.month, p.from, p.to])).toEqual([
      ["2026-08", "2026-01-01", "2026-08-31"],
      ["2026-09", "2026-01-01", "2026-09-30"],
      ["2026-10", "2026-01-01", "2026-10-21"],
    ]);
  });

  it("the last point is today's health: the same score as the headline", () => {
    const today = computeClientHealth(story);
    expect(trend.at(-1)?.health).toEqual(trendHealth(today));
    expect(healthTrend(story, 3, today)).toEqual(trend);
    expect(trend.at(-1)?.health.score.value).toBe(24);
  });

  it("August has no client activity: only the standing values ratings are known, so not enough data for a score", () => {
    const known = trend[0]?.health.metrics.filter((m) => m.status !== "unknown").map((m) => [m.key, m.status]);
    expect(known).toEqual([["values_alignment", "bad"]]);
    expect(trend[0]?.health.score).toMatchObject({ value: null, known: 1, required: 3 });
    expect(trend[0]?.health.warning.level).toBe("none");
  });

  it("end of September: 1 600 $ earned for 16 included hours → 100 $/h, good; nothing due yet", () => {
    expect(metric(1, "effective_hourly_rate")).toMatchObject({ value: 10_000, status: "good" });
    expect(metric(1, "goodwill_hours")).toMatchObject({ value: 0, status: "good" });
    // 1 600 $ of the studio's 7 000 $ + 8 000 $ over August and September
    expect(metric(1, "revenue_concentration")).toMatchObject({ value: 0.1067, status: "good" });
    expect(metric(1, "overdue_amount")).toMatchObject({ value: null, status: "unknown" });
    expect(metric(1, "payment_delay")).toMatchObject({ value: null, status: "unknown" });
    // (rate 100×3 + goodwill 100×2 + concentration 100×1 + values 0×2) ÷ 8
    expect(trend[1]?.health.score.value).toBe(75);
  });

  it("the score falls from September to today", () => {
    const [, sep, oct] = trend.map((p) => p.health.score.value ?? -1);
    expect(sep).toBeGreaterThan(oct ?? 0);
  });

  it("without earned revenue per month, past points have no rate (not enough data), today's point keeps it", () => {
    const { earnedRevenueByMonth: _, ...input } = story;
    const points = healthTrend(input, 2);
    expect(points[0]?.health.metrics.find((m) => m.key === "effective_hourly_rate")?.status).toBe("unknown");
    expect(points[1]?.health.metrics.find((m) => m.key === "effective_hourly_rate")?.value).toBe(6_737);
  });

  it("leaves out the months that end before `from`", () => {
    expect(healthTrend({ ...story, from: "2026-09-15" }, 3).map((p) => p.month)).toEqual(["2026-09", "2026-10"]);
  });

  it("refuses a non-positive number of months", () => {
    expect(() => healthTrend(story, 0)).toThrowError(expect.objectContaining({ code: "validation" }));
  });
});
