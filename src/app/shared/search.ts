/** Search everywhere: the workspace's clients, contacts, offers, change orders, invoices and claims, grouped by kind. */
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { SEARCH_KINDS, type SearchResult } from "../../domain/search-hit.ts";
import { searchWorkspace } from "../../store/search-store.ts";
import type { AppContext } from "./context.ts";

/** Every kind with at least one hit, in a fixed order; at most `limit` hits of each. */
export async function searchEverywhere(
  ctx: AppContext,
  actor: Actor,
  input: { q: string; limit: number },
): Promise<SearchResult> {
  requirePermission(actor, "read");
  const hits = await searchWorkspace(ctx.db, { workspaceId: actor.workspaceId, q: input.q, limit: input.limit });
  return {
    q: input.q,
    groups: SEARCH_KINDS.map((kind) => ({ kind, items: hits.filter((h) => h.kind === kind) })).filter(
      (g) => g.items.length > 0,
    ),
  };
}
