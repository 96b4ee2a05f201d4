import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OFFICIAL_TAX_EXAMPLES } from "../../../test/fixtures/tax/official-examples.ts";
import { DomainError } from "../errors.ts";
import { computeInvoiceTotals } from "../invoice/invoice-totals.ts";
import { determineTaxes, taxPointDate } from "./determine-taxes.ts";
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

describe("determineTaxes against the authorities' examples (test/fixtures/tax/official-examples.ts)", () => {
  it.each(OFFICIAL_TAX_EXAMPLES)("$name", (example) => {
    const d = determineTaxes({
      provider: qcProvider,
      client: business("CA", example.clientProvince),
      taxDate: example.taxDate,
    });
    const totals = computeInvoiceTotals({
      currency: "CAD",
      lines: [{ description: "Web site", quantityMilli: 1_000, unitPrice: example.base }],
      taxes: d.taxes,
    });
    expect(totals.taxes.map((t) => ({ taxCode: t.taxCode, ratePpm: t.ratePpm, amount: t.amount.amount }))).toEqual(
      example.expected,
    );
    expect(totals.total.amount).toBe(example.total);
    for (const t of d.taxes) expect(t.source.url).toMatch(/^https:\/\//);
  });

  it("RQ 'Vente de services': an Ontario registrant designing a site for a Québec business charges GST and QST", () => {
    // https://www.revenuquebec.ca/fr/entreprises/taxes/tpstvh-et-tvq/regles-de-base-relatives-a-lapplication-de-la-tpstvh-et-de-la-tvq/lieu-de-fourniture/vente-de-services/
    const provider: TaxProvider = { jurisdiction: "CA-ON", gstNumber: "1", qstNumber: "2" };
    expect(codes({ provider, client: business("CA", "QC"), taxDate: "2026-01-15" })).toEqual([
      "GST@50000",
      "QST@99750",
    ]);
  });

  it("CRA Notice 342: the NS rate follows the earlier of payment and invoice date", () => {
    // Invoice dated after the change but a deposit paid before it: tax became payable before 2025-04-01 → 15%.
    const taxDate = taxPointDate({ invoiceDate: "2025-04-10", paymentDate: "2025-03-20" });
    expect(taxDate).toBe("2025-03-20");
    expect(codes({ provider: qcProvider, client: business("CA", "NS"), taxDate })).toEqual(["HST@150000"]);
    expect(taxPointDate({ invoiceDate: "2025-03-28", paymentDate: "2025-04-15" })).toBe("2025-03-28");
  });
});

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

describe("determineTaxes: France", () => {
  const fr: TaxProvider = { jurisdiction: "FR", vatNumber: "FR12345678901" };
  const date = "2026-06-01";

  it("franchise en base: no VAT and the art. 293 B mention", () => {
    const d = determineTaxes({
      provider: { jurisdiction: "FR", vatFranchise: true },
      client: business("FR"),
      taxDate: date,
    });
    expect(d.taxes).toEqual([]);
    expect(d.mentions[0]?.text.fr).toBe("TVA non applicable, art. 293 B du CGI");
  });

  it("French client: TVA 20%, with 10%, 5.5% and 2.1% available for manual lines", () => {
    const d = determineTaxes({ provider: fr, client: { country: "FR", isConsumer: true }, taxDate: date });
    expect(d.taxes.map((t) => t.ratePpm)).toEqual([200_000]);
    expect(d.availableRates.map((t) => t.ratePpm).sort((a, b) => a - b)).toEqual([21_000, 55_000, 100_000]);
  });

  it("EU business with a VAT number: Autoliquidation, no VAT, both VAT numbers to print", () => {
    const d = determineTaxes({
      provider: fr,
      client: { country: "DE", isConsumer: false, vatNumber: "DE123456789" },
      taxDate: date,
    });
    expect(d.regime).toBe("fr_reverse_charge_eu");
    expect(d.taxes).toEqual([]);
    expect(d.mentions[0]?.text.fr).toBe("Autoliquidation");
    expect(d.evidence[0]?.code).toBe("client_vat_number_on_invoice");
  });

  it("EU business without a VAT number, or an EU consumer: French VAT with a warning", () => {
    const noVat = determineTaxes({ provider: fr, client: business("BE"), taxDate: date });
    expect(noVat.taxes.map((t) => t.ratePpm)).toEqual([200_000]);
    expect(noVat.warnings[0]?.code).toBe("eu_business_without_vat_number");
    const consumer = determineTaxes({ provider: fr, client: { country: "IT", isConsumer: true }, taxDate: date });
    expect(consumer.warnings[0]?.code).toBe("eu_consumer_place_of_supply_review");
  });

  it("business outside the EU: outside the scope of French VAT, to be confirmed", () => {
    const d = determineTaxes({ provider: fr, client: business("CA", "QC"), taxDate: date });
    expect(d.regime).toBe("fr_outside_scope");
    expect(d.taxes).toEqual([]);
    expect(d.warnings[0]?.code).toBe("outside_scope_review");
  });

  it("a French provider without VAT number nor franchise is a validation error", () => {
    expect(() => determineTaxes({ provider: { jurisdiction: "FR" }, client: business("FR"), taxDate: date })).toThrow(
      /VAT number/,
    );
  });
});
