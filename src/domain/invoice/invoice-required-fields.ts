/**
 * The fields an invoice must carry before it can be issued, per tax regime (RULES.md):
 * - Canada (RQ "Preparing invoices", CRA Reg. 3501): every field of the highest tier on every invoice — supplier name,
 *   invoice date, each tax amount, the GST/HST number when GST/HST is charged and the QST number when QST is charged,
 *   client name, payment terms, description.
 * - France (C. com. L441-9; CGI ann. II art. 242 nonies A): names, addresses and SIREN of both parties (the client's
 *   SIREN for every business established in France, whatever the VAT regime: franchise included, as the 2026 reform
 *   requires), supplier VAT number (unless franchise), client VAT number under reverse charge, issue and supply dates,
 *   line descriptions, due date.
 * Returns the issues found (empty when complete); the caller turns them into a `validation` error or a warning.
 */
import type { FieldIssue } from "../errors.ts";
import type { TaxRegime } from "../tax/tax-determination.ts";
import type { TaxCode } from "../tax/tax-rate.ts";

export interface InvoiceParty {
  name?: string;
  address?: string;
  /** French company identifier. */
  siren?: string;
  /** ISO 3166-1 alpha-2 country of the address (a SIREN exists only for a business established in France). */
  country?: string;
  gstNumber?: string;
  qstNumber?: string;
  vatNumber?: string;
  isConsumer?: boolean;
}

/** The options of `missingInvoiceFields`. */
export interface MissingInvoiceFieldsInput {
  regime: TaxRegime;
  provider: InvoiceParty;
  client: InvoiceParty;
  invoice: {
    issueDate?: string;
    supplyDate?: string;
    dueDate?: string;
    paymentTerms?: string;
    lines: readonly { description: string }[];
    taxCodes: readonly TaxCode[];
  };
}

const blank = (v: string | undefined) => v === undefined || v.trim() === "";

/** Lists what is missing for the invoice to meet the rules of its regime. */
export function missingInvoiceFields(input: MissingInvoiceFieldsInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const need = (cond: boolean, path: string, message: string) => {
    if (cond) issues.push({ path, issue: "required", message });
  };
  const { provider, client, invoice } = input;
  need(blank(provider.name), "provider.name", "the supplier's name is required");
  need(blank(client.name), "client.name", "the client's name is required");
  need(blank(invoice.issueDate), "invoice.issueDate", "the invoice date is required");
  need(invoice.lines.length === 0, "invoice.lines", "at least one line is required");
  invoice.lines.forEach((l, i) => {
    need(blank(l.description), `invoice.lines.${i}.description`, "each line needs a description");
  });

  if (input.regime.startsWith("ca_")) {
    const charges = (code: TaxCode) => invoice.taxCodes.includes(code);
    need(
      (charges("GST") || charges("HST")) && blank(provider.gstNumber),
      "provider.gstNumber",
      "the GST/HST registration number must be printed when GST/HST is charged",
    );
    need(
      charges("QST") && blank(provider.qstNumber),
      "provider.qstNumber",
      "the QST registration number must be printed when QST is charged",
    );
    need(
      blank(invoice.paymentTerms) && blank(invoice.dueDate),
      "invoice.paymentTerms",
      "the payment terms are required",
    );
    return issues;
  }

  need(blank(provider.address), "provider.address", "the supplier's address is required");
  need(blank(client.address), "client.address", "the client's address is required");
  need(blank(provider.siren), "provider.siren", "the supplier's SIREN is required");
  const frenchBusiness = !client.isConsumer && (client.country ?? "FR").toUpperCase() === "FR";
  need(
    frenchBusiness && blank(client.siren) && (input.regime === "fr_domestic" || input.regime === "fr_franchise"),
    "client.siren",
    "the business client's SIREN is required on a French invoice",
  );
  need(
    input.regime !== "fr_franchise" && blank(provider.vatNumber),
    "provider.vatNumber",
    "the supplier's VAT number is required",
  );
  need(
    input.regime === "fr_reverse_charge_eu" && blank(client.vatNumber),
    "client.vatNumber",
    "reverse charge needs the client's VAT number",
  );
  need(blank(invoice.supplyDate), "invoice.supplyDate", "the date of the service is required");
  need(blank(invoice.dueDate), "invoice.dueDate", "the payment due date is required");
  return issues;
}
