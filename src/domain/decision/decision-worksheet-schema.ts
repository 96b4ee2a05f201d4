/**
 * A decision worksheet as stored (decision 0006): the shape the store reads `decisions.state_json` back through
 * (`parseStoredJson`). The compiler checks that it reads exactly into `DecisionWorksheet`.
 */
import { z } from "zod";
import { LocalizedSchema } from "../health/localized-schema.ts";
import { CurrencySchema } from "../offer/offer-content.ts";
import type { Same } from "../same-type.ts";
import { DECISION_OPTIONS, type DecisionWorksheet } from "./decision-worksheet.ts";

const OptionSchema = z.enum(DECISION_OPTIONS);

/** A record a fact was computed from. */
const FactSourceSchema = z.object({
  entity: z.enum(["time_entry", "invoice", "claim", "offer", "mandate", "change_order", "signal", "value"]),
  id: z.string(),
});

const FactLineSchema = z.object({
  key: z.string(),
  label: LocalizedSchema,
  value: z.number().nullable(),
  unit: z.enum(["money_per_hour", "hours", "money", "ratio", "rounds", "days", "points", "hours_per_week"]),
  effect: z.enum(["pro", "con", "neutral"]),
  sources: z.array(FactSourceSchema),
});

/** Each option's score; the option with the highest total leads. */
export const DecisionScoresSchema = z.object({
  options: z.array(
    z.object({
      option: OptionSchema,
      status: z.enum(["scored", "not_enough_information"]),
      values: z.number().nullable(),
      arguments: z.number().nullable(),
      total: z.number().nullable(),
      pros: z.number(),
      cons: z.number(),
    }),
  ),
  leading: OptionSchema.nullable().describe("the option with the highest total; null on a tie or no score"),
});

const base = {
  id: z.string(),
  clientId: z.string(),
  currency: CurrencySchema,
  createdOn: z.iso.date(),
  supersedes: z.string().optional().describe("the decided worksheet this one revises"),
  facts: z.object({
    continue: z.array(FactLineSchema),
    renegotiate: z.array(FactLineSchema),
    stop: z.array(FactLineSchema),
  }),
  criteria: z.array(
    z.object({
      id: z.string(),
      statement: z.string(),
      weight: z.number(),
      ratings: z.object({
        continue: z.number().optional(),
        renegotiate: z.number().optional(),
        stop: z.number().optional(),
      }),
    }),
  ),
  ratingsCarriedOver: z.boolean().optional(),
  arguments: z.array(
    z.object({
      id: z.string(),
      option: OptionSchema,
      side: z.enum(["pro", "con"]),
      text: LocalizedSchema,
      weight: z.number(),
      origin: z.enum(["fact", "user"]),
    }),
  ),
};

export const DecisionWorksheetSchema = z.discriminatedUnion("status", [
  z.object({ ...base, status: z.literal("draft") }),
  z.object({
    ...base,
    status: z.literal("decided"),
    verdict: OptionSchema,
    rationale: z.string(),
    decidedOn: z.iso.date(),
    scores: DecisionScoresSchema,
  }),
]);

true satisfies Same<z.output<typeof DecisionWorksheetSchema>, DecisionWorksheet>;
