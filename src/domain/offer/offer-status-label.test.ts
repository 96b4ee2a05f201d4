import { describe, expect, it } from "vitest";
import { OFFER_STATUSES } from "./offer.ts";
import { contractKindLabel, offerStatusLabel, pricingModelLabel } from "./offer-status-label.ts";

describe("offer labels", () => {
  it("has a distinct French and English label for every status", () => {
    for (const s of OFFER_STATUSES) expect(offerStatusLabel(s, "fr")).not.toBe(offerStatusLabel(s, "en"));
    expect(offerStatusLabel("signed", "fr")).toBe("Signée");
    expect(offerStatusLabel("cancelled", "en")).toBe("Cancelled");
  });
  it("names pricing models and contract kinds in both languages", () => {
    for (const m of ["fixed", "hourly", "capped"] as const) {
      expect(pricingModelLabel(m, "fr")).not.toBe(pricingModelLabel(m, "en"));
    }
    expect(pricingModelLabel("fixed", "fr")).toBe("Prix forfaitaire");
    for (const k of ["enterprise", "service", "mixed"] as const) {
      expect(contractKindLabel(k, "fr")).not.toBe(contractKindLabel(k, "en"));
    }
    expect(contractKindLabel("service", "fr")).toBe("Contrat de service");
  });
});
