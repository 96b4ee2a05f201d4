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

/** Builds the report. Throws `validation` on a reversed period or on mixed currencies. */
export function taxReport(input: TaxReportInput): TaxReport {
  const from = epochDay(input.period.from, "period.from");
  const to = epochDay(input.period.to, "period.to");
  if (to < from) throw new DomainError("validation", "the period ends before it starts");
  const all = [...input.invoices, ...input.creditNotes];
  const currency = all[0]?.currency ?? "CAD";
  if (all.some((d) => d.currency !== currency)) throw new DomainError("validation", "the tax report mixes currencies");

  const rows = new Map<string, TaxReportRow>();
  const add = (doc: TaxReportDocument, kind: "invoice" | "credit") => {
    const day = epochDay(doc.date, kind === "invoice" ? "invoices.date" : "creditNotes.date");
    if (day < from || day > to) return;
    for (const t of doc.taxes) {
      const category = t.category ?? "standard";
      const key = `${t.jurisdiction}|${t.taxCode}|${category}|${t.ratePpm}`;
      const zero = money(0, currency);
      const row = rows.get(key) ?? {
        jurisdiction: t.jurisdiction,
        taxCode: t.taxCode,
        category,
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
      if (kind === "invoice") {
        row.invoicedBase = plus(row.invoicedBase, t.base.amount);
        row.collected = plus(row.collected, t.amount.amount);
        if (!row.invoiceIds.includes(doc.id)) row.invoiceIds.push(doc.id);
      } else {
        row.creditedBase = plus(row.creditedBase, t.base.amount);
        row.credited = plus(row.credited, t.amount.amount);
        if (!row.creditNoteIds.includes(doc.id)) row.creditNoteIds.push(doc.id);
      }
      row.netBase = money(row.invoicedBase.amount - row.creditedBase.amount, currency);
      row.netTax = money(row.collected.amount - row.credited.amount, currency);
      rows.set(key, row);
    }
  };
  for (const inv of input.invoices) add(inv, "invoice");
  for (const cn of input.creditNotes) add(cn, "credit");

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
