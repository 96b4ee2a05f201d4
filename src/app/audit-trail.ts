import { CHAIN_START, type ChainVerification, GENESIS, verifyAuditChain } from "../domain/audit-chain.ts";
import { type Actor, requirePermission } from "../domain/permissions.ts";
import { findAuditHead, forEachAuditEvent, listAudit } from "../store/audit-store.ts";
import type { AppContext } from "./context.ts";

export interface ListAuditEventsInput {
  entity?: string | undefined;
  entityId?: string | undefined;
  page: number;
  pageSize: number;
}

/** The workspace's audit events, newest first, optionally for one entity. */
export async function listAuditEvents(ctx: AppContext, actor: Actor, input: ListAuditEventsInput) {
  requirePermission(actor, "read");
  return listAudit(ctx.db, {
    workspaceId: actor.workspaceId,
    entity: input.entity,
    entityId: input.entityId,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
}

/** Re-verifies the whole hash chain of the workspace, page by page; names the first event that does not match. */
export async function verifyAuditTrail(ctx: AppContext, actor: Actor): Promise<ChainVerification> {
  requirePermission(actor, "read");
  let cursor = CHAIN_START;
  let failure: ChainVerification | undefined;
  await forEachAuditEvent(ctx.db, actor.workspaceId, (events) => {
    if (failure) return;
    const result = verifyAuditChain(events, cursor);
    cursor = result.cursor;
    if (!result.valid) failure = { valid: false, checked: result.checked, firstInvalid: result.firstInvalid };
  });
  if (failure) return failure;
  // Events cut off the end leave an intact but short chain: compare with the head the workspace row remembers.
  const head = await findAuditHead(ctx.db, actor.workspaceId);
  if (head && (head.seq !== cursor.nextSeq - 1 || (head.hash ?? GENESIS) !== cursor.prevHash)) {
    return {
      valid: false,
      checked: cursor.checked,
      firstInvalid: {
        seq: cursor.nextSeq,
        id: "",
        reason: `events missing after ${cursor.nextSeq - 1} (head is ${head.seq})`,
      },
    };
  }
  return { valid: true, checked: cursor.checked, firstInvalid: null };
}
