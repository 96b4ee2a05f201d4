/** The running balance of a numbered invoice: total, paid, credited, written off and still due. */
import { type Money, money } from "../money.ts";
import type { NumberedInvoice } from "./invoice-lifecycle.ts";

export interface InvoiceBalance {
  total: Money;
  paid: Money;
  credited: Money;
  writtenOff: Money;
  /** total − paid − credited − written off; negative when the client paid too much (client credit). */
  balance: Money;
}

/** Total, paid, credited and balance due (negative when the client paid too much). */
export function invoiceBalance(invoice: NumberedInvoice): InvoiceBalance {
  const c = invoice.currency;
  const paid = invoice.payments.reduce((s, p) => s + p.amount.amount, 0);
  const credited = invoice.creditNotes.reduce((s, n) => s + n.totals.total.amount, 0);
  const writtenOff = invoice.status === "written_off" ? invoice.writeOff.amount.amount : 0;
  const total = invoice.totals.total.amount;
  return {
    total: money(total, c),
    paid: money(paid, c),
    credited: money(credited, c),
    writtenOff: money(writtenOff, c),
    balance: money(total - paid - credited - writtenOff, c),
  };
}
