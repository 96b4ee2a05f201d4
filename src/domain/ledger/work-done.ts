/**
 * The value of the work done on a mandate, the one measure every screen and document uses (C.c.Q. art. 2129 and its
 * equivalents): fixed price = % complete × the signed price (offer + approved change orders), plus any time logged as
 * billable on top of the price; hourly = billable hours
 * × the agreed rate, plus the approved change-order items delivered; capped = the same with the hours stopped at the
 * cap (the excess is shown, never billed). Costs incurred are added. Goodwill, included and internal time never add to
 * what the client owes: only billable minutes come in.
 */
import { roundHalfUp } from "../money.ts";
import type { WorkProgress } from "./work-progress.ts";

export interface WorkDoneInput {
  pricingModel: "fixed" | "hourly" | "capped";
  /** The offer's price before taxes: the fixed price, the cap, or the hourly estimate. */
  offerPrice: number;
  /** Σ approved change orders, before taxes. */
  changeOrdersTotal: number;
  /** Σ amounts of the approved change orders' items delivered (hourly and capped mandates). */
  changeOrderItemsDelivered: number;
  /** % complete of a fixed price, with its basis. */
  progress: WorkProgress;
  /** Billable minutes logged on the mandate and their value at the agreed rate (each entry rounded half-up). */
  billableMinutes: number;
  billableValue: number;
  /** Costs and disbursements incurred for the client, before taxes. */
  costs: number;
  /**
   * What retainers' issued invoices bill for the mandate (net of credit notes): a retainer is the contract for the time
   * it covers, so that work is worth what it bills, earned as issued; that time is not in `billableMinutes`.
   */
  retainerBilled?: number | undefined;
}

export interface WorkDone {
  method: "progress" | "hours";
  /** The price signed: offer + approved change orders. */
  signed: number;
  workValue: number;
  costs: number;
  /** workValue + costs. */
  earned: number;
  /** Value of billable hours beyond the cap of a capped offer (goodwill or a change order, never billed as is). */
  overCap: number;
}

/** Work done to date on a mandate, valued as its contract says. */
export function workDone(input: WorkDoneInput): WorkDone {
  const signed = input.offerPrice + input.changeOrdersTotal;
  const retainer = input.retainerBilled ?? 0;
  switch (input.pricingModel) {
    case "fixed": {
      const workValue = roundHalfUp(signed * input.progress.done, input.progress.of) + input.billableValue + retainer;
      return { method: "progress", signed, workValue, costs: input.costs, earned: workValue + input.costs, overCap: 0 };
    }
    case "hourly":
    case "capped": {
      const cap = input.pricingModel === "capped" ? input.offerPrice : Number.POSITIVE_INFINITY;
      const hours = Math.min(input.billableValue, cap);
      const workValue = hours + input.changeOrderItemsDelivered + retainer;
      return {
        method: "hours",
        signed,
        workValue,
        costs: input.costs,
        earned: workValue + input.costs,
        overCap: input.billableValue - hours,
      };
    }
    default: {
      const never: never = input.pricingModel;
      throw new Error(`unknown pricing model ${String(never)}`);
    }
  }
}
