/**
 * Invoice arithmetic. Each line is rounded half-up once (quantity × unit price, then its discount); each tax is
 * computed on its own taxable base — the sum of the lines it applies to — and rounded half-up ONCE on that base, so
 * GST and QST are two separate computations on the same base, never compounded (Revenu Québec, "Calculating the
 * taxes"). France: one tax row per VAT rate gives the "total per rate" of CGI ann. II art. 242 nonies A 11°.
 */
import { DomainError, type FieldIssue } from "../errors.ts";
import { applyRatePpm, type Currency, type Money, money } from "../money.ts";
import type { TaxCode, TaxRateCategory } from "../tax/tax-rate.ts";
import { mulDivHalfUp } from "./mul-div-half-up.ts";

/** Largest line or base amount accepted (90 million in major units), so tax products stay exact integers. */
export const MAX_AMOUNT = 9_000_000_000;

/** A tax to apply: a row from the rate table (or the fields of one that the invoice froze at issue). */
export interface InvoiceTax {
  id: string;
  jurisdiction: string;
  taxCode: TaxCode;
  category?: TaxRateCategory;
  ratePpm: number;
}

/** Line discount: a rate in parts per million of the line (10% = 100_000) or a fixed amount in minor units. */
export type LineDiscount = { kind: "percent"; ratePpm: number } | { kind: "amount"; amount: number };

/** One invoice line as entered. */
export interface InvoiceLineInput {
  description: string;
  /** Quantity in thousandths: 1500 = 1.5 (hours, units…). */
  quantityMilli: number;
  /** Unit price excluding tax, in minor units. */
  unitPrice: number;
  discount?: LineDiscount;
  /** Ids of the taxes that apply; omitted = every tax of the invoice; [] = not taxable. */
  taxIds?: readonly string[];
}

/** The options of `computeInvoiceTotals`. */
export interface ComputeInvoiceTotalsInput {
  currency: Currency;
  lines: readonly InvoiceLineInput[];
  taxes: readonly InvoiceTax[];
}

export interface LineTotal {
  index: number;
  /** quantity × unit price, rounded half-up. */
  gross: Money;
  discount: Money;
  /** gross − discount: what the line contributes to the subtotal and to its taxes' bases. */
  amount: Money;
  taxIds: string[];
}

export interface TaxTotal extends InvoiceTax {
  base: Money;
  amount: Money;
}

export interface InvoiceTotals {
  currency: Currency;
  lines: LineTotal[];
  subtotal: Money;
  /** One entry per tax used by at least one line, in the order of `taxes`. */
  taxes: TaxTotal[];
  taxTotal: Money;
  total: Money;
}

function isNonNegativeInt(n: number, max = MAX_AMOUNT): boolean {
  return Number.isSafeInteger(n) && n >= 0 && n <= max;
}

function validateTaxes(taxes: readonly InvoiceTax[], issues: FieldIssue[]): void {
  const seen = new Set<string>();
  taxes.forEach((t, i) => {
    if (seen.has(t.id)) issues.push({ path: `taxes.${i}.id`, issue: "duplicate", message: `duplicate tax ${t.id}` });
    seen.add(t.id);
    if (!isNonNegativeInt(t.ratePpm, 1_000_000)) {
      issues.push({ path: `taxes.${i}.ratePpm`, issue: "out_of_range", message: "rate must be 0-1,000,000 ppm" });
    }
  });
}

function lineTotal(line: InvoiceLineInput, index: number, input: ComputeInvoiceTotalsInput, issues: FieldIssue[]) {
  const at = (field: string) => `lines.${index}.${field}`;
  const before = issues.length;
  if (!isNonNegativeInt(line.quantityMilli, 1_000_000_000)) {
    issues.push({
      path: at("quantityMilli"),
      issue: "out_of_range",
      message: "quantity must be a non-negative integer of thousandths",
    });
  }
  if (!isNonNegativeInt(line.unitPrice)) {
    issues.push({
      path: at("unitPrice"),
      issue: "out_of_range",
      message: "unit price must be a non-negative integer of minor units",
    });
  }
  if (issues.length > before) return undefined;
  const gross = mulDivHalfUp(line.quantityMilli, { times: line.unitPrice, over: 1_000 });
  let discount = 0;
  if (line.discount?.kind === "percent") {
    if (!isNonNegativeInt(line.discount.ratePpm, 1_000_000)) {
      issues.push({ path: at("discount.ratePpm"), issue: "out_of_range", message: "discount must be 0-100%" });
    } else discount = mulDivHalfUp(gross, { times: line.discount.ratePpm, over: 1_000_000 });
  } else if (line.discount?.kind === "amount") {
    if (!isNonNegativeInt(line.discount.amount) || line.discount.amount > gross) {
      issues.push({
        path: at("discount.amount"),
        issue: "out_of_range",
        message: "discount must be between 0 and the line amount",
      });
    } else discount = line.discount.amount;
  }
  if (gross > MAX_AMOUNT) issues.push({ path: at("unitPrice"), issue: "too_large", message: "line amount too large" });
  const taxIds = line.taxIds ? [...line.taxIds] : input.taxes.map((t) => t.id);
  const codes = new Set<string>();
  for (const id of taxIds) {
    const tax = input.taxes.find((t) => t.id === id);
    if (!tax) issues.push({ path: at("taxIds"), issue: "unknown_tax", message: `unknown tax ${id}` });
    else if (codes.has(tax.taxCode)) {
      issues.push({ path: at("taxIds"), issue: "duplicate_tax_code", message: `line taxed twice by ${tax.taxCode}` });
    } else codes.add(tax.taxCode);
  }
  const c = input.currency;
  return { index, gross: money(gross, c), discount: money(discount, c), amount: money(gross - discount, c), taxIds };
}

/**
 * Computes line amounts, one base and one rounded amount per tax, the subtotal and the total, in minor units.
 * Throws a `validation` DomainError listing every field at fault.
 */
export function computeInvoiceTotals(input: ComputeInvoiceTotalsInput): InvoiceTotals {
  const issues: FieldIssue[] = [];
  validateTaxes(input.taxes, issues);
  const maybeLines = input.lines.map((line, i) => lineTotal(line, i, input, issues));
  const lines = maybeLines.filter((l): l is LineTotal => l !== undefined);
  const c = input.currency;
  const subtotal = lines.reduce((s, l) => s + l.amount.amount, 0);
  if (subtotal > MAX_AMOUNT) issues.push({ path: "lines", issue: "too_large", message: "invoice subtotal too large" });
  if (issues.length > 0)
    throw new DomainError("validation", issues[0]?.message ?? "invalid invoice", { fields: issues });

  const taxes: TaxTotal[] = input.taxes
    .filter((t) => lines.some((l) => l.taxIds.includes(t.id)))
    .map((t) => {
      const base = lines.filter((l) => l.taxIds.includes(t.id)).reduce((s, l) => s + l.amount.amount, 0);
      return { ...t, base: money(base, c), amount: money(applyRatePpm(base, t.ratePpm), c) };
    });
  const taxTotal = taxes.reduce((s, t) => s + t.amount.amount, 0);
  return {
    currency: c,
    lines,
    subtotal: money(subtotal, c),
    taxes,
    taxTotal: money(taxTotal, c),
    total: money(subtotal + taxTotal, c),
  };
}
