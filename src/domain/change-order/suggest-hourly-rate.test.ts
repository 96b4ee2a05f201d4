import { describe, expect, it } from "vitest";
import type { Deliverable, OfferContent } from "../offer/offer-content.ts";
import { suggestHourlyRate } from "./suggest-hourly-rate.ts";

const line = (unit: string, unitPrice: number, quantity = 10_000): Deliverable => ({
  id: `d-${unit}-${unitPrice}`,
  position: 0,
  title: "Travail",
  description: "",
  quantity,
  unit,
  price: { kind: "unit", unitPrice },
  estimatedHours: 10,
});

function offer(pricing: OfferContent["pricing"], deliverables: Deliverable[]) {
  return { pricing, deliverables, depositBps: 0, currency: "CAD" as const };
}

describe("the rate suggested for a change order's hours", () => {
  it("is the agreed rate of an hourly or capped offer priced by the hour", () => {
    for (const pricing of [{ model: "hourly" as const }, { model: "capped" as const, capAmount: 500_000 }]) {
      expect(suggestHourlyRate({ offer: offer(pricing, [line("heure", 8_500)]), targetHourlyRate: 12_000 })).toEqual({
        hourlyRate: 8_500,
        source: "offer",
      });
    }
    expect(
      suggestHourlyRate({ offer: offer({ model: "hourly" }, [line("Hours", 9_000)]), targetHourlyRate: 0 }),
    ).toEqual({ hourlyRate: 9_000, source: "offer" });
  });
  it("is the workspace's target for a fixed price, or an offer with no deliverable priced by the hour", () => {
    const fixed = offer({ model: "fixed" }, [line("heure", 8_500)]);
    expect(suggestHourlyRate({ offer: fixed, targetHourlyRate: 12_000 })).toEqual({
      hourlyRate: 12_000,
      source: "workspace",
    });
    const pages = offer({ model: "hourly" }, [line("page", 15_000)]);
    expect(suggestHourlyRate({ offer: pages, targetHourlyRate: 9_500 })).toEqual({
      hourlyRate: 9_500,
      source: "workspace",
    });
  });
  it("is 0 from the workspace when nothing gives a rate (the UI says so)", () => {
    const free = offer({ model: "hourly" }, [line("heure", 0)]);
    expect(suggestHourlyRate({ offer: free, targetHourlyRate: 0 })).toEqual({ hourlyRate: 0, source: "workspace" });
  });
});
