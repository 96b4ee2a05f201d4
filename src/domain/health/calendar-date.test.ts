import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, monthsEnding } from "./calendar-date.ts";
import { formatDate, formatMoney } from "./localized.ts";

describe("calendar dates", () => {
  it("counts days across month and leap-year boundaries", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-11-15", -12)).toBe("2025-11-15");
  });

  it("lists the months ending with a date across a year boundary", () => {
    expect(monthsEnding({ asOf: "2027-01-10", count: 2 }).map((m) => m.key)).toEqual(["2026-12", "2027-01"]);
  });

  it("refuses impossible dates", () => {
    expect(() => daysBetween("2026-02-30", "2026-03-01")).toThrowError(expect.objectContaining({ code: "validation" }));
  });

  it("formats money and dates for fr-CA and en-CA with Intl", () => {
    expect(formatMoney({ amount: 183_960, currency: "CAD" }, "fr")).toBe("1\u00a0839,60\u00a0$");
    expect(formatMoney({ amount: 183_960, currency: "CAD" }, "en")).toBe("$1,839.60");
    expect(formatDate("2026-11-04", "fr")).toBe("4 novembre 2026");
    expect(formatDate("2026-11-04", "en")).toBe("November 4, 2026");
    expect(formatDate("2026-10-01", "fr")).toBe("1er octobre 2026");
    expect(formatDate("2026-10-01", "en")).toBe("October 1, 2026");
  });
});
