import { describe, expect, it } from "vitest";
import { addMonths, monthsEnding } from "./calendar-date.ts";
import { formatDate, formatMoney } from "./localized.ts";

describe("calendar months", () => {
  it("adds months, clamping to the month's last day", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-15", -12)).toBe("2025-11-15");
    expect(addMonths("2026-10-22", 18)).toBe("2028-04-22");
  });

  it("lists the months ending with a date across a year boundary, with their first and last days", () => {
    expect(monthsEnding({ asOf: "2027-01-10", count: 2 })).toEqual([
      { key: "2026-12", from: "2026-12-01", to: "2026-12-31" },
      { key: "2027-01", from: "2027-01-01", to: "2027-01-31" },
    ]);
  });

  it("refuses impossible dates", () => {
    expect(() => addMonths("2026-02-30", 1)).toThrowError(expect.objectContaining({ code: "validation" }));
  });
});

describe("fr-CA / en-CA formatting with Intl", () => {
  it("formats money and dates, with « 1er » for the first of the month in French", () => {
    expect(formatMoney({ amount: 183_960, currency: "CAD" }, "fr")).toBe("1\u00a0839,60\u00a0$");
    expect(formatMoney({ amount: 183_960, currency: "CAD" }, "en")).toBe("$1,839.60");
    expect(formatMoney({ amount: 183_960, currency: "EUR" }, "fr")).toBe("1\u00a0839,60\u00a0€");
    expect(formatDate("2026-11-04", "fr")).toBe("4 novembre 2026");
    expect(formatDate("2026-11-04", "en")).toBe("November 4, 2026");
    expect(formatDate("2026-10-01", "fr")).toBe("1er octobre 2026");
    expect(formatDate("2026-10-01", "en")).toBe("October 1, 2026");
  });
});
