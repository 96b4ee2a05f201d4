/**
 * An exit as the studio reads it: the plan prepared from the records (offers to cancel with their deposits, mandates
 * with their C.c.Q. 2129 settlement, unpaid invoices, hand-over), its legal checks with their sources and fixes, the
 * options chosen, the governing law, the letter, the formal notices and the letters sent.
 */
import { z } from "@hono/zod-openapi";
import { ExitOptionsSchema } from "../../app/exits/exit-options-schema.ts";
import { ExitSchema as DomainExitSchema } from "../../domain/exit/exit-schema.ts";
import { FORMAL_NOTICE_METHODS } from "../../domain/exit/formal-notice.ts";

const IsoDate = z.string().openapi({ format: "date" });
const Cents = z.int().openapi({ description: "minor units (cents)" });
const LegalSource = z
  .object({
    title: z.string(),
    article: z.string(),
    url: z.string(),
    status: z.enum(["official", "secondary", "unverified"]).optional(),
  })
  .openapi("LegalSource");

const [draftExit, readyExit, executedExit, abandonedExit] = DomainExitSchema.options;
/** The plan and its legal checks as the exit keeps them (the domain's stored schema). */
const ExitPlanSchema = z.object(draftExit.shape.plan.shape).openapi("ExitPlan");
const ExitChecksSchema = z.object(readyExit.shape.checks.shape).openapi("ExitChecks");

/** The options an exit was prepared with, as stored beside it (the store reads them back through the same schema). */
const ExitOptionsViewSchema = z.object(ExitOptionsSchema.shape).openapi("ExitOptionsView");

const common = {
  plan: ExitPlanSchema,
  options: ExitOptionsViewSchema,
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

/** An exit in its state, with what the studio reads beside it; a draft's checks when they could be run, a ready or
 * executed exit's as they were when it was marked ready; an abandoned exit keeps none. */
export const ExitSchema = z
  .discriminatedUnion("status", [
    draftExit.extend(common),
    readyExit.extend(common),
    executedExit.extend(common),
    abandonedExit.extend(common),
  ])
  .openapi("Exit");
