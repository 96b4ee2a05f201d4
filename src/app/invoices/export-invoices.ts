/**
 * CSV exports of issued invoices and of payments for accountants and spreadsheets: RFC 4180 (comma separator, CRLF,
 * fields quoted when they hold the separator, a quote or a line break, quotes doubled), UTF-8 with a byte-order mark
 * so spreadsheet apps read the accents, amounts as decimals with a dot (1234.50), dates YYYY-MM-DD. The French
 * variant (`fr`) separates with `;` and writes decimal commas (1234,50), as French-locale spreadsheets expect.
 *
 * Text is safe to open (OWASP CSV injection): a cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage
 * return — which spreadsheets run as a formula (`=HYPERLINK(…)`, `+1+cmd|…`) — is prefixed with `'` and quoted.
 * Amounts are written by the export itself, never from user text, and keep their minus sign.
 */

import { type Actor, requirePermission } from "../../domain/permissions.ts";
import type { TaxCode } from "../../domain/tax/tax-rate.ts";
import { invoiceExportRows, paymentExportRows } from "../../store/receivable-store.ts";
import type { AppContext } from "../shared/context.ts";

const BOM = "\uFEFF";

/** `en`: comma-separated, decimal dots; `fr`: semicolon-separated, decimal commas. */
export type CsvFormat = "en" | "fr";

/** An amount in minor units, written as a decimal in the export's format (never neutralised: it is a number). */
export interface Amount {
  readonly minor: number;
}

export type CsvCell = string | number | Amount;

/** Characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvCell, format: CsvFormat = "en"): string {
  const separator = format === "fr" ? ";" : ",";
  const neutralise = typeof value === "string" && FORMULA_START.test(value);
  const s = typeof value === "object" ? decimal(value.minor, format) : neutralise ? `'${value}` : String(value);
  const quote = neutralise || s.includes(separator) || /["\r\n]/.test(s);
  return quote ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(rows: readonly (readonly CsvCell[])[], format: CsvFormat = "en"): string {
  const separator = format === "fr" ? ";" : ",";
  return `${BOM}${rows.map((r) => r.map((cell) => csvField(cell, format)).join(separator)).join("\r\n")}\r\n`;
}

/** Minor units as a decimal: -123456 → "-1234.56" (en) or "-1234,56" (fr). */
export function decimal(minor: number, format: CsvFormat = "en"): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}${format === "fr" ? "," : "."}${String(abs % 100).padStart(2, "0")}`;
}

const amount = (minor: number): Amount => ({ minor });

export interface ExportPeriod {
  from?: string | undefined;
  to?: string | undefined;
  format?: CsvFormat | undefined;
}

const TAX_COLUMNS: TaxCode[] = ["GST", "HST", "QST", "TVA"];

export async function exportInvoicesCsv(ctx: AppContext, actor: Actor, period: ExportPeriod): Promise<string> {
  requirePermission(actor, "read");
  const rows = await invoiceExportRows(ctx.db, { workspaceId: actor.workspaceId, from: period.from, to: period.to });
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
  return csv(
    [
      header,
      ...rows.map(({ invoice, clientName, paid, credited, balance }) => [
        invoice.number,
        invoice.issueDate,
        invoice.dueDate,
        invoice.taxDate,
        clientName,
        invoice.status,
        invoice.currency,
        amount(invoice.totals.subtotal.amount),
        ...TAX_COLUMNS.map((code) =>
          amount(invoice.totals.taxes.filter((t) => t.taxCode === code).reduce((s, t) => s + t.amount.amount, 0)),
        ),
        amount(invoice.totals.total.amount),
        amount(paid),
        amount(credited),
        amount(balance),
      ]),
    ],
    period.format,
  );
}

export async function exportPaymentsCsv(ctx: AppContext, actor: Actor, period: ExportPeriod): Promise<string> {
  requirePermission(actor, "read");
  const rows = await paymentExportRows(ctx.db, { workspaceId: actor.workspaceId, from: period.from, to: period.to });
  return csv(
    [
      ["date", "invoice", "client", "amount", "currency", "method", "reference"],
      ...rows.map((p) => [p.date, p.invoiceNumber, p.clientName, amount(p.amount), p.currency, p.method, p.reference]),
    ],
    period.format,
  );
}
