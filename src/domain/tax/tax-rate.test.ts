import { describe, expect, it } from "vitest";
import { findTaxRate, formatRate, getTaxRate, overlappingRates, taxLabel } from "./tax-rate.ts";
import { TAX_RATE_TABLE } from "./tax-rate-table.ts";

describe("tax rate table", () => {
  it("has unique ids, integer ppm rates, valid dates and a source on every row", () => {
    expect(new Set(TAX_RATE_TABLE.map((r) => r.id)).size).toBe(TAX_RATE_TABLE.length);
    for (const row of TAX_RATE_TABLE) {
      expect(Number.isInteger(row.ratePpm) && row.ratePpm >= 0 && row.ratePpm < 1_000_000).toBe(true);
      expect(row.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (row.effectiveTo) expect(row.effectiveTo >= row.effectiveFrom).toBe(true);
      expect(row.source.title.length).toBeGreaterThan(5);
      expect(row.source.url).toMatch(/^https:\/\//);
    }
  });
  it("has no overlapping rows for the same tax", () => {
    expect(overlappingRates(TAX_RATE_TABLE)).toEqual([]);
    const twin = { ...TAX_RATE_TABLE[0]!, id: "twin" };
    expect(overlappingRates([TAX_RATE_TABLE[0]!, twin])).toHaveLength(1);
    expect(() =>
      findTaxRate({ jurisdiction: "CA", taxCode: "GST", date: "2026-01-01", table: [TAX_RATE_TABLE[0]!, twin] }),
    ).toThrow(/overlapping/);
  });
  it("switches Nova Scotia from 15% to 14% on 2025-04-01 (CRA Notice 342, SOR/2025-77)", () => {
    expect(getTaxRate({ jurisdiction: "CA-NS", taxCode: "HST", date: "2025-03-31" }).ratePpm).toBe(150_000);
    expect(getTaxRate({ jurisdiction: "CA-NS", taxCode: "HST", date: "2025-04-01" }).ratePpm).toBe(140_000);
  });
  it("keeps QST at 9.975% from 2013 and has no row for the compounded 2012 regime", () => {
    expect(getTaxRate({ jurisdiction: "CA-QC", taxCode: "QST", date: "2013-01-01" }).ratePpm).toBe(99_750);
    expect(findTaxRate({ jurisdiction: "CA-QC", taxCode: "QST", date: "2012-12-31" })).toBeUndefined();
  });
  it("accepts a table passed in (rows loaded from the database)", () => {
    const custom = [{ ...TAX_RATE_TABLE[0]!, ratePpm: 60_000, effectiveFrom: "2030-01-01" }];
    expect(getTaxRate({ jurisdiction: "CA", taxCode: "GST", date: "2030-02-01", table: custom }).ratePpm).toBe(60_000);
  });
  it("prints names and rates per locale, never a combined rate", () => {
    expect(taxLabel("QST", "fr-CA")).toBe("TVQ");
    expect(taxLabel("GST", "en")).toBe("GST");
    expect(taxLabel("TVA", "en")).toBe("VAT");
    expect(formatRate(99_750, "en")).toBe("9.975%");
    expect(formatRate(99_750, "fr-CA")).toBe("9,975\u00a0%");
    expect(formatRate(55_000, "fr-FR")).toBe("5,5\u00a0%");
  });
});
