/**
 * ECB main refinancing rates by half-year for French late penalties (C. com. L441-10 II: the rate in force on
 * 1 January for H1 and 1 July for H2, + 10 points). The domain's table stops at 2025-H2; the rows added here are
 * UNVERIFIED defaults (the refi rate has been 2.15% since 11 June 2025) shown with their note — check them at
 * https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/ before relying on them.
 */
import { ECB_REFI_RATES, type HalfYearRate } from "../../domain/invoice/interest-rate-table.ts";
import { SOURCES } from "../../domain/tax/rule-sources.ts";

export const INVOICE_ECB_RATES: readonly HalfYearRate[] = [
  ...ECB_REFI_RATES,
  { halfYear: "2026-H1", ratePpm: 21_500, source: SOURCES.ecbKeyRates, note: "2.15% on 2026-01-01 [U]" },
  { halfYear: "2026-H2", ratePpm: 21_500, source: SOURCES.ecbKeyRates, note: "2.15% assumed for 2026-07-01 [U]" },
];
