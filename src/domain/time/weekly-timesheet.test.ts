import { describe, expect, it } from "vitest";
import type { TimesheetEntry } from "./weekly-timesheet.ts";
import { weeklyTimesheet } from "./weekly-timesheet.ts";

// Week 2026-W11: Monday 2026-03-09 … Sunday 2026-03-15
const entries: TimesheetEntry[] = [
  { memberId: "alex", mandateId: "m1", date: "2026-03-09", minutes: 90, category: "billable" },
  { memberId: "alex", mandateId: "m1", date: "2026-03-09", minutes: 30, category: "goodwill" },
  { memberId: "alex", mandateId: "m2", date: "2026-03-11", minutes: 240, category: "included" },
  { memberId: "alex", mandateId: undefined, date: "2026-03-13", minutes: 60, category: "internal" },
  { memberId: "sam", mandateId: "m1", date: "2026-03-15", minutes: 45, category: "goodwill" },
  { memberId: "sam", mandateId: "m1", date: "2026-03-10", minutes: 120, category: "billable" },
  // other weeks: ignored
  { memberId: "alex", mandateId: "m1", date: "2026-03-08", minutes: 600, category: "billable" },
  { memberId: "sam", mandateId: "m1", date: "2026-03-16", minutes: 600, category: "billable" },
];

describe("weekly timesheet", () => {
  const sheet = weeklyTimesheet({ date: "2026-03-12", entries });

  it("covers the ISO week of the date, Monday first", () => {
    expect(sheet.week.key).toBe("2026-W11");
    expect(sheet.dates[0]).toBe("2026-03-09");
    expect(sheet.dates[6]).toBe("2026-03-15");
  });
  it("has one row per member × mandate with minutes per day", () => {
    expect(sheet.rows).toEqual([
      // alex m1: Monday 90 + 30 = 120
      { memberId: "alex", mandateId: "m1", days: [120, 0, 0, 0, 0, 0, 0], total: 120 },
      { memberId: "alex", mandateId: "m2", days: [0, 0, 240, 0, 0, 0, 0], total: 240 },
      { memberId: "alex", mandateId: null, days: [0, 0, 0, 0, 60, 0, 0], total: 60 },
      // sam m1: Tuesday 120, Sunday 45
      { memberId: "sam", mandateId: "m1", days: [0, 120, 0, 0, 0, 0, 45], total: 165 },
    ]);
  });
  it("totals per member, per day and per category", () => {
    // alex: 120 + 240 + 60 = 420; sam: 165; all: 585
    expect(sheet.members.map((m) => [m.memberId, m.total])).toEqual([
      ["alex", 420],
      ["sam", 165],
    ]);
    expect(sheet.members[0]!.byCategory).toEqual({ billable: 90, included: 240, goodwill: 30, internal: 60 });
    expect(sheet.days).toEqual([120, 120, 240, 0, 60, 0, 45]);
    expect(sheet.total).toBe(585);
    // billable 90 + 120 = 210; goodwill 30 + 45 = 75
    expect(sheet.byCategory).toEqual({ billable: 210, included: 240, goodwill: 75, internal: 60 });
  });
  it("is empty for a week without time", () => {
    const empty = weeklyTimesheet({ date: "2026-04-01", entries });
    expect(empty.rows).toEqual([]);
    expect(empty.total).toBe(0);
  });
});
