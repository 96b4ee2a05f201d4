/**
 * A claim as stored (decision 0006): the shape the store reads back through (`parseStoredJson`). The compiler checks
 * that it reads exactly into `Claim`.
 */
import { z } from "zod";
import { CHANGE_ORDER_STATUSES } from "../change-order/change-order.ts";
import type { Same } from "../same-type.ts";
import { BASELINE_REFERENCE_KINDS, type Claim } from "./claim.ts";

const BaselineReferenceSchema = z.object({ kind: z.enum(BASELINE_REFERENCE_KINDS), id: z.string() });

export const SettledPointSchema = z.object({
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
});

const base = {
  decidedAt: z.string(),
  decidedBy: z.string().describe("the member who decided"),
  baseline: BaselineReferenceSchema.optional().describe("the signed clause the decision rests on"),
  rationale: z.string().optional(),
};
const hours = { estimatedHours: z.number().describe("estimated hours") };

export const ClaimTriageSchema = z.union([
  z.object({ ...base, ...hours, outcome: z.literal("in_scope"), baseline: BaselineReferenceSchema }),
  z.object({ ...base, ...hours, outcome: z.literal("change_order") }),
  z.object({ ...base, ...hours, outcome: z.literal("goodwill"), rationale: z.string() }),
  z.object({ ...base, ...hours, outcome: z.literal("alternative"), rationale: z.string(), alternative: z.string() }),
  z.object({ ...base, outcome: z.literal("declined"), baseline: BaselineReferenceSchema, rationale: z.string() }),
  z.object({
    ...base,
    outcome: z.literal("duplicate"),
    duplicateOfClaimId: z.string(),
    repeat: z.undefined().optional(),
  }),
  z.object({
    ...base,
    outcome: z.literal("duplicate"),
    duplicateOfClaimId: z.undefined().optional(),
    repeat: SettledPointSchema.extend({ score: z.number() }),
  }),
]);

export const ClaimSchema = z.object({
  id: z.string(),
  roundId: z.string(),
  mandateId: z.string(),
  position: z.int(),
  text: z.string(),
  context: z.string().optional(),
  source: z.object({ start: z.int(), end: z.int() }),
  triage: ClaimTriageSchema.optional(),
  changeOrder: z.object({ id: z.string(), number: z.string(), status: z.enum(CHANGE_ORDER_STATUSES) }).optional(),
});

true satisfies Same<z.output<typeof ClaimSchema>, Claim>;
