/**
 * One payment from a client shared over several of its open invoices. The studio may say how much goes to each;
 * otherwise the earliest due date is paid first (then the lowest number), close to the law's default imputation when
 * neither party chose: the debt due first, then the oldest (C.c.Q. 1572; C. civ. 1342-10 in France). What is left
 * after every allocation is the client's credit, never lost.
 */
import { fieldError } from "../errors.ts";

export interface OpenInvoiceBalance {
  id: string;
  number: string;
  dueDate: string;
  /** Minor units still owed. */
  balance: number;
}

export interface PaymentAllocation {
  invoiceId: string;
  amount: number;
}

/** Splits `amount` over `invoices`: as `requested` when given (each within its invoice's balance), else oldest first. */
export function allocatePayment(input: {
  amount: number;
  invoices: readonly OpenInvoiceBalance[];
  requested?: readonly PaymentAllocation[] | undefined;
}): { allocations: PaymentAllocation[]; credit: number } {
  if (!Number.isInteger(input.amount) || input.amount <= 0) {
    throw fieldError("amount", "out_of_range", "a payment is a positive amount");
  }
  if (input.requested) {
    const seen = new Set<string>();
    input.requested.forEach((r, i) => {
      const invoice = input.invoices.find((inv) => inv.id === r.invoiceId);
      if (!invoice) throw fieldError(`allocations.${i}.invoiceId`, "not_open", "not an open invoice of this client");
      if (seen.has(r.invoiceId)) throw fieldError(`allocations.${i}.invoiceId`, "duplicate", "named twice");
      seen.add(r.invoiceId);
      if (!Number.isInteger(r.amount) || r.amount <= 0 || r.amount > invoice.balance) {
        throw fieldError(`allocations.${i}.amount`, "out_of_range", "between 0.01 and the invoice's balance");
      }
    });
    const total = input.requested.reduce((sum, r) => sum + r.amount, 0);
    if (total > input.amount) throw fieldError("allocations", "out_of_range", "more allocated than was paid");
    return { allocations: input.requested.map((r) => ({ ...r })), credit: input.amount - total };
  }
  const ordered = [...input.invoices].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number),
  );
  let left = input.amount;
  const allocations: PaymentAllocation[] = [];
  for (const inv of ordered) {
    if (left === 0) break;
    const amount = Math.min(left, inv.balance);
    if (amount > 0) allocations.push({ invoiceId: inv.id, amount });
    left -= amount;
  }
  return { allocations, credit: left };
}
