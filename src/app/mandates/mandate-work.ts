import { fieldError } from "../../domain/errors.ts";
import {
  acceptMandate,
  closeMandate,
  recordDelivery as deliver,
  type Mandate,
  setChecklistItem,
  stopMandate,
} from "../../domain/mandate/mandate.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { listMandates as listMandateRows, saveMandate } from "../../store/mandate-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getMandateRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";

export async function getMandate(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, "read");
  const { mandate, title } = await getMandateRecord(ctx.db, actor.workspaceId, id);
  return { ...mandate, title };
}

export async function listMandates(
  ctx: AppContext,
  actor: Actor,
  q: { clientId?: string | undefined; status?: string | undefined; page: number; pageSize: number },
) {
  requirePermission(actor, "read");
  const r = await listMandateRows(ctx.db, {
    workspaceId: actor.workspaceId,
    clientId: q.clientId,
    status: q.status,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { ...r, page: q.page, pageSize: q.pageSize };
}

/** Loads a mandate, applies a domain change, saves it and audits it, in one transaction. */
export async function changeMandate(
  ctx: AppContext,
  actor: Actor,
  id: string,
  action: string,
  change: (m: Mandate, at: string) => Mandate,
) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    const { mandate, title } = await getMandateRecord(trx, actor.workspaceId, id);
    const after = change(mandate, at);
    await saveMandate(trx, { workspaceId: actor.workspaceId, mandate: after, expectedStatus: mandate.status, at });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action,
      entity: "mandate",
      entityId: id,
      before: mandate,
      after,
    });
    return { ...after, title };
  });
}

/** Records a delivery (date, note) with the checklist as it stands; the mandate becomes `delivered`. */
export function recordDelivery(ctx: AppContext, actor: Actor, id: string, input: { date: string; note: string }) {
  return changeMandate(ctx, actor, id, "mandate.delivered", (m) =>
    deliver(m, { id: ctx.newId(), date: input.date, note: input.note.trim() }),
  );
}

export interface UpdateMandateInput {
  checklist?: { id: string; done: boolean }[] | undefined;
  status?: "accepted" | "stopped" | "closed" | undefined;
  reason?: string | undefined;
}

/** Ticks checklist items and moves the mandate to accepted, stopped (with a reason) or closed. */
export function updateMandate(ctx: AppContext, actor: Actor, id: string, input: UpdateMandateInput) {
  return changeMandate(ctx, actor, id, input.status ? `mandate.${input.status}` : "mandate.checklist", (m, at) => {
    let next = m;
    input.checklist?.forEach((item, i) => {
      if (!next.checklist.some((c) => c.id === item.id))
        throw fieldError(`checklist.${i}.id`, "not_found", "not an item of this checklist");
      next = setChecklistItem(next, { itemId: item.id, done: item.done });
    });
    switch (input.status) {
      case undefined:
        return next;
      case "accepted":
        return acceptMandate(next, { at });
      case "stopped":
        if (!input.reason?.trim()) throw fieldError("reason", "required", "say why the work stops");
        return stopMandate(next, { at, reason: input.reason.trim() });
      case "closed":
        return closeMandate(next, { at });
    }
  });
}
