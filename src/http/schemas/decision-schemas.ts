/** What the decision worksheets answer: facts per option, the studio's values rated, arguments, scores, the verdict. */
import { z } from "@hono/zod-openapi";
import { DECISION_OPTIONS } from "../../domain/decision/decision-worksheet.ts";
import { CurrencySchema } from "./common-schemas.ts";

const Option = z.enum(DECISION_OPTIONS);
const IsoDate = z.string().openapi({ format: "date" });
const LocalizedSchema = z.object({ fr: z.string(), en: z.string() }).openapi("LocalizedText");

export const MetricSourceSchema = z
  .object({
    entity: z.enum(["time_entry", "invoice", "claim", "offer", "mandate", "change_order", "signal", "value"]),
    id: z.string(),
  })
  .openapi("MetricSource");

const FactLineSchema = z.object({
  key: z.string(),
  label: LocalizedSchema,
  value: z.number().nullable(),
  unit: z.enum(["money_per_hour", "hours", "money", "ratio", "rounds", "days", "points", "hours_per_week"]),
  effect: z.enum(["pro", "con", "neutral"]),
  sources: z.array(MetricSourceSchema),
});

const ScoresSchema = z.object({
  options: z.array(
    z.object({
      option: Option,
      status: z.enum(["scored", "not_enough_information"]),
      values: z.number().nullable(),
      arguments: z.number().nullable(),
      total: z.number().nullable(),
      pros: z.int(),
      cons: z.int(),
    }),
  ),
  leading: Option.nullable().openapi({ description: "the option with the highest total; null on a tie or no score" }),
});

const base = {
  id: z.string(),
  clientId: z.string(),
  currency: CurrencySchema,
  createdOn: IsoDate,
  supersedes: z.string().optional().openapi({ description: "the decided worksheet this one revises" }),
  facts: z.object({
    continue: z.array(FactLineSchema),
    renegotiate: z.array(FactLineSchema),
    stop: z.array(FactLineSchema),
  }),
  criteria: z.array(
    z.object({
      id: z.string(),
      statement: z.string(),
      weight: z.int().min(1).max(5),
      ratings: z.object({ continue: z.int().optional(), renegotiate: z.int().optional(), stop: z.int().optional() }),
    }),
  ),
  ratingsCarriedOver: z.boolean().optional(),
  arguments: z.array(
    z.object({
      id: z.string(),
      option: Option,
      side: z.enum(["pro", "con"]),
      text: LocalizedSchema,
      weight: z.int().min(1).max(5),
      origin: z.enum(["fact", "user"]),
    }),
  ),
  scores: ScoresSchema,
};

export const DecisionSchema = z
  .discriminatedUnion("status", [
    z.object({ ...base, status: z.literal("draft") }),
    z.object({
      ...base,
      status: z.literal("decided"),
      verdict: Option,
      rationale: z.string(),
      decidedOn: IsoDate,
    }),
  ])
  .openapi("Decision");

export const DecisionRowSchema = z
  .object({
    id: z.string(),
    status: z.enum(["draft", "decided"]),
    verdict: Option.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("DecisionRow");
