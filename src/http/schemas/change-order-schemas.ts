/** A change order in each state of its lifecycle, as the studio reads it: alone, listed with totals, or in detail. */
import { z } from "@hono/zod-openapi";
import { ChangeOrderContentSchema } from "../../domain/change-order/change-order-content.ts";
import { ChangeOrderSchema as DomainChangeOrderSchema } from "../../domain/change-order/change-order-schema.ts";
import { CurrencySchema } from "./common-schemas.ts";
import { SignatureSchema } from "./document-schemas.ts";
import { OutboxMessageSchema } from "./outbox-schemas.ts";

/** The domain's states (what the store reads back), with the document's descriptions and the signature component. */
const [draftState, sentState, approvedState, rejectedState, withdrawnState] = DomainChangeOrderSchema.options;
const documented = {
  offerId: z.string().openapi({ description: "the signed offer it amends" }),
  number: z.string().openapi({ example: "OFF-2026-0007-A1" }),
  content: z.object(ChangeOrderContentSchema.shape),
};

const draft = z.object({ ...draftState.shape, ...documented });
const sentOrder = z.object({ ...sentState.shape, ...documented });
const variants = [
  draft,
  sentOrder,
  z.object({ ...approvedState.shape, ...documented, approval: SignatureSchema }),
  z.object({ ...rejectedState.shape, ...documented }),
  z.object({ ...withdrawnState.shape, ...documented }),
] as const;

export const ChangeOrderSchema = z.discriminatedUnion("status", [...variants]).openapi("ChangeOrder");

/** Every state of the change order with the same fields added. */
function withFields<Shape extends z.ZodRawShape>(fields: Shape) {
  const [d, s, a, r, w] = variants;
  return [d.extend(fields), s.extend(fields), a.extend(fields), r.extend(fields), w.extend(fields)] as const;
}

const totals = {
  totals: z
    .object({
      currency: CurrencySchema,
      lines: z.array(z.object({ itemId: z.string(), amount: z.int() })),
      total: z.int(),
      hours: z.number(),
    })
    .openapi("ChangeOrderTotals"),
};

/** A row of a mandate's change orders: the change order and its totals. */
export const ChangeOrderRowSchema = z.discriminatedUnion("status", withFields(totals)).openapi("ChangeOrderRow");

const detail = {
  ...totals,
  sha256: z.string().nullable().openapi({ description: "of the document shown on the portal; null: never sent" }),
  suggestedRate: z
    .object({ hourlyRate: z.int(), source: z.enum(["offer", "workspace"]) })
    .openapi({ description: "default rate of hours: the signed offer's agreed rate, else the target rate; 0 = none" }),
};

/** `GET /change-orders/{id}`: the change order with its totals and the rate its hours default to. */
export const ChangeOrderDetailSchema = z.discriminatedUnion("status", withFields(detail)).openapi("ChangeOrderDetail");

export const ChangeOrderSentSchema = z
  .object({ changeOrder: sentOrder, portalUrl: z.string(), message: OutboxMessageSchema })
  .openapi("ChangeOrderSent");
