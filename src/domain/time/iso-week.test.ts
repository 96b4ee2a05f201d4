import { describe, expect, it } from "vitest";
import { daysOfWeek, isoWeek, isoWeekday, isoWeeksFrom, isWorkingDay } from "./iso-week.ts";

describe("ISO weeks", () => {
  it("start on Monday", () => {
    // 2026-03-02 is a Monday, 2026-03-08 a Sunday
    expect(isoWeekday("2026-03-02")).toBe(0);
    expect(isoWeekday("2026-03-08")).toBe(6);
    expect(isoWeek("2026-03-08")).toEqual({
      key: "2026-W10",
      year: 2026,
      week: 10,
      monday: "2026-03-02",
      sunday: "2026-03-08",
    });
    expect(isWorkingDay("2026-03-06")).toBe(true);
    expect(isWorkingDay("2026-03-07")).toBe(false);
  });
  it("number the weeks around the new year by their Thursday", () => {
    // 2026-01-01 is a Thursday: week 1 of 2026 starts on Monday 2025-12-29
    expect(isoWeek("2025-12-29").key).toBe("2026-W01");
    // 2026 has 53 weeks (it starts on a Thursday); 2027-01-01 is a Friday of 2026-W53
    expect(isoWeek("2026-12-31").key).toBe("2026-W53");
    expect(isoWeek("2027-01-03").key).toBe("2026-W53");
    expect(isoWeek("2027-01-04").key).toBe("2027-W01");
    // 2021-01-01 (Friday) belongs to 2020-W53
    expect(isoWeek("2021-01-01").key).toBe("2020-W53");
  });
  it("lists consecutive weeks and their days", () => {
    const weeks = isoWeeksFrom({ from: "2026-12-24", count: 3 });
    expect(weeks.map((w) => w.key)).toEqual(["2026-W52", "2026-W53", "2027-W01"]);
    expect(daysOfWeek(weeks[0]!)).toEqual([
      "2026-12-21",
      "2026-12-22",
      "2026-12-23",
      "2026-12-24",
      "2026-12-25",
      "2026-12-26",
      "2026-12-27",
    ]);
  });
  it("refuses a date that does not exist", () => {
    expect(() => isoWeek("2026-02-30")).toThrow(expect.objectContaining({ code: "validation" }));
  });
});
