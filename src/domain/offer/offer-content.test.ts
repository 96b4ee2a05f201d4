import { describe, expect, it } from "vitest";
import { buildOfferContent } from "./build-offer-content.ts";
import { OfferContentSchema, sortedDeliverables } from "./offer-content.ts";
import { parseOfferContent } from "./parse-offer-content.ts";

describe("offer content", () => {
  it("accepts a complete offer", () => {
    expect(OfferContentSchema.safeParse(buildOfferContent()).success).toBe(true);
  });
  it("refuses a delivery date before the start date", () => {
    const r = OfferContentSchema.safeParse(buildOfferContent({ startDate: "2026-03-20", deliveryDate: "2026-03-02" }));
    expect(r.success).toBe(false);
  });
  it("refuses impossible dates, float money, rates above 100 % and hours with three decimals", () => {
    const base = buildOfferContent();
    expect(OfferContentSchema.safeParse({ ...base, startDate: "2026-02-30" }).success).toBe(false);
    expect(OfferContentSchema.safeParse({ ...base, depositBps: 10_001 }).success).toBe(false);
    const d = base.deliverables[0]!;
    const withFloat = { ...base, deliverables: [{ ...d, price: { kind: "unit", unitPrice: 12.5 } }] };
    expect(OfferContentSchema.safeParse(withFloat).success).toBe(false);
    const withHours = { ...base, deliverables: [{ ...d, estimatedHours: 1.255 }] };
    expect(OfferContentSchema.safeParse(withHours).success).toBe(false);
    expect(OfferContentSchema.safeParse({ ...base, deliverables: [{ ...d, estimatedHours: 1.25 }] }).success).toBe(
      true,
    );
  });
  it("refuses an id used twice among deliverables, exclusions and assumptions", () => {
    const base = buildOfferContent();
    const r = OfferContentSchema.safeParse({ ...base, exclusions: [{ id: "d1", text: "x" }] });
    expect(r.success).toBe(false);
  });
  it("throws a validation DomainError naming the field", () => {
    try {
      parseOfferContent({ ...buildOfferContent(), title: "  " });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: "validation", details: { fields: [{ path: "title" }] } });
    }
  });
  it("sorts deliverables by position without mutating", () => {
    const base = buildOfferContent();
    const swapped = base.deliverables.map((d) => ({ ...d, position: 1 - d.position }));
    expect(sortedDeliverables({ deliverables: swapped }).map((d) => d.id)).toEqual(["d2", "d1"]);
    expect(swapped.map((d) => d.id)).toEqual(["d1", "d2"]);
  });
});
