/**
 * The tax side of an invoice from the stored records: the workspace as provider (jurisdiction, GST/QST numbers,
 * SIREN/VAT; a French workspace without a VAT number is taken as under the franchise en base, art. 293 B du CGI),
 * the client's address as the place of supply, and the determination the domain makes from them.
 */
import type { Client } from "../../domain/client.ts";
import { fieldError } from "../../domain/errors.ts";
import { determineTaxes } from "../../domain/tax/determine-taxes.ts";
import {
  emptyDetermination,
  type ProviderJurisdiction,
  type TaxDetermination,
  type TaxProvider,
} from "../../domain/tax/tax-determination.ts";
import type { Workspace } from "../../domain/workspace.ts";
import type { InvoiceDetails } from "../../store/invoice-store.ts";

/** The workspace's registrations as the tax rules read them. */
export function taxProvider(w: Workspace): TaxProvider | undefined {
  if (w.jurisdiction === "OTHER") return undefined;
  const jurisdiction = w.jurisdiction as ProviderJurisdiction;
  if (jurisdiction === "FR") {
    return w.taxIds.vat ? { jurisdiction, vatNumber: w.taxIds.vat } : { jurisdiction, vatFranchise: true };
  }
  return {
    jurisdiction,
    ...(w.taxIds.gst ? { gstNumber: w.taxIds.gst } : {}),
    ...(w.taxIds.qst ? { qstNumber: w.taxIds.qst } : {}),
  };
}

/** Taxes, mentions, warnings and evidence for this client on `taxDate`. */
export function invoiceTaxes(input: {
  workspace: Workspace;
  client: Client;
  buyerVatNumber?: string | undefined;
  taxDate: string;
}): TaxDetermination {
  const provider = taxProvider(input.workspace);
  const country = input.client.address.country.toUpperCase();
  if (!provider) return emptyDetermination("ca_unregistered", country);
  if (!country) {
    throw fieldError(
      "client.address.country",
      "required",
      "the client's address needs its country: it decides the taxes (place of supply)",
    );
  }
  return determineTaxes({
    provider,
    client: {
      country,
      ...(input.client.address.region ? { province: input.client.address.region.toUpperCase() } : {}),
      isConsumer: input.client.isConsumer,
      ...(input.buyerVatNumber ? { vatNumber: input.buyerVatNumber } : {}),
    },
    taxDate: input.taxDate,
  });
}

/** What a draft keeps of the determination. */
export function determinationDetails(
  d: TaxDetermination,
): Pick<InvoiceDetails, "regime" | "placeOfSupply" | "mentions" | "warnings" | "evidence"> {
  return {
    regime: d.regime,
    placeOfSupply: d.placeOfSupply,
    mentions: d.mentions.map((m) => ({ code: m.code, text: m.text })),
    warnings: d.warnings.map((w) => ({ code: w.code, message: w.message })),
    evidence: d.evidence.map((e) => ({ code: e.code, description: e.description })),
  };
}
