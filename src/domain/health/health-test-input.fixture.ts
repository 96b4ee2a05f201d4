/** Test helpers: a client with no records yet (build on it with spreads) and one metric of a computed health. */
import { computeClientHealth } from "./compute-client-health.ts";
import type { HealthInput } from "./health-input.ts";
import type { HealthMetric, HealthMetricKey } from "./health-metric.ts";

/** A client with no records on `asOf` (default 2026-10-21), a 95 $/h target and no studio revenue. */
export function emptyHealthInput(asOf = "2026-10-21"): HealthInput {
  return {
    clientId: "client-new",
    currency: "CAD",
    asOf,
    timeEntries: [],
    invoices: [],
    claims: [],
    signedOffers: [],
    changeOrders: [],
    signals: [],
    valuesAlignment: [],
    earnedRevenue: 0,
    workspaceRevenue: 0,
    targetHourlyRate: 9_500,
  };
}

/** The metric `key` of `input`'s health. */
export function metricOf(input: HealthInput, key: HealthMetricKey): HealthMetric {
  const found = computeClientHealth(input).metrics.find((m) => m.key === key);
  if (!found) throw new Error(`missing ${key}`);
  return found;
}
