import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatMoney, minorUnitsPerMajor } from "./use-format.ts";

const nbsp = /[\u00a0\u202f]/g;

describe("formatMoney", () => {
  it("writes Québec French amounts with spaces and a trailing dollar sign", () => {
    expect(formatMoney(1234567, "CAD", "fr-CA").replace(nbsp, " ")).toBe("12 345,67 $");
  });

  it("writes Canadian English amounts with a leading dollar sign", () => {
    expect(formatMoney(1234567, "CAD", "en-CA")).toBe("$12,345.67");
  });

  it("reads integer minor units of a two-decimal currency", () => {
    expect(minorUnitsPerMajor("EUR")).toBe(100);
    expect(formatMoney(5, "EUR", "en-CA")).toBe("€0.05");
  });
});

describe("formatCalendarDate", () => {
  it("does not shift a calendar date across time zones", () => {
    expect(formatCalendarDate("2026-01-01", "en-CA")).toContain("2026");
    expect(formatCalendarDate("2026-01-01", "en-CA")).toContain("1");
  });
});
