import { type Client, type ClientFields, checkClientFields } from "../../domain/client.ts";
import { DomainError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { findClient, updateClientRow } from "../../store/client-store.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";

export type ClientPatch = Partial<Omit<ClientFields, "address">> & {
  address?: Partial<ClientFields["address"]> | undefined;
};

function fieldsOf(c: Client): ClientFields {
  const { id: _i, createdAt: _c, updatedAt: _u, contacts, endClients, ...rest } = c;
  return {
    ...rest,
    contacts: contacts.map(({ id: _id, ...x }) => x),
    endClients: endClients.map(({ id: _id, ...x }) => x),
  };
}

/** Changes a client; lists given in the patch (tags, contacts, end clients) replace the stored ones. */
export async function updateClient(ctx: AppContext, actor: Actor, id: string, patch: ClientPatch): Promise<Client> {
  requirePermission(actor, "write");
  return transact(ctx, async (trx) => {
    const before = await findClient(trx, actor.workspaceId, id);
    if (!before) throw new DomainError("not_found", "client not found");
    // An ended relationship is history: only its status (to reopen it) and the do-not-re-engage flag change.
    const changed = Object.entries(patch).filter(
      ([k, v]) => v !== undefined && k !== "status" && k !== "doNotReengage",
    );
    if (before.status === "ended" && changed.length > 0 && patch.status === undefined) {
      throw new DomainError("invalid_state", "this client relationship has ended; its history is read-only", {
        fields: changed.map(([k]) => ({ path: k, issue: "client_ended", message: "read-only" })),
      });
    }
    const current = fieldsOf(before);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as ClientPatch;
    const fields = checkClientFields({
      ...current,
      ...defined,
      address: { ...current.address, ...(defined.address ?? {}) },
    } as ClientFields);
    await updateClientRow(
      trx,
      {
        workspaceId: actor.workspaceId,
        id,
        fields,
        at: ctx.now().toISOString(),
        newId: ctx.newId,
      },
      {
        tags: patch.tags !== undefined,
        contacts: patch.contacts !== undefined,
        endClients: patch.endClients !== undefined,
      },
    );
    const after = await findClient(trx, actor.workspaceId, id);
    if (!after) throw new DomainError("not_found", "client not found");
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "client.updated",
      entity: "client",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
