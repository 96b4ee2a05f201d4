/**
 * Costs and disbursements a studio incurs for a client on a mandate: recorded with their date and amount before
 * taxes, counted in what the work earned (the ledger), offered as a source to invoice, once, and removable only while
 * no invoice bills them.
 */
import { DomainError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { deleteCost, insertCost, listCosts, type MandateCost } from "../../store/cost-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getMandateRecord, requireClientOpen } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";

export interface RecordCostInput {
  date: string;
  description: string;
  amount: number;
  /** Default true; false for a disbursement paid in the client's name (no tax applies). */
  taxable?: boolean | undefined;
}

export async function recordCost(
  ctx: AppContext,
  actor: Actor,
  mandateId: string,
  input: RecordCostInput,
): Promise<MandateCost> {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  return transact(ctx, async (trx) => {
    const { mandate } = await getMandateRecord(trx, actor.workspaceId, mandateId);
    requireClientOpen(await getClientRecord(trx, actor.workspaceId, mandate.clientId));
    const cost = {
      id: ctx.newId(),
      clientId: mandate.clientId,
      mandateId,
      date: input.date,
      description: input.description.trim(),
      amount: input.amount,
      taxable: input.taxable ?? true,
      memberId: actor.memberId,
      createdAt: at,
    };
    await insertCost(trx, actor.workspaceId, cost);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "cost.recorded",
      entity: "cost",
      entityId: cost.id,
      after: cost,
    });
    return { ...cost, invoiceId: null };
  });
}

export async function listMandateCosts(ctx: AppContext, actor: Actor, mandateId: string) {
  requirePermission(actor, "read");
  await getMandateRecord(ctx.db, actor.workspaceId, mandateId);
  return { items: await listCosts(ctx.db, { workspaceId: actor.workspaceId, mandateIds: [mandateId] }) };
}

export async function removeCost(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, "write");
  await transact(ctx, async (trx) => {
    const [cost] = await listCosts(trx, { workspaceId: actor.workspaceId, ids: [id] });
    if (!cost) throw new DomainError("not_found", "cost not found");
    requireClientOpen(await getClientRecord(trx, actor.workspaceId, cost.clientId));
    if (cost.invoiceId)
      throw new DomainError("invalid_state", "this cost is on an invoice; credit it instead of removing it");
    await deleteCost(trx, actor.workspaceId, id);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "cost.removed",
      entity: "cost",
      entityId: id,
      before: cost,
    });
  });
}
