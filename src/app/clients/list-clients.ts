import type { ClientKind, ClientStatus } from "../../domain/client.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import type { SignalKind } from "../../domain/signal.ts";
import { type ClientListItem, listClients as listClientRows, listClientTags } from "../../store/client-store.ts";
import type { AppContext } from "../shared/context.ts";

export interface ListClientsInput {
  q?: string | undefined;
  kind?: ClientKind | undefined;
  status?: ClientStatus | undefined;
  tag?: string | undefined;
  lastSignal?: SignalKind | undefined;
  sort?: "name" | "health" | undefined;
  page: number;
  pageSize: number;
}

export interface ClientPage {
  items: ClientListItem[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * A page of the workspace's clients, searched (name, contacts, city, tags; accents and case ignored) and filtered (kind,
 * status, tag, the kind of their latest signal).
 */
export async function listClients(ctx: AppContext, actor: Actor, input: ListClientsInput): Promise<ClientPage> {
  requirePermission(actor, "read");
  const { items, total } = await listClientRows(ctx.db, {
    workspaceId: actor.workspaceId,
    q: input.q,
    kind: input.kind,
    status: input.status,
    tag: input.tag,
    lastSignal: input.lastSignal,
    sort: input.sort,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return { items, total, page: input.page, pageSize: input.pageSize };
}

export async function listTags(ctx: AppContext, actor: Actor): Promise<string[]> {
  requirePermission(actor, "read");
  return listClientTags(ctx.db, actor.workspaceId);
}
