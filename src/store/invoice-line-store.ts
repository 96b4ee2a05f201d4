/**
 * The invoice lines the money ledger reads (`invoice_lines`): rewritten from the invoice with every save, so a line's
 * source, mandate, amount and credited share always match the stored invoice; and read back per mandate or per
 * client with the figures of their invoices, in two queries whatever the number of invoices.
 */
import { type Kysely, sql } from "kysely";
import type { Invoice } from "../domain/invoice/invoice-lifecycle.ts";
import { computeInvoiceTotals } from "../domain/invoice/invoice-totals.ts";
import type { LedgerInvoice, LedgerLine } from "../domain/ledger/money-ledger.ts";
import type { InvoiceDetails } from "./invoice-store.ts";
import type { Database } from "./schema.ts";

/** Line amounts before taxes: frozen totals once issued, computed for a draft. */
function lineAmounts(invoice: Invoice): number[] {
  const totals = invoice.status === "draft" ? computeInvoiceTotals(invoice) : invoice.totals;
  return totals.lines.map((l) => l.amount.amount);
}

export async function writeInvoiceLines(
  trx: Kysely<Database>,
  input: { workspaceId: string; invoice: Invoice; details: InvoiceDetails },
): Promise<void> {
  const { invoice, details, workspaceId } = input;
  const amounts = lineAmounts(invoice);
  const credited = new Map<number, number>();
  if (invoice.status !== "draft")
    for (const note of invoice.creditNotes)
      for (const l of note.totals.lines) credited.set(l.lineIndex, (credited.get(l.lineIndex) ?? 0) + l.amount.amount);
  await trx
    .deleteFrom("invoice_lines")
    .where("workspace_id", "=", workspaceId)
    .where("invoice_id", "=", invoice.id)
    .execute();
  const rows = invoice.lines.map((_, position) => {
    const info = details.lines[position] ?? {};
    return {
      workspace_id: workspaceId,
      invoice_id: invoice.id,
      position,
      client_id: invoice.clientId,
      mandate_id: info.mandateId ?? null,
      offer_id: info.offerId ?? null,
      kind: info.source?.kind ?? "manual",
      source_id: info.source?.id ?? null,
      amount: amounts[position] ?? 0,
      credited: credited.get(position) ?? 0,
    };
  });
  for (let i = 0; i < rows.length; i += 100)
    await trx
      .insertInto("invoice_lines")
      .values(rows.slice(i, i + 100))
      .execute();
}

export interface LedgerLineRow extends LedgerLine {
  position: number;
  clientId: string;
  mandateId: string | null;
  offerId: string | null;
  sourceId: string | null;
  invoiceNumber: string | null;
}

/**
 * The lines of a client (or of some mandates) with their invoices' figures. Invoices are read with every one of their
 * lines' totals so a payment is shared over all the lines of the invoice, not only those asked for.
 */
export async function ledgerLines(
  db: Kysely<Database>,
  input: {
    workspaceId: string;
    clientId?: string | undefined;
    clientIds?: readonly string[] | undefined;
    mandateIds?: readonly string[] | undefined;
  },
): Promise<{ lines: LedgerLineRow[]; invoices: Map<string, LedgerInvoice> }> {
  if (input.mandateIds?.length === 0 || input.clientIds?.length === 0) return { lines: [], invoices: new Map() };
  let q = db
    .selectFrom("invoice_lines as l")
    .innerJoin("invoices as i", (j) => j.onRef("i.id", "=", "l.invoice_id"))
    .select([
      "l.invoice_id",
      "l.position",
      "l.client_id",
      "l.mandate_id",
      "l.offer_id",
      "l.kind",
      "l.source_id",
      "l.amount",
      "l.credited",
      "i.status",
      "i.number",
    ])
    .where("l.workspace_id", "=", input.workspaceId)
    .where("i.workspace_id", "=", input.workspaceId);
  if (input.clientId) q = q.where("l.client_id", "=", input.clientId);
  if (input.clientIds) q = q.where("l.client_id", "in", [...input.clientIds]);
  if (input.mandateIds) q = q.where("l.mandate_id", "in", [...input.mandateIds]);
  const rows = await q.orderBy("l.invoice_id").orderBy("l.position").execute();
  const ids = [...new Set(rows.map((r) => r.invoice_id))];
  const invoices = new Map<string, LedgerInvoice>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const [heads, all] = await Promise.all([
      db
        .selectFrom("invoices")
        .select(["id", "status", "total", "credited", "paid", "balance"])
        .where("workspace_id", "=", input.workspaceId)
        .where("id", "in", chunk)
        .execute(),
      db
        .selectFrom("invoice_lines")
        .select(["invoice_id", "position", "amount", "credited"])
        .where("workspace_id", "=", input.workspaceId)
        .where("invoice_id", "in", chunk)
        .orderBy("invoice_id")
        .orderBy("position")
        .execute(),
    ]);
    const linesOf = new Map<string, { position: number; amount: number; credited: number }[]>();
    for (const l of all) {
      const list = linesOf.get(l.invoice_id) ?? [];
      list.push({ position: l.position, amount: Number(l.amount), credited: Number(l.credited) });
      linesOf.set(l.invoice_id, list);
    }
    for (const h of heads) {
      const lines = linesOf.get(h.id) ?? [];
      invoices.set(h.id, {
        id: h.id,
        status: h.status,
        total: Number(h.total),
        credited: Number(h.credited),
        paid: Number(h.paid),
        balance: Number(h.balance),
        lineAmounts: lines.reduce((sum, l) => sum + l.amount, 0),
        lineCredited: lines.reduce((sum, l) => sum + l.credited, 0),
        lines,
      });
    }
  }
  return {
    lines: rows.map((r) => ({
      invoiceId: r.invoice_id,
      position: r.position,
      clientId: r.client_id,
      status: r.status,
      kind: r.kind,
      amount: Number(r.amount),
      credited: Number(r.credited),
      mandateId: r.mandate_id,
      offerId: r.offer_id,
      sourceId: r.source_id,
      invoiceNumber: r.number,
    })),
    invoices,
  };
}

/**
 * Per client, the lines linked to no mandate, net of what credit notes took off them, on issued invoices (drafts
 * apart): the money ledger's `earned` for work invoiced outside any mandate, summed in SQL. Few clients are named in
 * one `IN` list; more are read workspace-wide (no bound-variable list past the engines' limits).
 */
export async function unlinkedLinesNet(
  db: Kysely<Database>,
  workspaceId: string,
  clientIds: readonly string[],
): Promise<Map<string, number>> {
  const ids = [...clientIds];
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("invoice_lines as l")
    .innerJoin("invoices as i", (j) => j.onRef("i.id", "=", "l.invoice_id"))
    .select((eb) => ["l.client_id", eb.fn.sum<number>(sql`l.amount - l.credited`).as("net")])
    .where("l.workspace_id", "=", workspaceId)
    .where("i.workspace_id", "=", workspaceId)
    .where("l.mandate_id", "is", null)
    .where("i.status", "!=", "draft")
    .$if(ids.length <= 500, (q) => q.where("l.client_id", "in", ids))
    .groupBy("l.client_id")
    .execute();
  return new Map(rows.map((r) => [r.client_id, Number(r.net)]));
}
