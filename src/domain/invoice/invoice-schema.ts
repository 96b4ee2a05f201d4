/**
 * An invoice and a credit note's amounts as stored (decision 0006): the shapes the store reads back through
 * (`parseStoredJson`). The compiler checks that each reads exactly into the lifecycle's types.
 */
import { z } from "zod";
import { CURRENCIES } from "../money.ts";
import type { Same } from "../same-type.ts";
import type { CreditNoteTotals } from "./credit-note.ts";
import type { Invoice } from "./invoice-lifecycle.ts";

const CurrencySchema = z.enum(CURRENCIES);
export const MoneySchema = z.object({ amount: z.int(), currency: CurrencySchema });

/**
 * A tax as the invoice froze it: a row of the rate table, which carries more than the invoice reads (its effective
 * date, source and note) — kept as stored, never dropped on a read, since the frozen part of an issued invoice is
 * compared byte for byte (`invoice-integrity.ts`).
 */
export const InvoiceTaxSchema = z.looseObject({
  id: z.string(),
  jurisdiction: z.string(),
  taxCode: z.enum(["GST", "QST", "HST", "TVA"]),
  category: z.enum(["standard", "intermediate", "reduced", "super_reduced", "zero_rated"]).optional(),
  ratePpm: z.int(),
});

export const TaxTotalSchema = InvoiceTaxSchema.extend({ base: MoneySchema, amount: MoneySchema });

export const InvoiceLineInputSchema = z.object({
  description: z.string(),
  quantityMilli: z.int(),
  unitPrice: z.int(),
  discount: z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("percent"), ratePpm: z.int() }),
      z.object({ kind: z.literal("amount"), amount: z.int() }),
    ])
    .optional(),
  taxIds: z.array(z.string()).optional(),
});

export const InvoiceTotalsSchema = z.object({
  currency: CurrencySchema,
  lines: z.array(
    z.object({
      index: z.int(),
      gross: MoneySchema,
      discount: MoneySchema,
      amount: MoneySchema,
      taxIds: z.array(z.string()),
    }),
  ),
  subtotal: MoneySchema,
  taxes: z.array(TaxTotalSchema),
  taxTotal: MoneySchema,
  total: MoneySchema,
});

export const CreditNoteTotalsSchema = z.object({
  currency: CurrencySchema,
  lines: z.array(z.object({ lineIndex: z.int(), amount: MoneySchema })),
  taxes: z.array(TaxTotalSchema),
  subtotal: MoneySchema,
  taxTotal: MoneySchema,
  total: MoneySchema,
});

const content = {
  id: z.string(),
  clientId: z.string(),
  currency: CurrencySchema,
  lines: z.array(InvoiceLineInputSchema),
  taxes: z.array(InvoiceTaxSchema),
};
const issued = {
  ...content,
  number: z.string(),
  issueDate: z.string(),
  dueDate: z.string(),
  taxDate: z.string(),
  totals: InvoiceTotalsSchema,
  payments: z.array(z.object({ id: z.string(), date: z.string(), amount: MoneySchema })),
  creditNotes: z.array(
    z.object({ id: z.string(), date: z.string(), reason: z.string(), totals: CreditNoteTotalsSchema }),
  ),
};

export const InvoiceSchema = z.discriminatedUnion("status", [
  z.object({ ...content, status: z.literal("draft") }),
  z.object({ ...issued, status: z.literal("issued") }),
  z.object({ ...issued, status: z.literal("partially_paid") }),
  z.object({ ...issued, status: z.literal("paid") }),
  z.object({ ...issued, status: z.literal("credited") }),
  z.object({
    ...issued,
    status: z.literal("written_off"),
    writeOff: z.object({ date: z.string(), amount: MoneySchema, reason: z.string() }),
  }),
]);

true satisfies Same<z.output<typeof InvoiceSchema>, Invoice>;
true satisfies Same<z.output<typeof CreditNoteTotalsSchema>, CreditNoteTotals>;
