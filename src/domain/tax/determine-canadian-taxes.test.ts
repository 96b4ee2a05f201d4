import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { determineTaxes } from "./determine-taxes.ts";
import type { TaxClient, TaxProvider } from "./tax-determination.ts";

const qcProvider: TaxProvider = {
  jurisdiction: "CA-QC",
  gstNumber: "123456789 RT0001",
  qstNumber: "1234567890 TQ0001",
};
const business = (country: string, province?: string): TaxClient => ({ country, province, isConsumer: false });

function codes(input: Parameters<typeof determineTaxes>[0]) {
  return determineTaxes(input).taxes.map((t) => `${t.taxCode}@${t.ratePpm}`);
}

describe("determineTaxes: Canada", () => {
  it("property: Nova Scotia is 15% for any tax point before 2025-04-01 and 14% from then on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 14_791, max: 21_000 }), (day) => {
        const taxDate = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const [hst] = determineTaxes({ provider: qcProvider, client: business("CA", "NS"), taxDate }).taxes;
        expect(hst?.ratePpm).toBe(taxDate < "2025-04-01" ? 150_000 : 140_000);
      }),
    );
  });

  const date = "2026-06-01";
  it.each([
    ["QC", ["GST@50000", "QST@99750"]],
    ["ON", ["HST@130000"]],
    ["NB", ["HST@150000"]],
    ["NL", ["HST@150000"]],
    ["PE", ["HST@150000"]],
    ["NS", ["HST@140000"]],
    ["AB", ["GST@50000"]],
    ["BC", ["GST@50000"]],
    ["MB", ["GST@50000"]],
    ["SK", ["GST@50000"]],
    ["NT", ["GST@50000"]],
    ["NU", ["GST@50000"]],
    ["YT", ["GST@50000"]],
  ])("client in %s → %j", (province, expected) => {
    expect(codes({ provider: qcProvider, client: business("CA", province), taxDate: date })).toEqual(expected);
  });

  it("flags a PST review for BC, MB and SK only", () => {
    for (const p of ["BC", "MB", "SK"]) {
      const d = determineTaxes({ provider: qcProvider, client: business("CA", p), taxDate: date });
      expect(d.warnings.map((w) => w.code)).toEqual(["pst_review"]);
    }
    const ab = determineTaxes({ provider: qcProvider, client: business("CA", "AB"), taxDate: date });
    expect(ab.warnings).toEqual([]);
  });

  it("never charges QST outside Québec, even for a Québec provider", () => {
    for (const p of ["ON", "AB", "BC", "NS"]) {
      expect(codes({ provider: qcProvider, client: business("CA", p), taxDate: date })).not.toContain("QST@99750");
    }
  });

  it("an unregistered provider prints no tax line at all", () => {
    const d = determineTaxes({ provider: { jurisdiction: "CA-QC" }, client: business("CA", "QC"), taxDate: date });
    expect(d.regime).toBe("ca_unregistered");
    expect(d.taxes).toEqual([]);
    expect(d.warnings[0]?.code).toBe("provider_not_registered");
    const noProvince = determineTaxes({ provider: { jurisdiction: "CA-QC" }, client: business("CA"), taxDate: date });
    expect(noProvince.taxes).toEqual([]);
  });

  it("a GST registrant without a QST number supplying into Québec charges GST only, with a warning", () => {
    const provider: TaxProvider = { jurisdiction: "CA-ON", gstNumber: "1" };
    const d = determineTaxes({ provider, client: business("CA", "QC"), taxDate: date });
    expect(d.taxes.map((t) => t.taxCode)).toEqual(["GST"]);
    expect(d.warnings.map((w) => w.code)).toEqual(["provider_not_qst_registered"]);
  });

  it("zero-rates an export to a non-resident and lists the evidence to record", () => {
    const d = determineTaxes({ provider: qcProvider, client: business("FR"), taxDate: date });
    expect(d.regime).toBe("ca_zero_rated_export");
    expect(d.taxes.map((t) => `${t.taxCode}@${t.ratePpm}`)).toEqual(["GST@0", "QST@0"]);
    expect(d.mentions.map((m) => m.code)).toEqual(["zero_rated_export"]);
    expect(d.warnings.map((w) => w.code)).toEqual(["non_resident_exclusions"]);
    expect(d.evidence.map((e) => e.code)).toContain("client_not_resident_in_canada");
  });

  it("refuses a Canadian client without a known province, naming the field", () => {
    const run = () => determineTaxes({ provider: qcProvider, client: business("CA", "XX"), taxDate: date });
    expect(run).toThrow(DomainError);
    try {
      run();
    } catch (e) {
      expect((e as DomainError).details?.fields?.[0]?.path).toBe("client.province");
    }
  });

  it("refuses a date before the table starts and a malformed date", () => {
    expect(() => determineTaxes({ provider: qcProvider, client: business("CA", "QC"), taxDate: "2012-06-01" })).toThrow(
      /no standard QST rate/,
    );
    expect(() => determineTaxes({ provider: qcProvider, client: business("CA", "QC"), taxDate: "2026-02-30" })).toThrow(
      /taxDate/,
    );
  });
});
