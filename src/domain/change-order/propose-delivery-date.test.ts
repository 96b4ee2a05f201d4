import { describe, expect, it } from "vitest";
import { proposeDeliveryDate } from "./propose-delivery-date.ts";

const team = [
  { memberId: "alex", weeklyAvailableHours: 10 },
  { memberId: "sam", weeklyAvailableHours: 10 },
]; // 20 h / week = 4 h per weekday

describe("proposed delivery date", () => {
  it("keeps the current date when the change fits before it", () => {
    // Monday 2026-03-02; 8 h remaining + 4 h added = 3 working days → Wed 03-04, before Fri 03-20
    const r = proposeDeliveryDate({
      from: "2026-03-02",
      currentDeliveryDate: "2026-03-20",
      remainingHours: 8,
      addedHours: 4,
      team,
    });
    expect(r).toEqual({ proposedDeliveryDate: "2026-03-20", scheduleImpactDays: 0, workingDaysNeeded: 3 });
  });
  it("skips weekends", () => {
    // Thursday 2026-03-05; 16 h = 4 working days: Thu, Fri, Mon, Tue 03-10; current date Fri 03-06 → 4 days later
    const r = proposeDeliveryDate({
      from: "2026-03-05",
      currentDeliveryDate: "2026-03-06",
      remainingHours: 4,
      addedHours: 12,
      team,
    });
    expect(r).toEqual({ proposedDeliveryDate: "2026-03-10", scheduleImpactDays: 4, workingDaysNeeded: 4 });
  });
  it("starts on the next Monday when asked on a weekend, and counts whole weeks", () => {
    // Saturday 2026-03-07; 40 h = 10 working days: Mon 03-09 … Fri 03-20
    const r = proposeDeliveryDate({
      from: "2026-03-07",
      currentDeliveryDate: "2026-03-07",
      remainingHours: 0,
      addedHours: 40,
      team,
    });
    expect(r.proposedDeliveryDate).toBe("2026-03-20");
    expect(r.workingDaysNeeded).toBe(10);
  });
  it("rounds a partial day up", () => {
    const r = proposeDeliveryDate({
      from: "2026-03-02",
      currentDeliveryDate: "2026-03-02",
      remainingHours: 0,
      addedHours: 4.25,
      team,
    });
    expect(r).toMatchObject({ proposedDeliveryDate: "2026-03-03", workingDaysNeeded: 2, scheduleImpactDays: 1 });
  });
  it("charges only the change order's delay when the team is already late", () => {
    // remaining 20 h = 5 days: Mon 03-02 … Fri 03-06 (after the current 03-04); + 8 h → Tue 03-10: 4 calendar days
    const r = proposeDeliveryDate({
      from: "2026-03-02",
      currentDeliveryDate: "2026-03-04",
      remainingHours: 20,
      addedHours: 8,
      team,
    });
    expect(r).toEqual({ proposedDeliveryDate: "2026-03-10", scheduleImpactDays: 4, workingDaysNeeded: 7 });
  });
  it("refuses negative hours, no capacity and bad dates", () => {
    const base = { from: "2026-03-02", currentDeliveryDate: "2026-03-20", remainingHours: 1, addedHours: 1, team };
    for (const input of [
      { ...base, addedHours: -1 },
      { ...base, team: [] },
      { ...base, team: [{ memberId: "a", weeklyAvailableHours: -5 }] },
      { ...base, from: "2026-02-30" },
    ]) {
      expect(() => proposeDeliveryDate(input)).toThrow(expect.objectContaining({ code: "validation" }));
    }
    expect(proposeDeliveryDate({ ...base, remainingHours: 0, addedHours: 0, team: [] }).scheduleImpactDays).toBe(0);
  });
});
