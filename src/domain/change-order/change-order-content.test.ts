import { describe, expect, it } from "vitest";
import { buildChangeOrderContent } from "./build-change-order-content.ts";
import { ChangeOrderContentSchema } from "./change-order-content.ts";

describe("change-order content", () => {
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
