import { describe, expect, it } from "vitest";
import { agreedHourlyRate, isHourUnit } from "./agreed-hourly-rate.ts";
import type { Deliverable } from "./offer-content.ts";

function deliverable(overrides: Partial<Deliverable>): Deliverable {
  return {
    id: `d-${overrides.position ?? 0}`,
    position: 0,
    title: "Travail",
    description: "",
    quantity: 1_000,
    unit: "forfait",
    price: { kind: "fixed", amount: 100_000 },
    ...overrides,
  };
}

const hours = (position: number, quantity: number, unitPrice: number, unit = "heure") =>
  deliverable({ position, quantity, unit, price: { kind: "unit", unitPrice } });

describe("the offer's agreed hourly rate", () => {
  it("reads hour units in French and English", () => {
    for (const unit of ["heure", "Heures", "h", "h.", "hour", "Hours", "hr"]) expect(isHourUnit(unit)).toBe(true);
    for (const unit of ["page", "forfait", "jour", "heure-personne"]) expect(isHourUnit(unit)).toBe(false);
  });
  it("is the unit price of the hour-priced deliverable with the most hours, for hourly and capped offers", () => {
    const deliverables = [deliverable({ position: 0 }), hours(1, 10_000, 9_500), hours(2, 40_000, 8_500)];
    expect(agreedHourlyRate({ pricing: { model: "hourly" }, deliverables })).toBe(8_500);
    expect(agreedHourlyRate({ pricing: { model: "capped", capAmount: 500_000 }, deliverables })).toBe(8_500);
    const tie = [hours(3, 10_000, 9_000), hours(1, 10_000, 9_500)];
    expect(agreedHourlyRate({ pricing: { model: "hourly" }, deliverables: tie })).toBe(9_500);
  });
  it("is none for a fixed price, or without an hour-priced deliverable", () => {
    expect(agreedHourlyRate({ pricing: { model: "fixed" }, deliverables: [hours(0, 2_000, 9_500)] })).toBeUndefined();
    const pages = [deliverable({ unit: "page", price: { kind: "unit", unitPrice: 15_000 } })];
    expect(agreedHourlyRate({ pricing: { model: "hourly" }, deliverables: pages })).toBeUndefined();
    const fixedHours = [deliverable({ unit: "heure", price: { kind: "fixed", amount: 50_000 } })];
    expect(agreedHourlyRate({ pricing: { model: "hourly" }, deliverables: fixedHours })).toBeUndefined();
  });
});
