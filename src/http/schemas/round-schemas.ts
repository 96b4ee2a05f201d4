import { z } from "@hono/zod-openapi";
import { BASELINE_REFERENCE_KINDS, TRIAGE_OUTCOMES } from "../../domain/claim/claim.ts";
import {
  ClaimSchema as DomainClaimSchema,
  ClaimTriageSchema as DomainClaimTriageSchema,
  SettledPointSchema as DomainSettledPointSchema,
} from "../../domain/claim/claim-schema.ts";
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

/**
 * A point already answered or delivered, a person's decision on a claim, and a claim: the domain's schemas (the
 * shapes the store reads back through), named in the document by their zod `id`.
 */
export const SettledPointSchema = DomainSettledPointSchema.meta({ id: "SettledPoint" });
const [inScope, changeOrder, goodwill, alternative, declined, duplicateOf, repeatOf] = DomainClaimTriageSchema.options;
/** The domain's decision by outcome; a duplicate names the claim or the settled point it repeats, never both. */
export const ClaimTriageSchema = z
  .union([
    inScope,
    changeOrder,
    goodwill,
    alternative,
    declined,
    duplicateOf.omit({ repeat: true }),
    repeatOf.omit({ duplicateOfClaimId: true }).extend({
      repeat: SettledPointSchema.and(z.object({ score: z.number() })).meta({
        description: "the point already answered or delivered that this claim repeats, confirmed by a person",
      }),
    }),
  ])
  .openapi("ClaimTriage");
export const ClaimSchema = z
  .object({ ...DomainClaimSchema.shape, triage: ClaimTriageSchema.optional() })
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
