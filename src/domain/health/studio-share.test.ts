import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeClientHealth } from "./compute-client-health.ts";
import { foundingStoryHealthInput as story } from "./founding-story.fixture.ts";
import { regradeStudioShare, studioShareGrade, studioShareStands } from "./studio-share.ts";

describe("regradeStudioShare", () => {
  const health = computeClientHealth(story, { sentences: false });
  const kept = studioShareGrade(story, health);

  it("keeps the client's own revenue in the window: 3 200 $ in the story", () => {
    expect(kept.clientRevenue).toBe(320_000);
  });

  it("grades as computeClientHealth does with the studio's new revenue, whatever it is and the settings", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(0), fc.integer({ min: kept.clientRevenue, max: 20 * kept.clientRevenue })),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 20, max: 90 }),
        (revenue, weight, threshold) => {
          const settings = { weights: { ...health.settings.weights, revenue_concentration: weight }, threshold };
          const input = { ...story, settings };
          const before = studioShareGrade(input, computeClientHealth(input, { sentences: false }));
          const anew = computeClientHealth({ ...input, workspaceRevenue: revenue }, { sentences: false });
          const again = regradeStudioShare(before, revenue, anew.settings);
          expect(again.grade.statuses).toEqual(anew.metrics.map((m) => ({ key: m.key, status: m.status })));
          expect(again.score).toEqual(anew.score);
          expect(again.level).toBe(anew.warning.level);
          // A grade that stands is the one kept: the same statuses, so the same score and level as before.
          expect(studioShareStands(before, revenue, anew.settings)).toBe(
            JSON.stringify(again.grade.statuses) === JSON.stringify(before.statuses),
          );
        },
      ),
    );
  });

  it("moves the concentration's grade with the studio's revenue: 3 200 $ of 4 000 $ is bad, of 6 400 $ watch, of 64 000 $ good", () => {
    const status = (revenue: number) =>
      regradeStudioShare(kept, revenue, health.settings).grade.statuses.find((m) => m.key === "revenue_concentration")
        ?.status;
    expect(status(400_000)).toBe("bad");
    expect(status(640_000)).toBe("watch");
    expect(status(6_400_000)).toBe("good");
    expect(status(0)).toBe("unknown");
    expect(() => regradeStudioShare(kept, 100_000, health.settings)).toThrow();
  });
});
