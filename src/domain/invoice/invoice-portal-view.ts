import type { Currency } from "../money.ts";
import type { PaymentInstructions } from "../payment-instructions.ts";
import type { InvoiceStatus } from "./invoice-lifecycle.ts";

/** An issued invoice as the client sees it through a portal link (`GET /api/v1/portal/{token}`). */
export interface InvoicePortalView {
  kind: "invoice";
  language: "fr" | "en";
  issuer: { name: string };
  number: string;
  status: Exclude<InvoiceStatus, "draft">;
  currency: Currency;
  issueDate: string;
  dueDate: string;
  total: number;
  paid: number;
  credited: number;
  balanceDue: number;
  paymentReference: string;
  paymentInstructions: PaymentInstructions;
  /** The instructions as printed on the PDF, in the invoice's language. */
  paymentInstructionLines: string[];
  payments: { id: string; date: string; amount: number }[];
  creditNotes: { id: string; number: string; date: string; total: number }[];
}
