/**
 * An exit as stored (decision 0006): the shape the store reads `exits.state_json`'s `exit` back through
 * (`parseStoredJson`). The compiler checks that it reads exactly into `Exit`.
 */

import { z } from "zod";
import { LocalizedSchema } from "../health/localized-schema.ts";
import { CurrencySchema } from "../offer/offer-content.ts";
import type { Same } from "../same-type.ts";
import type { Exit } from "./exit-lifecycle.ts";
import { HANDOVER_KEYS } from "./handover-checklist.ts";
import { DEPOSIT_EXIT_ACTIONS, INVOICE_EXIT_ACTIONS, MANDATE_EXIT_ACTIONS } from "./prepare-exit-plan.ts";

const IsoDateSchema = z.iso.date();
const MilestoneSchema = z.object({ title: z.string(), date: IsoDateSchema });
const DepositActionSchema = z.enum(DEPOSIT_EXIT_ACTIONS);

const PlannedDepositSchema = z.object({
  lines: z.array(
    z.object({
      invoiceId: z.string(),
      invoiceNumber: z.string(),
      position: z.number(),
      amount: z.number(),
      wholeInvoice: z.boolean(),
    }),
  ),
  invoiced: z.number(),
  paid: z.number(),
  cancellationConditions: z.string(),
  action: DepositActionSchema,
  creditNote: z.number(),
  refund: z.number(),
});

const ExitPlanSchema = z.object({
  exitId: z.string(),
  clientId: z.string(),
  currency: CurrencySchema,
  jurisdiction: z.string(),
  noticeDate: IsoDateSchema,
  effectiveDate: IsoDateSchema,
  noticeDays: z.number(),
  offers: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      title: z.string(),
      status: z.enum(["draft", "sent", "signed"]),
      signedOn: IsoDateSchema.optional(),
      amount: z.number(),
      action: z.literal("cancel"),
      deposit: PlannedDepositSchema.optional(),
    }),
  ),
  mandates: z.array(
    z.object({
      mandateId: z.string(),
      reference: z.string(),
      title: z.string(),
      signedOn: IsoDateSchema,
      action: z.enum(MANDATE_EXIT_ACTIONS),
      delivered: z.array(z.string()),
      toDeliver: z.array(z.string()),
      notDelivered: z.array(z.string()),
      nextMilestone: MilestoneSchema.optional(),
      milestones: z.array(MilestoneSchema),
      settlement: z.object({
        workValue: z.number(),
        expenses: z.number(),
        usablePropertyValue: z.number(),
        earned: z.number(),
        invoicedToDate: z.number(),
        receivedToDate: z.number(),
        finalInvoiceAmount: z.number(),
        creditNoteAmount: z.number(),
        refundAmount: z.number(),
      }),
    }),
  ),
  invoices: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      issueDate: IsoDateSchema,
      dueDate: IsoDateSchema,
      total: z.number(),
      balance: z.number(),
      lateInterestBps: z.number().optional(),
      action: z.enum(INVOICE_EXIT_ACTIONS),
    }),
  ),
  handover: z.array(
    z.object({
      key: z.enum(HANDOVER_KEYS),
      label: LocalizedSchema,
      applicable: z.boolean(),
      dueDate: IsoDateSchema,
      doneOn: IsoDateSchema.nullable(),
      notes: z.string().optional(),
    }),
  ),
  totals: z.object({
    outstanding: z.number(),
    finalInvoice: z.number(),
    creditNote: z.number(),
    refund: z.number(),
    cancelledOffers: z.number(),
    depositCredit: z.number(),
    depositRefund: z.number(),
  }),
});

const ExitCheckReportSchema = z.object({
  ruleSet: z.enum(["CA-QC", "FR", "common-law"]),
  checks: z.array(
    z.object({
      code: z.string(),
      severity: z.enum(["advice", "warning", "blocking"]),
      passed: z.boolean(),
      message: LocalizedSchema,
      source: z.object({
        title: z.string(),
        article: z.string(),
        url: z.string(),
        status: z.enum(["official", "secondary", "unverified"]).optional(),
      }),
      fix: z
        .discriminatedUnion("kind", [
          z.object({ kind: z.literal("effective_date"), date: IsoDateSchema, finishMandates: z.array(z.string()) }),
          z.object({ kind: z.literal("prepare_formal_notice") }),
          z.object({ kind: z.literal("longer_notice_or_acknowledge"), date: IsoDateSchema }),
          z.object({ kind: z.literal("write_reasons"), lang: z.enum(["fr", "en"]) }),
          z.object({ kind: z.literal("link_evidence") }),
        ])
        .optional(),
    }),
  ),
  blocking: z.boolean(),
  disclaimer: LocalizedSchema,
});

const base = {
  id: z.string(),
  clientId: z.string(),
  decisionId: z.string().optional(),
  createdOn: IsoDateSchema,
  plan: ExitPlanSchema,
};

export const ExitSchema = z.discriminatedUnion("status", [
  z.object({ ...base, status: z.literal("draft") }),
  z.object({ ...base, status: z.literal("ready"), readyOn: IsoDateSchema, checks: ExitCheckReportSchema }),
  z.object({
    ...base,
    status: z.literal("executed"),
    readyOn: IsoDateSchema,
    checks: ExitCheckReportSchema,
    executedOn: IsoDateSchema,
    doNotReengage: z.boolean(),
    lesson: z.string(),
  }),
  z.object({
    ...base,
    status: z.literal("abandoned"),
    abandonedOn: IsoDateSchema,
    abandonedFrom: z.enum(["draft", "ready"]),
    reason: z.string(),
  }),
]);

true satisfies Same<z.output<typeof ExitSchema>, Exit>;
