/**
 * What was invoiced to clients for work, pre-tax, by issue month: invoice lines net of their credit notes, deposit
 * lines left out (an advance is not revenue earned). Health's stand-in for earned revenue until the money ledger
 * (`src/app/mandates/ledger.ts`) feeds it; three queries whatever the number of clients.
 */
import type { Kysely } from "kysely";
import type { Invoice } from "../domain/invoice/invoice-lifecycle.ts";
import type { InvoiceDetails } from "./invoice-store.ts";
import type { Database } from "./schema.ts";
import { readInvoice, readInvoiceDetails } from "./stored-aggregates.ts";

/** Pre-tax work invoiced per client: per `YYYY-MM` of issue, and in total. */
export interface InvoicedWork {
  total: number;
  byMonth: Record<string, number>;
}

/** Work share of an invoice carrying a deposit: its non-deposit lines, each net of what credit notes took off it. */
function workOfDepositInvoice(invoice: Invoice, details: InvoiceDetails): number {
  if (invoice.status === "draft") return 0;
  const credited = new Map<number, number>();
  for (const note of invoice.creditNotes)
    for (const l of note.totals.lines) credited.set(l.lineIndex, (credited.get(l.lineIndex) ?? 0) + l.amount.amount);
  return invoice.totals.lines.reduce(
    (s, l) =>
      details.lines[l.index]?.source?.kind === "deposit" ? s : s + l.amount.amount - (credited.get(l.index) ?? 0),
    0,
  );
}

export async function invoicedWork(
  db: Kysely<Database>,
  workspaceId: string,
  clientIds: readonly string[],
): Promise<Map<string, InvoicedWork>> {
  const ids = [...clientIds];
  const out = new Map<string, InvoicedWork>(ids.map((id) => [id, { total: 0, byMonth: {} }]));
  if (ids.length === 0) return out;
  const [invoices, credits, withDeposit] = await Promise.all([
    db
      .selectFrom("invoices")
      .select(["id", "client_id", "issue_date", "subtotal"])
      .where("workspace_id", "=", workspaceId)
      .where("client_id", "in", ids)
      .where("status", "!=", "draft")
      .execute(),
    db
      .selectFrom("credit_notes")
      .select(["invoice_id"])
      .select((eb) => eb.fn.sum<number>("subtotal").as("s"))
      .where("workspace_id", "=", workspaceId)
      .where("client_id", "in", ids)
      .groupBy("invoice_id")
      .execute(),
    db
      .selectFrom("invoices")
      .select(["id", "state_json", "details_json"])
      .where("workspace_id", "=", workspaceId)
      .where("client_id", "in", ids)
      .where("status", "!=", "draft")
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom("invoice_sources as s")
            .select("s.invoice_id")
            .whereRef("s.invoice_id", "=", "invoices.id")
            .where("s.workspace_id", "=", workspaceId)
            .where("s.kind", "=", "deposit"),
        ),
      )
      .execute(),
  ]);
  const credited = new Map(credits.map((c) => [c.invoice_id, Number(c.s)]));
  const depositInvoices = new Map(
    withDeposit.map((r) => [
      r.id,
      workOfDepositInvoice(readInvoice(r.state_json, r.id), readInvoiceDetails(r.details_json, r.id)),
    ]),
  );
  for (const inv of invoices) {
    const work = depositInvoices.get(inv.id) ?? Number(inv.subtotal) - (credited.get(inv.id) ?? 0);
    const client = out.get(inv.client_id);
    if (!client || !inv.issue_date || work === 0) continue;
    const month = inv.issue_date.slice(0, 7);
    client.byMonth[month] = (client.byMonth[month] ?? 0) + work;
    client.total += work;
  }
  return out;
}
