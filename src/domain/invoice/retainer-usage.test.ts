import { describe, expect, it } from "vitest";
import { retainerLine, retainerUsage } from "./retainer-usage.ts";

describe("retainer usage", () => {
  const terms = { minutesPerPeriod: 1200, hourlyRate: 9500 };
  it("shows what remains while under the included hours", () => {
    expect(retainerUsage(terms, 450, "CAD")).toEqual({
      includedMinutes: 1200,
      usedMinutes: 450,
      remainingMinutes: 750,
      overageMinutes: 0,
      overageAmount: { amount: 0, currency: "CAD" },
      percentUsed: 38,
    });
  });
  it("values the overage at the hourly rate, half-up to the cent", () => {
    const u = retainerUsage({ minutesPerPeriod: 60, hourlyRate: 9999 }, 61, "EUR");
    expect(u).toMatchObject({ remainingMinutes: 0, overageMinutes: 1, percentUsed: 102 });
    expect(u.overageAmount).toEqual({ amount: 167, currency: "EUR" }); // 99.99 / 60 = 1.6665
  });
  it("bills the included hours as one line", () => {
    expect(retainerLine({ minutesPerPeriod: 1230, hourlyRate: 9500 }, "fr")).toEqual({
      description: "Forfait mensuel d'heures",
      quantityMilli: 20_500,
      unitPrice: 9500,
      unit: "h",
    });
  });
});
