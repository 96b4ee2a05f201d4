import { z } from "@hono/zod-openapi";
import { CHANGE_ORDER_STATUSES } from "../../domain/change-order/change-order.ts";
import { BASELINE_REFERENCE_KINDS, TRIAGE_OUTCOMES } from "../../domain/claim/claim.ts";
import { IdSchema, RequiredText, Text } from "./common-schemas.ts";

export const ReceiveRoundSchema = z
  .strictObject({
    text: RequiredText(100_000).openapi({ description: "the client's message as received (e-mail, list, paragraphs)" }),
    receivedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T.*)?$/, "a date YYYY-MM-DD or an ISO-8601 instant")
      .refine((s) => !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)), "not a valid date")
      .openapi({ example: "2026-11-03" }),
  })
  .openapi("ReceiveRound");

export const TriageDecisionSchema = z
  .strictObject({
    outcome: z.enum(TRIAGE_OUTCOMES),
    baseline: z
      .strictObject({ kind: z.enum(BASELINE_REFERENCE_KINDS), id: IdSchema })
      .nullable()
      .optional(),
    rationale: Text(5_000).nullable().optional(),
    alternative: Text(5_000).nullable().optional(),
    duplicateOfClaimId: IdSchema.nullable().optional(),
    estimatedHours: z.number().min(0).max(10_000).nullable().optional(),
  })
  .openapi("TriageDecision");

export const UpdateClaimSchema = z
  .strictObject({
    text: RequiredText(10_000).optional(),
    triage: TriageDecisionSchema.nullable().optional().openapi({ description: "a decision, or null to clear it" }),
  })
  .openapi("UpdateClaim");

export const MergeClaimsSchema = z.strictObject({ claimIds: z.array(IdSchema).min(2).max(100) }).openapi("MergeClaims");
export const SplitClaimSchema = z.strictObject({ atOffset: z.int().min(1) }).openapi("SplitClaim");

export const SettledPointSchema = z
  .object({
    ref: z.object({ kind: z.enum(["claim", "delivered"]), id: z.string() }),
    mandateId: z.string(),
    text: z.string(),
    answer: z.enum([
      "declined",
      "alternative",
      "goodwill",
      "change_order_rejected",
      "change_order_approved",
      "delivered",
    ]),
    on: z.string(),
    clause: z.object({ kind: z.enum(BASELINE_REFERENCE_KINDS), text: z.string() }).optional(),
    rationale: z.string().optional(),
    alternative: z.string().optional(),
    changeOrderNumber: z.string().optional(),
  })
  .openapi("SettledPoint");

const BaselineRefSchema = z.object({ kind: z.enum(BASELINE_REFERENCE_KINDS), id: z.string() });
const triageBase = {
  decidedAt: z.string(),
  decidedBy: z.string().openapi({ description: "the member who decided" }),
  baseline: BaselineRefSchema.optional().openapi({ description: "the signed clause the decision rests on" }),
  rationale: z.string().optional(),
};
const Hours = z.number().openapi({ description: "estimated hours" });

/** A person's decision on a claim, by outcome. */
export const ClaimTriageSchema = z
  .union([
    z.object({ ...triageBase, outcome: z.literal("in_scope"), baseline: BaselineRefSchema, estimatedHours: Hours }),
    z.object({ ...triageBase, outcome: z.literal("change_order"), estimatedHours: Hours }),
    z.object({ ...triageBase, outcome: z.literal("goodwill"), rationale: z.string(), estimatedHours: Hours }),
    z.object({
      ...triageBase,
      outcome: z.literal("alternative"),
      rationale: z.string(),
      alternative: z.string(),
      estimatedHours: Hours,
    }),
    z.object({ ...triageBase, outcome: z.literal("declined"), baseline: BaselineRefSchema, rationale: z.string() }),
    z.object({ ...triageBase, outcome: z.literal("duplicate"), duplicateOfClaimId: z.string() }),
    z.object({
      ...triageBase,
      outcome: z.literal("duplicate"),
      repeat: SettledPointSchema.extend({ score: z.number() }).openapi({
        description: "the point already answered or delivered that this claim repeats, confirmed by a person",
      }),
    }),
  ])
  .openapi("ClaimTriage");

export const ClaimSchema = z
  .object({
    id: z.string(),
    roundId: z.string(),
    mandateId: z.string(),
    position: z.int(),
    text: z.string(),
    context: z.string().optional(),
    source: z.object({ start: z.int(), end: z.int() }),
    triage: ClaimTriageSchema.optional(),
    changeOrder: z.object({ id: z.string(), number: z.string(), status: z.enum(CHANGE_ORDER_STATUSES) }).optional(),
  })
  .openapi("Claim");

const PerOutcome = z.object({
  in_scope: z.number(),
  change_order: z.number(),
  goodwill: z.number(),
  alternative: z.number(),
  declined: z.number(),
  duplicate: z.number(),
});

export const RoundViewSchema = z
  .object({
    round: z.object({
      id: z.string(),
      mandateId: z.string(),
      clientId: z.string(),
      receivedOn: z.string(),
      text: z.string(),
      reply: z
        .object({
          subject: z.string(),
          body: z.string(),
          language: z.string(),
          updatedAt: z.string(),
          sentAt: z.string().optional(),
        })
        .nullable()
        .openapi({ description: "the reply written to the round, if any" }),
      createdAt: z.string(),
    }),
    claims: z.array(
      ClaimSchema.extend({
        suggestions: z.array(
          z.object({
            id: z.string(),
            kind: z.enum(BASELINE_REFERENCE_KINDS),
            title: z.string(),
            score: z.number(),
            matchedTerms: z.array(z.string()),
          }),
        ),
        likelyRepeat: z
          .object({ point: SettledPointSchema, score: z.number() })
          .optional()
          .openapi({ description: "the earlier answer this claim likely repeats, until a person decides" }),
      }),
    ),
    summary: z.object({
      total: z.int(),
      untriaged: z.int(),
      counts: PerOutcome,
      hours: PerOutcome,
      repeats: z.int(),
      likelyRepeats: z.int(),
    }),
    baseline: z
      .array(z.object({ id: z.string(), kind: z.enum(BASELINE_REFERENCE_KINDS), title: z.string() }))
      .openapi({ description: "the whole current scope: any clause can be cited, not only the suggestions" }),
    offer: z.object({ id: z.string(), number: z.string(), signedAt: z.string(), sha256: z.string() }),
  })
  .openapi("RoundView");
