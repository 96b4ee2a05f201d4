/**
 * Read-only projections of numbered invoices into the inputs of the reports (aging, DSO, tax report), so the app
 * layer never re-derives balances or tax lines by hand.
 */
import type { TaxReportDocument } from "../tax/tax-report.ts";
import type { AgingInvoice } from "./aging-buckets.ts";
import type { DsoInvoice } from "./days-sales-outstanding.ts";
import { invoiceBalance } from "./invoice-balance.ts";
import type { NumberedInvoice } from "./invoice-lifecycle.ts";

/** The open balance of an invoice for `agingBuckets`. */
export function toAgingInvoice(invoice: NumberedInvoice): AgingInvoice {
  return {
    id: invoice.id,
    clientId: invoice.clientId,
    dueDate: invoice.dueDate,
    balanceDue: invoiceBalance(invoice).balance,
  };
}

/** The dated movements of an invoice for `daysSalesOutstanding`. */
export function toDsoInvoice(invoice: NumberedInvoice): DsoInvoice {
  return {
    id: invoice.id,
    issueDate: invoice.issueDate,
    total: invoice.totals.total,
    payments: invoice.payments.map((p) => ({ date: p.date, amount: p.amount })),
    creditNotes: invoice.creditNotes.map((n) => ({ date: n.date, amount: n.totals.total })),
    writeOff:
      invoice.status === "written_off" ? { date: invoice.writeOff.date, amount: invoice.writeOff.amount } : undefined,
  };
}

/** The invoice (at its tax point) and each of its credit notes (at their dates) for `taxReport`. */
export function toTaxReportDocuments(invoice: NumberedInvoice): {
  invoice: TaxReportDocument;
  creditNotes: TaxReportDocument[];
} {
  return {
    invoice: { id: invoice.id, date: invoice.taxDate, currency: invoice.currency, taxes: invoice.totals.taxes },
    creditNotes: invoice.creditNotes.map((n) => ({
      id: n.id,
      date: n.date,
      currency: n.totals.currency,
      taxes: n.totals.taxes,
    })),
  };
}
