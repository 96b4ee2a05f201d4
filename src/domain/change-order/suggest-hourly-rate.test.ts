import { describe, expect, it } from "vitest";
import type { Deliverable } from "../offer/offer-content.ts";
import { suggestHourlyRate } from "./suggest-hourly-rate.ts";

const hours = (quantity: number, unitPrice: number): Deliverable => ({
  id: `d-${quantity}`,
  position: 0,
  title: "Heures de développement",
  description: "",
  quantity,
  unit: "heure",
  price: { kind: "unit", unitPrice },
});

describe("the rate suggested for a change order's hours", () => {
  it("is the agreed rate when the offer has one, else the workspace's target rate", () => {
    const hourly = { pricing: { model: "hourly" as const }, deliverables: [hours(10_000, 9_500)] };
    expect(suggestHourlyRate({ offer: hourly, targetHourlyRate: 12_000 })).toEqual({
      hourlyRate: 9_500,
      source: "offer",
    });
    const fixed = { pricing: { model: "fixed" as const }, deliverables: [hours(10_000, 9_500)] };
    expect(suggestHourlyRate({ offer: fixed, targetHourlyRate: 12_000 })).toEqual({
      hourlyRate: 12_000,
      source: "workspace",
    });
  });
  it("is 0 from the workspace when nothing gives a rate (the UI says so)", () => {
    const free = { pricing: { model: "hourly" as const }, deliverables: [hours(10_000, 0)] };
    expect(suggestHourlyRate({ offer: free, targetHourlyRate: 0 })).toEqual({ hourlyRate: 0, source: "workspace" });
  });
});
