import { describe, expect, it } from "vitest";
import { determineTaxes } from "./determine-taxes.ts";
import type { TaxClient, TaxProvider } from "./tax-determination.ts";

const business = (country: string, province?: string): TaxClient => ({ country, province, isConsumer: false });

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
