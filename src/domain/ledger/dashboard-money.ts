import type { Currency } from "../money.ts";

/**
 * The studio's money at a glance (`GET /api/v1/dashboard/money`), in the workspace's currency. Owed and overdue are
 * taxes included (the receivables); unbilled is before taxes (the open mandates' ledgers); goodwill is the quarter's.
 */
export interface DashboardMoney {
  asOf: string;
  currency: Currency;
  outstanding: { amount: number; invoices: number };
  overdue: { amount: number; invoices: number };
  unbilled: { amount: number; mandates: number; otherCurrencies: number };
  goodwill: { from: string; to: string; minutes: number; value: number; unratedMinutes: number };
}
