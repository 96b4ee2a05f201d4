/** The studio itself: identity, jurisdiction, tax registrations, default terms and values. */
import type { Currency } from "./money.ts";
import type { PaymentInstructions } from "./payment-instructions.ts";

export const JURISDICTIONS = [
  "CA-QC",
  "CA-ON",
  "CA-BC",
  "CA-AB",
  "CA-MB",
  "CA-SK",
  "CA-NS",
  "CA-NB",
  "CA-NL",
  "CA-PE",
  "CA-NT",
  "CA-NU",
  "CA-YT",
  "FR",
  "OTHER",
] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const LOCALES = ["fr-CA", "en-CA", "fr-FR", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export interface Address {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

export interface WorkspaceValue {
  id: string;
  statement: string;
  /** 1 (matters a little) to 5 (non-negotiable). */
  weight: number;
}

export interface Workspace {
  id: string;
  name: string;
  legalName: string;
  address: Address;
  jurisdiction: Jurisdiction;
  currency: Currency;
  locale: Locale;
  taxIds: { gst: string | null; qst: string | null; siren: string | null; vat: string | null };
  /** Minor units per hour. */
  targetHourlyRate: number;
  terms: {
    paymentDays: number;
    lateInterestBp: number;
    noticeDays: number;
    /** France: the option for paying VAT on debits (CGI art. 269, 2, c), printed on invoices; absent means no. */
    vatOnDebits?: boolean;
  };
  values: WorkspaceValue[];
  /** Each time entry is rounded up to this many minutes (0: no rounding). */
  timeRoundingMinutes: TimeRounding;
  /** Invoice numbers (`{YYYY}-{SEQ:4}` → 2026-0042, see invoice/invoice-number.ts); absent: the default. */
  invoiceNumberPattern?: string;
  /** How clients pay, printed on every invoice and shown in the portal; absent: none set. */
  paymentInstructions?: PaymentInstructions;
  createdAt: string;
}

export const DEFAULT_INVOICE_NUMBER_PATTERN = "{YYYY}-{SEQ:4}";

export const TIME_ROUNDINGS = [0, 6, 10, 15, 30] as const;
export type TimeRounding = (typeof TIME_ROUNDINGS)[number];

export const EMPTY_ADDRESS: Address = { line1: "", line2: "", city: "", region: "", postalCode: "", country: "" };

/** Defaults for a new workspace in a jurisdiction: Québec and France studios write French first. */
export function defaultsForJurisdiction(jurisdiction: Jurisdiction): { country: string; region: string } {
  if (jurisdiction === "FR") return { country: "FR", region: "" };
  if (jurisdiction === "OTHER") return { country: "", region: "" };
  return { country: "CA", region: jurisdiction.slice(3) };
}
