import { CHAIN_START, type ChainVerification, GENESIS, verifyAuditChain } from "../../domain/audit-chain.ts";
import { DomainError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { findAuditHead, forEachAuditEvent, listAudit, UNREADABLE_JSON } from "../../store/audit-store.ts";
import { findClient } from "../../store/client-store.ts";
import { evidenceEntityIds } from "../../store/evidence-store.ts";
import { type InvoiceMismatch, verifyIssuedInvoices } from "../invoices/invoice-integrity.ts";
import type { AppContext } from "./context.ts";

export interface ListAuditEventsInput {
  entity?: string | undefined;
  entityId?: string | undefined;
  memberId?: string | undefined;
  clientId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

/** The workspace's audit events, newest first, optionally for one entity, member, client or span of days. */
export async function listAuditEvents(ctx: AppContext, actor: Actor, input: ListAuditEventsInput) {
  requirePermission(actor, "read");
  let client: { id: string; entityIds: string[] } | undefined;
  if (input.clientId) {
    if (!(await findClient(ctx.db, actor.workspaceId, input.clientId)))
      throw new DomainError("not_found", "no such client", {
        fields: [{ path: "clientId", issue: "not_found", message: "no such client" }],
      });
    client = { id: input.clientId, entityIds: await evidenceEntityIds(ctx.db, actor.workspaceId, input.clientId) };
  }
  return listAudit(ctx.db, {
    client,
    workspaceId: actor.workspaceId,
    entity: input.entity,
    entityId: input.entityId,
    actorMemberId: input.memberId,
    from: input.from,
    to: input.to,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
}

export type AuditVerification = ChainVerification & {
  /** Issued invoices checked against the event that issued them; those edited since are named. */
  invoices: { checked: number; mismatched: InvoiceMismatch[] };
};

/**
 * Re-verifies the whole hash chain of the workspace, page by page, naming the first event that does not match (a row
 * whose JSON no longer parses included), then every issued invoice against the event that issued it.
 */
export async function verifyAuditTrail(ctx: AppContext, actor: Actor): Promise<AuditVerification> {
  requirePermission(actor, "read");
  const chain = await verifyChain(ctx, actor.workspaceId);
  const invoices = await verifyIssuedInvoices(ctx, actor.workspaceId);
  if (chain.valid && invoices.mismatched.length > 0) {
    const first = invoices.mismatched[0]!;
    return {
      valid: false,
      checked: chain.checked,
      firstInvalid: { seq: 0, id: first.id, reason: `invoice ${first.number ?? first.id}: ${first.reason}` },
      invoices,
    };
  }
  return { ...chain, invoices };
}

async function verifyChain(ctx: AppContext, workspaceId: string): Promise<ChainVerification> {
  let cursor = CHAIN_START;
  let failure: ChainVerification | undefined;
  await forEachAuditEvent(ctx.db, workspaceId, (events) => {
    if (failure) return;
    const result = verifyAuditChain(events, cursor);
    cursor = result.cursor;
    if (!result.valid) {
      const bad = events.find((e) => e.id === result.firstInvalid.id);
      const unreadable = [bad?.before, bad?.after].find(
        (v): v is Record<string, string> => typeof v === "object" && v !== null && UNREADABLE_JSON in v,
      );
      const reason = unreadable
        ? `stored ${unreadable[UNREADABLE_JSON]} is not valid JSON (edited after the fact)`
        : result.firstInvalid.reason;
      failure = { valid: false, checked: result.checked, firstInvalid: { ...result.firstInvalid, reason } };
    }
  });
  if (failure) return failure;
  // Events cut off the end leave an intact but short chain: compare with the head the workspace row remembers.
  const head = await findAuditHead(ctx.db, workspaceId);
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
