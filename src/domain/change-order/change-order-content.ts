/**
 * What a change order (avenant) says: priced items added to a mandate, why, who asked, and the effect on the schedule.
 * Money is integer minor units; hours have at most two decimals. Amounts and totals: `change-order-totals.ts`.
 */
import { z } from "zod";
import {
  AmountSchema,
  CalendarDateSchema,
  CurrencySchema,
  HoursSchema,
  LanguageSchema,
} from "../offer/offer-content.ts";

/** An item's price: a fixed amount, or its hours × an hourly rate (rounded half-up per item). */
export const ChangeOrderPriceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("fixed"), amount: AmountSchema }),
  z.object({ kind: z.literal("hourly"), hourlyRate: AmountSchema }),
]);
export type ChangeOrderPrice = z.infer<typeof ChangeOrderPriceSchema>;

/** One added piece of work, usually born from one claim of the client's list. */
export const ChangeOrderItemSchema = z.object({
  id: z.string().min(1),
  /** The claim this item answers, when there is one. */
  claimId: z.string().min(1).optional(),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5_000),
  hours: HoursSchema,
  price: ChangeOrderPriceSchema,
});
export type ChangeOrderItem = z.infer<typeof ChangeOrderItemSchema>;

/** Everything a change order says: title, reason, requester, items, schedule impact, language, currency. */
export const ChangeOrderContentSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    /** Why the change is needed (PMBOK §4.5: reason and impacts). */
    reason: z.string().trim().min(1).max(5_000),
    /** Who asked for it (a name at the client, as written). */
    requester: z.string().trim().min(1).max(200),
    items: z.array(ChangeOrderItemSchema).min(1).max(200),
    /** Calendar days the delivery moves (0 when it does not). */
    scheduleImpactDays: z.int().min(0).max(3_650),
    /** The delivery date proposed with this change (`proposeDeliveryDate`). */
    proposedDeliveryDate: CalendarDateSchema,
    language: LanguageSchema,
    currency: CurrencySchema,
  })
  .superRefine((c, ctx) => {
    const ids = new Set<string>();
    c.items.forEach((item, i) => {
      if (ids.has(item.id)) ctx.addIssue({ code: "custom", path: ["items", i, "id"], message: "duplicate item id" });
      ids.add(item.id);
    });
  });
export type ChangeOrderContent = z.infer<typeof ChangeOrderContentSchema>;

// Kept for callers that import the totals from here; new code imports `change-order-totals.ts` (no zod: the web uses it).
export { changeOrderItemAmount, changeOrderTotals } from "./change-order-totals.ts";
