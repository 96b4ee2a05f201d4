/**
 * What an invoice or credit-note PDF prints, already computed: the app layer maps an issued invoice (its frozen
 * `InvoiceTotals`, the workspace's registrations, the client's address) and the mentions the tax and collection rules
 * require (`TaxDetermination.mentions`, the late-interest or late-penalty sentence, the 40 € indemnity) into this
 * shape. Money is integer minor units of `currency`; quantities are thousandths; rates are parts per million.
 */
import type { Currency } from "../domain/money.ts";
import type { Language } from "../domain/offer/offer-content.ts";
import type { TaxCode } from "../domain/tax/tax-rate.ts";
import type { PdfPageSize } from "./pdf-document.ts";
import type { PdfLocale } from "./pdf-formatter.ts";

/** The seller or the buyer as printed. */
export interface InvoicePdfParty {
  /** Legal name. */
  name: string;
  addressLines: string[];
  email?: string;
  /**
   * Printed identifiers, in order: `{ label: "NEQ", value: "1171234567" }`, `{ label: "SIREN", value: "123 456 789" }`,
   * `{ label: "No TVA intracommunautaire", value: "FR40123456789" }` (the buyer's, for reverse charge)… GST/HST and QST
   * numbers may be listed here too; they are printed on their tax lines in any case.
   */
  registrations: { label: string; value: string }[];
}

/** One invoice line. */
export interface InvoicePdfLine {
  description: string;
  /** A second, smaller line (the period, the mandate, the member). */
  detail?: string;
  /** Thousandths: 1500 = 1.5. */
  quantityMilli: number;
  /** "h", "page", "forfait"… */
  unit?: string;
  /** Unit price before taxes, minor units. */
  unitPrice: number;
  /** Discount on the line, minor units (0 or absent: none). */
  discount?: number;
  /** Line amount before taxes, after the discount. */
  amount: number;
  /** France: the VAT rate of the line (ppm), printed in its own column. */
  vatRatePpm?: number;
}

/** One tax line: never combined (GST and QST are two lines, each with its rate and number). */
export interface InvoicePdfTax {
  taxCode: TaxCode;
  ratePpm: number;
  /** Taxable base, minor units. */
  base: number;
  /** Tax amount, minor units (rounded once on the base). */
  amount: number;
  /** The seller's registration number for this tax (GST/HST, QST), printed on the line. */
  registrationNumber?: string;
}

/** An invoice or a credit note, ready to print. */
export interface InvoicePdfViewModel {
  kind: "invoice" | "credit_note";
  language: Language;
  /** Defaults from the language and currency: fr-CA, en-CA, or fr-FR for euros. */
  locale?: PdfLocale;
  /** Defaults to A4 for fr-FR, Letter otherwise. */
  pageSize?: PdfPageSize;
  currency: Currency;
  number: string;
  issueDate: string;
  dueDate?: string;
  /** Date (or period) of the supply, when it differs from the issue date (France: mandatory). */
  supplyDate?: string | { from: string; to: string };
  /** For a credit note: the invoice it credits, and why. */
  credits?: { number: string; issueDate: string; reason?: string };
  /** A free reference: the offer, the mandate, the client's purchase order. */
  reference?: string;
  seller: InvoicePdfParty;
  buyer: InvoicePdfParty;
  lines: InvoicePdfLine[];
  subtotal: number;
  taxes: InvoicePdfTax[];
  total: number;
  /** Payments received (invoices only). */
  amountPaid: number;
  balanceDue: number;
  /** "Net 30 days", "Payable à réception"… */
  paymentTerms?: string;
  /** How to pay (the workspace's payment instructions) and the reference to quote, one printed line each. */
  paymentInstructions?: string[];
  /** Mandatory mentions, printed verbatim in order. */
  mentions: string[];
  /** ISO instant of the render (PDF creation date). */
  generatedAt: string;
}
