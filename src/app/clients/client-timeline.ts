/**
 * A client's timeline, newest first: what happened with them and when, read from the audit trail of every record that
 * belongs to them (offers sent and signed, deliveries, lists received, change orders, invoices and payments, signals,
 * decisions, the exit). Each entry links to its record.
 */
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { listAuditOfEntities } from "../../store/audit-store.ts";
import { clientEntityIds } from "../../store/client-entities-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord } from "../shared/load-records.ts";

export async function clientTimeline(ctx: AppContext, actor: Actor, clientId: string, limit = 200) {
  requirePermission(actor, "read");
  await getClientRecord(ctx.db, actor.workspaceId, clientId);
  const ids = await clientEntityIds(ctx.db, actor.workspaceId, clientId);
  const events = await listAuditOfEntities(ctx.db, actor.workspaceId, ids);
  return events
    .reverse()
    .slice(0, limit)
    .map((e) => ({
      at: e.at,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      actorMemberId: e.actorMemberId,
      seq: e.seq,
    }));
}
