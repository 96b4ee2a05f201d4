/**
 * TVA for a provider established in France (RULES.md "France invoice and payment rules").
 * Franchise en base → no VAT and the mention « TVA non applicable, art. 293 B du CGI »; a business client in another
 * EU country with a VAT number → no French VAT and « Autoliquidation »; a business client outside the EU → outside
 * the scope of French VAT (warning: confirm with an expert-comptable); otherwise French VAT at 20%.
 */
import { fieldError } from "../errors.ts";
import { SOURCES } from "./rule-sources.ts";
import { type DetermineTaxesInput, emptyDetermination, type TaxDetermination } from "./tax-determination.ts";
import { getTaxRate, isRateInForce } from "./tax-rate.ts";
import { TAX_RATE_TABLE } from "./tax-rate-table.ts";

/** EU member states (ISO 3166-1 alpha-2; Greece is GR here, EL in VAT numbers). */
export const EU_COUNTRIES: ReadonlySet<string> = new Set([
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
]);

/** Taxes for a French provider. */
export function determineFrenchTaxes(input: DetermineTaxesInput): TaxDetermination {
  const { provider, client, taxDate } = input;
  const table = input.table ?? TAX_RATE_TABLE;
  const country = client.country.toUpperCase();

  if (provider.vatFranchise) {
    const out = emptyDetermination("fr_franchise", country);
    const text = "TVA non applicable, art. 293 B du CGI";
    out.mentions.push({ code: "vat_franchise_293b", text: { fr: text, en: text }, source: SOURCES.cgi242noniesA });
    return out;
  }
  if (!provider.vatNumber) {
    throw fieldError(
      "provider.vatNumber",
      "required",
      "a French provider needs its VAT number, or the franchise en base (art. 293 B du CGI)",
    );
  }

  const isEuOther = EU_COUNTRIES.has(country) && country !== "FR";
  if (!client.isConsumer && isEuOther && client.vatNumber) {
    const out = emptyDetermination("fr_reverse_charge_eu", country);
    out.mentions.push({
      code: "reverse_charge",
      text: { fr: "Autoliquidation", en: "Autoliquidation" },
      source: SOURCES.cgi242noniesA,
    });
    out.evidence.push({
      code: "client_vat_number_on_invoice",
      description: "Print both VAT numbers (provider and client) on the invoice (CGI ann. II art. 242 nonies A, 4°).",
    });
    return out;
  }
  if (!client.isConsumer && !EU_COUNTRIES.has(country)) {
    const out = emptyDetermination("fr_outside_scope", country);
    const text = "TVA non applicable, art. 259-1 du CGI";
    out.mentions.push({ code: "fr_outside_scope_259_1", text: { fr: text, en: text }, source: SOURCES.cgi });
    out.warnings.push({
      code: "outside_scope_review",
      message:
        "Services to a business established outside the EU are generally taxed where the client is established (no French VAT). Confirm the wording and the treatment with an expert-comptable (unverified).",
      source: SOURCES.cgi,
    });
    return out;
  }

  const out = emptyDetermination("fr_domestic", "FR");
  out.taxes.push(getTaxRate({ jurisdiction: "FR", taxCode: "TVA", date: taxDate, table }));
  out.availableRates = table.filter(
    (r) => r.jurisdiction === "FR" && r.taxCode === "TVA" && r.category !== "standard" && isRateInForce(r, taxDate),
  );
  if (!client.isConsumer && isEuOther) {
    out.warnings.push({
      code: "eu_business_without_vat_number",
      message:
        "EU business client without a VAT number: French VAT is charged. Reverse charge (« Autoliquidation ») needs the client's VAT number.",
      source: SOURCES.cgi242noniesA,
    });
  } else if (client.isConsumer && isEuOther) {
    out.warnings.push({
      code: "eu_consumer_place_of_supply_review",
      message:
        "Electronically supplied services to consumers in another EU country may be taxable in the consumer's country (OSS) above the EU threshold. Check with an expert-comptable.",
      source: SOURCES.cgi,
    });
  } else if (client.isConsumer && country !== "FR") {
    out.warnings.push({
      code: "non_eu_consumer_place_of_supply_review",
      message:
        "Consumer outside the EU: some services (including electronically supplied ones) are outside the scope of French VAT. Check with an expert-comptable.",
      source: SOURCES.cgi,
    });
  }
  return out;
}
