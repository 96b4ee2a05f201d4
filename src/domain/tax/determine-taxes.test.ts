import { describe, expect, it } from "vitest";
import { OFFICIAL_TAX_EXAMPLES } from "../../../test/fixtures/tax/official-examples.ts";
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
