import { describe, expect, it } from "vitest";
import { buildOfferContent } from "../offer/build-offer-content.ts";
import type { Deliverable, Pricing } from "../offer/offer-content.ts";
import { agreedHourlyRate, isHourUnit } from "./agreed-rate.ts";

function deliverable(id: string, over: Partial<Deliverable>): Deliverable {
  return {
    id,
    position: Number(id.replace(/\D/g, "")) || 0,
    title: id,
    description: "",
    quantity: 1_000,
    unit: "forfait",
    price: { kind: "fixed", amount: 10_000 },
    ...over,
  };
}

const content = (pricing: Pricing, deliverables: Deliverable[]) => buildOfferContent({ pricing, deliverables });

describe("agreedHourlyRate", () => {
  it("is the unit price of the deliverables priced by the hour when they share one rate (h, heure, heures)", () => {
    const c = content({ model: "hourly" }, [
      deliverable("d1", { unit: "h", quantity: 10_000, price: { kind: "unit", unitPrice: 9_500 } }),
      deliverable("d2", { unit: "heure", quantity: 1_500, price: { kind: "unit", unitPrice: 9_500 } }),
      deliverable("d3", { unit: "Heures.", quantity: 4_000, price: { kind: "unit", unitPrice: 9_500 } }),
      // A fixed-price line beside them does not change the hourly rate.
      deliverable("d4", { unit: "forfait", price: { kind: "fixed", amount: 30_000 }, estimatedHours: 1 }),
    ]);
    expect(agreedHourlyRate(c)).toBe(9_500);
  });

  it("applies to a capped offer too", () => {
    const c = content({ model: "capped", capAmount: 80_000 }, [
      deliverable("d1", { unit: "hrs", quantity: 10_000, price: { kind: "unit", unitPrice: 9_500 } }),
    ]);
    expect(agreedHourlyRate(c)).toBe(9_500);
  });

  it("falls back to the total over the estimated hours when the hourly rates differ: 1 550 $ / 15 h → 103,33 $", () => {
    const c = content({ model: "hourly" }, [
      // 10 h × 95 $ = 950 $ and 5 h × 120 $ = 600 $: 155 000 / 15 = 10 333,3 → 10 333.
      deliverable("d1", { unit: "h", quantity: 10_000, price: { kind: "unit", unitPrice: 9_500 }, estimatedHours: 10 }),
      deliverable("d2", {
        unit: "heures",
        quantity: 5_000,
        price: { kind: "unit", unitPrice: 12_000 },
        estimatedHours: 5,
      }),
    ]);
    expect(agreedHourlyRate(c)).toBe(10_333);
  });

  it("falls back to the total over the estimated hours when nothing is priced by the hour: 1 000 $ / 8 h = 125 $", () => {
    const c = content({ model: "hourly" }, [
      deliverable("d1", { price: { kind: "fixed", amount: 60_000 }, estimatedHours: 5 }),
      deliverable("d2", {
        unit: "page",
        quantity: 2_000,
        price: { kind: "unit", unitPrice: 20_000 },
        estimatedHours: 3,
      }),
    ]);
    expect(agreedHourlyRate(c)).toBe(12_500);
  });

  it("is undefined when the offer states neither a rate nor estimated hours", () => {
    const c = content({ model: "hourly" }, [deliverable("d1", { price: { kind: "fixed", amount: 60_000 } })]);
    expect(agreedHourlyRate(c)).toBeUndefined();
  });

  it("is undefined for a fixed price, whatever its lines say", () => {
    const c = content({ model: "fixed" }, [
      deliverable("d1", { unit: "h", quantity: 10_000, price: { kind: "unit", unitPrice: 9_500 }, estimatedHours: 10 }),
    ]);
    expect(agreedHourlyRate(c)).toBeUndefined();
  });
});

describe("isHourUnit", () => {
  it.each(["h", "H", " hr ", "hrs", "hour", "hours", "heure", "heures", "hre", "hres", "h."])("%j means hours", (u) => {
    expect(isHourUnit(u)).toBe(true);
  });
  it.each(["page", "forfait", "jour", "hébergement", "month"])("%j does not", (u) => {
    expect(isHourUnit(u)).toBe(false);
  });
});
