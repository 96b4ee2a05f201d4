/**
 * A client graded again when only the studio's revenue moved. An invoice issued to one client (or voided, or its
 * subtotal changed) moves the studio's revenue, and with it every other client's share of it — their revenue
 * concentration — and nothing else of theirs. A list of every client's health keeps, per client, each metric's grade
 * and the client's own revenue in the window (`studioShareGrade`), and grades it again under the studio's new revenue
 * (`regradeStudioShare`) without reading its records: the same statuses, score and level as `computeClientHealth` with
 * that revenue (tested against it).
 */
import type { ClientHealth } from "./compute-client-health.ts";
import { type HealthInput, type HealthSettings, type HealthWindow, windowRevenue } from "./health-input.ts";
import { grade, type HealthMetricKey, type MetricStatus } from "./health-metric.ts";
import { type HealthScore, healthWarning, scoreHealth } from "./health-score.ts";
import { revenueShare } from "./payment-metrics.ts";

/** What regrading needs of one client's health: each metric's status (display order) and the client's own revenue. */
export interface StudioShareGrade {
  statuses: readonly { key: HealthMetricKey; status: MetricStatus }[];
  /** The client's pre-tax revenue in the health's window (what its revenue concentration divides). */
  clientRevenue: number;
}

/** The grade to keep of `health`, computed from `input` (today's window, as `computeClientHealth` reads it). */
export function studioShareGrade(input: HealthInput, health: ClientHealth): StudioShareGrade {
  const window: HealthWindow = {
    input,
    from: input.from,
    to: input.asOf,
    workspaceRevenue: input.workspaceRevenue,
    earnedRevenue: input.earnedRevenue,
    bands: health.settings.bands,
    signalHalfLifeDays: health.settings.signalHalfLifeDays,
    sentences: false,
  };
  return {
    statuses: health.metrics.map((m) => ({ key: m.key, status: m.status })),
    clientRevenue: windowRevenue(window).amount,
  };
}

/**
 * The kept grade under the studio's revenue `studioRevenue`: its revenue concentration graded again, then the score
 * and the warning level from the statuses, with the workspace's resolved settings. Throws, as the metric does, when
 * the client's revenue exceeds the studio's.
 */
export function regradeStudioShare(
  kept: StudioShareGrade,
  studioRevenue: number,
  settings: HealthSettings,
): { grade: StudioShareGrade; score: HealthScore; level: "none" | "warning" | "critical" } {
  const status = concentrationStatus(kept, studioRevenue, settings);
  const statuses = kept.statuses.map((m) => (m.key === "revenue_concentration" ? { key: m.key, status } : m));
  const score = scoreHealth(statuses, settings.weights);
  const { level } = healthWarning({
    score,
    metrics: [],
    threshold: settings.threshold,
    criticalThreshold: settings.criticalThreshold,
    sentences: false,
  });
  return { grade: { statuses, clientRevenue: kept.clientRevenue }, score, level };
}

/** The client's revenue concentration graded under the studio's revenue `studioRevenue`. */
function concentrationStatus(kept: StudioShareGrade, studioRevenue: number, settings: HealthSettings): MetricStatus {
  const share = revenueShare(kept.clientRevenue, studioRevenue);
  return share === undefined ? "unknown" : grade(share, settings.bands.revenue_concentration);
}

/**
 * Whether the kept grade stands under the studio's revenue `studioRevenue`: its revenue concentration graded as kept,
 * so every status, the score and the level are the kept ones (`regradeStudioShare` would give them again). A move of
 * the studio's revenue crosses few clients' band limits: the others need nothing graded.
 */
export function studioShareStands(kept: StudioShareGrade, studioRevenue: number, settings: HealthSettings): boolean {
  const current = kept.statuses.find((m) => m.key === "revenue_concentration")?.status;
  return current !== undefined && current === concentrationStatus(kept, studioRevenue, settings);
}
