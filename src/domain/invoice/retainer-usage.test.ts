import { describe, expect, it } from "vitest";
import { retainerCoveredDetail, retainerLine, retainerOverageLine, retainerUsage } from "./retainer-usage.ts";

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
  it("bills the overage in hours at the rate when exact, else as its half-up amount, in the client's language", () => {
    const exact = retainerUsage(terms, 1350, "CAD"); // 2 h 30 over
    expect(retainerOverageLine(terms, exact, "en")).toEqual({
      description: "Overage: 2.5 h at $95.00",
      quantityMilli: 2500,
      unitPrice: 9500,
      unit: "h",
    });
    const odd = retainerUsage(terms, 1300, "CAD"); // 100 min: 158.333… → 158.33
    const line = retainerOverageLine(terms, odd, "fr");
    expect(line).toMatchObject({ quantityMilli: 1000, unitPrice: 15_833 });
    expect(line?.description).toMatch(/^Dépassement : 1,67 h à 95,00\s\$$/);
    expect(retainerOverageLine(terms, retainerUsage(terms, 1200, "CAD"), "fr")).toBeUndefined();
    expect(retainerCoveredDetail(odd, "Period: March 1–31, 2027", "en")).toBe(
      "Period: March 1–31, 2027: 21.67 h worked, 20 h covered by the retainer",
    );
  });
});
