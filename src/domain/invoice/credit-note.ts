/**
 * Credit notes (avoirs): the only way to correct or cancel an issued invoice (RULES.md "Invoice numbering rules").
 * A credit note credits line amounts of one original invoice; its taxes follow the same rates. It can never exceed
 * what remains creditable, per line, per tax and in total, once earlier credit notes are counted.
 */
import type { Check } from "../errors.ts";
import { applyRatePpm, type Currency, type Money, money } from "../money.ts";
import type { InvoiceTotals, TaxTotal } from "./invoice-totals.ts";

/** Pre-tax amount (minor units) to credit on one line of the original invoice. */
export interface CreditNoteLineRequest {
  lineIndex: number;
  amount: number;
}

/** `full` credits everything still creditable; `partial` credits the listed line amounts. */
export type CreditNoteRequest = { kind: "full" } | { kind: "partial"; lines: readonly CreditNoteLineRequest[] };

/** The amounts of one credit note, all positive (they reduce the original invoice). */
export interface CreditNoteTotals {
  currency: Currency;
  lines: { lineIndex: number; amount: Money }[];
  taxes: TaxTotal[];
  subtotal: Money;
  taxTotal: Money;
  total: Money;
}

/** The options of `computeCreditNote`. */
export interface ComputeCreditNoteInput {
  original: InvoiceTotals;
  /** Credit notes already issued against the same invoice. */
  previousCredits: readonly CreditNoteTotals[];
  request: CreditNoteRequest;
}

/** What can still be credited on an invoice: per line, per tax (base and amount) and in total. */
export interface CreditableRemainder {
  lines: number[];
  taxes: { taxId: string; base: number; amount: number }[];
  total: number;
}

/** The amounts of `original` not yet credited by `previousCredits`. */
export function creditableRemainder(
  original: InvoiceTotals,
  previousCredits: readonly CreditNoteTotals[],
): CreditableRemainder {
  const lines = original.lines.map((l) => l.amount.amount);
  const taxes = original.taxes.map((t) => ({ taxId: t.id, base: t.base.amount, amount: t.amount.amount }));
  let total = original.total.amount;
  for (const credit of previousCredits) {
    for (const l of credit.lines) lines[l.lineIndex] = (lines[l.lineIndex] ?? 0) - l.amount.amount;
    for (const t of credit.taxes) {
      const rest = taxes.find((x) => x.taxId === t.id);
      if (rest) {
        rest.base -= t.base.amount;
        rest.amount -= t.amount.amount;
      }
    }
    total -= credit.total.amount;
  }
  return { lines, taxes, total };
}

function format(amount: number, currency: Currency): string {
  return `${(amount / 100).toFixed(2)} ${currency}`;
}

/**
 * Computes a credit note against `original`, or says why it cannot be issued (`{ ok: false, reason }`): a line that
 * does not exist, a non-positive amount, more than what remains creditable on a line, or nothing left to credit.
 * Each credited tax is rounded half-up once on the credited base; when the credit exhausts a tax's remaining base,
 * the tax credited is exactly what remains, so a full credit always brings the invoice to zero.
 */
export function computeCreditNote(input: ComputeCreditNoteInput): Check<{ creditNote: CreditNoteTotals }> {
  const { original, request } = input;
  const c = original.currency;
  for (const prev of input.previousCredits) {
    if (prev.currency !== c) return { ok: false, reason: `credit note currency ${prev.currency} differs from ${c}` };
  }
  const rest = creditableRemainder(original, input.previousCredits);
  const wanted: CreditNoteLineRequest[] =
    request.kind === "full"
      ? rest.lines.map((amount, lineIndex) => ({ lineIndex, amount })).filter((l) => l.amount > 0)
      : [...request.lines];
  if (wanted.length === 0) return { ok: false, reason: "nothing left to credit on this invoice" };

  const seen = new Set<number>();
  for (const w of wanted) {
    const remaining = rest.lines[w.lineIndex];
    if (remaining === undefined) return { ok: false, reason: `line ${w.lineIndex + 1} does not exist on the invoice` };
    if (seen.has(w.lineIndex)) return { ok: false, reason: `line ${w.lineIndex + 1} is listed twice` };
    seen.add(w.lineIndex);
    if (!Number.isSafeInteger(w.amount) || w.amount <= 0) {
      return {
        ok: false,
        reason: `line ${w.lineIndex + 1}: the credited amount must be a positive integer of minor units`,
      };
    }
    if (w.amount > remaining) {
      return {
        ok: false,
        reason: `line ${w.lineIndex + 1}: crediting ${format(w.amount, c)} exceeds the ${format(remaining, c)} still creditable`,
      };
    }
  }

  const taxes: TaxTotal[] = [];
  for (const tax of original.taxes) {
    const base = wanted
      .filter((w) => original.lines[w.lineIndex]?.taxIds.includes(tax.id))
      .reduce((s, w) => s + w.amount, 0);
    if (base === 0) continue;
    const left = rest.taxes.find((t) => t.taxId === tax.id) ?? { base: 0, amount: 0 };
    const amount = base >= left.base ? left.amount : Math.min(applyRatePpm(base, tax.ratePpm), left.amount);
    taxes.push({ ...tax, base: money(base, c), amount: money(Math.max(0, amount), c) });
  }
  const subtotal = wanted.reduce((s, w) => s + w.amount, 0);
  const taxTotal = taxes.reduce((s, t) => s + t.amount.amount, 0);
  if (subtotal + taxTotal > rest.total) {
    return {
      ok: false,
      reason: `the credit note exceeds the ${format(rest.total, c)} still creditable on the invoice`,
    };
  }
  return {
    ok: true,
    creditNote: {
      currency: c,
      lines: wanted.map((w) => ({ lineIndex: w.lineIndex, amount: money(w.amount, c) })),
      taxes,
      subtotal: money(subtotal, c),
      taxTotal: money(taxTotal, c),
      total: money(subtotal + taxTotal, c),
    },
  };
}
