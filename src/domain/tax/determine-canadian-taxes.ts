/**
 * GST/HST and QST for a provider established in Canada (RULES.md "Canadian sales tax rules").
 * Place of supply of a service = the province of the client's address (CRA General Rules, Rule 1; RQ "Vente de
 * services"); QST only when that province is Québec; a client outside Canada gets a zero-rated export; a provider
 * with no GST/HST number charges nothing at all.
 */
import { fieldError } from "../errors.ts";
import { SOURCES } from "./rule-sources.ts";
import {
  CANADIAN_PROVINCES,
  type CanadianProvince,
  type DetermineTaxesInput,
  emptyDetermination,
  type TaxDetermination,
} from "./tax-determination.ts";
import { getTaxRate, type TaxJurisdiction } from "./tax-rate.ts";

const HST_PROVINCES: ReadonlySet<CanadianProvince> = new Set(["ON", "NB", "NL", "NS", "PE"]);
const PST_PROVINCES: ReadonlySet<CanadianProvince> = new Set(["BC", "MB", "SK"]);

function clientProvince(province: string | undefined): CanadianProvince {
  const code = province?.toUpperCase();
  const found = CANADIAN_PROVINCES.find((p) => p === code);
  if (!found) {
    throw fieldError(
      "client.province",
      "required",
      `a client in Canada needs its province or territory (${CANADIAN_PROVINCES.join(", ")}) to find the place of supply`,
    );
  }
  return found;
}

/** Taxes for a Canadian provider. The caller has checked `provider.jurisdiction` starts with `CA-`. */
export function determineCanadianTaxes(input: DetermineTaxesInput): TaxDetermination {
  const { provider, client, taxDate, table } = input;
  const inCanada = client.country.toUpperCase() === "CA";

  if (!provider.gstNumber) {
    const known = CANADIAN_PROVINCES.find((p) => p === client.province?.toUpperCase());
    const out = emptyDetermination("ca_unregistered", inCanada && known ? `CA-${known}` : client.country.toUpperCase());
    out.warnings.push({
      code: "provider_not_registered",
      message:
        "No GST/HST number: no tax is charged or printed. Register within 29 days once taxable and zero-rated sales exceed $30,000 in a calendar quarter or over four consecutive quarters.",
      source: SOURCES.rqBasicRules,
    });
    return out;
  }

  if (!inCanada) return zeroRatedExport(input);
  const province = clientProvince(client.province);

  const out = emptyDetermination("ca_domestic", `CA-${province}`);
  if (HST_PROVINCES.has(province)) {
    const jurisdiction = `CA-${province}` as TaxJurisdiction;
    out.taxes.push(getTaxRate({ jurisdiction, taxCode: "HST", date: taxDate, table }));
    return out;
  }
  out.taxes.push(getTaxRate({ jurisdiction: "CA", taxCode: "GST", date: taxDate, table }));
  if (province === "QC") {
    if (provider.qstNumber) {
      out.taxes.push(getTaxRate({ jurisdiction: "CA-QC", taxCode: "QST", date: taxDate, table }));
    } else {
      out.warnings.push({
        code: "provider_not_qst_registered",
        message:
          "The service is supplied in Québec but the workspace has no QST number: only GST is charged. Check whether QST registration is required.",
        source: SOURCES.rqServicesPlaceOfSupply,
      });
    }
  }
  if (PST_PROVINCES.has(province)) {
    out.warnings.push({
      code: "pst_review",
      message: `${province} levies a provincial sales tax that is not harmonized with the GST. Check whether you must register for and charge it on these services or software (unverified for out-of-province web services).`,
      source: SOURCES.avalaraRates,
    });
  }
  return out;
}

function zeroRatedExport(input: DetermineTaxesInput): TaxDetermination {
  const { provider, client, taxDate, table } = input;
  const out = emptyDetermination("ca_zero_rated_export", client.country.toUpperCase());
  out.taxes.push(getTaxRate({ jurisdiction: "CA", taxCode: "GST", category: "zero_rated", date: taxDate, table }));
  if (provider.qstNumber) {
    out.taxes.push(getTaxRate({ jurisdiction: "CA-QC", taxCode: "QST", category: "zero_rated", date: taxDate, table }));
  }
  out.mentions.push({
    code: "zero_rated_export",
    text: {
      fr: "Fourniture détaxée : exportation de services à une personne non résidente du Canada (TPS/TVH et TVQ à 0 %).",
      en: "Zero-rated supply: export of services to a person not resident in Canada (GST/HST and QST at 0%).",
    },
    source: SOURCES.craMemo453,
  });
  out.warnings.push({
    code: "non_resident_exclusions",
    message:
      "Zero-rating does not apply to services rendered to an individual while in Canada, to an individual who is in Canada when in contact with you, or to services tied to real property or goods in Canada. Record the evidence of non-residence.",
    source: SOURCES.craMemo453,
  });
  out.evidence.push(
    {
      code: "client_address_outside_canada",
      description: "The client's address obtained in the ordinary course of business is outside Canada.",
    },
    {
      code: "client_not_resident_in_canada",
      description: "The client is not resident in Canada (CRA Memorandum 4-5-1 criteria), nor registered for GST/HST.",
    },
    {
      code: "client_not_in_canada_when_in_contact",
      description:
        "If the client is an individual, they were outside Canada when in contact with you and when the services were rendered.",
    },
    {
      code: "services_not_tied_to_property_in_canada",
      description: "The services are not related to real property or goods situated in Canada.",
    },
  );
  return out;
}
