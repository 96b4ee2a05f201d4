import { describe, expect, it } from "vitest";
import { buildChangeOrderContent } from "./build-change-order-content.ts";
import { changeOrderItemAmount, changeOrderTotals, delayForDeliveryDate, lacksRate } from "./change-order-totals.ts";

describe("change-order totals", () => {
  it("prices hours × rate rounded half-up per item, or a fixed amount", () => {
    expect(changeOrderItemAmount({ hours: 1.25, price: { kind: "hourly", hourlyRate: 8_500 } })).toBe(10_625);
    expect(changeOrderItemAmount({ hours: 0.33, price: { kind: "hourly", hourlyRate: 8_550 } })).toBe(2_822); // 28.215 → 28.22
    expect(changeOrderItemAmount({ hours: 0.1, price: { kind: "hourly", hourlyRate: 5 } })).toBe(1); // 0.5 → 1
    expect(changeOrderItemAmount({ hours: 3, price: { kind: "fixed", amount: 25_000 } })).toBe(25_000);
  });
  it("sums rounded items", () => {
    expect(changeOrderTotals(buildChangeOrderContent())).toEqual({
      currency: "CAD",
      lines: [
        { itemId: "coi-1", amount: 10_625 },
        { itemId: "coi-2", amount: 25_000 },
      ],
      total: 35_625,
      hours: 4.25,
    });
  });
  it("flags an hourly line without a rate, never a fixed one", () => {
    expect(lacksRate({ price: { kind: "hourly", hourlyRate: 0 } })).toBe(true);
    expect(lacksRate({ price: { kind: "hourly", hourlyRate: 9_500 } })).toBe(false);
    expect(lacksRate({ price: { kind: "fixed", amount: 0 } })).toBe(false);
  });
});

describe("delay when the proposed date is moved", () => {
  const proposal = { proposedDeliveryDate: "2026-12-24", scheduleImpactDays: 4 }; // counted from 2026-12-20
  it("keeps the date it was counted from", () => {
    expect(delayForDeliveryDate(proposal, "2026-12-24")).toBe(4);
    expect(delayForDeliveryDate(proposal, "2026-12-30")).toBe(10);
    expect(delayForDeliveryDate(proposal, "2027-01-08")).toBe(19);
    expect(delayForDeliveryDate(proposal, "2026-12-21")).toBe(1);
  });
  it("is never negative", () => {
    expect(delayForDeliveryDate(proposal, "2026-12-20")).toBe(0);
    expect(delayForDeliveryDate(proposal, "2026-12-01")).toBe(0);
    expect(delayForDeliveryDate({ proposedDeliveryDate: "2026-12-20", scheduleImpactDays: 0 }, "2027-01-08")).toBe(19);
  });
});
