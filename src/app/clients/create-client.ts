import {
  type Client,
  type ClientFields,
  checkClientFields,
  type DocLanguage,
  defaultDocLanguage,
} from "../../domain/client.ts";
import { DomainError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { findClient, insertClient } from "../../store/client-store.ts";
import { findWorkspace } from "../../store/workspace-store.ts";
import { refreshClientHealth } from "../health/client-health.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";

export type CreateClientInput = Omit<ClientFields, "language"> & { language?: DocLanguage | undefined };

/**
 * Adds a client to the workspace, with contacts, end clients and tags, in one audited transaction. Without a
 * language, Québec clients get French (Charter of the French language, art. 55), others the workspace's language.
 */
export async function createClient(ctx: AppContext, actor: Actor, input: CreateClientInput): Promise<Client> {
  requirePermission(actor, "write");
  const workspace = input.language ? undefined : await findWorkspace(ctx.db, actor.workspaceId);
  const language = input.language ?? defaultDocLanguage(input.address, workspace?.locale ?? "fr-CA");
  const checked = checkClientFields({ ...input, language });
  const id = ctx.newId();
  return transact(ctx, async (trx) => {
    await insertClient(trx, {
      workspaceId: actor.workspaceId,
      id,
      fields: checked,
      at: ctx.now().toISOString(),
      newId: ctx.newId,
    });
    const client = await findClient(trx, actor.workspaceId, id);
    if (!client) throw new DomainError("not_found", "client not found");
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "client.created",
      entity: "client",
      entityId: id,
      after: client,
    });
    await refreshClientHealth(ctx, trx, { workspaceId: actor.workspaceId, clientIds: [id] });
    return client;
  });
}
