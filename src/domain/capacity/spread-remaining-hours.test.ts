import { describe, expect, it } from "vitest";
import { spreadRemainingHours } from "./spread-remaining-hours.ts";

const base = {
  today: "2026-03-06", // Friday
  startDate: "2026-03-02",
  deliveryDate: "2026-03-10", // Tuesday
  estimatedHours: 9,
  loggedMinutes: 0,
  assignedMemberIds: ["alex"],
  membersWithCapacity: ["alex", "sam"],
  until: "2026-12-31",
};

describe("spreading the remaining hours", () => {
  it("spreads evenly over the working days from today to the delivery date, skipping the weekend", () => {
    // Fri 03-06, Mon 03-09, Tue 03-10 = 3 working days → 3 h each
    expect(spreadRemainingHours(base)).toEqual([
      { memberId: "alex", date: "2026-03-06", hours: 3 },
      { memberId: "alex", date: "2026-03-09", hours: 3 },
      { memberId: "alex", date: "2026-03-10", hours: 3 },
    ]);
  });
  it("subtracts the logged time and splits among everyone with capacity when nobody is assigned", () => {
    // 9 h − 3 h = 6 h over 3 days and 2 members → 1 h each per day
    const shares = spreadRemainingHours({ ...base, loggedMinutes: 180, assignedMemberIds: [] });
    expect(shares).toHaveLength(6);
    expect(shares.every((s) => s.hours === 1)).toBe(true);
  });
  it("books late work on the first working day from today", () => {
    // today Saturday 03-07, due Tuesday 03-03 → all 9 h on Monday 03-09
    expect(spreadRemainingHours({ ...base, today: "2026-03-07", deliveryDate: "2026-03-03" })).toEqual([
      { memberId: "alex", date: "2026-03-09", hours: 9 },
    ]);
  });
  it("books nothing once the logged time covers the estimate", () => {
    expect(spreadRemainingHours({ ...base, loggedMinutes: 600 })).toEqual([]);
  });
});
