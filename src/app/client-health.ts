/**
 * Client health: explained metrics (each with the records that produced it), a score with the workspace's weights, a
 * warning past the threshold, and a monthly trend. Computed from the records on demand, several clients per batch.
 */
import {
  type ClientHealth,
  computeClientHealth,
  resolveHealthSettings,
} from "../domain/health/compute-client-health.ts";
import type { HealthInput, HealthSettings } from "../domain/health/health-input.ts";
import { healthTrend } from "../domain/health/health-trend.ts";
import { type Actor, requirePermission } from "../domain/permissions.ts";
import { loadHealthRecords, saveHealthSnapshots, workspaceRevenue } from "../store/health-store.ts";
import type { AppContext } from "./context.ts";
import { getClientRecord, getWorkspaceRecord } from "./load-records.ts";
import { recordAudit } from "./record-audit.ts";
import { transact } from "./transact.ts";

export async function healthSettingsOf(ctx: AppContext, workspaceId: string): Promise<Partial<HealthSettings>> {
  const row = await ctx.db
    .selectFrom("workspaces")
    .select("health_settings_json")
    .where("id", "=", workspaceId)
    .executeTakeFirst();
  return row?.health_settings_json ? (JSON.parse(row.health_settings_json) as Partial<HealthSettings>) : {};
}

/** Health inputs of several clients, ready for the domain (one batch of queries). */
export async function healthInputs(
  ctx: AppContext,
  workspaceId: string,
  clientIds: readonly string[],
): Promise<HealthInput[]> {
  const [workspace, records, revenue, settings] = await Promise.all([
    getWorkspaceRecord(ctx.db, workspaceId),
    loadHealthRecords(ctx.db, workspaceId, clientIds),
    workspaceRevenue(ctx.db, workspaceId),
    healthSettingsOf(ctx, workspaceId),
  ]);
  const weights = new Map(workspace.values.map((v) => [v.id, v.weight]));
  const asOf = ctx.now().toISOString().slice(0, 10);
  return clientIds.map((clientId) => {
    const r = records.get(clientId)!;
    return {
      clientId,
      currency: workspace.currency,
      asOf,
      timeEntries: r.timeEntries,
      invoices: r.invoices,
      claims: r.claims,
      mandateIds: r.mandateIds,
      signedOffers: r.signedOffers,
      changeOrders: r.changeOrders,
      signals: r.signals,
      valuesAlignment: r.ratings
        .filter((x) => weights.has(x.valueId))
        .map((x) => ({ ...x, weight: weights.get(x.valueId)! })),
      workspaceRevenue: revenue.total,
      workspaceRevenueByMonth: revenue.byMonth,
      targetHourlyRate: workspace.targetHourlyRate,
      settings,
    };
  });
}

/** Keeps the latest score of each client computed, for the client list's health column. */
function remember(ctx: AppContext, workspaceId: string, healths: readonly ClientHealth[]): Promise<void> {
  const rows = healths.map((h) => ({ clientId: h.clientId, score: h.score.value, level: h.warning.level }));
  return saveHealthSnapshots(ctx.db, workspaceId, rows, ctx.now().toISOString());
}

/** One client's health with its monthly trend (default 12 months). */
export async function getClientHealth(ctx: AppContext, actor: Actor, clientId: string, months = 12) {
  requirePermission(actor, "read");
  const client = await getClientRecord(ctx.db, actor.workspaceId, clientId);
  const [input] = await healthInputs(ctx, actor.workspaceId, [clientId]);
  const health = computeClientHealth(input!);
  await remember(ctx, actor.workspaceId, [health]);
  // Months before the relationship's first record say nothing about it: the trend starts with the client.
  const dates = [
    client.createdAt.slice(0, 10),
    ...input!.signals.map((x) => x.occurredOn),
    ...input!.timeEntries.map((x) => x.date),
    ...input!.invoices.map((x) => x.issueDate),
    ...input!.signedOffers.map((x) => x.signedAt),
  ].sort();
  const firstMonth = dates[0]!.slice(0, 7);
  return { ...health, trend: healthTrend(input!, months).filter((p) => p.month >= firstMonth) };
}

/** Clients in a working relationship (active, paused) that cross the warning threshold, worst first. */
export async function healthWarnings(
  ctx: AppContext,
  actor: Actor,
): Promise<(ClientHealth & { clientName: string })[]> {
  requirePermission(actor, "read");
  const clients = await ctx.db
    .selectFrom("clients")
    .select(["id", "name"])
    .where("workspace_id", "=", actor.workspaceId)
    .where("status", "in", ["active", "paused"])
    .execute();
  const names = new Map(clients.map((c) => [c.id, c.name]));
  const inputs = await healthInputs(ctx, actor.workspaceId, [...names.keys()]);
  const all = inputs.map((input) => ({ ...computeClientHealth(input), clientName: names.get(input.clientId)! }));
  await remember(ctx, actor.workspaceId, all);
  return all.filter((h) => h.warning.level !== "none").sort((a, b) => (a.score.value ?? 100) - (b.score.value ?? 100));
}

/** Owners tune the health score: weights per metric, the warning and critical thresholds, the signal half-life. */
export async function updateHealthSettings(
  ctx: AppContext,
  actor: Actor,
  settings: Partial<HealthSettings>,
): Promise<HealthSettings> {
  requirePermission(actor, "admin");
  const resolved = resolveHealthSettings(settings);
  await transact(ctx, async (trx) => {
    const before = await trx
      .selectFrom("workspaces")
      .select("health_settings_json")
      .where("id", "=", actor.workspaceId)
      .executeTakeFirst();
    await trx
      .updateTable("workspaces")
      .set({ health_settings_json: JSON.stringify(settings) })
      .where("id", "=", actor.workspaceId)
      .execute();
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "health_settings.updated",
      entity: "workspace",
      entityId: actor.workspaceId,
      before: before?.health_settings_json ? JSON.parse(before.health_settings_json) : null,
      after: settings,
    });
  });
  return resolved;
}
