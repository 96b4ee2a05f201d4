/** The cache keys of the scope guard (rounds, claims, change orders, time, goodwill, capacity): the one place they are written. */
import { offerKeys } from "../offers/query-keys.ts";

export const scopeKeys = {
  /** The same entry as the offers' (`offerKeys.mandate`): a mandate is one record on both pages. */
  mandate: offerKeys.mandate,
  rounds: (mandateId: string) => ["rounds", mandateId] as const,
  /** Every round (a change order's new state shows on the round it came from). */
  roundAll: ["round"] as const,
  round: (id: string) => ["round", id] as const,
  changeOrders: (mandateId: string) => ["change-orders", mandateId] as const,
  changeOrder: (id: string) => ["change-order", id] as const,
  mandates: ["mandates", "all"] as const,
  timers: ["timers"] as const,
  timeEntries: ["time-entries"] as const,
  timesheet: (date: string) => ["timesheet", date] as const,
  goodwill: ["goodwill"] as const,
  capacity: ["capacity"] as const,
};
