import { DomainError } from "../../domain/errors.ts";
import { checkPaymentInstructions, type PaymentInstructions } from "../../domain/payment-instructions.ts";
import type { Actor } from "../../domain/permissions.ts";
import { requirePermission } from "../../domain/permissions.ts";
import type { Workspace } from "../../domain/workspace.ts";
import { findWorkspace, updateWorkspaceRow } from "../../store/workspace-store.ts";
import { prepareHealthWarnings, refreshClientHealth } from "../health/client-health.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";

export type WorkspacePatch = Partial<
  Omit<Workspace, "id" | "createdAt" | "values" | "address" | "taxIds" | "terms" | "paymentInstructions">
> & {
  paymentInstructions?: Partial<PaymentInstructions> | undefined;
  address?: Partial<Workspace["address"]> | undefined;
  taxIds?: Partial<Workspace["taxIds"]> | undefined;
  terms?: Partial<Workspace["terms"]> | undefined;
  values?: { id?: string | undefined; statement: string; weight: number }[] | undefined;
};

export async function getWorkspace(ctx: AppContext, actor: Actor): Promise<Workspace> {
  const ws = await findWorkspace(ctx.db, actor.workspaceId);
  if (!ws) throw new DomainError("not_found", "workspace not found");
  return ws;
}

/** Owners change the workspace's identity, registrations, default terms and values. Audited with before/after. */
export async function updateWorkspace(ctx: AppContext, actor: Actor, patch: WorkspacePatch): Promise<Workspace> {
  requirePermission(actor, "admin");
  const updated = await transact(ctx, async (trx) => {
    const before = await findWorkspace(trx, actor.workspaceId);
    if (!before) throw new DomainError("not_found", "workspace not found");
    const known = new Set(before.values.map((v) => v.id));
    const { paymentInstructions: _instructions, ...rest } = patch;
    const after: Workspace = {
      ...before,
      ...stripUndefined(rest),
      address: { ...before.address, ...stripUndefined(patch.address ?? {}) },
      taxIds: { ...before.taxIds, ...stripUndefined(patch.taxIds ?? {}) },
      terms: { ...before.terms, ...stripUndefined(patch.terms ?? {}) },
      ...(patch.paymentInstructions || before.paymentInstructions
        ? {
            paymentInstructions: checkPaymentInstructions({
              ...before.paymentInstructions,
              ...stripUndefined(patch.paymentInstructions ?? {}),
            }),
          }
        : {}),
      values: patch.values
        ? patch.values.map((v) => ({
            id: v.id && known.has(v.id) ? v.id : ctx.newId(),
            statement: v.statement.trim(),
            weight: v.weight,
          }))
        : before.values,
    };
    await updateWorkspaceRow(trx, after, ctx.now().toISOString());
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "workspace.updated",
      entity: "workspace",
      entityId: actor.workspaceId,
      before,
      after,
    });
    await refreshClientHealth(ctx, trx, { workspaceId: actor.workspaceId, clientIds: "all" });
    return after;
  });
  // Every client reads the workspace (its rate, values, currency): the dashboard's list is graded again here, by the
  // writer after its commit, not by the next reader — as after the health settings.
  await prepareHealthWarnings(ctx, [actor.workspaceId]);
  return updated;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
