/**
 * An exit as the studio reads it: the plan prepared from the records (offers to cancel with their deposits, mandates
 * with their C.c.Q. 2129 settlement, unpaid invoices, hand-over), its legal checks with their sources and fixes, the
 * options chosen, the governing law, the letter, the formal notices and the letters sent.
 */
import { z } from "@hono/zod-openapi";
import { ExitOptionsSchema } from "../../app/exits/exit-options-schema.ts";
import { EVIDENCE_KINDS, INSUFFICIENT_REASONS, SERIOUS_REASONS } from "../../domain/exit/exit-check.ts";
import { FORMAL_NOTICE_METHODS } from "../../domain/exit/formal-notice.ts";
import { HANDOVER_KEYS } from "../../domain/exit/handover-checklist.ts";
import { CurrencySchema } from "./common-schemas.ts";

const IsoDate = z.string().openapi({ format: "date" });
const Cents = z.int().openapi({ description: "minor units (cents)" });
const Localized = z.object({ fr: z.string(), en: z.string() });
const MandateAction = z.enum(["stop_now", "finish_milestone", "hand_over"]);
const DepositAction = z.enum(["credit", "keep_against_costs"]);
const Dated = z.object({ title: z.string(), date: IsoDate });
const LegalSource = z
  .object({
    title: z.string(),
    article: z.string(),
    url: z.string(),
    status: z.enum(["official", "secondary", "unverified"]).optional(),
  })
  .openapi("LegalSource");

const ExitPlanSchema = z
  .object({
    exitId: z.string(),
    clientId: z.string(),
    currency: CurrencySchema,
    jurisdiction: z.string(),
    noticeDate: IsoDate,
    effectiveDate: IsoDate,
    noticeDays: z.int(),
    offers: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        reference: z.string(),
        amount: Cents,
        status: z.enum(["draft", "sent", "signed"]),
        signedOn: IsoDate.optional(),
        action: z.literal("cancel"),
        deposit: z
          .object({
            action: DepositAction,
            creditNote: Cents,
            refund: Cents,
            lines: z.array(
              z.object({
                invoiceId: z.string(),
                invoiceNumber: z.string(),
                position: z.int(),
                amount: Cents,
                wholeInvoice: z.boolean(),
              }),
            ),
            invoiced: Cents,
            paid: Cents,
            cancellationConditions: z.string(),
          })
          .optional(),
      }),
    ),
    mandates: z.array(
      z.object({
        mandateId: z.string(),
        reference: z.string(),
        title: z.string(),
        signedOn: IsoDate,
        action: MandateAction,
        delivered: z.array(z.string()),
        toDeliver: z.array(z.string()),
        notDelivered: z.array(z.string()),
        nextMilestone: Dated.optional(),
        milestones: z.array(Dated),
        settlement: z.object({
          workValue: Cents,
          expenses: Cents,
          usablePropertyValue: Cents,
          earned: Cents,
          invoicedToDate: Cents,
          receivedToDate: Cents,
          finalInvoiceAmount: Cents,
          creditNoteAmount: Cents,
          refundAmount: Cents,
        }),
      }),
    ),
    invoices: z.array(
      z.object({
        id: z.string(),
        number: z.string(),
        total: Cents,
        balance: Cents,
        issueDate: IsoDate,
        dueDate: IsoDate,
        lateInterestBps: z.int().optional(),
        action: z.enum(["collect", "payment_plan", "write_off", "credit"]),
      }),
    ),
    handover: z.array(
      z.object({
        key: z.enum(HANDOVER_KEYS),
        label: Localized,
        applicable: z.boolean(),
        dueDate: IsoDate,
        doneOn: IsoDate.nullable(),
        notes: z.string().optional(),
      }),
    ),
    totals: z.object({
      outstanding: Cents,
      finalInvoice: Cents,
      creditNote: Cents,
      refund: Cents,
      cancelledOffers: Cents,
      depositCredit: Cents,
      depositRefund: Cents,
    }),
  })
  .openapi("ExitPlan");

const ExitChecksSchema = z
  .object({
    ruleSet: z.enum(["CA-QC", "FR", "common-law"]),
    checks: z.array(
      z.object({
        code: z.string(),
        severity: z.enum(["advice", "warning", "blocking"]),
        passed: z.boolean(),
        message: Localized,
        source: LegalSource,
        fix: z
          .discriminatedUnion("kind", [
            z.object({ kind: z.literal("effective_date"), date: IsoDate, finishMandates: z.array(z.string()) }),
            z.object({ kind: z.literal("prepare_formal_notice") }),
            z.object({ kind: z.literal("longer_notice_or_acknowledge"), date: IsoDate }),
            z.object({ kind: z.literal("write_reasons"), lang: z.enum(["fr", "en"]) }),
            z.object({ kind: z.literal("link_evidence") }),
          ])
          .optional()
          .openapi({ description: "what would make a failing check pass, when there is one safe fix" }),
      }),
    ),
    blocking: z.boolean(),
    disclaimer: Localized,
  })
  .openapi("ExitChecks");

/** The options an exit was prepared with, as stored beside it (the store reads them back through the same schema). */
const ExitOptionsViewSchema = z.object(ExitOptionsSchema.shape).openapi("ExitOptionsView");

const common = {
  id: z.string(),
  clientId: z.string(),
  decisionId: z.string().optional(),
  createdOn: IsoDate,
  plan: ExitPlanSchema,
  options: ExitOptionsViewSchema,
  // Absent only for an abandoned exit, which keeps no checks.
  checks: ExitChecksSchema.optional(),
  letter: z
    .object({
      subject: z.string(),
      paragraphs: z.array(z.string()),
      lang: z.enum(["fr", "en"]),
      editedAt: z.string(),
      frozen: z.boolean().optional(),
      generated: z.boolean().optional(),
    })
    .nullable(),
  governingLaw: z.object({
    jurisdiction: z.string(),
    basis: z.enum(["choice_of_law", "provider_residence"]),
    consumerProtections: z.string().optional(),
    sources: z.array(LegalSource),
  }),
  formalNotices: z.array(
    z.object({
      id: z.string(),
      clientId: z.string(),
      exitId: z.string().optional(),
      sentOn: IsoDate,
      cureDays: z.int(),
      method: z.enum(FORMAL_NOTICE_METHODS),
      lang: z.enum(["fr", "en"]),
      breach: z.string(),
      invoices: z.array(z.object({ id: z.string(), number: z.string(), balance: Cents, dueDate: IsoDate })),
      ruleSet: z.enum(["CA-QC", "FR", "common-law"]),
      createdAt: z.string(),
    }),
  ),
  sentLetters: z.array(
    z.object({
      id: z.string(),
      to: z.string(),
      subject: z.string(),
      status: z.string(),
      error: z.string().nullable(),
      createdAt: z.string(),
      sentAt: z.string().nullable(),
    }),
  ),
};

export const ExitSchema = z
  .discriminatedUnion("status", [
    z.object({ ...common, status: z.literal("draft") }),
    z.object({ ...common, status: z.literal("ready"), readyOn: IsoDate }),
    z.object({
      ...common,
      status: z.literal("executed"),
      readyOn: IsoDate,
      executedOn: IsoDate,
      doNotReengage: z.boolean(),
      lesson: z.string(),
    }),
    z.object({
      ...common,
      status: z.literal("abandoned"),
      abandonedOn: IsoDate,
      abandonedFrom: z.enum(["draft", "ready"]),
      reason: z.string(),
    }),
  ])
  .openapi("Exit");
