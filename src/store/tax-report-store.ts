/**
 * What the sales-tax report of a period reads: the sums per tax of the lines in `tax_lines` (kept by triggers from the
 * documents' JSON, see its migration) of the issued invoices whose tax point is in the period and of the credit notes
 * dated in it — added up by the database over a few thousand narrow rows keyed by `(workspace_id, date, …)`, never
 * the invoices' JSON. Each sum is still checked against its schema (`corrupt_record` naming `tax_lines`).
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";
import { z } from "zod";
import { CURRENCIES } from "../domain/money.ts";
import { TAX_CODES, TAX_RATE_CATEGORIES } from "../domain/tax/tax-rate.ts";
import type { TaxSum } from "../domain/tax/tax-report.ts";
import type { Database } from "./schema.ts";
import { parseStored } from "./stored-json.ts";

const TaxSumSchema = z.object({
  source: z.enum(["invoice", "credit_note"]),
  currency: z.enum(CURRENCIES),
  jurisdiction: z.string(),
  tax_code: z.enum(TAX_CODES),
  category: z.enum(TAX_RATE_CATEGORIES).nullable(),
  rate_ppm: z.coerce.number().int(),
  base: z.coerce.number().int(),
  amount: z.coerce.number().int(),
  ids: z.string(),
});

export interface TaxPeriodInput {
  workspaceId: string;
  from: string;
  to: string;
}

/**
 * Per tax (jurisdiction, code, category, rate), the sums of the issued invoices whose tax point is in the period and
 * of the credit notes dated in it, with the documents summed — added up by the database, one row per tax.
 */
export async function taxSumsOfPeriod(db: Kysely<Database>, input: TaxPeriodInput): Promise<TaxSum[]> {
  const ids =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? sql`string_agg(distinct document_id, ',')`
      : sql`group_concat(distinct document_id)`;
  const { rows } = await sql<Record<string, unknown>>`select source, currency, jurisdiction, tax_code, category,
      rate_ppm, sum(base) as base, sum(amount) as amount, ${ids} as ids
    from tax_lines where workspace_id = ${input.workspaceId} and date >= ${input.from} and date <= ${input.to}
    group by source, currency, jurisdiction, tax_code, category, rate_ppm`.execute(db);
  return rows.map((raw) => {
    const r = parseStored(TaxSumSchema, raw, { table: "tax_lines", id: `${input.from}..${input.to}`, column: "sums" });
    return {
      kind: r.source === "invoice" ? "invoice" : "credit",
      jurisdiction: r.jurisdiction,
      taxCode: r.tax_code,
      category: r.category ?? "standard",
      ratePpm: r.rate_ppm,
      currency: r.currency,
      base: r.base,
      amount: r.amount,
      documentIds: r.ids.split(","),
    };
  });
}
