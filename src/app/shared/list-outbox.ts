import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { listOutbox as listOutboxRows } from "../../store/outbox-store.ts";
import type { AppContext } from "./context.ts";

/** Outgoing messages, newest first: sent ones, failed ones with the error, and those kept for copying (no SMTP). */
export async function listOutbox(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number }) {
  requirePermission(actor, "read");
  const r = await listOutboxRows(ctx.db, {
    workspaceId: actor.workspaceId,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { ...r, page: q.page, pageSize: q.pageSize };
}
