/** The money ledger's answers and the % complete input (the OpenAPI document is generated from them). */
import { z } from "@hono/zod-openapi";
import { IsoDateSchema, MinorUnitsSchema, RequiredText } from "./common-schemas.ts";

const Minor = z.int().openapi({ description: "minor units (cents)" });

export const MoneyLedgerSchema = z
  .object({
    signed: Minor.openapi({ description: "offer + approved change orders, before taxes" }),
    earned: Minor.openapi({ description: "work done + costs, before taxes (C.c.Q. 2129)" }),
    workValue: Minor,
    costs: Minor,
    invoiced: Minor.openapi({ description: "issued lines, before taxes" }),
    credited: Minor,
    netInvoiced: Minor,
    inDrafts: Minor.openapi({ description: "reserved by drafts, not issued" }),
    advances: Minor.openapi({ description: "deposits invoiced, net of credits" }),
    paid: Minor.openapi({ description: "taxes included" }),
    paidBeforeTax: Minor,
    writtenOffBeforeTax: Minor,
    outstanding: Minor.openapi({ description: "still owed, taxes included" }),
    outstandingBeforeTax: Minor,
    unbilled: Minor.openapi({ description: "earned, not yet invoiced" }),
    unearned: Minor.openapi({ description: "invoiced beyond what was earned" }),
    overCap: Minor.openapi({ description: "billable time beyond a capped offer's cap" }),
  })
  .openapi("MoneyLedger");

export const WorkProgressSchema = z
  .object({
    doneBps: z.int().openapi({ description: "10 000 = 100 % (rounded)" }),
    done: z.number().openapi({ description: "exact share done = done / of" }),
    of: z.number(),
    basis: z.enum(["price", "estimate", "count", "set_by_user"]),
    itemsDone: z.int(),
    itemsTotal: z.int(),
    note: z.string().optional(),
  })
  .openapi("WorkProgress");

export const MandateMoneySchema = z
  .object({
    mandateId: z.string(),
    clientId: z.string(),
    offerId: z.string(),
    offerNumber: z.string(),
    title: z.string(),
    status: z.string(),
    pricingModel: z.enum(["fixed", "hourly", "capped"]),
    currency: z.string(),
    agreedHourlyRate: Minor.optional(),
    offerPrice: Minor,
    depositAmount: Minor,
    progress: WorkProgressSchema,
    billableMinutes: z.int(),
    work: z.object({
      method: z.enum(["progress", "hours"]),
      signed: Minor,
      workValue: Minor,
      costs: Minor,
      earned: Minor,
      overCap: Minor,
    }),
    ledger: MoneyLedgerSchema,
  })
  .openapi("MandateMoney");

export const ClientMoneySchema = z
  .object({ mandates: z.array(MandateMoneySchema), other: MoneyLedgerSchema, total: MoneyLedgerSchema })
  .openapi("ClientMoney");

export const SetProgressSchema = z
  .strictObject({
    percent: z
      .number()
      .min(0)
      .max(100)
      .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, { message: "at most two decimals" }),
    note: RequiredText(1_000).openapi({ description: "what the figure rests on" }),
  })
  .openapi("SetProgress");

export const RecordCostSchema = z
  .strictObject({
    date: IsoDateSchema,
    description: RequiredText(500),
    amount: MinorUnitsSchema.min(1).max(9_000_000_000).openapi({ description: "before taxes, minor units" }),
    taxable: z
      .boolean()
      .optional()
      .openapi({ description: "default true; false for a disbursement in the client's name" }),
  })
  .openapi("RecordCost");

export const MandateCostSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    mandateId: z.string(),
    date: z.string(),
    description: z.string(),
    amount: Minor,
    taxable: z.boolean(),
    memberId: z.string(),
    createdAt: z.string(),
    invoiceId: z.string().nullable().openapi({ description: "the invoice that bills it" }),
  })
  .openapi("MandateCost");
