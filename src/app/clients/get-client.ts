import type { Client } from "../../domain/client.ts";
import { DomainError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import type { Signal } from "../../domain/signal.ts";
import { findClientDetail } from "../../store/client-store.ts";
import type { AppContext } from "../shared/context.ts";

/** One client with its signals, newest first. Another workspace's id is not found. */
export async function getClient(ctx: AppContext, actor: Actor, id: string): Promise<Client & { signals: Signal[] }> {
  requirePermission(actor, "read");
  const client = await findClientDetail(ctx.db, actor.workspaceId, id);
  if (!client) throw new DomainError("not_found", "client not found");
  return client;
}
