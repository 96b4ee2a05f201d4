/**
 * The money of a mandate and of a client as the screens show it (the ledger of src/app/mandates/ledger.ts), and the % complete
 * the studio sets on a fixed-price mandate when the checklist does not say how far the work has come.
 */

import type { MandateMoney } from "../../domain/ledger/mandate-money.ts";
import { setMandateProgress } from "../../domain/mandate/mandate.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { saveMandate } from "../../store/mandate-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getMandateRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { loadClientMoney, loadMandatesMoney } from "./ledger.ts";

export async function getMandateMoney(ctx: AppContext, actor: Actor, mandateId: string): Promise<MandateMoney> {
  requirePermission(actor, "read");
  await getMandateRecord(ctx.db, actor.workspaceId, mandateId);
  const [money] = await loadMandatesMoney(ctx.db, { workspaceId: actor.workspaceId, mandateIds: [mandateId] });
  return money!;
}

export async function getClientMoney(ctx: AppContext, actor: Actor, clientId: string) {
  requirePermission(actor, "read");
  await getClientRecord(ctx.db, actor.workspaceId, clientId);
  return loadClientMoney(ctx.db, actor.workspaceId, clientId);
}

/** Sets the % complete of a mandate with a note (or clears it with `null`, back to the checklist's measure). */
export async function setProgress(
  ctx: AppContext,
  actor: Actor,
  mandateId: string,
  input: { percent: number; note: string } | null,
): Promise<MandateMoney> {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  await transact(ctx, async (trx) => {
    const { mandate } = await getMandateRecord(trx, actor.workspaceId, mandateId);
    const after = setMandateProgress(
      mandate,
      input ? { doneBps: Math.round(input.percent * 100), note: input.note.trim(), setAt: at } : undefined,
    );
    await saveMandate(trx, { workspaceId: actor.workspaceId, mandate: after, expectedStatus: mandate.status, at });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "mandate.progress_set",
      entity: "mandate",
      entityId: mandateId,
      before: mandate.progress ?? null,
      after: after.progress ?? null,
    });
  });
  return getMandateMoney(ctx, actor, mandateId);
}
