/**
 * What is owed for one mandate when the contract ends, following C.c.Q. art. 2129: « en proportion du prix convenu,
 * les frais et dépenses actuelles, la valeur des travaux exécutés avant la fin du contrat ou avant la notification
 * de la résiliation, ainsi que, le cas échéant, la valeur des biens fournis, lorsque ceux-ci peuvent lui être remis
 * et qu'il peut les utiliser » — and the provider « est tenu de restituer les avances qu'il a reçues en excédent de ce
 * qu'il a gagné ». Source: Direction Informatique (https://directioninformatique.com/perspective-2125/6724);
 * Québec Habitation on valuing work by % of completion. Loss of future profit is excluded (Xprima, Pelouse Agrostis).
 * The same measure is used for France and common law (work done to the effective date plus expenses).
 * All amounts are before taxes, minor units.
 */
import { fieldError } from "../errors.ts";
import { minutesTimesRate, roundHalfUp } from "../money.ts";

/** How the value of the work done is measured: share of the agreed price, or hours × rate (capped by the price). */
export type WorkValuation =
  | { method: "percent"; percentComplete: number }
  | { method: "hours"; minutes: number; hourlyRate: number }
  /** Measured by the money ledger (src/domain/ledger/work-done.ts), the measure every screen shows. */
  | { method: "value"; workValue: number };

export interface SettlementInput {
  pricingModel: "fixed" | "hourly" | "capped";
  /** Agreed price (fixed or cap), minor units; 0 for open hourly work. */
  agreedPrice: number;
  valuation: WorkValuation;
  /** Actual costs and expenses incurred for the client (licences, stock photos…). */
  expenses: number;
  /** Value of delivered property the client can be given and can use. */
  usablePropertyValue: number;
  /** Everything already invoiced for this mandate, deposits included, before taxes. */
  invoicedToDate: number;
  /** Payments received for this mandate, before taxes. */
  receivedToDate: number;
}

export interface FinalSettlement {
  workValue: number;
  expenses: number;
  usablePropertyValue: number;
  /** workValue + expenses + usablePropertyValue. */
  earned: number;
  invoicedToDate: number;
  receivedToDate: number;
  /** earned − invoicedToDate when positive: the final invoice. */
  finalInvoiceAmount: number;
  /** Part of what was invoiced but not paid that exceeds what was earned: cancel it by credit note. */
  creditNoteAmount: number;
  /** Advances received in excess of what was earned: repay them. */
  refundAmount: number;
}

function requireAmount(path: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw fieldError(path, "range", `${path} must be a non-negative integer`);
}

/** Value of the work done: price × % complete (half-up), or minutes × rate (half-up) capped by a fixed or capped price. */
export function valueOfWorkDone(input: Pick<SettlementInput, "pricingModel" | "agreedPrice" | "valuation">): number {
  const { valuation, agreedPrice, pricingModel } = input;
  switch (valuation.method) {
    case "percent": {
      const pct = valuation.percentComplete;
      if (!(pct >= 0 && pct <= 100)) throw fieldError("valuation.percentComplete", "range", "0 to 100");
      if (pricingModel === "hourly" && agreedPrice === 0) {
        throw fieldError("valuation.method", "invalid", "open hourly work is valued by hours, not by percent");
      }
      return roundHalfUp(agreedPrice * Math.round(pct * 100), 10_000);
    }
    case "hours": {
      requireAmount("valuation.minutes", valuation.minutes);
      requireAmount("valuation.hourlyRate", valuation.hourlyRate);
      const value = minutesTimesRate(valuation.minutes, valuation.hourlyRate);
      return pricingModel === "hourly" ? value : Math.min(value, agreedPrice);
    }
    case "value":
      requireAmount("valuation.workValue", valuation.workValue);
      return valuation.workValue;
    default: {
      const never: never = valuation;
      throw fieldError("valuation.method", "enum", `unknown valuation ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Final settlement of one mandate (art. 2129): earned = work value + expenses + usable property; then compared with
 * what was invoiced and received. If earned ≥ invoiced, a final invoice for the difference. Otherwise the excess
 * invoiced is cancelled by credit note as far as it is unpaid, and the rest (advances received beyond what was
 * earned) is refunded: creditNote + refund = invoiced − earned.
 */
export function computeFinalSettlement(input: SettlementInput): FinalSettlement {
  for (const key of ["agreedPrice", "expenses", "usablePropertyValue", "invoicedToDate", "receivedToDate"] as const) {
    requireAmount(key, input[key]);
  }
  if (input.receivedToDate > input.invoicedToDate) {
    throw fieldError("receivedToDate", "range", "cannot have received more than was invoiced");
  }
  const workValue = valueOfWorkDone(input);
  const earned = workValue + input.expenses + input.usablePropertyValue;
  const excess = input.invoicedToDate - earned;
  return {
    workValue,
    expenses: input.expenses,
    usablePropertyValue: input.usablePropertyValue,
    earned,
    invoicedToDate: input.invoicedToDate,
    receivedToDate: input.receivedToDate,
    finalInvoiceAmount: Math.max(0, -excess),
    creditNoteAmount: excess > 0 ? Math.min(excess, input.invoicedToDate - input.receivedToDate) : 0,
    refundAmount: Math.max(0, input.receivedToDate - earned),
  };
}
