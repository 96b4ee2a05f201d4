/**
 * Shapes and calls of recurring invoices and retainers (`/api/v1/recurring-invoices`): templates, their lifecycle,
 * the invoices their periods produced, and a retainer's hours used this month.
 */
import type { RecurringMode, RecurringStatus, RunStatus } from "../../src/domain/invoice/recurring-lifecycle.ts";
import type { RecurringFrequency } from "../../src/domain/invoice/recurring-period.ts";
import type { RetainerUsage as Usage } from "../../src/domain/invoice/retainer-usage.ts";
import { api } from "./api.ts";
import type { Currency } from "./api-types.ts";

export { RECURRING_MODES } from "../../src/domain/invoice/recurring-lifecycle.ts";
export { RECURRING_FREQUENCIES } from "../../src/domain/invoice/recurring-period.ts";
export type { RecurringFrequency, RecurringMode, RecurringStatus, RunStatus };

export interface RecurringLine {
  description: string;
  quantityMilli: number;
  unitPrice: number;
  unit?: string;
  detail?: string;
  taxable?: boolean;
}

export interface RecurringRun {
  id: string;
  periodIndex: number;
  periodStart: string;
  periodEnd: string;
  status: RunStatus;
  error: string | null;
  invoiceId: string | null;
  invoice: { number: string | null; status: string; total: number; currency: string } | null;
  createdAt: string;
}

export interface RecurringInvoice {
  id: string;
  clientId: string;
  mandateId: string | null;
  name: string;
  frequency: RecurringFrequency;
  anchorDate: string;
  endDate: string | null;
  mode: RecurringMode;
  status: RecurringStatus;
  currency: Currency;
  lines: RecurringLine[];
  paymentDays: number | null;
  reference: string | null;
  contactIds: string[];
  retainer: { minutesPerPeriod: number; hourlyRate: number } | null;
  nextPeriod: { index: number; start: string; end: string; label: string } | null;
  runs: RecurringRun[];
  createdAt: string;
  updatedAt: string;
}

export interface NewRecurringInvoice {
  clientId: string;
  name: string;
  frequency: RecurringFrequency;
  anchorDate: string;
  endDate?: string | null;
  mode: RecurringMode;
  lines?: RecurringLine[];
  paymentDays?: number;
  retainer?: { minutesPerPeriod: number; hourlyRate: number } | null;
}

/** The domain's usage figures, for one month of the retainer. */
export interface RetainerUsage extends Usage {
  recurringInvoiceId: string;
  period: { index: number; start: string; end: string; label: string };
  hourlyRate: number;
}

export const recurringKeys = {
  all: ["recurring"] as const,
  list: (clientId: string) => ["recurring", "list", clientId] as const,
  usage: (id: string) => ["recurring", "usage", id] as const,
};

export const recurringApi = {
  list: (clientId: string) =>
    api<{ items: RecurringInvoice[] }>("GET", `/recurring-invoices?clientId=${encodeURIComponent(clientId)}`),
  create: (body: NewRecurringInvoice) => api<RecurringInvoice>("POST", "/recurring-invoices", body),
  change: (id: string, action: "pause" | "resume" | "end") =>
    api<RecurringInvoice>("POST", `/recurring-invoices/${encodeURIComponent(id)}/${action}`),
  usage: (id: string) => api<RetainerUsage>("GET", `/recurring-invoices/${encodeURIComponent(id)}/usage`),
};
