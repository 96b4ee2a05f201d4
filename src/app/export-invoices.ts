/**
 * CSV exports of issued invoices and of payments for accountants and spreadsheets: RFC 4180 (comma separator, CRLF,
 * fields quoted when they hold a comma, quote or line break, quotes doubled), UTF-8 with a byte-order mark so
 * spreadsheet apps read the accents, amounts as decimals with a dot (1234.50), dates YYYY-MM-DD.
 */

import { type Actor, requirePermission } from "../domain/permissions.ts";
import type { TaxCode } from "../domain/tax/tax-rate.ts";
import { invoiceExportRows, paymentExportRows } from "../store/receivable-store.ts";
import type { AppContext } from "./context.ts";

const BOM = "\uFEFF";

export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(rows: readonly (readonly (string | number)[])[]): string {
  return `${BOM}${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** Minor units as a decimal with a dot: -123456 → "-1234.56". */
export function decimal(minor: number): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

export interface ExportPeriod {
  from?: string | undefined;
  to?: string | undefined;
}

const TAX_COLUMNS: TaxCode[] = ["GST", "HST", "QST", "TVA"];

export async function exportInvoicesCsv(ctx: AppContext, actor: Actor, period: ExportPeriod): Promise<string> {
  requirePermission(actor, "read");
  const rows = await invoiceExportRows(ctx.db, { workspaceId: actor.workspaceId, ...period });
  const header = [
    "number",
    "issue_date",
    "due_date",
    "tax_date",
    "client",
    "status",
    "currency",
    "subtotal",
    ...TAX_COLUMNS.map((t) => t.toLowerCase()),
    "total",
    "paid",
    "credited",
    "balance",
  ];
  return csv([
    header,
    ...rows.map(({ invoice, clientName, paid, credited, balance }) => [
      invoice.number,
      invoice.issueDate,
      invoice.dueDate,
      invoice.taxDate,
      clientName,
      invoice.status,
      invoice.currency,
      decimal(invoice.totals.subtotal.amount),
      ...TAX_COLUMNS.map((code) =>
        decimal(invoice.totals.taxes.filter((t) => t.taxCode === code).reduce((s, t) => s + t.amount.amount, 0)),
      ),
      decimal(invoice.totals.total.amount),
      decimal(paid),
      decimal(credited),
      decimal(balance),
    ]),
  ]);
}

export async function exportPaymentsCsv(ctx: AppContext, actor: Actor, period: ExportPeriod): Promise<string> {
  requirePermission(actor, "read");
  const rows = await paymentExportRows(ctx.db, { workspaceId: actor.workspaceId, ...period });
  return csv([
    ["date", "invoice", "client", "amount", "currency", "method", "reference"],
    ...rows.map((p) => [p.date, p.invoiceNumber, p.clientName, decimal(p.amount), p.currency, p.method, p.reference]),
  ]);
}
