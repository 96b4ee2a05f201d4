/**
 * The money of a mandate and of a client as every screen reads it (computed by src/app/mandates/ledger.ts from the ledger's
 * rules): the web imports these shapes rather than restating them.
 */
import type { Currency } from "../money.ts";
import type { MoneyLedger } from "./money-ledger.ts";
import type { WorkDone } from "./work-done.ts";
import type { WorkProgress } from "./work-progress.ts";

export interface MandateMoney {
  mandateId: string;
  clientId: string;
  offerId: string;
  offerNumber: string;
  title: string;
  status: string;
  pricingModel: "fixed" | "hourly" | "capped";
  currency: Currency;
  /** Minor units per hour for hourly and capped offers, when the offer states one. */
  agreedHourlyRate: number | undefined;
  /** The offer's own price (fixed price, cap or hourly estimate) and its deposit, before taxes. */
  offerPrice: number;
  depositAmount: number;
  progress: WorkProgress;
  billableMinutes: number;
  work: WorkDone;
  ledger: MoneyLedger;
}

export interface ClientMoney {
  mandates: MandateMoney[];
  /** Lines linked to no mandate (manual lines, late interest): earned as billed. */
  other: MoneyLedger;
  total: MoneyLedger;
}
