/**
 * The options an exit was prepared with, as stored beside it in `exits.state_json` (decision 0006): the shape the store
 * reads them back through. The compiler checks that it reads exactly into `ExitOptions`.
 */

import { z } from "zod";
import { EVIDENCE_KINDS, INSUFFICIENT_REASONS, SERIOUS_REASONS } from "../../domain/exit/exit-check.ts";
import { HANDOVER_KEYS } from "../../domain/exit/handover-checklist.ts";
import {
  CHOSEN_INVOICE_EXIT_ACTIONS,
  DEPOSIT_EXIT_ACTIONS,
  MANDATE_EXIT_ACTIONS,
} from "../../domain/exit/prepare-exit-plan.ts";
import { LocalizedSchema } from "../../domain/health/localized-schema.ts";
import type { Same } from "../../domain/same-type.ts";
import type { ExitOptions } from "./exits.ts";

const AmountsByIdSchema = z.record(z.string(), z.number());

export const ExitOptionsSchema = z.object({
  initiatedBy: z.enum(["provider", "client", "mutual"]),
  basis: z.enum(["convenience", "cause"]),
  reason: z
    .object({
      category: z.enum([...SERIOUS_REASONS, ...INSUFFICIENT_REASONS]),
      description: z.string().optional(),
      evidence: z.array(z.object({ kind: z.enum(EVIDENCE_KINDS), id: z.string(), label: LocalizedSchema })).readonly(),
    })
    .optional(),
  tone: z.enum(["cordial", "firm"]),
  includeReasons: z.boolean(),
  reasons: LocalizedSchema.optional(),
  referral: z.object({ name: z.string(), contact: z.string().optional() }).optional(),
  contract: z.object({
    duration: z.enum(["indefinite", "fixed_term", "project"]),
    terminationClause: z.object({ reference: z.string(), noticeDays: z.number() }).optional(),
    clientWaived2125: z.boolean().optional(),
    cureDays: z.number().optional(),
    establishedRelationship: z.boolean().optional(),
    relationshipStart: z.string().optional(),
    shortNoticeAcknowledged: z.object({ on: z.string(), text: z.string() }).optional(),
  }),
  formalNoticeId: z.string().optional(),
  choices: z.object({
    mandates: z.record(z.string(), z.enum(MANDATE_EXIT_ACTIONS).optional()).optional(),
    invoices: z.record(z.string(), z.enum(CHOSEN_INVOICE_EXIT_ACTIONS)).optional(),
    expenses: AmountsByIdSchema.optional(),
    deposits: z.record(z.string(), z.enum(DEPOSIT_EXIT_ACTIONS)).optional(),
  }),
  handover: z
    .array(
      z.object({
        key: z.enum(HANDOVER_KEYS),
        applicable: z.boolean().optional(),
        dueDate: z.string().optional(),
        notes: z.string().optional(),
      }),
    )
    .optional(),
});

true satisfies Same<z.output<typeof ExitOptionsSchema>, ExitOptions>;
