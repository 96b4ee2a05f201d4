/**
 * A mandate as stored (decision 0006): the shape the store reads back through (`parseStoredJson`). The compiler checks
 * that it reads exactly into the lifecycle's `Mandate`.
 */
import { z } from "zod";
import type { Same } from "../same-type.ts";
import type { Mandate } from "./mandate.ts";

const ChecklistItemSchema = z.object({
  id: z.string(),
  source: z.enum(["offer", "change_order"]),
  changeOrderId: z.string().optional(),
  title: z.string(),
  done: z.boolean(),
});

const base = {
  id: z.string(),
  offerId: z.string(),
  offerNumber: z.string(),
  clientId: z.string(),
  createdAt: z.string(),
  checklist: z.array(ChecklistItemSchema),
  deliveries: z.array(
    z.object({ id: z.string(), date: z.string(), note: z.string(), checklist: z.array(ChecklistItemSchema) }),
  ),
  progress: z.object({ doneBps: z.int(), note: z.string(), setAt: z.string() }).optional(),
  milestones: z.array(z.object({ id: z.string(), title: z.string(), date: z.iso.date() })).optional(),
};

export const MandateSchema = z.discriminatedUnion("status", [
  z.object({ ...base, status: z.literal("active") }),
  z.object({ ...base, status: z.literal("delivered") }),
  z.object({ ...base, status: z.literal("accepted"), acceptedAt: z.string() }),
  z.object({
    ...base,
    status: z.literal("stopped"),
    stoppedAt: z.string(),
    stopReason: z.string(),
    stoppedFrom: z.enum(["active", "delivered"]),
  }),
  z.object({ ...base, status: z.literal("closed"), closedAt: z.string(), closedFrom: z.enum(["accepted", "stopped"]) }),
]);

true satisfies Same<z.output<typeof MandateSchema>, Mandate>;
