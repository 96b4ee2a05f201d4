import { describe, expect, it } from "vitest";
import { buildOfferContent } from "./build-offer-content.ts";
import type { Deliverable } from "./offer-content.ts";
import { deliverableAmount, offerTotals } from "./offer-totals.ts";

const line = (quantity: number, unitPrice: number): Pick<Deliverable, "quantity" | "price"> => ({
  quantity,
  price: { kind: "unit", unitPrice },
});

describe("offer totals", () => {
  it("rounds each line half-up to the cent", () => {
    expect(deliverableAmount(line(1_333, 8_500))).toBe(11_331); // 113.305 → 113.31
    expect(deliverableAmount(line(1_001, 1))).toBe(1); // 0.001 → 0
    expect(deliverableAmount(line(500, 1))).toBe(1); // 0.5 → 1
    expect(deliverableAmount(line(1_500, 3_333))).toBe(5_000); // 49.995 → 50.00
    expect(deliverableAmount({ quantity: 3_000, price: { kind: "fixed", amount: 30_000 } })).toBe(30_000);
  });
  it("sums rounded lines, not the exact products", () => {
    const deliverables = buildOfferContent().deliverables.slice(0, 1);
    const two = [
      { ...deliverables[0]!, id: "a", position: 0, ...line(1_500, 3_333) },
      { ...deliverables[0]!, id: "b", position: 1, ...line(1_500, 3_333) },
    ];
    // exact: 2 × 49.995 = 99.99; per line half-up: 50.00 + 50.00 = 100.00
    expect(offerTotals(buildOfferContent({ deliverables: two })).total).toBe(10_000);
  });
  it("computes a fixed price with a 30 % deposit", () => {
    const t = offerTotals(buildOfferContent());
    expect(t.lines).toEqual([
      { deliverableId: "d1", amount: 100_000 },
      { deliverableId: "d2", amount: 30_000 },
    ]);
    expect(t).toMatchObject({ subtotal: 130_000, total: 130_000, isEstimate: false, depositAmount: 39_000 });
    expect(t.estimatedHours).toBe(14.5);
  });
  it("rounds the deposit half-up", () => {
    const content = buildOfferContent({ depositBps: 3_333 }); // 1300.00 × 33.33 % = 433.29
    expect(offerTotals(content).depositAmount).toBe(43_329);
    const odd = buildOfferContent({
      depositBps: 2_500,
      deliverables: [{ ...content.deliverables[1]!, price: { kind: "fixed", amount: 10_001 } }],
    });
    expect(offerTotals(odd).depositAmount).toBe(2_500); // 25.0025 → 25.00
    const half = buildOfferContent({
      depositBps: 5_000,
      deliverables: [{ ...content.deliverables[1]!, price: { kind: "fixed", amount: 10_001 } }],
    });
    expect(offerTotals(half).depositAmount).toBe(5_001); // 50.005 → 50.01
  });
  it("caps a capped offer and marks it as an estimate", () => {
    const capped = offerTotals(buildOfferContent({ pricing: { model: "capped", capAmount: 120_000 } }));
    expect(capped).toMatchObject({ subtotal: 130_000, capAmount: 120_000, total: 120_000, isEstimate: true });
    expect(capped.depositAmount).toBe(36_000);
    const under = offerTotals(buildOfferContent({ pricing: { model: "capped", capAmount: 200_000 } }));
    expect(under.total).toBe(130_000);
  });
  it("marks an hourly offer as an estimate without a cap", () => {
    const t = offerTotals(buildOfferContent({ pricing: { model: "hourly" } }));
    expect(t).toMatchObject({ total: 130_000, isEstimate: true, capAmount: undefined });
  });
  it("gives zero for an offer without deliverables", () => {
    expect(offerTotals(buildOfferContent({ deliverables: [] })).total).toBe(0);
  });
});
