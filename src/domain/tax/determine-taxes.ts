/**
 * Which taxes an invoice carries, from the provider's registrations, the client's address and status, and the tax
 * point date. Pure: the rates come from a dated table (default `TAX_RATE_TABLE`, or rows passed in).
 */

import { earlierDate, epochDay } from "../calendar-date.ts";
import { fieldError } from "../errors.ts";
import { determineCanadianTaxes } from "./determine-canadian-taxes.ts";
import { determineFrenchTaxes } from "./determine-french-taxes.ts";
import type { DetermineTaxesInput, TaxDetermination } from "./tax-determination.ts";

/**
 * Determines the taxes to apply, the mentions to print, the warnings to show and the evidence to record.
 * Throws a `validation` DomainError naming the field at fault (unknown province, missing French VAT number, no rate
 * in the table for `taxDate`).
 */
export function determineTaxes(input: DetermineTaxesInput): TaxDetermination {
  epochDay(input.taxDate, "taxDate");
  if (!/^[A-Za-z]{2}$/.test(input.client.country)) {
    throw fieldError("client.country", "invalid_country", "client country must be an ISO 3166 alpha-2 code");
  }
  const jurisdiction = input.provider.jurisdiction;
  if (jurisdiction === "FR") return determineFrenchTaxes(input);
  if (jurisdiction.startsWith("CA-")) return determineCanadianTaxes(input);
  throw fieldError("provider.jurisdiction", "unsupported", `unsupported provider jurisdiction: ${jurisdiction}`);
}

/** The options of `taxPointDate`. */
export interface TaxPointDateInput {
  invoiceDate: string;
  /** Date of the first payment (or deposit) received for the supply, if any. */
  paymentDate?: string;
  /** Date by which a written agreement requires payment, if earlier than the invoice. */
  contractualDueDate?: string;
}

/**
 * The date tax becomes payable, which picks the rate (CRA Notice 342): the earliest of the payment date, the invoice
 * date and the date payment is required by a written agreement.
 */
export function taxPointDate(input: TaxPointDateInput): string {
  let date = input.invoiceDate;
  epochDay(date, "invoiceDate");
  if (input.paymentDate) date = earlierDate(date, input.paymentDate);
  if (input.contractualDueDate) date = earlierDate(date, input.contractualDueDate);
  return date;
}
