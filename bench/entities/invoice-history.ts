/**
 * Ten years of issued invoices, built with the domain's own transitions (draft → issue → payments, credit notes,
 * write-offs) so their JSON, totals and balances are exactly what the app writes: numbered per year in issue order,
 * GST + QST, mostly paid when old, a mix of open, partially paid and paid when recent. Payments and credit notes go
 * to their tables; the yearly counters are set so the next issue continues the series. Bulk-inserted in chunks.
 */

import type { Insertable } from "kysely";
import { studioToday } from "../../src/app/shared/studio-day.ts";
import { addDays } from "../../src/domain/calendar-date.ts";
import { invoiceBalance } from "../../src/domain/invoice/invoice-balance.ts";
import {
  applyCreditNote,
  createDraftInvoice,
  issueInvoice,
  type NumberedInvoice,
  recordPayment,
  writeOffInvoice,
} from "../../src/domain/invoice/invoice-lifecycle.ts";
import { money } from "../../src/domain/money.ts";
import { determineTaxes } from "../../src/domain/tax/determine-taxes.ts";
import type { InvoiceDetails } from "../../src/store/invoice-store.ts";
import type { CreditNoteTable, InvoiceTable, PaymentTable } from "../../src/store/schema.ts";
import { bulkInsert } from "../support/bulk-insert.ts";
import { type EntityGenerator, type GenerateContext, idsOf } from "./registry.ts";

const CHUNK = 2_000;
const GST = "123456789 RT0001";
const QST = "1234567890 TQ0001";
const WORK = [
  "Intégration de contenu",
  "Maintenance mensuelle",
  "Correctifs d'accessibilité",
  "Refonte de page",
  "Hébergement",
];

const DETAILS: InvoiceDetails = {
  language: "fr",
  lines: [],
  regime: "ca_domestic",
  placeOfSupply: "CA-QC",
  mentions: [],
  warnings: [],
  evidence: [],
  buyer: {},
  paymentDays: 30,
  lateInterestBps: 1_200,
};

/** The studio's today (a Québec studio: Toronto's day), which the app issues invoices on and numbers follow. */
function studioDay(g: GenerateContext): string {
  return studioToday({ now: () => g.now }, { jurisdiction: "CA-QC" });
}

function issueDates(g: GenerateContext, count: number): string[] {
  const end = g.now.getTime();
  const start = end - g.years * 365.25 * 86_400_000;
  const today = studioDay(g);
  return Array.from({ length: count }, () => {
    const day = new Date(start + g.rng.next() * (end - start)).toISOString().slice(0, 10);
    return day > today ? today : day;
  }).sort();
}

function settle(
  g: GenerateContext,
  issued: NumberedInvoice,
  today: string,
  credits: { id: string; number: () => string },
) {
  const { rng } = g;
  const old = addDays(issued.dueDate, 120) < today;
  const outcome = old
    ? rng.weighted({ paid: 90, partial: 2, open: 1, credited: 4, writtenOff: 3 })
    : rng.weighted({ paid: 50, partial: 15, open: 35, credited: 0, writtenOff: 0 });
  const cap = (d: string) => (d > today ? today : d);
  let invoice: NumberedInvoice = issued;
  const payments: { id: string; date: string; amount: number; method: string }[] = [];
  let note: { id: string; number: string; date: string } | undefined;
  const total = issued.totals.total.amount;
  const pay = (date: string, amount: number) => {
    const id = g.ctx.newId();
    invoice = recordPayment(invoice, { id, date, amount: money(amount, invoice.currency) }).invoice;
    payments.push({ id, date, amount, method: rng.pick(["transfer", "interac", "cheque"]) });
  };
  if (outcome === "paid") {
    const date = cap(addDays(issued.issueDate, rng.int(3, 75)));
    if (rng.chance(0.2)) {
      const first = Math.floor(total / 2);
      pay(date, first);
      pay(cap(addDays(date, rng.int(5, 30))), total - first);
    } else pay(date, total);
  } else if (outcome === "partial") pay(cap(addDays(issued.issueDate, rng.int(3, 40))), Math.floor(total * 0.4));
  else if (outcome === "credited") {
    const date = cap(addDays(issued.issueDate, rng.int(2, 20)));
    invoice = applyCreditNote(invoice, {
      id: credits.id,
      date,
      reason: "Annulation",
      request: { kind: "full" },
    }).invoice;
    note = { id: credits.id, number: credits.number(), date };
  } else if (outcome === "writtenOff") {
    invoice = writeOffInvoice(invoice, { date: cap(addDays(issued.dueDate, 200)), reason: "Client insolvable" });
  }
  return { invoice, payments, note };
}

export const invoiceHistoryGenerator: EntityGenerator = {
  kind: "invoices",
  async generate(g, ws, count) {
    const clientIds = idsOf(ws, "clients");
    if (clientIds.length === 0 || count === 0) return 0;
    const { rng } = g;
    await g.ctx.db
      .updateTable("workspaces")
      .set({ gst_number: GST, qst_number: QST })
      .where("id", "=", ws.id)
      .execute();
    const today = studioDay(g);
    const clients = rng.sample(clientIds, clientIds.length);
    const seq = new Map<string, number>();
    const next = (key: string) => {
      const n = (seq.get(key) ?? 0) + 1;
      seq.set(key, n);
      return n;
    };
    const ids = idsOf(ws, "invoices");
    const dates = issueDates(g, count);
    let written = 0;
    for (let from = 0; from < count; from += CHUNK) {
      const invoices: Insertable<InvoiceTable>[] = [];
      const payments: Insertable<PaymentTable>[] = [];
      const notes: Insertable<CreditNoteTable>[] = [];
      for (const issueDate of dates.slice(from, from + CHUNK)) {
        const year = issueDate.slice(0, 4);
        const taxes = determineTaxes({
          provider: { jurisdiction: "CA-QC", gstNumber: GST, qstNumber: QST },
          client: { country: "CA", province: "QC", isConsumer: false },
          taxDate: issueDate,
        }).taxes;
        const clientId = clients[rng.skewedIndex(clients.length)]!;
        const lines = Array.from({ length: rng.int(1, 3) }, () => ({
          description: rng.pick(WORK),
          quantityMilli: rng.int(1, 40) * 500,
          unitPrice: rng.int(85, 150) * 100,
        }));
        const id = g.ctx.newId();
        const draft = createDraftInvoice(id, { clientId, currency: "CAD", lines, taxes });
        const number = `${year}-${String(next(`invoice:${year}`)).padStart(4, "0")}`;
        const issued = issueInvoice(draft, { number, issueDate, dueDate: addDays(issueDate, 30) });
        const creditId = g.ctx.newId();
        const {
          invoice,
          payments: paid,
          note,
        } = settle(g, issued, today, {
          id: creditId,
          number: () => `AV-${year}-${String(next(`credit_note:${year}`)).padStart(4, "0")}`,
        });
        const b = invoiceBalance(invoice);
        const movements = [...paid.map((p) => p.date), ...(note ? [note.date] : [])].sort();
        const at = `${issueDate}T15:00:00.000Z`;
        invoices.push({
          id,
          workspace_id: ws.id,
          client_id: clientId,
          status: invoice.status,
          number,
          currency: "CAD",
          issue_date: issueDate,
          due_date: invoice.dueDate,
          tax_date: invoice.taxDate,
          subtotal: invoice.totals.subtotal.amount,
          tax_total: invoice.totals.taxTotal.amount,
          total: invoice.totals.total.amount,
          paid: b.paid.amount,
          credited: b.credited.amount,
          balance: b.balance.amount,
          last_movement_on: movements.at(-1) ?? (invoice.status === "written_off" ? invoice.writeOff.date : null),
          version: 1 + paid.length + (note ? 1 : 0),
          state_json: JSON.stringify(invoice),
          details_json: JSON.stringify({ ...DETAILS, lines: lines.map(() => ({ unit: "h" })) }),
          created_at: at,
          updated_at: at,
        });
        for (const p of paid) {
          payments.push({
            id: p.id,
            workspace_id: ws.id,
            invoice_id: id,
            client_id: clientId,
            date: p.date,
            amount: p.amount,
            currency: "CAD",
            method: p.method,
            reference: "",
            created_at: `${p.date}T12:00:00.000Z`,
          });
        }
        if (note) {
          const totals = invoice.creditNotes[0]!.totals;
          notes.push({
            id: note.id,
            workspace_id: ws.id,
            invoice_id: id,
            client_id: clientId,
            number: note.number,
            date: note.date,
            reason: "Annulation",
            currency: "CAD",
            subtotal: totals.subtotal.amount,
            tax_total: totals.taxTotal.amount,
            total: totals.total.amount,
            totals_json: JSON.stringify(totals),
            created_at: `${note.date}T12:00:00.000Z`,
          });
        }
        ids.push(id);
      }
      written += await bulkInsert(g.ctx.db, "invoices", invoices);
      written += await bulkInsert(g.ctx.db, "payments", payments);
      written += await bulkInsert(g.ctx.db, "credit_notes", notes);
    }
    for (const [key, value] of seq) {
      await g.ctx.db.insertInto("counters").values({ workspace_id: ws.id, key, value }).execute();
    }
    return written;
  },
};
