import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, earlierDate, epochDay, isCalendarDate } from "./calendar-date.ts";

describe("calendar dates", () => {
  it("accepts real dates only", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("2026-1-01")).toBe(false);
    expect(() => epochDay("2026-02-30", "dueDate")).toThrow(/dueDate/);
  });
  it("counts days across month and year ends", () => {
    expect(daysBetween("2025-03-31", "2025-04-01")).toBe(1);
    expect(daysBetween("2025-12-31", "2026-01-31")).toBe(31);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(earlierDate("2025-04-01", "2025-03-31")).toBe("2025-03-31");
  });
  it("addDays and daysBetween are inverse", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -5_000, max: 5_000 }), (day, n) => {
        const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });
});
