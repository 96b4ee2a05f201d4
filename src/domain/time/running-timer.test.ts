import { describe, expect, it } from "vitest";
import { type RunningTimer, startTimer, stopTimer } from "./running-timer.ts";

const start = (running: RunningTimer[] = [], at = "2026-03-10T13:00:00.000Z") =>
  startTimer({ id: "tm1", memberId: "alex", mandateId: "m1", claimId: "c1", category: "goodwill", at, running });

describe("running timer", () => {
  it("stops into an entry with the elapsed minutes rounded to the nearest minute, then by the rule", () => {
    const timer = start();
    // 13:00:00 → 13:22:40 = 22 min 40 s → 23 min → up_15 → 30 min
    const entry = stopTimer(timer, {
      at: "2026-03-10T13:22:40.000Z",
      entryId: "t1",
      rounding: "up_15",
      timeZone: "America/Toronto",
    });
    expect(entry).toMatchObject({
      id: "t1",
      memberId: "alex",
      mandateId: "m1",
      claimId: "c1",
      category: "goodwill",
      date: "2026-03-10",
      recordedMinutes: 23,
      minutes: 30,
    });
    // 22 min 20 s → 22 min, no rounding rule
    expect(
      stopTimer(timer, { at: "2026-03-10T13:22:20.000Z", entryId: "t2", rounding: "none", timeZone: "UTC" }).minutes,
    ).toBe(22);
  });
  it("dates the entry on the member's local day of the start", () => {
    // 2026-03-11 02:30 UTC is 2026-03-10 22:30 in Toronto (EDT, UTC−4)
    const late = start([], "2026-03-11T02:30:00.000Z");
    const entry = stopTimer(late, {
      at: "2026-03-11T04:30:00.000Z",
      entryId: "t3",
      rounding: "none",
      timeZone: "America/Toronto",
    });
    expect(entry.date).toBe("2026-03-10");
    expect(entry.minutes).toBe(120);
  });
  it("allows one running timer per member", () => {
    const mine = start();
    expect(() => start([mine])).toThrow(expect.objectContaining({ code: "conflict" }));
    const other = startTimer({
      id: "tm2",
      memberId: "sam",
      category: "internal",
      at: "2026-03-10T13:00:00Z",
      running: [mine],
    });
    expect(other.memberId).toBe("sam");
  });
  it("checks the future entry when starting (claim only with mandate)", () => {
    expect(() =>
      startTimer({
        id: "tm3",
        memberId: "sam",
        claimId: "c1",
        category: "internal",
        at: "2026-03-10T13:00:00Z",
        running: [],
      }),
    ).toThrow(expect.objectContaining({ code: "validation" }));
  });
  it("refuses a stop before the start, under 30 seconds, over 24 hours, or in an unknown time zone", () => {
    const timer = start();
    const stop =
      (at: string, timeZone = "UTC") =>
      () =>
        stopTimer(timer, { at, entryId: "t", rounding: "none", timeZone });
    for (const [at, issue] of [
      ["2026-03-10T12:59:00.000Z", "before_start"],
      ["2026-03-10T13:00:29.000Z", "too_short"],
      ["2026-03-11T13:00:31.000Z", "too_long"],
    ] as const) {
      expect(stop(at)).toThrow(expect.objectContaining({ details: { fields: [expect.objectContaining({ issue })] } }));
    }
    expect(stop("2026-03-10T14:00:00.000Z", "Mars/Olympus")).toThrow(expect.objectContaining({ code: "validation" }));
    // exactly 24 h is accepted
    expect(stop("2026-03-11T13:00:00.000Z")().minutes).toBe(1_440);
  });
});
