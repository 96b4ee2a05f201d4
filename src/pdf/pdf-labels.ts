/**
 * Every word printed by the PDF renderers, per language: the table itself lives in `pdf-labels-fr.ts` (French of
 * Québec, with the typography of the Office québécois de la langue française: no-break space before the colon, narrow
 * no-break spaces inside « guillemets ») and `pdf-labels-en.ts`. Documents print their content in their own language;
 * only these labels frame it.
 */
import type { Language } from "../domain/offer/offer-content.ts";
import type { TaxCode } from "../domain/tax/tax-rate.ts";
import { PDF_LABELS_EN } from "./pdf-labels-en.ts";
import { PDF_LABELS_FR } from "./pdf-labels-fr.ts";

/** Labels shared by the offer and change-order certificate page. */
export interface CertificateLabels {
  signatureTitle: string;
  approvalTitle: string;
  offerIntro(number: string, version: number): string;
  changeOrderIntro(number: string, offerNumber: string): string;
  document: string;
  signer: string;
  consent: string;
  signedAt: string;
  approvedAt: string;
  timestamp: string;
  ip: string;
  userAgent: string;
  fingerprint: string;
  check: string;
  checkOk: string;
  checkMismatch: string;
  /** How to verify; `path` is the verification endpoint when there is one. */
  verify(path: string | undefined): string;
}

/** The label table of one language. */
export interface PdfLabels {
  page(current: number, total: number): string;
  generatedOn(date: string): string;
  status: string;
  colon(label: string): string;
  /** Quotation marks of the language: « … » with narrow no-break spaces, or “…”. */
  quote(text: string): string;
  offer: {
    kind: string;
    numberVersion(number: string, version: number): string;
    issuer: string;
    client: string;
    endClient(name: string, reference: string | undefined): string;
    contractKind: string;
    summary: string;
    deliverables: string;
    columns: { position: string; deliverable: string; quantity: string; unitPrice: string; amount: string };
    fixedPrice: string;
    subtotal: string;
    cap: string;
    total: string;
    totalEstimate: string;
    deposit(percent: string): string;
    taxesExtra: string;
    pricing: string;
    pricingNote: { fixed: string; hourly: string; capped(cap: string): string };
    exclusions: string;
    noExclusions: string;
    assumptions: string;
    noAssumptions: string;
    schedule: string;
    start: string;
    delivery: string;
    terms: string;
    payment: string;
    paymentDays(days: number): string;
    lateInterest: string;
    perYear(percent: string): string;
    notice: string;
    days(days: number): string;
    termination: string;
    cancellation: string;
    acceptance: string;
    signedBy(name: string, at: string): string;
  };
  changeOrder: {
    kind: string;
    amends: string;
    amendsValue(number: string, version: number): string;
    amendsFingerprint: string;
    reason: string;
    requester: string;
    items: string;
    columns: { item: string; hours: string; rate: string; amount: string };
    fixedPrice: string;
    hoursTotal: string;
    total: string;
    schedule: string;
    impact(days: number): string;
    proposedDelivery: string;
    approval: string;
    approvedBy(name: string, at: string): string;
  };
  certificate: CertificateLabels;
  invoice: {
    invoice: string;
    creditNote: string;
    /** France calls a credit note an « avoir ». */
    creditNoteFrance: string;
    number: string;
    issueDate: string;
    dueDate: string;
    supplyDate: string;
    supplyPeriod(from: string, to: string): string;
    creditedInvoice: string;
    creditedInvoiceValue(number: string, date: string): string;
    creditReason: string;
    reference: string;
    seller: string;
    buyer: string;
    columns: { description: string; quantity: string; unitPrice: string; vat: string; amount: string };
    discount(amount: string): string;
    subtotal: string;
    subtotalExclTax: string;
    tax(name: string, rate: string): string;
    registration(number: string): string;
    taxName: Record<TaxCode, string>;
    total: string;
    totalInclTax: string;
    amountPaid: string;
    balanceDue: string;
    amountCredited: string;
    paymentTerms: string;
    howToPay: string;
    mentions: string;
  };
  letter: {
    subject(text: string): string;
    datePlace(place: string, date: string): string;
  };
}

const TABLES: Record<Language, PdfLabels> = { fr: PDF_LABELS_FR, en: PDF_LABELS_EN };

/** The label table of a language. */
export function pdfLabels(language: Language): PdfLabels {
  return TABLES[language];
}
