import { DomainError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import type { Signal, SignalKind } from "../../domain/signal.ts";
import { findClient } from "../../store/client-store.ts";
import { findMember } from "../../store/people-store.ts";
import { insertSignal } from "../../store/signal-store.ts";
import { refreshClientHealth } from "../health/client-health.ts";
import type { AppContext } from "../shared/context.ts";
import { requireClientOpen } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";

export interface AddSignalInput {
  kind: SignalKind;
  severity: 1 | 2 | 3;
  source: string;
  occurredOn: string;
  text: string;
}

/** Records a dated warning, praise or note about a client ("the previous developer warned us…"). */
export async function addSignal(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  input: AddSignalInput,
): Promise<Signal> {
  requirePermission(actor, "write");
  return transact(ctx, async (trx) => {
    const client = await findClient(trx, actor.workspaceId, clientId);
    if (!client) throw new DomainError("not_found", "client not found");
    requireClientOpen(client);
    const author = await findMember(trx, actor.workspaceId, actor.memberId);
    const signal: Signal = {
      id: ctx.newId(),
      clientId,
      kind: input.kind,
      severity: input.severity,
      source: input.source.trim(),
      occurredOn: input.occurredOn,
      text: input.text.trim(),
      createdAt: ctx.now().toISOString(),
      author: author ? { id: author.id, name: author.name } : null,
    };
    await insertSignal(trx, { ...signal, workspaceId: actor.workspaceId, authorMemberId: actor.memberId });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "signal.added",
      entity: "client",
      entityId: clientId,
      after: signal,
    });
    await refreshClientHealth(ctx, trx, { workspaceId: actor.workspaceId, clientIds: [clientId] });
    return signal;
  });
}
