import { describe, expect, it } from "vitest";
import { OFFER_STATUSES } from "./offer.ts";
import { offerStatusLabel } from "./offer-status-label.ts";

describe("offer status labels", () => {
  it("has a French and an English label for every status", () => {
    for (const s of OFFER_STATUSES) {
      expect(offerStatusLabel(s, "fr").length).toBeGreaterThan(0);
      expect(offerStatusLabel(s, "en").length).toBeGreaterThan(0);
    }
    expect(offerStatusLabel("signed", "fr")).toBe("Signée");
    expect(offerStatusLabel("cancelled", "en")).toBe("Cancelled");
  });
});
