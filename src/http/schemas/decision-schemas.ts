/** What the decision worksheets answer: facts per option, the studio's values rated, arguments, scores, the verdict. */
import { z } from "@hono/zod-openapi";
import { DECISION_OPTIONS } from "../../domain/decision/decision-worksheet.ts";
import { DecisionScoresSchema, DecisionWorksheetSchema } from "../../domain/decision/decision-worksheet-schema.ts";

const Option = z.enum(DECISION_OPTIONS);

const [draft, decided] = DecisionWorksheetSchema.options;
/** A worksheet as stored, a draft with its scores as they stand (a decided one keeps those it was decided on). */
export const DecisionSchema = z
  .discriminatedUnion("status", [draft.extend({ scores: DecisionScoresSchema }), decided])
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
