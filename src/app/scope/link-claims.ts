import type { Kysely } from "kysely";
import type { ChangeOrder } from "../../domain/change-order/change-order.ts";
import { findClaim, saveClaim } from "../../store/round-store.ts";
import type { Database } from "../../store/schema.ts";

/** Keeps each claim that became an item of a change order pointing at it, with its current status. */
export async function linkClaimsToChangeOrder(
  trx: Kysely<Database>,
  workspaceId: string,
  co: ChangeOrder,
  at: string,
): Promise<void> {
  for (const item of co.content.items) {
    if (!item.claimId) continue;
    const claim = await findClaim(trx, workspaceId, item.claimId);
    if (!claim) continue;
    await saveClaim(
      trx,
      workspaceId,
      { ...claim, changeOrder: { id: co.id, number: co.number, status: co.status } },
      at,
    );
  }
}
