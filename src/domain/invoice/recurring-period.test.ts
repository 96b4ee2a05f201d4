import { describe, expect, it } from "vitest";
import {
  checkRecurrenceRule,
  firstPeriodFrom,
  periodContaining,
  periodLabel,
  periodStart,
  periodsDue,
  recurringPeriod,
} from "./recurring-period.ts";

describe("recurring periods", () => {
  it("keeps a January 31 monthly anchor on each month's last day, leap years included, without drifting", () => {
    const rule = { anchor: "2027-01-31", frequency: "monthly" } as const;
    expect([0, 1, 2, 3, 4].map((i) => periodStart(rule, i))).toEqual([
      "2027-01-31",
      "2027-02-28",
      "2027-03-31",
      "2027-04-30",
      "2027-05-31",
    ]);
    expect(periodStart({ anchor: "2028-01-31", frequency: "monthly" }, 1)).toBe("2028-02-29");
    expect(recurringPeriod(rule, 1)).toEqual({ index: 1, start: "2027-02-28", end: "2027-03-30" });
    expect(recurringPeriod({ anchor: "2028-01-31", frequency: "monthly" }, 0).end).toBe("2028-02-28");
  });

  it("gives a calendar month from the first of the month", () => {
    const rule = { anchor: "2027-01-01", frequency: "monthly" } as const;
    expect(recurringPeriod(rule, 0)).toEqual({ index: 0, start: "2027-01-01", end: "2027-01-31" });
    expect(recurringPeriod(rule, 1)).toEqual({ index: 1, start: "2027-02-01", end: "2027-02-28" });
    expect(recurringPeriod(rule, 11)).toEqual({ index: 11, start: "2027-12-01", end: "2027-12-31" });
    expect(recurringPeriod({ anchor: "2028-02-01", frequency: "monthly" }, 0).end).toBe("2028-02-29");
  });

  it("steps weeks, quarters and years; February 29 yearly falls on February 28 in common years", () => {
    expect(recurringPeriod({ anchor: "2026-12-28", frequency: "weekly" }, 1)).toEqual({
      index: 1,
      start: "2027-01-04",
      end: "2027-01-10",
    });
    expect(recurringPeriod({ anchor: "2026-11-30", frequency: "quarterly" }, 1)).toEqual({
      index: 1,
      start: "2027-02-28",
      end: "2027-05-29",
    });
    const leap = { anchor: "2028-02-29", frequency: "yearly" } as const;
    expect([0, 1, 4].map((i) => periodStart(leap, i))).toEqual(["2028-02-29", "2029-02-28", "2032-02-29"]);
  });

  it("lists every missed period once after a downtime, none after the end date", () => {
    const rule = { anchor: "2027-01-15", frequency: "monthly", endDate: "2027-04-15" } as const;
    expect(periodsDue(rule, { fromIndex: 0, today: "2027-03-20" }).map((p) => p.start)).toEqual([
      "2027-01-15",
      "2027-02-15",
      "2027-03-15",
    ]);
    expect(periodsDue(rule, { fromIndex: 2, today: "2027-12-31" }).map((p) => p.start)).toEqual([
      "2027-03-15",
      "2027-04-15",
    ]);
    expect(periodsDue(rule, { fromIndex: 0, today: "2027-01-14" })).toEqual([]);
    expect(periodsDue(rule, { fromIndex: 0, today: "2027-12-31", limit: 2 })).toHaveLength(2);
  });

  it("finds the first period on or after a date and the one containing it", () => {
    const rule = { anchor: "2027-01-31", frequency: "monthly" } as const;
    expect(firstPeriodFrom(rule, "2026-05-01")).toBe(0);
    expect(firstPeriodFrom(rule, "2027-01-31")).toBe(0);
    expect(firstPeriodFrom(rule, "2027-02-01")).toBe(1);
    expect(firstPeriodFrom(rule, "2027-03-01")).toBe(2);
    expect(firstPeriodFrom(rule, "2031-07-31")).toBe(54);
    expect(firstPeriodFrom({ anchor: "2027-01-04", frequency: "weekly" }, "2027-01-12")).toBe(2);
    expect(periodContaining(rule, "2027-03-15")).toEqual({ index: 1, start: "2027-02-28", end: "2027-03-30" });
    expect(periodContaining(rule, "2027-01-30")).toBeUndefined();
  });

  it("prints the period in the client's language", () => {
    expect(periodLabel({ start: "2027-01-01", end: "2027-01-31" }, "fr")).toBe("Période du 1er au 31 janvier 2027");
    expect(periodLabel({ start: "2027-01-01", end: "2027-01-31" }, "en")).toBe("Period: January 1–31, 2027");
    expect(periodLabel({ start: "2027-01-31", end: "2027-02-27" }, "fr")).toBe(
      "Période du 31 janvier au 27 février 2027",
    );
    expect(periodLabel({ start: "2027-01-31", end: "2027-02-27" }, "en")).toBe(
      "Period: January 31 – February 27, 2027",
    );
    expect(periodLabel({ start: "2026-12-15", end: "2027-01-14" }, "fr")).toBe(
      "Période du 15 décembre 2026 au 14 janvier 2027",
    );
    expect(periodLabel({ start: "2026-12-15", end: "2027-01-14" }, "en")).toBe(
      "Period: December 15, 2026 – January 14, 2027",
    );
  });

  it("names the fields of a bad rule", () => {
    expect(checkRecurrenceRule({ anchor: "2027-02-30", frequency: "monthly" }).map((i) => i.path)).toEqual([
      "anchorDate",
    ]);
    expect(checkRecurrenceRule({ anchor: "2027-02-01", frequency: "daily", endDate: "2027-01-01" })).toEqual([
      expect.objectContaining({ path: "frequency" }),
      expect.objectContaining({ path: "endDate", issue: "before_anchor" }),
    ]);
  });
});
