/**
 * The number series: invoices `{YYYY}-{SEQ:4}` (2026-0042) and credit notes `AV-{YYYY}-{SEQ:4}`, each a per-workspace
 * yearly counter advanced with one atomic UPDATE … RETURNING inside the issuing transaction (`nextCounterValue`): if
 * the transaction rolls back, so does the number, and concurrent issuers queue on the counter row — no gap, no
 * duplicate, across processes and on both engines. Source: Dir. 2006/112/EC art. 226(2); CGI ann. II 242 nonies A 7°.
 */
import type { Kysely } from "kysely";
import { formatInvoiceNumber } from "../domain/invoice/invoice-number.ts";
import { nextCounterValue } from "../store/counter-store.ts";
import type { Database } from "../store/schema.ts";

export const NUMBER_SERIES = {
  invoice: { key: "invoice", pattern: "{YYYY}-{SEQ:4}" },
  credit_note: { key: "credit_note", pattern: "AV-{YYYY}-{SEQ:4}" },
} as const;

export type NumberSeries = keyof typeof NUMBER_SERIES;

/** Takes the next number of the series for the year of `date`, in the caller's transaction. */
export async function takeNumber(
  trx: Kysely<Database>,
  workspaceId: string,
  series: NumberSeries,
  date: string,
): Promise<string> {
  const year = Number(date.slice(0, 4));
  const { key, pattern } = NUMBER_SERIES[series];
  const seq = await nextCounterValue(trx, workspaceId, `${key}:${year}`);
  return formatInvoiceNumber({ pattern, year, seq });
}
