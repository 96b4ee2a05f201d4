import { describe, expect, it } from "vitest";
import { CRIMINAL_RATE_CAPS, ECB_REFI_RATES, FR_LEGAL_RATES_PROFESSIONAL, halfYearOf } from "./interest-rate-table.ts";

describe("interest rate tables", () => {
  it("half-years run January-June and July-December", () => {
    expect(halfYearOf("2025-06-30")).toBe("2025-H1");
    expect(halfYearOf("2025-07-01")).toBe("2025-H2");
  });
  it("ECB and legal rates: one row per half-year, with a source", () => {
    for (const table of [ECB_REFI_RATES, FR_LEGAL_RATES_PROFESSIONAL]) {
      const keys = table.map((r) => r.halfYear);
      expect(new Set(keys).size).toBe(keys.length);
      for (const r of table) {
        expect(Number.isInteger(r.ratePpm)).toBe(true);
        expect(r.source.url).toMatch(/^https:\/\//);
      }
    }
  });
  it("criminal-rate caps are contiguous and dated", () => {
    const [old, current] = CRIMINAL_RATE_CAPS;
    expect(old?.effectiveTo).toBe("2024-12-31");
    expect(current?.effectiveFrom).toBe("2025-01-01");
    expect(current?.ratePpm).toBe(350_000);
  });
});
