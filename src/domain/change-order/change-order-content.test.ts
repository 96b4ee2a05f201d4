import { describe, expect, it } from "vitest";
import { buildChangeOrderContent } from "./build-change-order-content.ts";
import { ChangeOrderContentSchema, changeOrderItemAmount, changeOrderTotals } from "./change-order-content.ts";

describe("change-order content", () => {
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
  it("requires a reason, a requester, at least one item and distinct item ids", () => {
    const base = buildChangeOrderContent();
    expect(ChangeOrderContentSchema.safeParse(base).success).toBe(true);
    expect(ChangeOrderContentSchema.safeParse({ ...base, reason: " " }).success).toBe(false);
    expect(ChangeOrderContentSchema.safeParse({ ...base, requester: "" }).success).toBe(false);
    expect(ChangeOrderContentSchema.safeParse({ ...base, items: [] }).success).toBe(false);
    const twice = { ...base, items: [base.items[0]!, { ...base.items[1]!, id: "coi-1" }] };
    expect(ChangeOrderContentSchema.safeParse(twice).success).toBe(false);
    expect(ChangeOrderContentSchema.safeParse({ ...base, scheduleImpactDays: -1 }).success).toBe(false);
  });
});
