/**
 * The sales-tax report for a filing period: per tax and rate (GST, HST per province, QST, TVA per rate), the taxable
 * base and the tax collected on invoices whose tax point falls in the period, minus credit notes dated in the period.
 * Zero-rated rows (rate 0) report the zero-rated supplies, which a GST/QST return also asks for.
 */

import { epochDay } from "../calendar-date.ts";
import { DomainError } from "../errors.ts";
import type { TaxTotal } from "../invoice/invoice-totals.ts";
import { type Currency, type Money, money } from "../money.ts";
import type { TaxCode, TaxRateCategory } from "./tax-rate.ts";

/** An issued invoice or a credit note, reduced to what the report needs. */
export interface TaxReportDocument {
  id: string;
  /** Invoice: its tax point (earlier of invoice and payment date). Credit note: its date. */
  date: string;
  currency: Currency;
  taxes: readonly Pick<TaxTotal, "id" | "jurisdiction" | "taxCode" | "ratePpm" | "category" | "base" | "amount">[];
}

/** The options of `taxReport`. */
export interface TaxReportInput {
  invoices: readonly TaxReportDocument[];
  creditNotes: readonly TaxReportDocument[];
  /** Both ends inclusive, YYYY-MM-DD. */
  period: { from: string; to: string };
}

export interface TaxReportRow {
  jurisdiction: string;
  taxCode: TaxCode;
  category: TaxRateCategory;
  ratePpm: number;
  invoicedBase: Money;
  collected: Money;
  creditedBase: Money;
  credited: Money;
  netBase: Money;
  netTax: Money;
  invoiceIds: string[];
  creditNoteIds: string[];
}

export interface TaxReport {
  period: { from: string; to: string };
  currency: Currency;
  rows: TaxReportRow[];
  /** Net tax per tax code (GST and HST are filed on the same federal return; QST with Revenu Québec). */
  netByTaxCode: Partial<Record<TaxCode, Money>>;
}

const ORDER: Record<TaxCode, number> = { GST: 0, HST: 1, QST: 2, TVA: 3 };

/**
 * The sums of one tax (jurisdiction, code, category, rate) over the invoices or the credit notes of a period: what a
 * database can add up itself, so that a year's report never carries its thousands of documents one by one.
 */
export interface TaxSum {
  kind: "invoice" | "credit";
  jurisdiction: string;
  taxCode: TaxCode;
  category: TaxRateCategory;
  ratePpm: number;
  currency: Currency;
  base: number;
  amount: number;
  /** The documents summed, each once. */
  documentIds: string[];
}

function checkedPeriod(period: { from: string; to: string }) {
  const from = epochDay(period.from, "period.from");
  const to = epochDay(period.to, "period.to");
  if (to < from) throw new DomainError("validation", "the period ends before it starts");
  return { from, to };
}

/** Builds the report. Throws `validation` on a reversed period or on mixed currencies. */
export function taxReport(input: TaxReportInput): TaxReport {
  const { from, to } = checkedPeriod(input.period);
  const sums = new Map<string, TaxSum & { ids: Set<string> }>();
  const add = (doc: TaxReportDocument, kind: TaxSum["kind"]) => {
    const day = epochDay(doc.date, kind === "invoice" ? "invoices.date" : "creditNotes.date");
    if (day < from || day > to) return;
    for (const t of doc.taxes) {
      const category = t.category ?? "standard";
      const key = `${kind}|${doc.currency}|${t.jurisdiction}|${t.taxCode}|${category}|${t.ratePpm}`;
      let sum = sums.get(key);
      if (!sum) {
        sum = {
          kind,
          jurisdiction: t.jurisdiction,
          taxCode: t.taxCode,
          category,
          ratePpm: t.ratePpm,
          currency: doc.currency,
          base: 0,
          amount: 0,
          documentIds: [],
          ids: new Set(),
        };
        sums.set(key, sum);
      }
      sum.base += t.base.amount;
      sum.amount += t.amount.amount;
      if (!sum.ids.has(doc.id)) {
        sum.ids.add(doc.id);
        sum.documentIds.push(doc.id);
      }
    }
  };
  for (const inv of input.invoices) add(inv, "invoice");
  for (const cn of input.creditNotes) add(cn, "credit");
  const all = [...input.invoices, ...input.creditNotes];
  if (all.some((d) => d.currency !== all[0]!.currency)) {
    throw new DomainError("validation", "the tax report mixes currencies");
  }
  return taxReportOfSums({ period: input.period, sums: [...sums.values()], currency: all[0]?.currency });
}

/** The report from the sums of its period's documents. Throws `validation` on a reversed period or mixed currencies. */
export function taxReportOfSums(input: {
  period: { from: string; to: string };
  sums: readonly TaxSum[];
  /** The currency of an empty report (default CAD). */
  currency?: Currency | undefined;
}): TaxReport {
  checkedPeriod(input.period);
  const currency = input.sums[0]?.currency ?? input.currency ?? "CAD";
  if (input.sums.some((s) => s.currency !== currency)) {
    throw new DomainError("validation", "the tax report mixes currencies");
  }
  const rows = new Map<string, TaxReportRow>();
  for (const t of input.sums) {
    const key = `${t.jurisdiction}|${t.taxCode}|${t.category}|${t.ratePpm}`;
    const zero = money(0, currency);
    const row = rows.get(key) ?? {
      jurisdiction: t.jurisdiction,
      taxCode: t.taxCode,
      category: t.category,
      ratePpm: t.ratePpm,
      invoicedBase: zero,
      collected: zero,
      creditedBase: zero,
      credited: zero,
      netBase: zero,
      netTax: zero,
      invoiceIds: [],
      creditNoteIds: [],
    };
    const plus = (m: Money, n: number) => money(m.amount + n, currency);
    if (t.kind === "invoice") {
      row.invoicedBase = plus(row.invoicedBase, t.base);
      row.collected = plus(row.collected, t.amount);
      row.invoiceIds.push(...t.documentIds);
    } else {
      row.creditedBase = plus(row.creditedBase, t.base);
      row.credited = plus(row.credited, t.amount);
      row.creditNoteIds.push(...t.documentIds);
    }
    row.netBase = money(row.invoicedBase.amount - row.creditedBase.amount, currency);
    row.netTax = money(row.collected.amount - row.credited.amount, currency);
    rows.set(key, row);
  }

  const sorted = [...rows.values()].sort(
    (a, b) =>
      ORDER[a.taxCode] - ORDER[b.taxCode] || a.jurisdiction.localeCompare(b.jurisdiction) || b.ratePpm - a.ratePpm,
  );
  const netByTaxCode: Partial<Record<TaxCode, Money>> = {};
  for (const r of sorted) {
    netByTaxCode[r.taxCode] = money((netByTaxCode[r.taxCode]?.amount ?? 0) + r.netTax.amount, currency);
  }
  return { period: input.period, currency, rows: sorted, netByTaxCode };
}
