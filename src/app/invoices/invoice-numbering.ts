/**
 * The number series: invoices in the workspace's pattern (default `{YYYY}-{SEQ:4}` → 2026-0042) and credit notes
 * `AV-{YYYY}-{SEQ:4}`, each a per-workspace counter, yearly when the pattern carries the year, advanced with one atomic UPDATE … RETURNING inside the issuing transaction (`nextCounterValue`): if
 * the transaction rolls back, so does the number, and concurrent issuers queue on the counter row — no gap, no
 * duplicate, across processes and on both engines. Source: Dir. 2006/112/EC art. 226(2); CGI ann. II 242 nonies A 7°.
 */
import type { Kysely } from "kysely";
import { fieldError } from "../../domain/errors.ts";
import { formatInvoiceNumber, parseInvoiceNumberPattern } from "../../domain/invoice/invoice-number.ts";
import { nextCounterValue } from "../../store/counter-store.ts";
import type { Database } from "../../store/schema.ts";

export const NUMBER_SERIES = {
  invoice: { key: "invoice", pattern: "{YYYY}-{SEQ:4}" },
  credit_note: { key: "credit_note", pattern: "AV-{YYYY}-{SEQ:4}" },
} as const;

export type NumberSeries = keyof typeof NUMBER_SERIES;

/**
 * Takes the next number of the series for `date`, in the caller's transaction. A pattern with the year restarts each
 * year (`invoice:2026`); one without never restarts (`invoice:all`), so a number is never reused.
 */
export async function takeNumber(
  trx: Kysely<Database>,
  workspaceId: string,
  series: NumberSeries,
  date: string,
  patternOverride?: string,
): Promise<string> {
  const year = Number(date.slice(0, 4));
  const { key } = NUMBER_SERIES[series];
  const pattern = patternOverride ?? NUMBER_SERIES[series].pattern;
  const parsed = parseInvoiceNumberPattern(pattern);
  if (!parsed.ok) throw fieldError("invoiceNumberPattern", "invalid_pattern", parsed.reason);
  const seq = await nextCounterValue(trx, workspaceId, `${key}:${parsed.hasYear ? year : "all"}`);
  return formatInvoiceNumber({ pattern, year, seq });
}
