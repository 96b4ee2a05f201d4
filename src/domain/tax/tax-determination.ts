/**
 * The shape of a tax determination: which taxes an invoice carries, what must be printed, what to warn about and
 * what evidence to record. Produced by `determineTaxes` (determine-taxes.ts).
 */
import type { RuleSource, TaxRateRow } from "./tax-rate.ts";

export const CANADIAN_PROVINCES = [
  "AB",
  "BC",
  "MB",
  "NB",
  "NL",
  "NS",
  "NT",
  "NU",
  "ON",
  "PE",
  "QC",
  "SK",
  "YT",
] as const;
export type CanadianProvince = (typeof CANADIAN_PROVINCES)[number];

/** The provider's tax home: `CA-XX` for a Canadian province or territory, `FR` for France. */
export type ProviderJurisdiction = `CA-${CanadianProvince}` | "FR";

/** The provider's registrations. Canada: a GST/HST and a QST number; France: a VAT number or the franchise. */
export interface TaxProvider {
  jurisdiction: ProviderJurisdiction;
  /** GST/HST registration number (e.g. 123456789 RT0001); absent means not registered. */
  gstNumber?: string;
  /** QST registration number (e.g. 1234567890 TQ0001); absent means not registered. */
  qstNumber?: string;
  /** French intra-EU VAT number (FRxx…). */
  vatNumber?: string;
  /** France: franchise en base de TVA (CGI art. 293 B). */
  vatFranchise?: boolean;
}

/** The client as far as tax cares: address country and province, consumer or business, EU VAT number. */
export interface TaxClient {
  /** ISO 3166-1 alpha-2 country of the address obtained in the ordinary course of business. */
  country: string;
  /** Canadian province or territory code (QC, ON…) when `country` is CA. */
  province?: string;
  /** A natural person acting outside a business. */
  isConsumer: boolean;
  /** EU VAT identification number (needed for reverse charge). */
  vatNumber?: string;
}

export type TaxRegime =
  | "ca_domestic"
  | "ca_zero_rated_export"
  | "ca_unregistered"
  | "fr_domestic"
  | "fr_franchise"
  | "fr_reverse_charge_eu"
  | "fr_outside_scope";

export type MentionCode = "vat_franchise_293b" | "reverse_charge" | "zero_rated_export" | "fr_outside_scope_259_1";

/** Text that must be printed on the invoice, in French and English (French legal mentions keep their wording). */
export interface TaxMention {
  code: MentionCode;
  text: { fr: string; en: string };
  source: RuleSource;
}

export type TaxWarningCode =
  | "pst_review"
  | "non_resident_exclusions"
  | "provider_not_registered"
  | "provider_not_qst_registered"
  | "eu_business_without_vat_number"
  | "eu_consumer_place_of_supply_review"
  | "non_eu_consumer_place_of_supply_review"
  | "outside_scope_review";

/** Advice shown to the user with its source; never a block. `message` is English, UIs translate by `code`. */
export interface TaxWarning {
  code: TaxWarningCode;
  message: string;
  source: RuleSource;
}

export type EvidenceCode =
  | "client_address_outside_canada"
  | "client_not_resident_in_canada"
  | "client_not_in_canada_when_in_contact"
  | "services_not_tied_to_property_in_canada"
  | "client_vat_number_on_invoice";

/** A fact to record (and keep 6 years) to justify the tax treatment. */
export interface EvidenceItem {
  code: EvidenceCode;
  description: string;
}

/** The result of `determineTaxes`. */
export interface TaxDetermination {
  regime: TaxRegime;
  /** `CA-XX` for a Canadian place of supply, `FR`, or the client's country for exports. */
  placeOfSupply: string;
  /** Taxes to apply to taxable lines, in print order (GST before QST). Zero-rated rows have ratePpm 0. */
  taxes: TaxRateRow[];
  /** Other rates the user may pick for a manual line (France: 10%, 5.5%, 2.1%). */
  availableRates: TaxRateRow[];
  mentions: TaxMention[];
  warnings: TaxWarning[];
  evidence: EvidenceItem[];
}

/** Shared input of the jurisdiction-specific determinations. */
export interface DetermineTaxesInput {
  provider: TaxProvider;
  client: TaxClient;
  /** The tax point YYYY-MM-DD: the earlier of the payment date and the invoice (or due) date. */
  taxDate: string;
  /** Rate table override (rows loaded from the database); defaults to TAX_RATE_TABLE. */
  table?: readonly TaxRateRow[];
}

/** An empty determination to fill in. */
export function emptyDetermination(regime: TaxRegime, placeOfSupply: string): TaxDetermination {
  return { regime, placeOfSupply, taxes: [], availableRates: [], mentions: [], warnings: [], evidence: [] };
}
