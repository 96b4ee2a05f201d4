import { describe, expect, it } from "vitest";
import type { DomainError } from "../errors.ts";
import { planReminders } from "./reminder-schedule.ts";

describe("planReminders", () => {
  it("plans -3, 0, +7 and +30 days, courteous then firm", () => {
    expect(planReminders({ dueDate: "2026-03-31" })).toEqual([
      { date: "2026-03-28", offsetDays: -3, tone: "courteous" },
      { date: "2026-03-31", offsetDays: 0, tone: "courteous" },
      { date: "2026-04-07", offsetDays: 7, tone: "courteous" },
      { date: "2026-04-30", offsetDays: 30, tone: "firm" },
    ]);
  });
  it("accepts custom offsets and threshold, sorted and deduplicated", () => {
    const r = planReminders({ dueDate: "2026-12-30", offsets: [14, 0, 14, 2], firmFromDaysLate: 10 });
    expect(r.map((x) => [x.date, x.tone])).toEqual([
      ["2026-12-30", "courteous"],
      ["2027-01-01", "courteous"],
      ["2027-01-13", "firm"],
    ]);
  });
  it("refuses silly offsets", () => {
    expect(() => planReminders({ dueDate: "2026-03-31", offsets: [1.5] })).toThrow(/whole number/);
    try {
      planReminders({ dueDate: "2026-03-31", offsets: [7, 1000] });
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).details?.fields?.[0]?.path).toBe("offsets.1");
    }
  });
});
